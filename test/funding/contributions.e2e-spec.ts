import { INestApplicationContext } from '@nestjs/common';
import { validateFec } from '@socius/exports';
import { OutboxService } from '@socius/jobs';
import {
  createMember,
  createOrg,
  expectProblem,
  startApi,
  startWorker,
  TestApi,
  TestOrg,
  TestUser,
  userWithRole,
} from '../support/app';
import { startSmtp, waitFor } from '../support/smtp';
import { binary, documentsDir, mailText, parisDay } from './support';

const SIREN = '732829320';

/** Campaigns and contributions of the three kinds, payments, escrow, settlement, figures, ledger and the accountant's files. */
describe('contribution funding', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let org: TestOrg;
  let accountant: TestUser;
  const today = parisDay();

  beforeAll(async () => {
    smtp = await startSmtp();
    api = await startApi({ SMTP_URL: smtp.url, DOCUMENTS_DIR: documentsDir });
    worker = await startWorker({ RUN_OUTBOX_RELAY: 'true' });
    org = await createOrg(api, undefined, { siren: SIREN });
    accountant = await userWithRole(api, org, 'accountant');
    await post('share-classes', { code: 'A', name: 'Parts usagers', nominalCents: 1000, minPerMember: 1 }).expect(201);
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
    await smtp.close();
  });

  const url = (p: string, o = org) => `/v1/orgs/${o.slug}/${p}`;
  const post = (p: string, body: object, o = org) => api.http.post(url(p, o)).set(o.admin.auth).send(body);
  const get = (p: string, o = org) => api.http.get(url(p, o)).set(o.admin.auth);
  const campaign = async (overrides: Record<string, unknown> = {}, o = org) => {
    const created = await post(
      'campaigns',
      {
        title: 'Serveur mutualisé',
        description: 'Un serveur pour nos outils communs',
        goalCents: 100_000,
        startsOn: parisDay(-60),
        endsOn: parisDay(30),
        mode: 'keep_it_all',
        beneficiary: 'Outils communs',
        public: true,
        ...overrides,
      },
      o,
    ).expect(201);
    expect(created.body.status).toBe('draft');
    return (await post(`campaigns/${created.body.id}/open`, {}, o).expect(200)).body as { id: string };
  };
  const pledge = (campaignId: string, body: object, o = org) => post(`campaigns/${campaignId}/contributions`, body, o);
  const pay = (id: string, amountCents: number, paidOn = today, extra: object = {}) =>
    post(`contributions/${id}/payments`, { amountCents, paidOn, method: 'transfer', ...extra });
  const lines = (sourceIds: string[]) =>
    api.db.query(
      `SELECT e.journal_code AS journal, l.account, l.debit_cents::int AS d, l.credit_cents::int AS c FROM accounting_entries e JOIN accounting_lines l ON l.entry_id = e.id
        WHERE e.organization_id = $1 AND e.source_id = ANY($2::uuid[]) ORDER BY e.created_at, e.entry_number, l.line_number`,
      [org.id, sourceIds],
    );
  const capital = async () =>
    (await get('capital').expect(200)).body as { totalCents: number; paidCents: number; totalShares: number };
  const runJob = async (name: string) => {
    const outbox = api.app.get(OutboxService);
    const id = await api.db.transaction((em) => outbox.enqueue(em, { organizationId: null, queue: 'default', name }));
    return waitFor(
      async () => {
        const [row] = await api.db.query(`SELECT status, result, last_error FROM outbox WHERE id = $1`, [id]);
        return (row.status === 'completed' || row.status === 'failed') && row;
      },
      20_000,
      name,
    );
  };

  describe('campaigns', () => {
    it('go from draft to open to closed, admins write and accountants read', async () => {
      const created = await post('campaigns', {
        title: 'Modèles juridiques',
        goalCents: 50_000,
        startsOn: today,
        endsOn: parisDay(10),
        mode: 'keep_it_all',
        public: false,
      }).expect(201);
      expect(created.body).toEqual(
        expect.objectContaining({
          status: 'draft',
          goalCents: 50_000,
          pledgedCents: 0,
          raisedCents: 0,
          contributorsCount: 0,
          progressByWeek: [],
        }),
      );
      const id = created.body.id;
      // a draft takes no contribution
      expectProblem(
        await pledge(id, { contributor: { kind: 'person', name: 'Ada' }, amountCents: 1000, kind: 'donation' }),
        422,
        'campaignId',
      );
      expectProblem(
        await api.http
          .post(url(`campaigns/${id}/open`))
          .set(accountant.auth)
          .send({}),
        403,
      );
      expect(
        (
          await api.http
            .get(url(`campaigns/${id}`))
            .set(accountant.auth)
            .expect(200)
        ).body.status,
      ).toBe('draft');
      await post(`campaigns/${id}/open`, {}).expect(200);
      expectProblem(await post(`campaigns/${id}/open`, {}), 422);
      const gift = await pledge(id, {
        contributor: { kind: 'person', name: 'Ada' },
        amountCents: 20_000,
        kind: 'donation',
      }).expect(201);
      await pay(gift.body.id, 20_000).expect(201);
      const closed = await post(`campaigns/${id}/close`, {}).expect(200);
      // keep it all: missed, it keeps what it raised
      expect(closed.body).toEqual(expect.objectContaining({ status: 'closed', closedOn: today, raisedCents: 20_000 }));
      expectProblem(
        await pledge(id, { contributor: { kind: 'person', name: 'Bob' }, amountCents: 1000, kind: 'donation' }),
        422,
        'campaignId',
      );
      expectProblem(await post(`campaigns/${id}/close`, {}), 422);
      const list = (await api.http.get(url('campaigns?status=closed')).set(accountant.auth).expect(200)).body;
      expect(list.items.map((c: { id: string }) => c.id)).toContain(id);
      const audit = await api.db.query(
        `SELECT action FROM audit_log WHERE organization_id = $1 AND entity_id = $2 ORDER BY at`,
        [org.id, id],
      );
      expect(audit.map((a: { action: string }) => a.action)).toEqual([
        'campaign.created',
        'campaign.opened',
        'campaign.closed',
      ]);
    });

    it('refuses bad amounts and dates with a problem naming the field', async () => {
      const base = { title: 'X', goalCents: 1000, startsOn: today, endsOn: parisDay(5), mode: 'keep_it_all' };
      expectProblem(await post('campaigns', { ...base, endsOn: parisDay(-1) }), 400, 'endsOn');
      expectProblem(await post('campaigns', { ...base, goalCents: 0 }), 400, 'goalCents');
      expectProblem(await post('campaigns', { ...base, goalCents: 1e16 }), 400, 'goalCents');
      expectProblem(await post('campaigns', { ...base, startsOn: '2026-02-30' }), 400, 'startsOn');
      expectProblem(await post('campaigns', { ...base, mode: 'flex' }), 400, 'mode');
      expectProblem(await post('campaigns', { ...base, extra: 1 }), 400);
      const c = await campaign();
      expectProblem(
        await pledge(c.id, { contributor: { kind: 'person', name: 'A' }, amountCents: -5, kind: 'donation' }),
        400,
        'amountCents',
      );
      expectProblem(
        await pledge(c.id, { contributor: { kind: 'person', name: 'A' }, amountCents: 10.5, kind: 'donation' }),
        400,
        'amountCents',
      );
      expectProblem(
        await pledge(c.id, { contributor: { kind: 'person', name: 'A' }, amountCents: 100, kind: 'gift' }),
        400,
        'kind',
      );
      expectProblem(await pledge(c.id, { amountCents: 100, kind: 'donation' }), 400, 'contributor');
      const member = await createMember(api, org);
      expectProblem(
        await pledge(c.id, {
          memberId: member.id,
          contributor: { kind: 'person', name: 'A' },
          amountCents: 100,
          kind: 'donation',
        }),
        400,
        'contributor',
      );
      expectProblem(
        await pledge(c.id, {
          contributor: { kind: 'person', name: 'A' },
          amountCents: 1000,
          kind: 'share_subscription',
          shareClassCode: 'A',
        }),
        400,
        'memberId',
      );
      expectProblem(
        await pledge(c.id, { memberId: member.id, amountCents: 1000, kind: 'share_subscription' }),
        400,
        'shareClassCode',
      );
      expectProblem(
        await pledge(c.id, { memberId: member.id, amountCents: 1500, kind: 'share_subscription', shareClassCode: 'A' }),
        400,
        'amountCents',
      );
      expectProblem(
        await pledge(c.id, { memberId: member.id, amountCents: 1000, kind: 'donation', shareClassCode: 'A' }),
        400,
        'shareClassCode',
      );
      // an unknown slug is not told apart from a known one: the partner's confirmation stays pending
      const unknownPartner = await pledge(c.id, {
        contributor: { kind: 'organization', name: 'X', organizationSlug: 'no-such-coop-here' },
        amountCents: 100,
        kind: 'donation',
      }).expect(201);
      expect(unknownPartner.body.partnerConfirmation).toBe('pending');
      expectProblem(
        await pledge(c.id, {
          contributor: { kind: 'person', name: 'A' },
          amountCents: 100,
          kind: 'donation',
          recurrence: { every: 'monthly', months: 12 },
        }),
        400,
        'recurrence.months',
      );
      expectProblem(
        await pledge(c.id, {
          contributor: { kind: 'person', name: 'A' },
          amountCents: 100,
          kind: 'donation',
          recurrence: { every: 'monthly', months: 1 },
        }),
        400,
        'recurrence.months',
      );
      // the whole monthly pledge stays a safe amount (the figures add it up)
      expectProblem(
        await pledge(c.id, {
          contributor: { kind: 'person', name: 'A' },
          amountCents: 1e15,
          kind: 'donation',
          recurrence: { every: 'monthly', months: 2, startsOn: today },
        }),
        400,
        'amountCents',
      );
      const gift = await pledge(c.id, {
        contributor: { kind: 'person', name: 'A' },
        amountCents: 1000,
        kind: 'donation',
      }).expect(201);
      expectProblem(await pay(gift.body.id, 1000, parisDay(2)), 400, 'paidOn');
      expectProblem(await pay(gift.body.id, 1000, 'yesterday'), 400, 'paidOn');
      expectProblem(
        await post(`contributions/${gift.body.id}/payments`, { amountCents: 1000, paidOn: today, method: 'bitcoin' }),
        400,
        'method',
      );
    });
  });

  describe('donations and membership fees', () => {
    it('books a donation D 512 / C 7541 and a fee D 512 / C 756 in the journal DON, counted in the figures', async () => {
      const c = await campaign();
      const member = await createMember(api, org);
      const gift = await pledge(c.id, {
        contributor: { kind: 'person', name: 'Hélène Dupont', email: 'helene@example.org' },
        amountCents: 25_000,
        kind: 'donation',
        publicName: true,
      }).expect(201);
      expect(gift.body).toEqual(
        expect.objectContaining({ status: 'pledged', kind: 'donation', contributorType: 'person', paidCents: 0 }),
      );
      const fee = await pledge(c.id, { memberId: member.id, amountCents: 5_000, kind: 'membership_fee' }).expect(201);
      expect(fee.body).toEqual(expect.objectContaining({ contributorType: 'member', memberId: member.id }));
      let figures = (await get(`campaigns/${c.id}`).expect(200)).body;
      expect(figures).toEqual(expect.objectContaining({ pledgedCents: 30_000, raisedCents: 0, contributorsCount: 2 }));

      const paid = await pay(gift.body.id, 25_000, today, { reference: 'VIR-001' }).expect(201);
      expect(paid.body).toEqual(expect.objectContaining({ status: 'paid', paidCents: 25_000 }));
      await pay(fee.body.id, 5_000).expect(201);
      expect(await lines([gift.body.id, fee.body.id])).toEqual([
        { journal: 'DON', account: '512', d: 25_000, c: 0 },
        { journal: 'DON', account: '7541', d: 0, c: 25_000 },
        { journal: 'DON', account: '512', d: 5_000, c: 0 },
        { journal: 'DON', account: '756', d: 0, c: 5_000 },
      ]);
      figures = (await get(`campaigns/${c.id}`).expect(200)).body;
      expect(figures).toEqual(
        expect.objectContaining({
          pledgedCents: 30_000,
          raisedCents: 30_000,
          contributorsCount: 2,
          progressPercent: 30,
        }),
      );

      // the receipt goes to the contributor by e-mail, with the PDF
      const mail = await waitFor(
        () => smtp.mails.find((m) => m.to.includes('helene@example.org')),
        20_000,
        'the receipt e-mail',
      );
      expect(mailText(mail)).toContain('CONTRIB-');
      expect(mail.raw).toMatch(/filename="?CONTRIB-\d{4}-\d{4}\.pdf/);

      const audit = await api.db.query(
        `SELECT action FROM audit_log WHERE organization_id = $1 AND entity_id = $2 ORDER BY at`,
        [org.id, gift.body.id],
      );
      expect(audit.map((a: { action: string }) => a.action)).toEqual(['contribution.pledged', 'contribution.payment']);
    });

    it('refuses a partial payment unless the pledge allows it, and any over-payment', async () => {
      const c = await campaign();
      const whole = await pledge(c.id, {
        contributor: { kind: 'person', name: 'Once' },
        amountCents: 10_000,
        kind: 'donation',
      }).expect(201);
      const res = await pay(whole.body.id, 4_000);
      expectProblem(res, 422, 'amountCents');
      expect(res.body.type).toBe('/problems/partial-payment-refused');
      expectProblem(await pay(whole.body.id, 10_001), 422, 'amountCents');

      const parts = await pledge(c.id, {
        contributor: { kind: 'person', name: 'In parts' },
        amountCents: 10_000,
        kind: 'donation',
        allowPartial: true,
      }).expect(201);
      expect((await pay(parts.body.id, 4_000).expect(201)).body).toEqual(
        expect.objectContaining({ status: 'pledged', paidCents: 4_000 }),
      );
      expectProblem(await pay(parts.body.id, 6_001), 422, 'amountCents');
      expect((await pay(parts.body.id, 6_000).expect(201)).body).toEqual(
        expect.objectContaining({ status: 'paid', paidCents: 10_000 }),
      );
      const done = await pay(parts.body.id, 1);
      expectProblem(done, 422, 'amountCents');
      expect(done.body.type).toBe('/problems/nothing-due');
    });

    it('honours Idempotency-Key on payments: a retry replays the answer and moves no money twice', async () => {
      const c = await campaign();
      const gift = await pledge(c.id, {
        contributor: { kind: 'person', name: 'Retry' },
        amountCents: 3_000,
        kind: 'donation',
        allowPartial: true,
      }).expect(201);
      const send = (amount: number) =>
        api.http
          .post(url(`contributions/${gift.body.id}/payments`))
          .set(org.admin.auth)
          .set('Idempotency-Key', `pay-${gift.body.id}`)
          .send({ amountCents: amount, paidOn: today, method: 'card' });
      const first = await send(1_000).expect(201);
      const again = await send(1_000).expect(201);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.body).toEqual(first.body);
      expect((await get(`contributions/${gift.body.id}`).expect(200)).body.paidCents).toBe(1_000);
      expect(await lines([gift.body.id])).toHaveLength(2);
      const reused = await send(2_000);
      expectProblem(reused, 422, 'Idempotency-Key');
    });
  });

  describe('share subscriptions', () => {
    it('keep the money in 4563 until the board admits the contributor, then issue the shares once, counted once', async () => {
      const c = await campaign();
      const applicant = await createMember(api, org);
      const before = await capital();
      const res = await pledge(c.id, {
        memberId: applicant.id,
        amountCents: 3_000,
        kind: 'share_subscription',
        shareClassCode: 'A',
      }).expect(201);
      expect(res.body).toEqual(
        expect.objectContaining({
          kind: 'share_subscription',
          subscriptionId: expect.any(String),
          subscriptionStatus: 'pending',
        }),
      );
      const subscription = (await get(`subscriptions/${res.body.subscriptionId}`).expect(200)).body;
      expect(subscription).toEqual(
        expect.objectContaining({
          memberId: applicant.id,
          shareClassCode: 'A',
          quantity: 3,
          amountCents: 3_000,
          status: 'pending',
        }),
      );

      await pay(res.body.id, 3_000).expect(201);
      // the money waits in 4563: no capital yet
      expect(await capital()).toEqual(
        expect.objectContaining({ totalCents: before.totalCents, paidCents: before.paidCents }),
      );
      const payment = (await get(`subscriptions/${res.body.subscriptionId}`).expect(200)).body.payments[0];
      expect(await lines([payment.id])).toEqual([
        { journal: 'CAP', account: '512', d: 3_000, c: 0 },
        { journal: 'CAP', account: '4563', d: 0, c: 3_000 },
      ]);
      expect((await get(`campaigns/${c.id}`).expect(200)).body.raisedCents).toBe(3_000);

      const admitted = await post(`contributions/${res.body.id}/admit`, { decisionRef: 'CA du jour' }).expect(200);
      expect(admitted.body).toEqual(expect.objectContaining({ status: 'paid', subscriptionStatus: 'issued' }));
      expect((await get(`members/${applicant.id}`).expect(200)).body).toEqual(
        expect.objectContaining({ status: 'active', membershipNumber: expect.any(Number) }),
      );
      expect(await lines([res.body.subscriptionId])).toEqual([
        { journal: 'CAP', account: '4561', d: 3_000, c: 0 },
        { journal: 'CAP', account: '1012', d: 0, c: 3_000 },
        { journal: 'CAP', account: '4563', d: 3_000, c: 0 },
        { journal: 'CAP', account: '4561', d: 0, c: 3_000 },
        { journal: 'CAP', account: '1012', d: 3_000, c: 0 },
        { journal: 'CAP', account: '1013', d: 0, c: 3_000 },
      ]);
      // counted once: 3 shares in the capital, 30 € raised; one issue movement in the register
      expect(await capital()).toEqual(
        expect.objectContaining({
          totalCents: before.totalCents + 3_000,
          paidCents: before.paidCents + 3_000,
          totalShares: before.totalShares + 3,
        }),
      );
      expect((await get(`campaigns/${c.id}`).expect(200)).body.raisedCents).toBe(3_000);
      const movements = (await get(`ledger?memberId=${applicant.id}`).expect(200)).body.items;
      expect(movements).toEqual([expect.objectContaining({ kind: 'issue', quantity: 3, amountCents: 3_000 })]);
      // the shares are issued: money comes back by a redemption, not a refund
      const refund = await post(`contributions/${res.body.id}/refund`, {});
      expectProblem(refund, 422);
      expect(refund.body.type).toBe('/problems/shares-issued');
    });

    it('returns the money waiting in 4563 when the board refuses the contributor', async () => {
      const c = await campaign();
      const applicant = await createMember(api, org);
      const res = await pledge(c.id, {
        memberId: applicant.id,
        amountCents: 2_000,
        kind: 'share_subscription',
        shareClassCode: 'A',
      }).expect(201);
      await pay(res.body.id, 2_000).expect(201);
      const refused = await post(`contributions/${res.body.id}/refuse`, { reason: 'Hors du sociétariat prévu' }).expect(
        200,
      );
      expect(refused.body).toEqual(
        expect.objectContaining({ status: 'refunded', refundedCents: 2_000, subscriptionStatus: 'rejected' }),
      );
      expect((await lines([res.body.subscriptionId])).slice(-2)).toEqual([
        { journal: 'CAP', account: '4563', d: 2_000, c: 0 },
        { journal: 'CAP', account: '512', d: 0, c: 2_000 },
      ]);
      expect((await get(`campaigns/${c.id}`).expect(200)).body).toEqual(
        expect.objectContaining({ raisedCents: 0, contributorsCount: 0 }),
      );
      expect((await get(`members/${applicant.id}`).expect(200)).body.status).toBe('applicant');
      const donation = await pledge(c.id, { memberId: applicant.id, amountCents: 2_000, kind: 'donation' }).expect(201);
      expectProblem(await post(`contributions/${donation.body.id}/admit`, {}), 422);
    });
  });

  describe('all or nothing', () => {
    it('settles a missed campaign: pledges cancelled, money marked for refund, shares never issued, contributors told once', async () => {
      const c = await campaign({ mode: 'all_or_nothing', goalCents: 1_000_000 });
      const applicant = await createMember(api, org, { email: 'future.member@example.org' });
      const gift = await pledge(c.id, {
        contributor: { kind: 'person', name: 'Donatrice', email: 'donatrice@example.org' },
        amountCents: 5_000,
        kind: 'donation',
      }).expect(201);
      await pay(gift.body.id, 5_000).expect(201);
      const promise = await pledge(c.id, {
        contributor: { kind: 'organization', name: 'Partenaire', email: 'partenaire@example.org' },
        amountCents: 50_000,
        kind: 'donation',
      }).expect(201);
      const shares = await pledge(c.id, {
        memberId: applicant.id,
        amountCents: 4_000,
        kind: 'share_subscription',
        shareClassCode: 'A',
      }).expect(201);
      await pay(shares.body.id, 4_000).expect(201);
      // before the campaign succeeds nobody is admitted: neither here nor through the share register
      const early = await post(`contributions/${shares.body.id}/admit`, {});
      expectProblem(early, 422);
      expect(early.body.type).toBe('/problems/campaign-not-succeeded');
      const direct = await post(`subscriptions/${shares.body.subscriptionId}/approve`, {});
      expectProblem(direct, 422);
      expect(direct.body.type).toBe('/problems/campaign-not-succeeded');

      const closed = await post(`campaigns/${c.id}/close`, {}).expect(200);
      expect(closed.body).toEqual(
        expect.objectContaining({ status: 'failed', raisedCents: 9_000, pledgedCents: 0, contributorsCount: 0 }),
      );
      const items = (await get(`campaigns/${c.id}/contributions`).expect(200)).body.items;
      const byId = new Map(items.map((i: { id: string }) => [i.id, i]));
      expect(byId.get(gift.body.id)).toEqual(expect.objectContaining({ status: 'paid', refundDue: true }));
      expect(byId.get(promise.body.id)).toEqual(expect.objectContaining({ status: 'cancelled', refundDue: false }));
      expect(byId.get(shares.body.id)).toEqual(
        expect.objectContaining({ status: 'paid', refundDue: true, subscriptionStatus: 'pending' }),
      );
      expectProblem(await pay(promise.body.id, 50_000), 422, 'amountCents');

      // one notice per contributor, once, even if the job runs again
      for (const to of ['donatrice@example.org', 'partenaire@example.org', 'future.member@example.org']) {
        await waitFor(
          () => smtp.mails.find((m) => m.to.includes(to) && /objectif|goal/.test(mailText(m))),
          20_000,
          `the notice to ${to}`,
        );
      }
      expect(
        mailText(smtp.mails.find((m) => m.to.includes('donatrice@example.org') && /objectif/.test(mailText(m)))!),
      ).toContain('50,00 € que vous avez versée va vous être remboursée');
      const outbox = api.app.get(OutboxService);
      await api.db.transaction((em) =>
        outbox.enqueue(em, {
          organizationId: org.id,
          queue: 'mail',
          name: 'funding.settlement-notices',
          payload: { campaignId: c.id },
        }),
      );
      await new Promise((r) => setTimeout(r, 1500));
      expect(
        smtp.mails.filter((m) => m.to.includes('donatrice@example.org') && /objectif/.test(mailText(m))),
      ).toHaveLength(1);

      // the refunds reverse the entries: the donation D 7541 / C 512, the shares money D 4563 / C 512
      expect(
        (await post(`contributions/${gift.body.id}/refund`, { reference: 'VIR-RETOUR-1' }).expect(200)).body,
      ).toEqual(expect.objectContaining({ status: 'refunded', refundedCents: 5_000, refundDue: false }));
      expect((await lines([gift.body.id])).slice(-2)).toEqual([
        { journal: 'DON', account: '7541', d: 5_000, c: 0 },
        { journal: 'DON', account: '512', d: 0, c: 5_000 },
      ]);
      expect((await post(`contributions/${shares.body.id}/refund`, {}).expect(200)).body).toEqual(
        expect.objectContaining({ status: 'refunded', subscriptionStatus: 'rejected' }),
      );
      expect((await lines([shares.body.subscriptionId])).slice(-2)).toEqual([
        { journal: 'CAP', account: '4563', d: 4_000, c: 0 },
        { journal: 'CAP', account: '512', d: 0, c: 4_000 },
      ]);
      expectProblem(await post(`contributions/${gift.body.id}/refund`, {}), 422);
      expect((await get(`campaigns/${c.id}`).expect(200)).body.raisedCents).toBe(0);

      const ledger = (
        await api.http
          .get(url(`campaigns/${c.id}/ledger`))
          .set(accountant.auth)
          .expect(200)
      ).body.items;
      expect(ledger.map((l: { kind: string; amountCents: number }) => `${l.kind}:${l.amountCents}`)).toEqual([
        'pledge:5000',
        'payment:5000',
        'pledge:50000',
        'pledge:4000',
        'payment:4000',
        'refund_due:5000',
        'cancellation:50000',
        'refund_due:4000',
        'refund:5000',
        'refund:4000',
      ]);
    });

    it('lets the board admit once the campaign succeeded', async () => {
      const c = await campaign({ mode: 'all_or_nothing', goalCents: 2_000 });
      const applicant = await createMember(api, org);
      const shares = await pledge(c.id, {
        memberId: applicant.id,
        amountCents: 2_000,
        kind: 'share_subscription',
        shareClassCode: 'A',
      }).expect(201);
      await pay(shares.body.id, 2_000).expect(201);
      expect((await post(`campaigns/${c.id}/close`, {}).expect(200)).body.status).toBe('succeeded');
      expect((await post(`contributions/${shares.body.id}/admit`, {}).expect(200)).body.subscriptionStatus).toBe(
        'issued',
      );
    });

    it('closes campaigns past their end from the daily job, which settles them too', async () => {
      const c = await campaign({ mode: 'all_or_nothing', goalCents: 1_000_000, endsOn: today });
      const gift = await pledge(c.id, {
        contributor: { kind: 'person', name: 'Late', email: 'late@example.org' },
        amountCents: 1_000,
        kind: 'donation',
      }).expect(201);
      await pay(gift.body.id, 1_000).expect(201);
      const kept = await campaign({ endsOn: parisDay(2) });
      // the campaign's last day is over
      await api.db.query(`UPDATE campaigns SET starts_on = $2, ends_on = $2 WHERE id = $1`, [c.id, parisDay(-1)]);
      const job = await runJob('funding.daily');
      expect(job.status).toBe('completed');
      expect(job.result.closed).toBeGreaterThanOrEqual(1);
      expect((await get(`campaigns/${c.id}`).expect(200)).body).toEqual(
        expect.objectContaining({ status: 'failed', closedOn: today }),
      );
      expect((await get(`contributions/${gift.body.id}`).expect(200)).body.refundDue).toBe(true);
      expect((await get(`campaigns/${kept.id}`).expect(200)).body.status).toBe('open');
      await waitFor(
        () => smtp.mails.find((m) => m.to.includes('late@example.org') && /objectif/.test(mailText(m))),
        20_000,
        'the notice',
      );
      const audit = await api.db.query(
        `SELECT action, actor FROM audit_log WHERE organization_id = $1 AND entity_id = $2 AND action = 'campaign.closed'`,
        [org.id, c.id],
      );
      expect(audit).toEqual([expect.objectContaining({ actor: 'worker:funding.daily' })]);
    });
  });

  describe('monthly pledges', () => {
    it('generate their instalments as they fall due, each paid on its own', async () => {
      const c = await campaign({ startsOn: parisDay(-90), endsOn: parisDay(120) });
      const plan = await pledge(c.id, {
        contributor: { kind: 'person', name: 'Mensuel', email: 'mensuel@example.org' },
        amountCents: 2_000,
        kind: 'donation',
        recurrence: { every: 'monthly', months: 4, startsOn: parisDay(-35) },
      }).expect(201);
      expect(plan.body.recurrence).toEqual({ every: 'monthly', months: 4 });
      // due 35 days ago and about 5 days ago: two so far
      expect(
        plan.body.instalments.map((i: { instalmentNumber: number; amountCents: number; status: string }) => [
          i.instalmentNumber,
          i.amountCents,
          i.status,
        ]),
      ).toEqual([
        [1, 2_000, 'pledged'],
        [2, 2_000, 'pledged'],
      ]);
      expect((await get(`campaigns/${c.id}`).expect(200)).body).toEqual(
        expect.objectContaining({ pledgedCents: 8_000, contributorsCount: 1 }),
      );
      expectProblem(await pay(plan.body.id, 2_000), 422, 'amountCents');
      await pay(plan.body.instalments[0].id, 2_000).expect(201);
      expect((await get(`campaigns/${c.id}`).expect(200)).body).toEqual(
        expect.objectContaining({ pledgedCents: 8_000, raisedCents: 2_000 }),
      );

      // nothing new is due: the daily job adds nothing; a month later it adds the third
      await runJob('funding.daily');
      expect((await get(`contributions/${plan.body.id}`).expect(200)).body.instalments).toHaveLength(2);
      await api.db.query(`UPDATE contributions SET due_on = due_on - interval '1 month' WHERE id = $1`, [plan.body.id]);
      await runJob('funding.daily');
      await runJob('funding.daily');
      const after = (await get(`contributions/${plan.body.id}`).expect(200)).body.instalments;
      expect(after.map((i: { instalmentNumber: number }) => i.instalmentNumber)).toEqual([1, 2, 3]);

      // cancelled: the unpaid instalments go, the paid one stays
      const cancelled = (await post(`contributions/${plan.body.id}/cancel`, {}).expect(200)).body;
      expect(cancelled.instalments.map((i: { status: string }) => i.status)).toEqual([
        'paid',
        'cancelled',
        'cancelled',
      ]);
      expect((await get(`campaigns/${c.id}`).expect(200)).body).toEqual(
        expect.objectContaining({ pledgedCents: 2_000, raisedCents: 2_000 }),
      );
    });
  });

  describe('figures and the accountant', () => {
    it('shows progress by week from the payments and refunds', async () => {
      const c = await campaign({ goalCents: 10_000 });
      const days = [parisDay(-14), parisDay(-7), today];
      for (const [i, day] of days.entries()) {
        const g = await pledge(c.id, {
          contributor: { kind: 'person', name: `Week ${i}` },
          amountCents: 1_000 * (i + 1),
          kind: 'donation',
        }).expect(201);
        await pay(g.body.id, 1_000 * (i + 1), day).expect(201);
      }
      const figures = (await get(`campaigns/${c.id}`).expect(200)).body;
      expect(figures).toEqual(
        expect.objectContaining({ raisedCents: 6_000, progressPercent: 60, contributorsCount: 3 }),
      );
      expect(
        figures.progressByWeek.map((w: { raisedCents: number; cumulativeCents: number }) => [
          w.raisedCents,
          w.cumulativeCents,
        ]),
      ).toEqual([
        [1_000, 1_000],
        [2_000, 3_000],
        [3_000, 6_000],
      ]);
      expect(
        figures.progressByWeek.every((w: { weekOf: string }) => new Date(`${w.weekOf}T12:00:00Z`).getUTCDay() === 1),
      ).toBe(true);
    });

    it('exports the contributions as a French CSV and their entries in a balanced FEC', async () => {
      const csv = await binary(api.http.get(url('exports/contributions.csv')).set(accountant.auth)).expect(200);
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      const text = (csv.body as Buffer).toString('utf8');
      expect(
        text.startsWith(
          '\uFEFFDate;Campagne;Contribution;Contributeur;Type de contributeur;Nature;Mouvement;Montant;Mode;Référence;Journal;N° écriture\r\n',
        ),
      ).toBe(true);
      expect(text).toMatch(
        new RegExp(
          `${today.slice(8, 10)}/${today.slice(5, 7)}/${today.slice(0, 4)};Serveur mutualisé;CONTRIB-[0-9A-F]{8};Hélène Dupont;Personne;Don;Versement;250,00;transfer;VIR-001;DON;\\d+\\r\\n`,
        ),
      );
      expect(text).toContain(';Donatrice;Personne;Don;Remboursement;-50,00;;VIR-RETOUR-1;DON;');
      expect(text).toContain(';Souscription de parts;Versement;30,00;transfer;;CAP;');

      const year = today.slice(0, 4);
      const fec = await binary(api.http.get(url(`exports/fec?year=${year}`)).set(accountant.auth)).expect(200);
      const report = validateFec(fec.body as Buffer, {
        fiscalYearStart: `${year}-01-01`,
        fiscalYearEnd: `${year}-12-31`,
        fileName: `${SIREN}FEC${year}1231.txt`,
        siren: SIREN,
      });
      expect(report.problems).toEqual([]);
      expect(report.valid).toBe(true);
      expect(report.debitCents).toBe(report.creditCents);
      const fecText = (fec.body as Buffer).toString('latin1');
      expect(fecText).toMatch(/\r\nDON\tDons et cotisations\t1\t\d{8}\t512\t/);
      expect(fecText).toContain('\t7541\tDons manuels\t');
      expect(fecText).toContain('\t756\tCotisations\t');
    });

    it('escapes in the CSV the cells a spreadsheet would run as formulas', async () => {
      const c = await campaign({ title: '-2+3+cmd' });
      const gift = await pledge(c.id, {
        contributor: { kind: 'person', name: '=HYPERLINK("http://x","y")', email: 'formula@example.org' },
        amountCents: 1_250,
        kind: 'donation',
      }).expect(201);
      await pay(gift.body.id, 1_250, today, { reference: '@SUM(1+1)' }).expect(201);
      const csv = await binary(api.http.get(url('exports/contributions.csv')).set(accountant.auth)).expect(200);
      const text = (csv.body as Buffer).toString('utf8');
      expect(text).toMatch(
        /;'-2\+3\+cmd;CONTRIB-[0-9A-F]{8};"'=HYPERLINK\(""http:\/\/x"",""y""\)";Personne;Don;Versement;12,50;transfer;'@SUM\(1\+1\);DON;\d+\r\n/,
      );
    });
  });
});
