import { createCoop, createMember, createOrg, expectProblem, startApi, TestApi, TestOrg } from '../support/app';

const FR_IBAN = 'FR7630006000011234567890189';

describe('fiscal years and the value of redeemed shares', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  const url = (o: TestOrg, p: string) => `/v1/orgs/${o.slug}/${p}`;

  const coop = () => createCoop(api);

  /** A new member holding `quantity` shares of A, subscribed, approved and paid on dates in `on`. */
  async function holder(
    org: TestOrg,
    quantity: number,
    on = { subscribed: '2025-03-01', decided: '2025-03-10', paid: '2025-03-15' },
  ): Promise<string> {
    const member = await createMember(api, org);
    const sub = await api.http
      .post(url(org, 'subscriptions'))
      .set(org.admin.auth)
      .send({ memberId: member.id, shareClassCode: 'A', quantity, subscribedOn: on.subscribed })
      .expect(201);
    await api.http
      .post(url(org, `subscriptions/${sub.body.id}/approve`))
      .set(org.admin.auth)
      .send({ decidedOn: on.decided })
      .expect(200);
    const paid = await api.http
      .post(url(org, `subscriptions/${sub.body.id}/payments`))
      .set(org.admin.auth)
      .send({ amountCents: quantity * 10000, paidOn: on.paid, method: 'transfer' })
      .expect(201);
    expect(paid.body).toEqual(expect.objectContaining({ status: 'issued', issuedOn: on.paid, memberStatus: 'active' }));
    return member.id;
  }

  const close = (org: TestOrg, endOn: string, body: Record<string, unknown> = {}) =>
    api.http
      .post(url(org, `fiscal-years/${endOn}/close`))
      .set(org.admin.auth)
      .send(body);
  const redemption = async (org: TestOrg, id: string) =>
    (
      await api.http
        .get(url(org, `redemptions/${id}`))
        .set(org.admin.auth)
        .expect(200)
    ).body;
  const memberStatus = async (org: TestOrg, id: string) =>
    (
      await api.http
        .get(url(org, `members/${id}`))
        .set(org.admin.auth)
        .expect(200)
    ).body.status;

  it('deducts the loss per share from redemptions of the closed year, pays them only then, and locks the year', async () => {
    const org = await coop();
    await holder(org, 10);
    const leaver = await holder(org, 4, { subscribed: '2025-04-01', decided: '2025-04-10', paid: '2025-04-15' });

    const r = await api.http
      .post(url(org, 'redemptions'))
      .set(org.admin.auth)
      .send({
        memberId: leaver,
        shareClassCode: 'A',
        quantity: 4,
        effectiveOn: '2025-12-31',
        reason: 'Démission',
        payee: { name: 'Jeanne Martin', iban: FR_IBAN },
      })
      .expect(201);
    const approved = await api.http
      .post(url(org, `redemptions/${r.body.id}/approve`))
      .set(org.admin.auth)
      .send({ decisionRef: 'CA 2026-11' })
      .expect(200);
    expect(approved.body).toEqual(
      expect.objectContaining({
        status: 'approved',
        payoutCents: 40000,
        lossPerShareCents: 0,
        memberStatus: 'resigned',
      }),
    );
    expect(await memberStatus(org, leaver)).toBe('resigned');

    const early = await api.http
      .post(url(org, `redemptions/${r.body.id}/payout`))
      .set(org.admin.auth)
      .send({ paidOn: '2026-01-20' });
    expectProblem(early, 422);
    expect(early.body).toEqual(
      expect.objectContaining({ type: '/problems/redemption-value-not-final', fiscalYearEnd: '2025-12-31' }),
    );

    const years = await api.http.get(url(org, 'fiscal-years')).set(org.admin.auth).expect(200);
    expect(years.body.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ startOn: '2025-01-01', endOn: '2025-12-31', status: 'open' })]),
    );

    const notEnded = await close(org, '2026-12-31');
    expectProblem(notEnded, 422);
    expect(notEnded.body.type).toBe('/problems/fiscal-year-not-ended');
    expectProblem(await close(org, '2025-06-30'), 404);
    expectProblem(
      await close(org, '2025-12-31', { lossPerShare: [{ shareClassCode: 'A', lossPerShareCents: 10001 }] }),
      400,
      'lossPerShare.lossPerShareCents',
    );
    expectProblem(
      await close(org, '2025-12-31', { lossPerShare: [{ shareClassCode: 'ZZ', lossPerShareCents: 100 }] }),
      400,
      'lossPerShare.shareClassCode',
    );
    expect((await redemption(org, r.body.id)).payoutCents).toBe(40000);

    const closed = await close(org, '2025-12-31', {
      closingRef: 'AG 2026-06-15',
      lossPerShare: [{ shareClassCode: 'A', lossPerShareCents: 1500 }],
    }).expect(200);
    expect(closed.body).toEqual(
      expect.objectContaining({
        endOn: '2025-12-31',
        status: 'closed',
        closingRef: 'AG 2026-06-15',
        lossPerShare: { A: 1500 },
        closedAt: expect.any(String),
      }),
    );
    expect(await redemption(org, r.body.id)).toEqual(
      expect.objectContaining({ status: 'approved', lossPerShareCents: 1500, payoutCents: 4 * 8500 }),
    );
    const lossLines = await api.db.query(
      `SELECT l.account, l.debit_cents::int AS debit, l.credit_cents::int AS credit FROM accounting_entries e JOIN accounting_lines l ON l.entry_id = e.id
        WHERE e.organization_id = $1 AND e.source_type = 'redemption_loss' ORDER BY l.line_number`,
      [org.id],
    );
    expect(lossLines).toEqual([
      { account: '4567', debit: 6000, credit: 0 },
      { account: '119', debit: 0, credit: 6000 },
    ]);
    const again = await close(org, '2025-12-31');
    expectProblem(again, 422);
    expect(again.body.type).toBe('/problems/fiscal-year-closed');

    const paid = await api.http
      .post(url(org, `redemptions/${r.body.id}/payout`))
      .set(org.admin.auth)
      .send({ paidOn: '2026-01-20', reference: 'VIR-REMB-1' })
      .expect(200);
    expect(paid.body).toEqual(
      expect.objectContaining({
        status: 'paid',
        paidOn: '2026-01-20',
        paymentReference: 'VIR-REMB-1',
        payoutCents: 34000,
      }),
    );
    expectProblem(
      await api.http
        .post(url(org, `redemptions/${r.body.id}/payout`))
        .set(org.admin.auth)
        .send({ paidOn: '2026-01-21' }),
      422,
    );

    // the closed year is locked: nothing may be dated in it any more
    const late = await createMember(api, org);
    const sub = await api.http
      .post(url(org, 'subscriptions'))
      .set(org.admin.auth)
      .send({ memberId: late.id, shareClassCode: 'A', quantity: 1, subscribedOn: '2025-12-01' })
      .expect(201);
    await api.http
      .post(url(org, `subscriptions/${sub.body.id}/approve`))
      .set(org.admin.auth)
      .send({ decidedOn: '2026-01-05' })
      .expect(200);
    const payment = await api.http
      .post(url(org, `subscriptions/${sub.body.id}/payments`))
      .set(org.admin.auth)
      .send({ amountCents: 10000, paidOn: '2025-12-20', method: 'check' });
    expectProblem(payment, 422, 'paidOn');
    expect(payment.body.type).toBe('/problems/fiscal-year-closed');
    await api.http
      .post(url(org, `subscriptions/${sub.body.id}/payments`))
      .set(org.admin.auth)
      .send({ amountCents: 10000, paidOn: '2026-01-06', method: 'check' })
      .expect(201);
    const reversal = await api.http
      .post(url(org, 'ledger/reversals'))
      .set(org.admin.auth)
      .send({ sequence: 1, reason: 'erreur', effectiveOn: '2025-12-31' });
    expectProblem(reversal, 422, 'effectiveOn');
    await expect(
      api.db.query(
        `INSERT INTO subscription_payments (organization_id, subscription_id, amount_cents, paid_on, method) VALUES ($1, $2, 1, '2025-06-01', 'cash')`,
        [org.id, sub.body.id],
      ),
    ).rejects.toThrow(/fiscal year holding 2025-06-01 is closed/);
  });

  it('makes a member who redeems every share at the end of the current year resigning until then', async () => {
    const org = await coop();
    await holder(org, 10);
    const leaver = await holder(org, 2, { subscribed: '2026-02-01', decided: '2026-02-02', paid: '2026-02-03' });
    const r = await api.http
      .post(url(org, 'redemptions'))
      .set(org.admin.auth)
      .send({ memberId: leaver, shareClassCode: 'A', quantity: 2 })
      .expect(201);
    expect(r.body.effectiveOn).toBe('2026-12-31');
    const approved = await api.http
      .post(url(org, `redemptions/${r.body.id}/approve`))
      .set(org.admin.auth)
      .send({})
      .expect(200);
    expect(approved.body).toEqual(expect.objectContaining({ status: 'approved', memberStatus: 'resigning' }));
    const member = await api.http
      .get(url(org, `members/${leaver}`))
      .set(org.admin.auth)
      .expect(200);
    expect(member.body).toEqual(expect.objectContaining({ status: 'resigning', exitOn: '2026-12-31' }));
    const payout = await api.http
      .post(url(org, `redemptions/${r.body.id}/payout`))
      .set(org.admin.auth)
      .send({ paidOn: '2026-11-25' });
    expectProblem(payout, 422);
    expect(payout.body.type).toBe('/problems/redemption-value-not-final');
    // closing the past year changes nothing for a redemption that takes effect in the current one
    await close(org, '2025-12-31', { lossPerShare: [{ shareClassCode: 'A', lossPerShareCents: 5000 }] }).expect(200);
    expect((await redemption(org, r.body.id)).payoutCents).toBe(20000);
    const years = await api.http.get(url(org, 'fiscal-years')).set(org.admin.auth).expect(200);
    expect(years.body.items.map((y: { endOn: string; status: string }) => [y.endOn, y.status])).toEqual([
      ['2026-12-31', 'open'],
      ['2025-12-31', 'closed'],
    ]);
  });
});

describe('the capital at a date, whatever it is computed from', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('gives the same statement at every date before and after the year is closed (from the register, then from what the close recorded)', async () => {
    const org = await createOrg(api);
    const post = (p: string, body: object, status = 201) =>
      api.http.post(`/v1/orgs/${org.slug}/${p}`).set(org.admin.auth).send(body).expect(status);
    await post('share-classes', { code: 'A', name: 'A', nominalCents: 2500, minPerMember: 1 });
    await post('share-classes', { code: 'B', name: 'B', nominalCents: 10000, minPerMember: 0 });
    const holders: string[] = [];
    for (const [i, dates] of [
      ['2025-02-01', '2025-02-03'],
      ['2025-05-01', '2025-05-02'],
      ['2025-11-01', '2025-11-04'],
      ['2026-03-01', '2026-03-02'],
    ].entries()) {
      const member = await createMember(api, org);
      const sub = await post('subscriptions', {
        memberId: member.id,
        shareClassCode: 'A',
        quantity: 4 + i,
        subscribedOn: dates[0],
      });
      await post(`subscriptions/${sub.body.id}/approve`, { decidedOn: dates[0] }, 200);
      await post(`subscriptions/${sub.body.id}/payments`, {
        amountCents: (4 + i) * 2500,
        paidOn: dates[1],
        method: 'transfer',
      });
      holders.push(member.id);
    }
    await post('conversions', {
      memberId: holders[0],
      fromShareClassCode: 'A',
      toShareClassCode: 'B',
      quantity: 4,
      effectiveOn: '2025-06-30',
    });
    await post('transfers', {
      fromMemberId: holders[1],
      toMemberId: holders[2],
      shareClassCode: 'A',
      quantity: 2,
      effectiveOn: '2025-12-15',
    }).then((t) => post(`transfers/${t.body.id}/approve`, {}, 200));
    const redemption = await post('redemptions', {
      memberId: holders[3],
      shareClassCode: 'A',
      quantity: 3,
      effectiveOn: '2026-12-31',
    });
    await post(`redemptions/${redemption.body.id}/approve`, {}, 200);

    const { CapitalStatementService } = await import('@socius/shares');
    const statements = api.app.get(CapitalStatementService);
    const dates = ['2025-01-31', '2025-06-29', '2025-06-30', '2025-12-31', '2026-03-02', '2026-11-25', '2026-12-31'];
    const before = await Promise.all(dates.map((d) => statements.capitalAt(org.id, d)));
    await api.http.post(`/v1/orgs/${org.slug}/fiscal-years/2025-12-31/close`).set(org.admin.auth).send({}).expect(200);
    for (const [i, d] of dates.entries()) {
      expect({ d, statement: await statements.capitalAt(org.id, d) }).toEqual({ d, statement: before[i] });
    }
    expect(before[3]).toEqual(
      expect.objectContaining({ totalCents: 4 * 2500 + 5 * 2500 + 6 * 2500, totalShares: 5 + 6 + 1, memberCount: 3 }),
    );
    expect(before[6]).toEqual(
      expect.objectContaining({ totalCents: 15 * 2500 + 10000, totalShares: 16, memberCount: 4 }),
    );
  });
});
