import { createMember, createOrg, expectProblem, startApi, TestApi, TestOrg } from '../support/app';
import { documentsDir, parisDay } from './support';

/**
 * A campaign's share subscription is also a subscription of the share register: whichever route acts
 * on it (`contributions/{id}/…` or `subscriptions/{id}/…`), the contribution, the campaign ledger and
 * the books agree, in one transaction.
 */
describe('contribution funding: share subscriptions acted on through the share register routes', () => {
  let api: TestApi;
  let org: TestOrg;
  const today = parisDay();

  beforeAll(async () => {
    api = await startApi({ DOCUMENTS_DIR: documentsDir });
    org = await createOrg(api);
    await post('share-classes', { code: 'A', name: 'Parts usagers', nominalCents: 1000, minPerMember: 1 }).expect(201);
  });
  afterAll(() => api.close());

  const url = (p: string) => `/v1/orgs/${org.slug}/${p}`;
  const post = (p: string, body: object) => api.http.post(url(p)).set(org.admin.auth).send(body);
  const get = (p: string) => api.http.get(url(p)).set(org.admin.auth);
  const campaign = async (overrides: Record<string, unknown> = {}) => {
    const c = await post('campaigns', {
      title: 'Atelier partagé',
      goalCents: 100_000,
      startsOn: parisDay(-5),
      endsOn: parisDay(30),
      mode: 'keep_it_all',
      public: false,
      ...overrides,
    }).expect(201);
    await post(`campaigns/${c.body.id}/open`, {}).expect(200);
    return c.body as { id: string };
  };
  const sharePledge = async (campaignId: string, amountCents: number, extra: object = {}) => {
    const applicant = await createMember(api, org);
    const res = await post(`campaigns/${campaignId}/contributions`, {
      memberId: applicant.id,
      amountCents,
      kind: 'share_subscription',
      shareClassCode: 'A',
      ...extra,
    }).expect(201);
    return { ...(res.body as { id: string; subscriptionId: string }), memberId: applicant.id };
  };
  const contribution = async (id: string) => (await get(`contributions/${id}`).expect(200)).body;
  const figures = async (id: string) => (await get(`campaigns/${id}`).expect(200)).body;
  const ledger = async (id: string) =>
    (await get(`campaigns/${id}/ledger`).expect(200)).body.items.map(
      (l: { kind: string; amountCents: number }) => `${l.kind}:${l.amountCents}`,
    );
  const lines = (sourceId: string) =>
    api.db.query(
      `SELECT l.account, l.debit_cents::int AS d, l.credit_cents::int AS c FROM accounting_entries e JOIN accounting_lines l ON l.entry_id = e.id
        WHERE e.organization_id = $1 AND e.source_id = $2 ORDER BY e.created_at, e.entry_number, l.line_number`,
      [org.id, sourceId],
    );
  const audit = async (entityId: string) =>
    (
      await api.db.query(`SELECT action FROM audit_log WHERE organization_id = $1 AND entity_id = $2 ORDER BY at`, [
        org.id,
        entityId,
      ])
    ).map((a: { action: string }) => a.action);

  it('refunds the contribution when the board rejects its subscription through subscriptions/{id}/reject', async () => {
    const c = await campaign();
    const s = await sharePledge(c.id, 2_000);
    await post(`contributions/${s.id}/payments`, { amountCents: 2_000, paidOn: today, method: 'transfer' }).expect(201);
    expect((await figures(c.id)).raisedCents).toBe(2_000);

    await post(`subscriptions/${s.subscriptionId}/reject`, {
      reason: 'Hors du sociétariat prévu',
      decisionRef: 'CA du jour',
    }).expect(200);
    expect(await contribution(s.id)).toEqual(
      expect.objectContaining({
        status: 'refunded',
        refundedCents: 2_000,
        refundDue: false,
        subscriptionStatus: 'rejected',
      }),
    );
    expect(await figures(c.id)).toEqual(
      expect.objectContaining({ raisedCents: 0, pledgedCents: 0, contributorsCount: 0 }),
    );
    expect(await ledger(c.id)).toEqual(['pledge:2000', 'payment:2000', 'refund:2000']);
    // the money left 4563 once, and the campaign ledger points at that entry
    expect((await lines(s.subscriptionId)).slice(-2)).toEqual([
      { account: '4563', d: 2_000, c: 0 },
      { account: '512', d: 0, c: 2_000 },
    ]);
    const [refund] = (await get(`campaigns/${c.id}/ledger`).expect(200)).body.items.slice(-1);
    expect(refund).toEqual(expect.objectContaining({ accountingEntryId: expect.any(String), reference: 'CA du jour' }));
    expect(await audit(s.id)).toEqual(['contribution.pledged', 'contribution.payment', 'contribution.refunded']);
    // and the contribution route agrees: nothing left to refund or refuse
    expectProblem(await post(`contributions/${s.id}/refund`, {}), 422);
    expectProblem(
      await post(`contributions/${s.id}/payments`, { amountCents: 2_000, paidOn: today, method: 'transfer' }),
      422,
      'amountCents',
    );
  });

  it('cancels an unpaid contribution, and refunds a partly paid one, when its subscription is cancelled through subscriptions/{id}/cancel', async () => {
    const c = await campaign();
    const unpaid = await sharePledge(c.id, 3_000);
    await post(`subscriptions/${unpaid.subscriptionId}/cancel`, {}).expect(200);
    expect(await contribution(unpaid.id)).toEqual(
      expect.objectContaining({ status: 'cancelled', subscriptionStatus: 'cancelled' }),
    );
    expect(await figures(c.id)).toEqual(expect.objectContaining({ pledgedCents: 0, contributorsCount: 0 }));

    // approved (the board admitted), partly paid, then withdrawn: what was paid is returned
    const partly = await sharePledge(c.id, 4_000, { allowPartial: true });
    await post(`subscriptions/${partly.subscriptionId}/approve`, { decisionRef: 'CA 1' }).expect(200);
    expect(await audit(partly.id)).toContain('contribution.admitted');
    await post(`contributions/${partly.id}/payments`, { amountCents: 1_000, paidOn: today, method: 'transfer' }).expect(
      201,
    );
    await post(`subscriptions/${partly.subscriptionId}/cancel`, {}).expect(200);
    expect(await contribution(partly.id)).toEqual(
      expect.objectContaining({
        status: 'refunded',
        paidCents: 1_000,
        refundedCents: 1_000,
        subscriptionStatus: 'cancelled',
      }),
    );
    expect(await figures(c.id)).toEqual(expect.objectContaining({ raisedCents: 0, pledgedCents: 0 }));
    expect(await ledger(c.id)).toEqual([
      'pledge:3000',
      'cancellation:3000',
      'pledge:4000',
      'payment:1000',
      'refund:1000',
    ]);
  });

  it('counts a payment made through subscriptions/{id}/payments once, and applies the pledge rules to it', async () => {
    const c = await campaign();
    const s = await sharePledge(c.id, 3_000);
    // the pledge does not allow partial payments, whichever route the money comes by
    const partial = await post(`subscriptions/${s.subscriptionId}/payments`, {
      amountCents: 1_000,
      paidOn: today,
      method: 'transfer',
    });
    expectProblem(partial, 422, 'amountCents');
    expect(partial.body.type).toBe('/problems/partial-payment-refused');
    expect((await get(`subscriptions/${s.subscriptionId}`).expect(200)).body.paidCents).toBe(0);

    await post(`subscriptions/${s.subscriptionId}/payments`, {
      amountCents: 3_000,
      paidOn: today,
      method: 'check',
      reference: 'CHQ 7',
    }).expect(201);
    expect(await contribution(s.id)).toEqual(expect.objectContaining({ status: 'paid', paidCents: 3_000 }));
    expect(await figures(c.id)).toEqual(
      expect.objectContaining({ raisedCents: 3_000, pledgedCents: 3_000, contributorsCount: 1 }),
    );
    const items = (await get(`campaigns/${c.id}/ledger`).expect(200)).body.items;
    expect(items.map((l: { kind: string; amountCents: number }) => `${l.kind}:${l.amountCents}`)).toEqual([
      'pledge:3000',
      'payment:3000',
    ]);
    expect(items[1]).toEqual(
      expect.objectContaining({ method: 'check', reference: 'CHQ 7', accountingEntryId: expect.any(String) }),
    );

    // approved through the share register: shares issued, the contribution says so, raised once
    await post(`subscriptions/${s.subscriptionId}/approve`, {}).expect(200);
    expect(await contribution(s.id)).toEqual(expect.objectContaining({ status: 'paid', subscriptionStatus: 'issued' }));
    expect((await figures(c.id)).raisedCents).toBe(3_000);
    expect(await audit(s.id)).toEqual(['contribution.pledged', 'contribution.payment', 'contribution.admitted']);
  });

  it('keeps the rules of an all-or-nothing campaign on the share register routes, and returns its money there after a failure', async () => {
    const c = await campaign({ mode: 'all_or_nothing', goalCents: 1_000_000 });
    const s = await sharePledge(c.id, 2_000);
    await post(`contributions/${s.id}/payments`, { amountCents: 2_000, paidOn: today, method: 'transfer' }).expect(201);
    const early = await post(`subscriptions/${s.subscriptionId}/approve`, {});
    expectProblem(early, 422);
    expect(early.body.type).toBe('/problems/campaign-not-succeeded');

    expect((await post(`campaigns/${c.id}/close`, {}).expect(200)).body.status).toBe('failed');
    expect(await contribution(s.id)).toEqual(expect.objectContaining({ status: 'paid', refundDue: true }));
    const late = await post(`subscriptions/${s.subscriptionId}/approve`, {});
    expectProblem(late, 422);
    expect(late.body.type).toBe('/problems/contribution-closed');

    await post(`subscriptions/${s.subscriptionId}/reject`, { reason: 'Campagne non aboutie' }).expect(200);
    expect(await contribution(s.id)).toEqual(
      expect.objectContaining({ status: 'refunded', refundedCents: 2_000, refundDue: false }),
    );
    expect(await ledger(c.id)).toEqual(['pledge:2000', 'payment:2000', 'refund_due:2000', 'refund:2000']);
    expect((await figures(c.id)).raisedCents).toBe(0);
  });
});
