import { ACCESS_KEY, AccessRule, API_SCOPES } from '@socius/auth';
import { listRoutes, RouteInfo } from '../../apps/api/src/bootstrap';
import {
  admittedMember,
  createMember,
  createOrg,
  expectProblem,
  signup,
  startApi,
  TestApi,
  TestOrg,
  uniqueEmail,
} from '../support/app';

/**
 * For each route with ids besides :slug, how to make an object of that kind in another
 * organization. A new route with an id param fails this test until it gets an entry here.
 */
type Fixture = (api: TestApi, other: TestOrg) => Promise<{ params: Record<string, string>; body?: object }>;

/** A pending invitation of the other organization. */
async function theirInvitation(api: TestApi, other: TestOrg): Promise<string> {
  const res = await api.http
    .post(`/v1/orgs/${other.slug}/invitations`)
    .set(other.admin.auth)
    .send({ email: uniqueEmail('invited'), role: 'accountant' })
    .expect(201);
  return res.body.id;
}

const FIXTURES: Record<string, Fixture> = {
  'GET /v1/orgs/:slug/jobs/:id': async (api, other) => {
    const someone = await signup(api, 'jobtarget');
    await api.http
      .post(`/v1/orgs/${other.slug}/users`)
      .set(other.admin.auth)
      .send({ email: someone.email, role: 'member' })
      .expect(201);
    const [job] = await api.db.query(`SELECT id FROM outbox WHERE organization_id = $1 LIMIT 1`, [other.id]);
    return { params: { id: job.id } };
  },
  'DELETE /v1/orgs/:slug/users/:userId': async (_api, other) => ({ params: { userId: other.admin.id } }),
  'POST /v1/orgs/:slug/invitations/:id/resend': async (api, other) => ({
    params: { id: await theirInvitation(api, other) },
  }),
  'DELETE /v1/orgs/:slug/invitations/:id': async (api, other) => ({
    params: { id: await theirInvitation(api, other) },
  }),
  'PATCH /v1/orgs/:slug/colleges/:code': async (api, other) => {
    await api.http
      .post(`/v1/orgs/${other.slug}/colleges`)
      .set(other.admin.auth)
      .send({ code: 'THEIRS', name: 'Theirs', weightPercent: 50 })
      .expect(201);
    return { params: { code: 'THEIRS' }, body: { weightPercent: 20 } };
  },
  'GET /v1/orgs/:slug/members/:id': async (api, other) => ({ params: { id: (await createMember(api, other)).id } }),
  'PATCH /v1/orgs/:slug/members/:id': async (api, other) => ({
    params: { id: (await createMember(api, other)).id },
    body: { city: 'Lyon' },
  }),
  'POST /v1/orgs/:slug/members/:id/admit': async (api, other) => ({
    params: { id: (await createMember(api, other)).id },
    body: { admittedOn: '2026-02-01' },
  }),
  'POST /v1/orgs/:slug/members/:id/resign': async (api, other) => ({
    params: { id: (await admittedMember(api, other)).id },
    body: { effectiveOn: '2026-12-31' },
  }),
  'POST /v1/orgs/:slug/members/:id/exclude': async (api, other) => ({
    params: { id: (await admittedMember(api, other)).id },
    body: { effectiveOn: '2026-06-30', decisionRef: 'AG 2026' },
  }),
  'POST /v1/orgs/:slug/members/:id/decease': async (api, other) => ({
    params: { id: (await admittedMember(api, other)).id },
    body: { diedOn: '2026-03-01' },
  }),
  'GET /v1/orgs/:slug/members/:id/history': async (api, other) => ({
    params: { id: (await createMember(api, other)).id },
  }),
  'GET /v1/orgs/:slug/members/:id/personal-data': async (api, other) => ({
    params: { id: (await createMember(api, other)).id },
  }),
  'POST /v1/orgs/:slug/members/:id/erase': async (api, other) => ({
    params: { id: (await createMember(api, other)).id },
  }),
  'GET /v1/orgs/:slug/members/:id/acceptances': async (api, other) => ({
    params: { id: (await createMember(api, other)).id },
  }),
  'POST /v1/orgs/:slug/members/:id/acceptances': async (api, other) => {
    const charter = await publishCharter(api, other);
    return { params: { id: (await createMember(api, other)).id }, body: { charterId: charter.id } };
  },
  'GET /v1/orgs/:slug/members/:id/holdings': async (api, other) => ({
    params: { id: (await createMember(api, other)).id },
  }),
  'PUT /v1/orgs/:slug/members/:id/external-refs/:platform': async (api, other) => ({
    params: { id: (await createMember(api, other)).id, platform: 'helloasso' },
    body: { externalId: 'mine-1' },
  }),
  'DELETE /v1/orgs/:slug/members/:id/external-refs/:platform': async (api, other) => {
    const member = await createMember(api, other);
    await api.http
      .put(`/v1/orgs/${other.slug}/members/${member.id}/external-refs/helloasso`)
      .set(other.admin.auth)
      .send({ externalId: `theirs-${member.id}` })
      .expect(200);
    return { params: { id: member.id, platform: 'helloasso' } };
  },
  'GET /v1/orgs/:slug/external-refs/:platform/:externalId': async (api, other) => {
    const member = await createMember(api, other);
    await api.http
      .put(`/v1/orgs/${other.slug}/members/${member.id}/external-refs/brevo`)
      .set(other.admin.auth)
      .send({ externalId: `theirs-${member.id}` })
      .expect(200);
    return { params: { platform: 'brevo', externalId: `theirs-${member.id}` } };
  },
  'GET /v1/orgs/:slug/export/:id': async (api, other) => {
    // their export, as POST export starts it (the fixtures leave a vote open, which refuses the POST)
    const [row] = await api.db.query(`INSERT INTO portable_exports (organization_id) VALUES ($1) RETURNING id`, [
      other.id,
    ]);
    return { params: { id: row.id } };
  },
  'GET /v1/orgs/:slug/share-classes/:code': async (api, other) => ({
    params: { code: (await shareClass(api, other)).code },
  }),
  'PATCH /v1/orgs/:slug/share-classes/:code': async (api, other) => ({
    params: { code: (await shareClass(api, other)).code },
    body: { name: 'Mine now' },
  }),
  'GET /v1/orgs/:slug/subscriptions/:id': async (api, other) => ({
    params: { id: (await subscription(api, other)).id },
  }),
  'POST /v1/orgs/:slug/subscriptions/:id/approve': async (api, other) => ({
    params: { id: (await subscription(api, other)).id },
    body: {},
  }),
  'POST /v1/orgs/:slug/subscriptions/:id/reject': async (api, other) => ({
    params: { id: (await subscription(api, other)).id },
    body: { reason: 'no' },
  }),
  'POST /v1/orgs/:slug/subscriptions/:id/cancel': async (api, other) => ({
    params: { id: (await subscription(api, other)).id },
    body: {},
  }),
  'POST /v1/orgs/:slug/subscriptions/:id/payments': async (api, other) => ({
    params: { id: (await subscription(api, other)).id },
    body: { amountCents: 100, paidOn: '2026-01-10', method: 'transfer' },
  }),
  'POST /v1/orgs/:slug/subscriptions/:id/calls': async (api, other) => ({
    params: { id: (await subscription(api, other)).id },
    body: { amountCents: 100, dueOn: '2026-12-01' },
  }),
  'POST /v1/orgs/:slug/subscriptions/:id/checkout': async (api, other) => ({
    params: { id: (await subscription(api, other)).id },
    body: {},
  }),
  'GET /v1/orgs/:slug/transfers/:id': async (api, other) => ({ params: { id: (await transfer(api, other)).id } }),
  'POST /v1/orgs/:slug/transfers/:id/approve': async (api, other) => ({
    params: { id: (await transfer(api, other)).id },
    body: {},
  }),
  'POST /v1/orgs/:slug/transfers/:id/reject': async (api, other) => ({
    params: { id: (await transfer(api, other)).id },
    body: { reason: 'no' },
  }),
  'GET /v1/orgs/:slug/payout-batches/:id': async (api, other) => ({ params: { id: await payoutBatch(api, other) } }),
  'GET /v1/orgs/:slug/payout-batches/:id/file': async (api, other) => ({
    params: { id: await payoutBatch(api, other) },
  }),
  'POST /v1/orgs/:slug/payout-batches/:id/cancel': async (api, other) => ({
    params: { id: await payoutBatch(api, other) },
    body: { reason: 'rejected by the bank' },
  }),
  'GET /v1/orgs/:slug/redemptions/:id': async (api, other) => ({ params: { id: (await redemption(api, other)).id } }),
  'POST /v1/orgs/:slug/redemptions/:id/approve': async (api, other) => ({
    params: { id: (await redemption(api, other)).id },
    body: {},
  }),
  'POST /v1/orgs/:slug/redemptions/:id/reject': async (api, other) => ({
    params: { id: (await redemption(api, other)).id },
    body: { reason: 'no' },
  }),
  'POST /v1/orgs/:slug/redemptions/:id/cancel': async (api, other) => ({
    params: { id: (await redemption(api, other)).id },
    body: {},
  }),
  'POST /v1/orgs/:slug/redemptions/:id/payout': async (api, other) => ({
    params: { id: (await redemption(api, other)).id },
    body: { paidOn: '2026-01-20' },
  }),
  // a fiscal year is named by its end date within the organization of the path: a day that ends
  // none of mine (theirs closes on 30 June) answers 404, like any unknown object
  'POST /v1/orgs/:slug/fiscal-years/:endOn/close': async (api, other) => {
    await api.http.patch(`/v1/orgs/${other.slug}`).set(other.admin.auth).send({ fiscalYearEnd: '06-30' }).expect(200);
    return { params: { endOn: '2025-06-30' }, body: {} };
  },
  'GET /v1/orgs/:slug/assemblies/:id': async (api, other) => ({ params: { id: (await assembly(api, other)).id } }),
  'POST /v1/orgs/:slug/assemblies/:id/resolutions': async (api, other) => ({
    params: { id: (await assembly(api, other)).id },
    body: resolutionBody(),
  }),
  'GET /v1/orgs/:slug/assemblies/:id/resolutions': async (api, other) => ({
    params: { id: (await assembly(api, other)).id },
  }),
  'POST /v1/orgs/:slug/assemblies/:id/proxies': async (api, other) => {
    const [a, b] = [await shareholder(api, other), await shareholder(api, other)];
    return {
      params: { id: (await assembly(api, other)).id },
      body: { grantorMemberId: a.memberId, holderMemberId: b.memberId },
    };
  },
  'GET /v1/orgs/:slug/assemblies/:id/proxies': async (api, other) => ({
    params: { id: (await assembly(api, other)).id },
  }),
  'POST /v1/orgs/:slug/assemblies/:id/members/:memberId/voting-code': async (api, other) => ({
    params: { id: (await assembly(api, other)).id, memberId: (await shareholder(api, other)).memberId },
  }),
  'GET /v1/orgs/:slug/resolutions/:id': async (api, other) => ({ params: { id: (await resolution(api, other)).id } }),
  'GET /v1/orgs/:slug/resolutions/:id/calendar.ics': async (api, other) => ({
    params: { id: (await resolution(api, other)).id },
  }),
  'GET /v1/orgs/:slug/assemblies/:id/calendar.ics': async (api, other) => ({
    params: { id: (await assembly(api, other)).id },
  }),
  'DELETE /v1/orgs/:slug/api-tokens/:id': async (api, other) => ({
    params: {
      id: (
        await api.http
          .post(`/v1/orgs/${other.slug}/api-tokens`)
          .set(other.admin.auth)
          .send({ name: 'Theirs', scopes: ['registry:read'] })
          .expect(201)
      ).body.id,
    },
  }),
  'PATCH /v1/orgs/:slug/resolutions/:id': async (api, other) => ({
    params: { id: (await resolution(api, other)).id },
    body: { title: 'Autre' },
  }),
  'GET /v1/orgs/:slug/resolutions/:id/participation': async (api, other) => ({
    params: { id: (await resolution(api, other, true)).id },
  }),
  'PATCH /v1/orgs/:slug/assemblies/:id': async (api, other) => ({
    params: { id: (await assembly(api, other)).id },
    body: { title: 'Autre' },
  }),
  'GET /v1/orgs/:slug/assemblies/:id/readiness': async (api, other) => ({
    params: { id: (await assembly(api, other)).id },
  }),
  'POST /v1/orgs/:slug/resolutions/:id/open': async (api, other) => ({
    params: { id: (await resolution(api, other)).id },
  }),
  'POST /v1/orgs/:slug/resolutions/:id/close': async (api, other) => ({
    params: { id: (await resolution(api, other, true)).id },
  }),
  'GET /v1/orgs/:slug/resolutions/:id/results': async (api, other) => ({
    params: { id: (await resolution(api, other, true)).id },
  }),
  'POST /v1/orgs/:slug/resolutions/:id/verify': async (api, other) => ({
    params: { id: (await resolution(api, other, true)).id },
    body: { receipt: 'theirs' },
  }),
  'POST /v1/orgs/:slug/resolutions/:id/second-convocation': async (api, other) => {
    const { opensAt, closesAt } = resolutionBody();
    return { params: { id: (await resolution(api, other)).id }, body: { opensAt, closesAt } };
  },
  'POST /v1/orgs/:slug/proxies/:id/revoke': async (api, other) => {
    const [a, b] = [await shareholder(api, other), await shareholder(api, other)];
    const proxy = await api.http
      .post(`/v1/orgs/${other.slug}/assemblies/${(await assembly(api, other)).id}/proxies`)
      .set(other.admin.auth)
      .send({ grantorMemberId: a.memberId, holderMemberId: b.memberId })
      .expect(201);
    return { params: { id: proxy.body.id } };
  },
  'GET /v1/orgs/:slug/resolutions/:id/minutes.pdf': async (api, other) => ({
    params: { id: (await resolution(api, other)).id },
  }),
  'GET /v1/orgs/:slug/assemblies/:id/minutes-details': async (api, other) => ({
    params: { id: (await assembly(api, other)).id },
  }),
  'PUT /v1/orgs/:slug/assemblies/:id/minutes-details': async (api, other) => ({
    params: { id: (await assembly(api, other)).id },
    body: { chairName: 'X' },
  }),
  'GET /v1/orgs/:slug/assemblies/:id/minutes.pdf': async (api, other) => ({
    params: { id: (await assembly(api, other)).id },
  }),
  'GET /v1/orgs/:slug/members/:id/certificate.pdf': async (api, other) => ({
    params: { id: (await shareholder(api, other)).memberId },
  }),
  'GET /v1/orgs/:slug/members/:id/tax-certificate.pdf': async (api, other) => ({
    params: { id: (await shareholder(api, other)).memberId },
  }),
  'GET /v1/orgs/:slug/subscriptions/:id/receipt.pdf': async (api, other) => ({
    params: { id: (await subscription(api, other)).id },
  }),
  'POST /v1/orgs/:slug/assemblies/:id/convocations': async (api, other) => ({
    params: { id: (await assembly(api, other)).id },
  }),
  'GET /v1/orgs/:slug/assemblies/:id/convocations/postal.csv': async (api, other) => ({
    params: { id: (await assembly(api, other)).id },
  }),
  'GET /v1/orgs/:slug/assemblies/:id/convocations/letters.pdf': async (api, other) => ({
    params: { id: (await assembly(api, other)).id },
  }),
  'POST /v1/orgs/:slug/resolutions/:id/reminders': async (api, other) => ({
    params: { id: (await resolution(api, other, true)).id },
  }),
  'POST /v1/orgs/:slug/resolutions/:id/result-notices': async (api, other) => ({
    params: { id: (await resolution(api, other, true)).id },
  }),
  'GET /v1/orgs/:slug/charters/:id': async (api, other) => ({ params: { id: (await publishCharter(api, other)).id } }),
  'GET /v1/orgs/:slug/charters/:id/pending': async (api, other) => ({
    params: { id: (await publishCharter(api, other)).id },
  }),
  'GET /v1/orgs/:slug/campaigns/:id': async (api, other) => ({ params: { id: (await campaign(api, other)).id } }),
  'POST /v1/orgs/:slug/campaigns/:id/open': async (api, other) => ({
    params: { id: (await campaign(api, other, false)).id },
  }),
  'POST /v1/orgs/:slug/campaigns/:id/close': async (api, other) => ({
    params: { id: (await campaign(api, other)).id },
    body: {},
  }),
  'POST /v1/orgs/:slug/campaigns/:id/contributions': async (api, other) => ({
    params: { id: (await campaign(api, other)).id },
    body: { contributor: { kind: 'person', name: 'X' }, amountCents: 100, kind: 'donation' },
  }),
  'GET /v1/orgs/:slug/campaigns/:id/contributions': async (api, other) => ({
    params: { id: (await campaign(api, other)).id },
  }),
  'GET /v1/orgs/:slug/campaigns/:id/ledger': async (api, other) => ({
    params: { id: (await campaign(api, other)).id },
  }),
  'GET /v1/orgs/:slug/contributions/:id': async (api, other) => ({
    params: { id: (await contribution(api, other)).id },
  }),
  'POST /v1/orgs/:slug/contributions/:id/payments': async (api, other) => ({
    params: { id: (await contribution(api, other)).id },
    body: { amountCents: 100, paidOn: '2026-01-10', method: 'transfer' },
  }),
  'POST /v1/orgs/:slug/contributions/:id/refund': async (api, other) => ({
    params: { id: (await contribution(api, other, true)).id },
    body: {},
  }),
  'POST /v1/orgs/:slug/contributions/:id/cancel': async (api, other) => ({
    params: { id: (await contribution(api, other)).id },
  }),
  'POST /v1/orgs/:slug/contributions/:id/admit': async (api, other) => ({
    params: { id: (await contribution(api, other)).id },
    body: {},
  }),
  'POST /v1/orgs/:slug/contributions/:id/refuse': async (api, other) => ({
    params: { id: (await contribution(api, other)).id },
    body: { reason: 'no' },
  }),
  'POST /v1/orgs/:slug/contributions/given/:id/confirm': async (api, other) => ({
    params: { id: (await contribution(api, other)).id },
  }),
  'POST /v1/orgs/:slug/contributions/given/:id/refuse': async (api, other) => ({
    params: { id: (await contribution(api, other)).id },
  }),
  'GET /v1/orgs/:slug/contributions/:id/receipt.pdf': async (api, other) => ({
    params: { id: (await contribution(api, other, true)).id },
  }),
  'GET /v1/orgs/:slug/contributions/:id/tax-receipt.pdf': async (api, other) => ({
    params: { id: (await contribution(api, other, true)).id },
  }),
  'GET /v1/orgs/:slug/webhooks/:id': async (api, other) => ({ params: { id: await theirWebhook(api, other) } }),
  'PATCH /v1/orgs/:slug/webhooks/:id': async (api, other) => ({
    params: { id: await theirWebhook(api, other) },
    body: { enabled: false },
  }),
  'DELETE /v1/orgs/:slug/webhooks/:id': async (api, other) => ({ params: { id: await theirWebhook(api, other) } }),
  'POST /v1/orgs/:slug/webhooks/:id/rotate-secret': async (api, other) => ({
    params: { id: await theirWebhook(api, other) },
  }),
  'GET /v1/orgs/:slug/webhooks/:id/deliveries': async (api, other) => ({
    params: { id: await theirWebhook(api, other) },
  }),
  'POST /v1/orgs/:slug/webhooks/:id/deliveries/:deliveryId/replay': async (api, other) => {
    const id = await theirWebhook(api, other);
    // a failed delivery of theirs, written directly: only its ids matter here
    const [delivery] = await api.db.query(
      `INSERT INTO webhook_deliveries (organization_id, endpoint_id, event_id, event_type, event_ids, occurred_at, status, attempts)
       VALUES ($1, $2, gen_random_uuid(), 'member.created', '{}', now(), 'failed', 1) RETURNING id`,
      [other.id, id],
    );
    return { params: { id, deliveryId: delivery.id } };
  },
  'GET /v1/orgs/:slug/identity-providers/:id': async (api, other) => ({
    params: { id: await theirIdentityProvider(api, other) },
  }),
  'PATCH /v1/orgs/:slug/identity-providers/:id': async (api, other) => ({
    params: { id: await theirIdentityProvider(api, other) },
    body: { name: 'Mine now' },
  }),
  'DELETE /v1/orgs/:slug/identity-providers/:id': async (api, other) => ({
    params: { id: await theirIdentityProvider(api, other) },
  }),
};

/** Theirs: an identity provider, written directly (creating one reads the issuer's discovery document). */
const theirIdentityProvider = async (api: TestApi, org: TestOrg): Promise<string> =>
  (
    await api.db.query(
      `INSERT INTO identity_providers (organization_id, name, issuer, client_id, client_secret)
       VALUES ($1, 'Keycloak', 'https://sso.example.coop', 'socius', 'v1.sealed') RETURNING id`,
      [org.id],
    )
  )[0].id;

/** Theirs: a webhook endpoint. */
const theirWebhook = async (api: TestApi, org: TestOrg): Promise<string> =>
  (
    await api.http
      .post(`/v1/orgs/${org.slug}/webhooks`)
      .set(org.admin.auth)
      .send({ url: 'https://hooks.example.coop/theirs', events: ['member.created'] })
      .expect(201)
  ).body.id;

/** Theirs: an open campaign (a draft when asked) running around today. */
const campaign = async (api: TestApi, org: TestOrg, open = true) => {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const c = (
    await api.http
      .post(`/v1/orgs/${org.slug}/campaigns`)
      .set(org.admin.auth)
      .send({
        title: 'Theirs',
        goalCents: 10_000,
        startsOn: day(-2),
        endsOn: day(30),
        mode: 'keep_it_all',
        public: true,
      })
      .expect(201)
  ).body;
  if (open) await api.http.post(`/v1/orgs/${org.slug}/campaigns/${c.id}/open`).set(org.admin.auth).send({}).expect(200);
  return c;
};

/** Theirs: a donation pledged, and paid when asked. */
const contribution = async (api: TestApi, org: TestOrg, paid = false) => {
  const c = await campaign(api, org);
  const gift = (
    await api.http
      .post(`/v1/orgs/${org.slug}/campaigns/${c.id}/contributions`)
      .set(org.admin.auth)
      .send({ contributor: { kind: 'person', name: 'Theirs' }, amountCents: 1_000, kind: 'donation' })
      .expect(201)
  ).body;
  if (paid)
    await api.http
      .post(`/v1/orgs/${org.slug}/contributions/${gift.id}/payments`)
      .set(org.admin.auth)
      .send({
        amountCents: 1_000,
        paidOn: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
        method: 'transfer',
      })
      .expect(201);
  return gift;
};

const shareClass = async (api: TestApi, org: TestOrg) => {
  const existing = await api.http.get(`/v1/orgs/${org.slug}/share-classes/THEIRS`).set(org.admin.auth);
  if (existing.status === 200) return existing.body;
  return (
    await api.http
      .post(`/v1/orgs/${org.slug}/share-classes`)
      .set(org.admin.auth)
      .send({ code: 'THEIRS', name: 'Theirs', nominalCents: 1000, minPerMember: 1, instalmentsAllowed: true })
      .expect(201)
  ).body;
};

const subscription = async (api: TestApi, org: TestOrg) => {
  const { code } = await shareClass(api, org);
  const member = await createMember(api, org);
  return (
    await api.http
      .post(`/v1/orgs/${org.slug}/subscriptions`)
      .set(org.admin.auth)
      .send({ memberId: member.id, shareClassCode: code, quantity: 2, subscribedOn: '2026-01-02' })
      .expect(201)
  ).body;
};

/** A member of theirs holding 2 shares, issued through the real flow. */
const shareholder = async (api: TestApi, org: TestOrg) => {
  const s = await subscription(api, org);
  await api.http
    .post(`/v1/orgs/${org.slug}/subscriptions/${s.id}/approve`)
    .set(org.admin.auth)
    .send({ decidedOn: '2026-01-05' })
    .expect(200);
  await api.http
    .post(`/v1/orgs/${org.slug}/subscriptions/${s.id}/payments`)
    .set(org.admin.auth)
    .send({ amountCents: 2000, paidOn: '2026-01-06', method: 'transfer' })
    .expect(201);
  return { memberId: s.memberId as string, code: s.shareClassCode as string };
};

const transfer = async (api: TestApi, org: TestOrg) => {
  const seller = await shareholder(api, org);
  const buyer = await shareholder(api, org);
  return (
    await api.http
      .post(`/v1/orgs/${org.slug}/transfers`)
      .set(org.admin.auth)
      .send({
        fromMemberId: seller.memberId,
        toMemberId: buyer.memberId,
        shareClassCode: seller.code,
        quantity: 1,
        effectiveOn: '2026-02-01',
      })
      .expect(201)
  ).body;
};

const redemption = async (api: TestApi, org: TestOrg) => {
  const holder = await shareholder(api, org);
  return (
    await api.http
      .post(`/v1/orgs/${org.slug}/redemptions`)
      .set(org.admin.auth)
      .send({ memberId: holder.memberId, shareClassCode: holder.code, quantity: 1 })
      .expect(201)
  ).body;
};

/** A payout file of theirs, written directly: only its id and organization matter here. */
const payoutBatch = async (api: TestApi, org: TestOrg): Promise<string> => {
  const [row] = await api.db.query(
    `INSERT INTO payout_batches (organization_id, message_id, execution_on, debtor_name, debtor_iban, transfer_count, total_cents, xml)
     VALUES ($1, 'SOC' || upper(replace(gen_random_uuid()::text, '-', '')), '2026-01-20', 'Coop', 'FR7630006000011234567890189', 1, 100, '<Document/>')
     RETURNING id`,
    [org.id],
  );
  return row.id;
};

const assembly = async (api: TestApi, org: TestOrg) =>
  (
    await api.http
      .post(`/v1/orgs/${org.slug}/assemblies`)
      .set(org.admin.auth)
      .send({ title: 'AG', kind: 'permanent', weighting: 'per_member', secret: false })
      .expect(201)
  ).body;

const resolutionBody = () => ({
  title: 'R',
  text: 'T',
  majority: 'simple',
  quorumPercent: 0,
  opensAt: new Date(Date.now() + 3600_000).toISOString(),
  closesAt: new Date(Date.now() + 7200_000).toISOString(),
});

/** Theirs, opened (and voted on) when asked. */
const resolution = async (api: TestApi, org: TestOrg, open = false) => {
  const r = (
    await api.http
      .post(`/v1/orgs/${org.slug}/assemblies/${(await assembly(api, org)).id}/resolutions`)
      .set(org.admin.auth)
      .send(resolutionBody())
      .expect(201)
  ).body;
  if (open)
    await api.http.post(`/v1/orgs/${org.slug}/resolutions/${r.id}/open`).set(org.admin.auth).send({}).expect(200);
  return r;
};

const publishCharter = async (api: TestApi, org: TestOrg) =>
  (
    await api.http
      .post(`/v1/orgs/${org.slug}/charters`)
      .set(org.admin.auth)
      .send({ kind: 'charter', title: 'Charte', body: 'Texte' })
      .expect(201)
  ).body;

const call = (api: TestApi, route: RouteInfo, path: string) => {
  const method = route.method.toLowerCase() as 'get' | 'post' | 'patch' | 'put' | 'delete';
  return api.http[method](path);
};

describe('tenancy: no organization ever sees another one', () => {
  let api: TestApi;
  let routes: (RouteInfo & { rule: AccessRule })[];
  let mine: TestOrg;
  let theirs: TestOrg;

  beforeAll(async () => {
    api = await startApi();
    routes = listRoutes(api.app).map((r) => ({
      ...r,
      rule: (Reflect.getMetadata(ACCESS_KEY, r.handler) ?? Reflect.getMetadata(ACCESS_KEY, r.controller)) as AccessRule,
    }));
    mine = await createOrg(api);
    theirs = await createOrg(api);
  });
  afterAll(() => api.close());

  it('finds the routes, and every one declares who may call it', () => {
    expect(routes.length).toBeGreaterThan(8);
    for (const route of routes)
      expect({ route: `${route.method} ${route.path}`, rule: route.rule?.kind }).toEqual({
        route: `${route.method} ${route.path}`,
        rule: expect.any(String),
      });
  });

  it('answers 401 without a token on every route that is not public', async () => {
    for (const route of routes.filter((r) => r.rule.kind !== 'public')) {
      const path = route.path.replace(/:(\w+)/g, (_, p) =>
        p === 'slug' ? mine.slug : '00000000-0000-4000-8000-000000000000',
      );
      const res = await call(api, route, path).send({});
      expect({ route: `${route.method} ${route.path}`, status: res.status }).toEqual({
        route: `${route.method} ${route.path}`,
        status: 401,
      });
    }
  });

  it("answers 404 on every organization route called with another organization's slug", async () => {
    for (const route of routes.filter((r) => r.rule.kind === 'org')) {
      const path = route.path.replace(/:(\w+)/g, (_, p) =>
        p === 'slug' ? theirs.slug : '00000000-0000-4000-8000-000000000000',
      );
      const res = await call(api, route, path).set(mine.admin.auth).send({});
      expect({ route: `${route.method} ${route.path}`, status: res.status }).toEqual({
        route: `${route.method} ${route.path}`,
        status: 404,
      });
      expectProblem(res, 404);
    }
  });

  it("refuses my organization's API token, whatever its scopes, on every route of another organization", async () => {
    const { token } = (
      await api.http
        .post(`/v1/orgs/${mine.slug}/api-tokens`)
        .set(mine.admin.auth)
        .send({ name: 'All scopes', scopes: [...API_SCOPES] })
        .expect(201)
    ).body;
    for (const route of routes.filter((r) => r.rule.kind === 'org')) {
      const path = route.path.replace(/:(\w+)/g, (_, p) =>
        p === 'slug' ? theirs.slug : '00000000-0000-4000-8000-000000000000',
      );
      const res = await call(api, route, path).set('Authorization', `Bearer ${token}`).send({});
      expect({ route: `${route.method} ${route.path}`, status: res.status }).toEqual({
        route: `${route.method} ${route.path}`,
        status: 403,
      });
    }
  });

  it("answers 404 for another organization's objects named in my organization's paths", async () => {
    const withIds = routes.filter((r) => r.rule.kind === 'org' && /:(?!slug\b)\w+/.test(r.path));
    expect(withIds.length).toBeGreaterThan(0);
    for (const route of withIds) {
      const key = `${route.method} ${route.path}`;
      const fixture = FIXTURES[key];
      if (!fixture) throw new Error(`No cross-tenant fixture for ${key}: add one to FIXTURES in ${__filename}`);
      const { params, body } = await fixture(api, theirs);
      const path = route.path.replace(/:(\w+)/g, (_, p) => (p === 'slug' ? mine.slug : params[p]));
      const res = await call(api, route, path)
        .set(mine.admin.auth)
        .send(body ?? {});
      expect({ route: key, status: res.status }).toEqual({ route: key, status: 404 });
    }
    // the ballot box is public (voting codes): their resolution through my slug is unknown too
    const theirResolution = await resolution(api, theirs, true);
    const voter = await signup(api, 'voter');
    await api.http
      .post(`/v1/orgs/${mine.slug}/users`)
      .set(mine.admin.auth)
      .send({ email: voter.email, role: 'member', memberId: (await createMember(api, mine)).id })
      .expect(201);
    expectProblem(
      await api.http
        .post(`/v1/orgs/${mine.slug}/resolutions/${theirResolution.id}/ballots`)
        .set(voter.auth)
        .send({ choice: 'for' }),
      404,
    );
    // and nothing of theirs was touched
    const users = await api.http.get(`/v1/orgs/${theirs.slug}/users`).set(theirs.admin.auth).expect(200);
    expect(users.body.items.map((u: { userId: string }) => u.userId)).toContain(theirs.admin.id);
  });
});
