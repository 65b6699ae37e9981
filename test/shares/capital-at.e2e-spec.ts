import { createMember, createOrg, startApi, TestApi, TestOrg } from '../support/app';

/**
 * The capital statement at a date from the tallies recorded when its year was closed, or from the
 * last year-end snapshot's tally plus the members who moved since, against the statement regrouped
 * from every holding and against the ledger itself: members who convert, transfer, leave, pay by
 * instalments, join after the last closed year, and change college after the years were closed.
 */
describe('the capital statement from the recorded tallies', () => {
  let api: TestApi;
  let org: TestOrg;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  async function post(p: string, body: object, status = 201) {
    const res = await api.http.post(`/v1/orgs/${org.slug}/${p}`).set(org.admin.auth).send(body);
    expect({ p, status: res.status, body: res.status === status ? undefined : res.body }).toEqual({
      p,
      status,
      body: undefined,
    });
    return res;
  }
  const patch = (p: string, body: object) =>
    api.http.patch(`/v1/orgs/${org.slug}/${p}`).set(org.admin.auth).send(body).expect(200);

  async function subscribe(
    memberId: string,
    shareClassCode: string,
    quantity: number,
    nominal: number,
    paidOn: string,
    instalments = false,
  ) {
    const sub = await post('subscriptions', {
      memberId,
      shareClassCode,
      quantity,
      subscribedOn: paidOn,
      ...(instalments ? { initialCalledCents: (quantity * nominal) / 4 } : {}),
    });
    await post(`subscriptions/${sub.body.id}/approve`, { decidedOn: paidOn }, 200);
    const paid = await post(`subscriptions/${sub.body.id}/payments`, {
      amountCents: instalments ? (quantity * nominal) / 4 : quantity * nominal,
      paidOn,
      method: 'transfer',
    });
    expect(paid.body.status).toBe('issued');
  }

  /** the statement's figures straight from the ledger: every movement up to the date, each member in their college now */
  async function fromLedger(at: string) {
    const rows: { code: string; college: string | null; member_id: string; quantity: number; nominal: number }[] =
      await api.db.query(
        `SELECT c.code, k.code AS college, l.member_id, sum(l.quantity)::int AS quantity, c.nominal_cents::int AS nominal
         FROM ledger_movements l JOIN share_classes c ON c.id = l.share_class_id JOIN members m ON m.id = l.member_id LEFT JOIN colleges k ON k.id = m.college_id
        WHERE l.organization_id = $1 AND l.effective_on <= $2 GROUP BY 1, 2, 3, 5 HAVING sum(l.quantity) <> 0`,
        [org.id, at],
      );
    const classes = new Map<string, { quantity: number; subscribedCents: number; memberCount: number }>();
    const colleges = new Map<string | null, { quantity: number; subscribedCents: number; members: Set<string> }>();
    for (const r of rows) {
      const c =
        classes.get(r.code) ?? classes.set(r.code, { quantity: 0, subscribedCents: 0, memberCount: 0 }).get(r.code)!;
      c.quantity += r.quantity;
      c.subscribedCents += r.quantity * r.nominal;
      c.memberCount++;
      const k =
        colleges.get(r.college) ??
        colleges.set(r.college, { quantity: 0, subscribedCents: 0, members: new Set() }).get(r.college)!;
      k.quantity += r.quantity;
      k.subscribedCents += r.quantity * r.nominal;
      k.members.add(r.member_id);
    }
    return {
      totalShares: rows.reduce((s, r) => s + r.quantity, 0),
      totalCents: rows.reduce((s, r) => s + r.quantity * r.nominal, 0),
      memberCount: new Set(rows.map((r) => r.member_id)).size,
      classes: Object.fromEntries(
        ['A', 'B'].map((code) => [code, classes.get(code) ?? { quantity: 0, subscribedCents: 0, memberCount: 0 }]),
      ),
      colleges: Object.fromEntries(
        [...colleges].map(([code, k]) => [
          code ?? '-',
          { quantity: k.quantity, subscribedCents: k.subscribedCents, memberCount: k.members.size },
        ]),
      ),
    };
  }

  type Statement = Awaited<
    ReturnType<InstanceType<typeof import('@socius/shares').CapitalStatementService>['capitalAt']>
  >;
  const figures = (s: Statement) => ({
    totalShares: s.totalShares,
    totalCents: s.totalCents,
    memberCount: s.memberCount,
    classes: Object.fromEntries(
      s.classes.map((c) => [
        c.shareClassCode,
        { quantity: c.quantity, subscribedCents: c.subscribedCents, memberCount: c.memberCount },
      ]),
    ),
    colleges: Object.fromEntries(
      s.colleges
        .filter((k) => k.memberCount > 0 || k.collegeCode === null)
        .map((k) => [
          k.collegeCode ?? '-',
          { quantity: k.quantity, subscribedCents: k.subscribedCents, memberCount: k.memberCount },
        ]),
    ),
  });

  /** the statement at each date (from a day's tally inside a closed year, the year-end tally plus movers after it) agrees with the ledger */
  async function expectAllAgree(dates: string[]) {
    const { CapitalStatementService } = await import('@socius/shares');
    const statements = api.app.get(CapitalStatementService);
    for (const d of dates) {
      const statement = await statements.capitalAt(org.id, d);
      expect({ d, figures: figures(statement) }).toEqual({ d, figures: await fromLedger(d) });
    }
  }

  it('gives the statement of the ledger at every date, whichever snapshot it starts from', async () => {
    org = await createOrg(api);
    await post('share-classes', { code: 'A', name: 'A', nominalCents: 2500, minPerMember: 1 });
    await post('share-classes', {
      code: 'B',
      name: 'B',
      nominalCents: 10000,
      minPerMember: 0,
      instalmentsAllowed: true,
    });
    await post('colleges', { code: 'SAL', name: 'Salariés', weightPercent: 50 });
    await post('colleges', { code: 'USR', name: 'Usagers', weightPercent: 50 });
    const m1 = (await createMember(api, org, { collegeCode: 'SAL' })).id;
    const m2 = (await createMember(api, org, { collegeCode: 'USR' })).id;
    const m3 = (await createMember(api, org)).id; // no college
    const m4 = (await createMember(api, org, { collegeCode: 'SAL' })).id;
    const m5 = (await createMember(api, org, { collegeCode: 'USR' })).id;
    const m6 = (await createMember(api, org, { collegeCode: 'USR' })).id;
    await subscribe(m1, 'A', 10, 2500, '2024-02-01');
    await subscribe(m2, 'A', 6, 2500, '2024-05-10');
    await subscribe(m3, 'A', 4, 2500, '2024-09-01');
    await subscribe(m6, 'A', 4, 2500, '2024-11-20');
    await subscribe(m4, 'B', 4, 10000, '2025-03-05', true); // a quarter paid, the rest to be called
    await post('transfers', {
      fromMemberId: m2,
      toMemberId: m3,
      shareClassCode: 'A',
      quantity: 2,
      effectiveOn: '2025-04-15',
    }).then((t) => post(`transfers/${t.body.id}/approve`, {}, 200));
    await post('conversions', {
      memberId: m1,
      fromShareClassCode: 'A',
      toShareClassCode: 'B',
      quantity: 4,
      effectiveOn: '2025-06-30',
    });
    // m3 leaves with every share; m6 converts all of A into B (one class for another, still a member)
    const exit = await post('redemptions', {
      memberId: m3,
      shareClassCode: 'A',
      quantity: 6,
      effectiveOn: '2025-10-31',
    });
    await post(`redemptions/${exit.body.id}/approve`, {}, 200);
    await post('conversions', {
      memberId: m6,
      fromShareClassCode: 'A',
      toShareClassCode: 'B',
      quantity: 4,
      effectiveOn: '2025-11-30',
    });
    await subscribe(m5, 'A', 5, 2500, '2026-02-10');
    await post('transfers', {
      fromMemberId: m1,
      toMemberId: m5,
      shareClassCode: 'A',
      quantity: 6,
      effectiveOn: '2026-03-01',
    }).then((t) => post(`transfers/${t.body.id}/approve`, {}, 200));

    for (const endOn of ['2024-12-31', '2025-12-31'])
      await api.http.post(`/v1/orgs/${org.slug}/fiscal-years/${endOn}/close`).set(org.admin.auth).send({}).expect(200);
    const today = new Date().toISOString().slice(0, 10);
    const dates = [
      '2024-01-31',
      '2024-05-10',
      '2024-12-31',
      '2025-01-01',
      '2025-03-31',
      '2025-06-30',
      '2025-10-31',
      '2025-11-30',
      '2025-12-31',
      '2026-02-10',
      '2026-03-01',
      today,
      '2027-01-01',
    ];
    await expectAllAgree(dates);

    // colleges change after the snapshots: m1 (moved since the first snapshot, not since the second),
    // m3 (gone before the second snapshot), m5 (in no snapshot), m2 (there and back: no change)
    await patch(`members/${m1}`, { collegeCode: 'USR' });
    await patch(`members/${m3}`, { collegeCode: 'SAL' });
    await patch(`members/${m5}`, { collegeCode: null });
    await patch(`members/${m2}`, { collegeCode: 'SAL' });
    await patch(`members/${m2}`, { collegeCode: 'USR' });
    await expectAllAgree(dates);

    const { CapitalStatementService } = await import('@socius/shares');
    const statements = api.app.get(CapitalStatementService);
    // 2025-06-30: m1 (A 6, B 1) and m2 (A 4) in USR now, m3 (A 6) in SAL now, m4 (B 4) and m6 (A 4) as they were
    const mid = await statements.capitalAt(org.id, '2025-06-30');
    expect(mid.colleges).toEqual([
      expect.objectContaining({
        collegeCode: 'SAL',
        quantity: 10,
        subscribedCents: 6 * 2500 + 4 * 10000,
        memberCount: 2,
      }),
      expect.objectContaining({ collegeCode: 'USR', quantity: 15, subscribedCents: 14 * 2500 + 10000, memberCount: 3 }),
    ]);
    expect(mid.classes).toEqual([
      expect.objectContaining({ shareClassCode: 'A', quantity: 20, memberCount: 4 }),
      expect.objectContaining({
        shareClassCode: 'B',
        quantity: 5,
        subscribedCents: 50000,
        calledCents: 50000 - 30000,
        paidCents: 50000 - 30000,
        memberCount: 2,
      }),
    ]);
    expect(mid).toEqual(expect.objectContaining({ totalShares: 25, memberCount: 5 }));
    // after the last closed year, m5 has no college any more: "Sans collège" appears
    const later = await statements.capitalAt(org.id, '2026-03-01');
    expect(later.colleges.find((k) => k.collegeCode === null)).toEqual(
      expect.objectContaining({ name: 'Sans collège', quantity: 11, memberCount: 1 }),
    );
  });
});
