import { INestApplicationContext } from '@nestjs/common';
import { Webhook } from 'standardwebhooks';
import { createCoop, createMember, startApi, startWorker, TestApi, TestOrg } from '../support/app';
import { startSmtp, waitFor } from '../support/smtp';
import { ReceivedWebhook, signedHeaders, startReceiver } from '../support/webhook-receiver';

const ALL_EVENTS = [
  'member.created',
  'member.updated',
  'member.admitted',
  'member.exited',
  'subscription.approved',
  'movement.recorded',
  'resolution.opened',
  'resolution.closed',
  'campaign.opened',
  'campaign.closed',
  'contribution.paid',
];

describe('webhooks: each domain action reaches the endpoints that want it, signed', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let scoped: Awaited<ReturnType<typeof startReceiver>>;
  let idsOnly: Awaited<ReturnType<typeof startReceiver>>;
  let org: TestOrg;
  let secrets: { scoped: string; idsOnly: string };

  beforeAll(async () => {
    smtp = await startSmtp();
    [scoped, idsOnly] = await Promise.all([startReceiver(), startReceiver()]);
    api = await startApi({ SMTP_URL: smtp.url, WEBHOOK_ALLOW_LOOPBACK: 'true' });
    worker = await startWorker({ RUN_OUTBOX_RELAY: 'true' });
    org = await createCoop(api, [{ code: 'A', nominalCents: 1000 }]);
    const hook = (url: string, scopes: string[]) =>
      api.http
        .post(`/v1/orgs/${org.slug}/webhooks`)
        .set(org.admin.auth)
        .send({ url, events: ALL_EVENTS, scopes })
        .expect(201);
    secrets = {
      scoped: (await hook(scoped.url, ['registry:read', 'shares:read', 'assemblies:read', 'funding:read'])).body.secret,
      idsOnly: (await hook(idsOnly.url, [])).body.secret,
    };
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await Promise.all([smtp?.close(), scoped?.close(), idsOnly?.close()]);
  });

  const post = (path: string, body: object, status: number) =>
    api.http.post(`/v1/orgs/${org.slug}/${path}`).set(org.admin.auth).send(body).expect(status);

  /** The first delivery of this type naming this id, verified with the endpoint's secret. */
  const delivered = async (
    receiver: Awaited<ReturnType<typeof startReceiver>>,
    secret: string,
    type: string,
    key: string,
    id: string,
  ): Promise<ReceivedWebhook> => {
    const hook = await waitFor(
      () => receiver.received.find((h) => h.body.type === type && h.body.data[key] === id),
      15_000,
      `${type} for ${id}`,
    );
    expect(new Webhook(secret).verify(hook.raw, signedHeaders(hook))).toEqual(hook.body);
    return hook;
  };

  it('sends member, share, assembly and funding events with the scoped data, and ids only without the scopes', async () => {
    // the registry
    const member = await createMember(api, org, { firstName: 'Louise', lastName: 'Michel', city: 'Paris' });
    await api.http
      .patch(`/v1/orgs/${org.slug}/members/${member.id}`)
      .set(org.admin.auth)
      .send({ city: 'Lyon' })
      .expect(200);
    const created = await delivered(scoped, secrets.scoped, 'member.created', 'memberId', member.id);
    expect(created.body.data.member).toEqual(
      expect.objectContaining({ id: member.id, lastName: 'Michel', email: member.email, city: 'Lyon' }),
    );
    expect(Date.parse(created.body.timestamp)).not.toBeNaN();
    const bare = await delivered(idsOnly, secrets.idsOnly, 'member.created', 'memberId', member.id);
    expect(bare.body.data).toEqual({ memberId: member.id });
    expect(bare.raw).not.toContain('Michel');
    expect(bare.raw).not.toContain(String(member.email));
    await delivered(scoped, secrets.scoped, 'member.updated', 'memberId', member.id);

    // the share register: approval, then the payment issues the shares (a movement) and admits
    const sub = await post(
      'subscriptions',
      { memberId: member.id, shareClassCode: 'A', quantity: 2, subscribedOn: '2026-01-02' },
      201,
    );
    await post(`subscriptions/${sub.body.id}/approve`, { decidedOn: '2026-01-03' }, 200);
    await post(
      `subscriptions/${sub.body.id}/payments`,
      { amountCents: 2000, paidOn: '2026-01-04', method: 'transfer' },
      201,
    );
    const approved = await delivered(scoped, secrets.scoped, 'subscription.approved', 'subscriptionId', sub.body.id);
    expect(approved.body.data).toEqual(
      expect.objectContaining({ memberId: member.id, subscription: expect.objectContaining({ quantity: 2 }) }),
    );
    const movement = await delivered(scoped, secrets.scoped, 'movement.recorded', 'memberId', member.id);
    expect(movement.body.data.movement).toEqual(
      expect.objectContaining({ memberId: member.id, quantity: 2, amountCents: 2000, shareClassCode: 'A' }),
    );
    const bareMovement = await delivered(idsOnly, secrets.idsOnly, 'movement.recorded', 'memberId', member.id);
    expect(Object.keys(bareMovement.body.data).sort()).toEqual(['memberId', 'movementId']);
    await delivered(scoped, secrets.scoped, 'member.admitted', 'memberId', member.id);

    // assemblies
    const assembly = await post(
      'assemblies',
      { title: 'AG', kind: 'permanent', weighting: 'per_member', secret: false },
      201,
    );
    const resolution = await post(
      `assemblies/${assembly.body.id}/resolutions`,
      {
        title: 'Approve the accounts',
        text: 'T',
        majority: 'simple',
        quorumPercent: 0,
        opensAt: new Date(Date.now() + 3600_000).toISOString(),
        closesAt: new Date(Date.now() + 7200_000).toISOString(),
      },
      201,
    );
    await post(`resolutions/${resolution.body.id}/open`, {}, 200);
    await post(`resolutions/${resolution.body.id}/close`, {}, 200);
    const opened = await delivered(scoped, secrets.scoped, 'resolution.opened', 'resolutionId', resolution.body.id);
    expect(opened.body.data).toEqual(
      expect.objectContaining({
        assemblyId: assembly.body.id,
        resolution: expect.objectContaining({ title: 'Approve the accounts' }),
      }),
    );
    const closed = await delivered(idsOnly, secrets.idsOnly, 'resolution.closed', 'resolutionId', resolution.body.id);
    expect(closed.body.data).toEqual({ resolutionId: resolution.body.id, assemblyId: assembly.body.id });

    // funding
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const campaign = await post(
      'campaigns',
      { title: 'Le four', goalCents: 10_000, startsOn: day(-2), endsOn: day(30), mode: 'keep_it_all' },
      201,
    );
    await post(`campaigns/${campaign.body.id}/open`, {}, 200);
    const gift = await post(
      `campaigns/${campaign.body.id}/contributions`,
      {
        contributor: { kind: 'person', name: 'Ada Lovelace', email: 'ada@example.coop' },
        amountCents: 1_500,
        kind: 'donation',
      },
      201,
    );
    await post(
      `contributions/${gift.body.id}/payments`,
      { amountCents: 1_500, paidOn: day(-1), method: 'transfer' },
      201,
    );
    await post(`campaigns/${campaign.body.id}/close`, {}, 200);
    await delivered(scoped, secrets.scoped, 'campaign.opened', 'campaignId', campaign.body.id);
    const paid = await delivered(scoped, secrets.scoped, 'contribution.paid', 'contributionId', gift.body.id);
    expect(paid.raw).toContain('Ada Lovelace');
    const barePaid = await delivered(idsOnly, secrets.idsOnly, 'contribution.paid', 'contributionId', gift.body.id);
    expect(barePaid.body.data).toEqual({ contributionId: gift.body.id, campaignId: campaign.body.id, memberId: null });
    await delivered(scoped, secrets.scoped, 'campaign.closed', 'campaignId', campaign.body.id);

    // an exit
    await post(`members/${member.id}/decease`, { diedOn: '2026-03-01' }, 200);
    const exited = await delivered(scoped, secrets.scoped, 'member.exited', 'memberId', member.id);
    expect(exited.body.data.member).toEqual(expect.objectContaining({ status: 'deceased' }));

    // every delivery is one webhook-id, and both endpoints got the same events
    const types = (r: ReceivedWebhook[]) => [...new Set(r.map((h) => h.body.type))].sort();
    await waitFor(() => types(idsOnly.received).length === ALL_EVENTS.length, 10_000, 'every type at both');
    expect(types(scoped.received)).toEqual([...ALL_EVENTS].sort());
    expect(types(idsOnly.received)).toEqual([...ALL_EVENTS].sort());
    expect(new Set(scoped.received.map((h) => h.id)).size).toBe(scoped.received.length);
  });

  it('sends only the events an endpoint subscribed to, and nothing for another organization', async () => {
    const other = await createCoop(api);
    const narrow = await startReceiver();
    try {
      const hook = await api.http
        .post(`/v1/orgs/${org.slug}/webhooks`)
        .set(org.admin.auth)
        .send({ url: narrow.url, events: ['member.updated'] })
        .expect(201);
      const mine = await createMember(api, org);
      const theirs = await createMember(api, other);
      await api.http
        .patch(`/v1/orgs/${org.slug}/members/${mine.id}`)
        .set(org.admin.auth)
        .send({ city: 'Nantes' })
        .expect(200);
      await api.http
        .patch(`/v1/orgs/${other.slug}/members/${theirs.id}`)
        .set(other.admin.auth)
        .send({ city: 'Brest' })
        .expect(200);
      const got = await waitFor(() => narrow.received[0], 15_000, 'member.updated');
      expect(got.body).toEqual(expect.objectContaining({ type: 'member.updated', data: { memberId: mine.id } }));
      expect(new Webhook(hook.body.secret).verify(got.raw, signedHeaders(got))).toBeTruthy();
      await new Promise((r) => setTimeout(r, 500));
      expect(narrow.received).toHaveLength(1);
      // an organization with no endpoint pays nothing: no event is written for it
      const [{ n }] = await api.db.query(
        `SELECT count(*)::int AS n FROM outbox WHERE organization_id = $1 AND name = 'webhooks.dispatch'`,
        [other.id],
      );
      expect(n).toBe(0);
    } finally {
      await narrow.close();
    }
  });
});
