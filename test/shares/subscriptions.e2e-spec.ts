import {
  createCoop,
  createMember,
  expectProblem,
  signup,
  startApi,
  TestApi,
  TestOrg,
  userWithRole,
} from '../support/app';

/** An organization with one share class A (100 € a share, at least 1 per member). */
const coop = (api: TestApi, overrides: Record<string, unknown> = {}) => createCoop(api, undefined, overrides);

describe('share subscriptions', () => {
  let api: TestApi;
  let org: TestOrg;
  beforeAll(async () => {
    api = await startApi();
    org = await coop(api);
  });
  afterAll(() => api.close());

  const url = (o: TestOrg, p: string) => `/v1/orgs/${o.slug}/${p}`;
  const subscribe = (o: TestOrg, body: Record<string, unknown>) =>
    api.http
      .post(url(o, 'subscriptions'))
      .set(o.admin.auth)
      .send({ shareClassCode: 'A', ...body });
  const approve = (o: TestOrg, id: string, body: Record<string, unknown> = {}) =>
    api.http
      .post(url(o, `subscriptions/${id}/approve`))
      .set(o.admin.auth)
      .send(body);
  const pay = (o: TestOrg, id: string, amountCents: number, paidOn = '2026-03-10', key?: string) => {
    const req = api.http.post(url(o, `subscriptions/${id}/payments`)).set(o.admin.auth);
    if (key) req.set('Idempotency-Key', key);
    return req.send({ amountCents, paidOn, method: 'transfer', reference: 'VIR-1' });
  };

  /** A new applicant with a pending subscription of `quantity` shares of A. */
  async function pending(o: TestOrg, quantity: number, subscribedOn = '2026-03-01') {
    const member = await createMember(api, o);
    const res = await subscribe(o, { memberId: member.id, quantity, subscribedOn }).expect(201);
    return { memberId: member.id, id: res.body.id as string };
  }

  describe('lifecycle', () => {
    it('issues the shares on the payment that completes the subscription and admits the applicant', async () => {
      const { memberId, id } = await pending(org, 5);
      const approved = await approve(org, id, { decidedOn: '2026-03-05', decisionRef: 'CA 2026-03' }).expect(200);
      expect(approved.body).toEqual(
        expect.objectContaining({
          status: 'approved',
          amountCents: 50000,
          paidCents: 0,
          decidedOn: '2026-03-05',
          memberStatus: 'applicant',
        }),
      );

      const first = await pay(org, id, 20000, '2026-03-10').expect(201);
      expect(first.body).toEqual(
        expect.objectContaining({ status: 'approved', paidCents: 20000, issuedOn: null, memberStatus: 'applicant' }),
      );
      const second = await pay(org, id, 30000, '2026-04-01').expect(201);
      expect(second.body).toEqual(
        expect.objectContaining({ status: 'issued', paidCents: 50000, issuedOn: '2026-04-01', memberStatus: 'active' }),
      );

      const member = await api.http
        .get(url(org, `members/${memberId}`))
        .set(org.admin.auth)
        .expect(200);
      expect(member.body).toEqual(expect.objectContaining({ status: 'active', membershipNumber: expect.any(Number) }));
      const detail = await api.http
        .get(url(org, `subscriptions/${id}`))
        .set(org.admin.auth)
        .expect(200);
      expect(detail.body.payments.map((p: { amountCents: number }) => p.amountCents)).toEqual([20000, 30000]);

      const holdings = await api.http
        .get(url(org, `members/${memberId}/holdings`))
        .set(org.admin.auth)
        .expect(200);
      expect(holdings.body).toEqual(
        expect.objectContaining({
          totalQuantity: 5,
          totalCents: 50000,
          classes: [{ shareClassCode: 'A', quantity: 5, amountCents: 50000 }],
        }),
      );
      const before = await api.http
        .get(url(org, `members/${memberId}/holdings?at=2026-03-31`))
        .set(org.admin.auth)
        .expect(200);
      expect(before.body).toEqual(expect.objectContaining({ totalQuantity: 0, totalCents: 0, classes: [] }));

      const capital = await api.http.get(url(org, 'capital')).set(org.admin.auth).expect(200);
      expect(capital.body).toEqual(expect.objectContaining({ totalCents: 50000, totalShares: 5, memberCount: 1 }));
      expect(capital.body.classes).toEqual([
        expect.objectContaining({ shareClassCode: 'A', quantity: 5, subscribedCents: 50000, paidCents: 50000 }),
      ]);
      const earlier = await api.http.get(url(org, 'capital?at=2026-03-31')).set(org.admin.auth).expect(200);
      expect(earlier.body).toEqual(expect.objectContaining({ totalCents: 0, totalShares: 0, memberCount: 0 }));
    });

    it('books the approval and the payment in the share-capital journal (4561/1012, then 512/4561 and 1012/1013)', async () => {
      const o = await coop(api);
      const { id } = await pending(o, 2);
      await approve(o, id, { decidedOn: '2026-03-02' }).expect(200);
      await pay(o, id, 20000, '2026-03-03').expect(201);
      const lines: { source_type: string; account: string; debit_cents: string; credit_cents: string }[] =
        await api.db.query(
          `SELECT e.source_type, l.account, l.debit_cents, l.credit_cents FROM accounting_entries e JOIN accounting_lines l ON l.entry_id = e.id
          WHERE e.organization_id = $1 ORDER BY e.entry_number, l.line_number`,
          [o.id],
        );
      expect(lines.map((l) => [l.source_type, l.account, Number(l.debit_cents), Number(l.credit_cents)])).toEqual([
        ['subscription', '4561', 20000, 0],
        ['subscription', '1012', 0, 20000],
        ['payment', '512', 20000, 0],
        ['payment', '4561', 0, 20000],
        ['payment', '1012', 20000, 0],
        ['payment', '1013', 0, 20000],
      ]);
    });

    it('keeps money paid before the decision waiting, and issues the shares on approval', async () => {
      const { memberId, id } = await pending(org, 3);
      const paid = await pay(org, id, 30000, '2026-03-02').expect(201);
      expect(paid.body).toEqual(expect.objectContaining({ status: 'pending', paidCents: 30000, issuedOn: null }));
      const approved = await approve(org, id, { decidedOn: '2026-03-09' }).expect(200);
      expect(approved.body).toEqual(
        expect.objectContaining({ status: 'issued', issuedOn: '2026-03-09', memberStatus: 'active' }),
      );
      const holdings = await api.http
        .get(url(org, `members/${memberId}/holdings`))
        .set(org.admin.auth)
        .expect(200);
      expect(holdings.body.totalQuantity).toBe(3);
      const { payments } = (
        await api.http
          .get(url(org, `subscriptions/${id}`))
          .set(org.admin.auth)
          .expect(200)
      ).body;
      const advance = await api.db.query(
        `SELECT l.account, l.debit_cents::int AS debit, l.credit_cents::int AS credit FROM accounting_entries e JOIN accounting_lines l ON l.entry_id = e.id
          WHERE e.source_id = $1 ORDER BY l.line_number`,
        [payments[0].id],
      );
      expect(advance).toEqual([
        { account: '512', debit: 30000, credit: 0 },
        { account: '4563', debit: 0, credit: 30000 },
      ]);
    });

    it('refunds what was paid when the board rejects the subscription', async () => {
      const { id } = await pending(org, 2);
      await pay(org, id, 5000, '2026-03-02').expect(201);
      const rejected = await api.http
        .post(url(org, `subscriptions/${id}/reject`))
        .set(org.admin.auth)
        .send({ reason: 'Dossier incomplet', decidedOn: '2026-03-04' })
        .expect(200);
      expect(rejected.body).toEqual(
        expect.objectContaining({
          status: 'rejected',
          rejectionReason: 'Dossier incomplet',
          paidCents: 5000,
          refundedCents: 5000,
        }),
      );
    });
  });

  it('lists subscriptions newest first, page by page, each once, even those recorded in the same millisecond', async () => {
    const o = await coop(api);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await pending(o, 1)).id);
    // five forms recorded within one millisecond (microseconds apart), as parallel requests may be
    await api.db.query(
      `UPDATE subscriptions s SET created_at = timestamptz '2026-11-02 09:00:00.123' + (x.n * interval '1 microsecond')
         FROM unnest($1::uuid[]) WITH ORDINALITY AS x(id, n) WHERE s.id = x.id`,
      [ids],
    );
    const seen: string[] = [];
    let cursor: string | null = null;
    let firstCursor: string | null = null;
    do {
      const page: { body: { items: { id: string }[]; total: number; nextCursor: string | null } } = await api.http
        .get(url(o, `subscriptions?limit=2${cursor ? `&cursor=${cursor}` : ''}`))
        .set(o.admin.auth)
        .expect(200);
      expect(page.body.total).toBe(5);
      seen.push(...page.body.items.map((x) => x.id));
      cursor = page.body.nextCursor;
      firstCursor ??= cursor;
    } while (cursor && seen.length < 20);
    expect(seen).toEqual([...ids].reverse());
    // a cursor is a position in its own organization's list only: on another's it lists nothing,
    // not even that organization's subscriptions older than the row the cursor names
    const other = await coop(api);
    const older = (await pending(other, 1)).id;
    await api.db.query(`UPDATE subscriptions SET created_at = timestamptz '2026-11-01 09:00' WHERE id = $1`, [older]);
    const elsewhere = await api.http
      .get(url(other, `subscriptions?limit=2&cursor=${firstCursor}`))
      .set(other.admin.auth)
      .expect(200);
    expect(elsewhere.body.items).toEqual([]);
  });

  describe('refusals', () => {
    it('refuses an over-payment, naming amountCents, and records nothing', async () => {
      const { id } = await pending(org, 2);
      await approve(org, id, { decidedOn: '2026-03-05' }).expect(200);
      const res = await pay(org, id, 20001);
      expectProblem(res, 422, 'amountCents');
      expect(res.body.type).toBe('/problems/overpayment');
      const detail = await api.http
        .get(url(org, `subscriptions/${id}`))
        .set(org.admin.auth)
        .expect(200);
      expect(detail.body).toEqual(expect.objectContaining({ paidCents: 0, payments: [] }));
    });

    it('refuses a payment on a rejected subscription', async () => {
      const { id } = await pending(org, 1);
      await api.http
        .post(url(org, `subscriptions/${id}/reject`))
        .set(org.admin.auth)
        .send({ reason: 'Hors objet' })
        .expect(200);
      const res = await pay(org, id, 10000);
      expectProblem(res, 422, 'amountCents');
      expect(res.body.type).toBe('/problems/subscription-closed');
    });

    it('refuses a future payment date, an unknown share class and a quantity of 0', async () => {
      const { id } = await pending(org, 1);
      expectProblem(await pay(org, id, 10000, '2099-01-01'), 400, 'paidOn');
      const member = await createMember(api, org);
      expectProblem(
        await subscribe(org, { memberId: member.id, shareClassCode: 'ZZZ', quantity: 1 }),
        400,
        'shareClassCode',
      );
      expectProblem(await subscribe(org, { memberId: member.id, quantity: 0 }), 400, 'quantity');
      expectProblem(await subscribe(org, { memberId: member.id, quantity: 1.5 }), 400, 'quantity');
    });
  });

  describe('idempotency', () => {
    it('replays a payment sent twice with the same key, and refuses the key for another payment', async () => {
      const { id } = await pending(org, 4);
      await approve(org, id, { decidedOn: '2026-03-05' }).expect(200);
      const first = await pay(org, id, 10000, '2026-03-10', 'pay-once-1').expect(201);
      expect(first.headers['idempotent-replayed']).toBeUndefined();
      const again = await pay(org, id, 10000, '2026-03-10', 'pay-once-1').expect(201);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.body).toEqual(first.body);
      const reused = await pay(org, id, 20000, '2026-03-10', 'pay-once-1');
      expectProblem(reused, 422);
      expect(reused.body.type).toBe('/problems/idempotency-key-reused');
      const detail = await api.http
        .get(url(org, `subscriptions/${id}`))
        .set(org.admin.auth)
        .expect(200);
      expect(detail.body.paidCents).toBe(10000);
      expect(detail.body.payments).toHaveLength(1);
    });

    it('records one payment when 20 retries with the same key race', async () => {
      const { id } = await pending(org, 10);
      await approve(org, id, { decidedOn: '2026-03-05' }).expect(200);
      const results = await Promise.all(
        Array.from({ length: 20 }, () => pay(org, id, 25000, '2026-03-10', 'race-key-1')),
      );
      expect(results.map((r) => r.status)).toEqual(Array(20).fill(201));
      expect(results.filter((r) => r.headers['idempotent-replayed'] === 'true')).toHaveLength(19);
      expect(new Set(results.map((r) => r.body.paidCents))).toEqual(new Set([25000]));
      const [{ n, total }] = await api.db.query(
        `SELECT count(*)::int AS n, sum(amount_cents)::int AS total FROM subscription_payments WHERE subscription_id = $1`,
        [id],
      );
      expect({ n, total }).toEqual({ n: 1, total: 25000 });
    });
  });

  describe('roles', () => {
    it('lets an accountant read the capital and the ledger but not record a subscription', async () => {
      const accountant = await userWithRole(api, org, 'accountant');
      await api.http.get(url(org, 'capital')).set(accountant.auth).expect(200);
      const ledger = await api.http.get(url(org, 'ledger')).set(accountant.auth).expect(200);
      expect(ledger.body.total).toBeGreaterThan(0);
      const member = await createMember(api, org);
      expectProblem(
        await api.http
          .post(url(org, 'subscriptions'))
          .set(accountant.auth)
          .send({ memberId: member.id, shareClassCode: 'A', quantity: 1 }),
        403,
      );
    });

    it('shows a member their own holdings and hides everyone else’s', async () => {
      const own = await pending(org, 2);
      await approve(org, own.id, { decidedOn: '2026-03-05' }).expect(200);
      await pay(org, own.id, 20000).expect(201);
      const other = await pending(org, 1);
      const user = await signup(api, 'member');
      await api.http
        .post(url(org, 'users'))
        .set(org.admin.auth)
        .send({ email: user.email, role: 'member', memberId: own.memberId })
        .expect(201);
      const mine = await api.http
        .get(url(org, `members/${own.memberId}/holdings`))
        .set(user.auth)
        .expect(200);
      expect(mine.body.totalQuantity).toBe(2);
      expectProblem(await api.http.get(url(org, `members/${other.memberId}/holdings`)).set(user.auth), 404);
      const ledger = await api.http.get(url(org, 'ledger')).set(user.auth).expect(200);
      expect(ledger.body.items.every((i: { memberId: string }) => i.memberId === own.memberId)).toBe(true);
      expectProblem(await api.http.get(url(org, 'capital')).set(user.auth), 403);
    });
  });
});
