import {
  admittedMember,
  createCoop,
  createMember,
  ShareClassSpec,
  expectProblem,
  startApi,
  TestApi,
  TestOrg,
} from '../support/app';

describe('transfers, conversions and redemptions', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  const url = (o: TestOrg, p: string) => `/v1/orgs/${o.slug}/${p}`;

  /** An organization with share classes (A at 100 € by default). */
  const coop = (classes?: ShareClassSpec[], overrides: Record<string, unknown> = {}) =>
    createCoop(api, classes, overrides);

  /** A new member who subscribed `quantity` shares, approved and paid in full: active, holding them. */
  async function holder(org: TestOrg, quantity: number, code = 'A', on = '2026-02-02'): Promise<string> {
    const member = await createMember(api, org);
    const sub = await api.http
      .post(url(org, 'subscriptions'))
      .set(org.admin.auth)
      .send({ memberId: member.id, shareClassCode: code, quantity, subscribedOn: on })
      .expect(201);
    await api.http
      .post(url(org, `subscriptions/${sub.body.id}/approve`))
      .set(org.admin.auth)
      .send({ decidedOn: on })
      .expect(200);
    const paid = await api.http
      .post(url(org, `subscriptions/${sub.body.id}/payments`))
      .set(org.admin.auth)
      .send({ amountCents: sub.body.amountCents, paidOn: on, method: 'transfer' })
      .expect(201);
    expect(paid.body).toEqual(expect.objectContaining({ status: 'issued', memberStatus: 'active' }));
    return member.id;
  }

  const holdings = async (org: TestOrg, memberId: string, at?: string) =>
    (
      await api.http
        .get(url(org, `members/${memberId}/holdings${at ? `?at=${at}` : ''}`))
        .set(org.admin.auth)
        .expect(200)
    ).body;
  const redeem = (org: TestOrg, body: Record<string, unknown>) =>
    api.http
      .post(url(org, 'redemptions'))
      .set(org.admin.auth)
      .send({ shareClassCode: 'A', ...body });
  const approveRedemption = (org: TestOrg, id: string, body: Record<string, unknown> = {}) =>
    api.http
      .post(url(org, `redemptions/${id}/approve`))
      .set(org.admin.auth)
      .send(body);

  describe('transfers', () => {
    it('moves shares from seller to buyer on approval, not before', async () => {
      const org = await coop();
      const seller = await holder(org, 10);
      const buyer = await admittedMember(api, org);
      const t = await api.http
        .post(url(org, 'transfers'))
        .set(org.admin.auth)
        .send({
          fromMemberId: seller,
          toMemberId: buyer.id,
          shareClassCode: 'A',
          quantity: 3,
          effectiveOn: '2026-05-01',
        })
        .expect(201);
      expect(t.body.status).toBe('pending');
      expect((await holdings(org, buyer.id)).totalQuantity).toBe(0);
      await api.http
        .post(url(org, `transfers/${t.body.id}/approve`))
        .set(org.admin.auth)
        .send({})
        .expect(200);
      expect((await holdings(org, seller)).totalQuantity).toBe(7);
      expect((await holdings(org, buyer.id)).totalQuantity).toBe(3);
      expect((await holdings(org, buyer.id, '2026-04-30')).totalQuantity).toBe(0);
      const tooMany = await api.http.post(url(org, 'transfers')).set(org.admin.auth).send({
        fromMemberId: seller,
        toMemberId: buyer.id,
        shareClassCode: 'A',
        quantity: 8,
        effectiveOn: '2026-05-02',
      });
      expectProblem(tooMany, 422, 'quantity');
      expect(tooMany.body.type).toBe('/problems/insufficient-shares');
    });

    it('approves only the transfers the seller can cover when five race for the same shares', async () => {
      const org = await coop();
      const seller = await holder(org, 10);
      const buyers = await Promise.all(Array.from({ length: 5 }, () => admittedMember(api, org)));
      const transfers = [];
      for (const buyer of buyers) {
        const t = await api.http
          .post(url(org, 'transfers'))
          .set(org.admin.auth)
          .send({
            fromMemberId: seller,
            toMemberId: buyer.id,
            shareClassCode: 'A',
            quantity: 4,
            effectiveOn: '2026-06-01',
          })
          .expect(201);
        transfers.push(t.body.id as string);
      }
      const results = await Promise.all(
        transfers.map((id) =>
          api.http
            .post(url(org, `transfers/${id}/approve`))
            .set(org.admin.auth)
            .send({}),
        ),
      );
      expect(results.map((r) => r.status).sort()).toEqual([200, 200, 422, 422, 422]);
      for (const r of results.filter((x) => x.status === 422))
        expect(r.body.type).toBe('/problems/insufficient-shares');
      expect((await holdings(org, seller)).totalQuantity).toBe(2);
      const bought = await Promise.all(buyers.map(async (b) => (await holdings(org, b.id)).totalQuantity));
      expect(bought.sort()).toEqual([0, 0, 0, 4, 4]);
      const [row] = await api.db.query(`SELECT min(quantity)::int AS least FROM holdings WHERE organization_id = $1`, [
        org.id,
      ]);
      expect(row.least).toBeGreaterThanOrEqual(0);
      const verify = await api.http.get(url(org, 'ledger/verify')).set(org.admin.auth).expect(200);
      expect(verify.body).toEqual(expect.objectContaining({ valid: true, movements: 1 + 2 * 2, firstBroken: null }));
    });

    it('lists transfers newest first, page by page, each once, even those recorded in the same millisecond', async () => {
      const org = await coop();
      const seller = await holder(org, 10);
      const buyer = await admittedMember(api, org);
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) {
        ids.push(
          (
            await api.http
              .post(url(org, 'transfers'))
              .set(org.admin.auth)
              .send({
                fromMemberId: seller,
                toMemberId: buyer.id,
                shareClassCode: 'A',
                quantity: 1,
                effectiveOn: '2026-06-01',
              })
              .expect(201)
          ).body.id,
        );
      }
      await api.db.query(
        `UPDATE transfers t SET created_at = timestamptz '2026-11-02 09:00:00.123' + (x.n * interval '1 microsecond') FROM unnest($1::uuid[]) WITH ORDINALITY AS x(id, n) WHERE t.id = x.id`,
        [ids],
      );
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await api.http
          .get(url(org, `transfers?limit=1${cursor ? `&cursor=${cursor}` : ''}`))
          .set(org.admin.auth)
          .expect(200);
        seen.push(...page.body.items.map((t) => t.id));
        cursor = page.body.nextCursor;
      } while (cursor && seen.length < 10);
      expect(seen).toEqual([...ids].reverse());
    });
  });

  describe('conversions', () => {
    it('converts 4 shares of 25 € into 1 share of 100 €, and refuses a conversion that is not whole', async () => {
      const org = await coop([
        { code: 'A', nominalCents: 2500 },
        { code: 'B', nominalCents: 10000 },
      ]);
      const member = await holder(org, 6, 'A');
      const res = await api.http
        .post(url(org, 'conversions'))
        .set(org.admin.auth)
        .send({
          memberId: member,
          fromShareClassCode: 'A',
          toShareClassCode: 'B',
          quantity: 4,
          effectiveOn: '2026-07-01',
        })
        .expect(201);
      expect(res.body).toEqual(
        expect.objectContaining({ fromQuantity: 4, toShareClassCode: 'B', toQuantity: 1, amountCents: 10000 }),
      );
      expect(res.body.movements.map((m: { kind: string; quantity: number }) => [m.kind, m.quantity])).toEqual([
        ['conversion_out', -4],
        ['conversion_in', 1],
      ]);
      const after = await holdings(org, member);
      expect(after).toEqual(
        expect.objectContaining({
          totalCents: 15000,
          classes: [
            { shareClassCode: 'A', quantity: 2, amountCents: 5000 },
            { shareClassCode: 'B', quantity: 1, amountCents: 10000 },
          ],
        }),
      );
      const capital = (await api.http.get(url(org, 'capital')).set(org.admin.auth).expect(200)).body;
      expect(capital.totalCents).toBe(15000);
      expectProblem(
        await api.http.post(url(org, 'conversions')).set(org.admin.auth).send({
          memberId: member,
          fromShareClassCode: 'A',
          toShareClassCode: 'B',
          quantity: 1,
          effectiveOn: '2026-07-02',
        }),
        400,
        'quantity',
      );
      expect((await holdings(org, member)).totalCents).toBe(15000);
    });
  });

  describe('redemptions', () => {
    it('holds back redemptions that would break the capital floor and approves them first come, first served as capital grows', async () => {
      const org = await coop(undefined, { minimumCapitalCents: 150000 });
      const a = await holder(org, 10);
      const b = await holder(org, 10);
      // 200 000 now, floor 150 000

      const refused = await redeem(org, { memberId: b, quantity: 8 }).expect(201);
      const refusal = await approveRedemption(org, refused.body.id, { onFloor: 'refuse' });
      expectProblem(refusal, 422);
      expect(refusal.body.type).toBe('/problems/capital-floor');
      await api.http
        .post(url(org, `redemptions/${refused.body.id}/cancel`))
        .set(org.admin.auth)
        .send({})
        .expect(200);

      const first = await redeem(org, { memberId: a, quantity: 6 }).expect(201);
      expect(first.body).toEqual(
        expect.objectContaining({ status: 'pending', effectiveOn: '2026-12-31', payoutCents: 60000 }),
      );
      const waiting = await approveRedemption(org, first.body.id).expect(200);
      expect(waiting.body).toEqual(expect.objectContaining({ status: 'waiting', queuePosition: 1 }));
      expect(waiting.body.statusReason).toMatch(/below the statutory minimum capital/);

      // this one alone would fit, but it does not overtake the earlier request
      const second = await redeem(org, { memberId: b, quantity: 2 }).expect(201);
      const queued = await approveRedemption(org, second.body.id).expect(200);
      expect(queued.body).toEqual(expect.objectContaining({ status: 'waiting', queuePosition: 2 }));
      expect(queued.body.statusReason).toMatch(/earlier redemption/);

      // one new share: 210 000 − 60 000 = 150 000 lets the first through, and then there is no room for the second
      await holder(org, 1);
      const firstNow = await api.http
        .get(url(org, `redemptions/${first.body.id}`))
        .set(org.admin.auth)
        .expect(200);
      expect(firstNow.body).toEqual(expect.objectContaining({ status: 'approved', statusReason: null }));
      const secondNow = await api.http
        .get(url(org, `redemptions/${second.body.id}`))
        .set(org.admin.auth)
        .expect(200);
      expect(secondNow.body).toEqual(expect.objectContaining({ status: 'waiting', queuePosition: 1 }));
      expect((await holdings(org, a, '2026-12-31')).totalQuantity).toBe(4);
      const capital = (await api.http.get(url(org, 'capital?at=2026-12-31')).set(org.admin.auth).expect(200)).body;
      expect(capital).toEqual(expect.objectContaining({ totalCents: 150000, floorCents: 150000 }));
    });

    it('makes a member who redeems every share resigning, and refuses the payout until the year is closed', async () => {
      const org = await coop();
      await holder(org, 10);
      const leaver = await holder(org, 3);
      const r = await redeem(org, { memberId: leaver, quantity: 3 }).expect(201);
      const approved = await approveRedemption(org, r.body.id).expect(200);
      expect(approved.body).toEqual(
        expect.objectContaining({
          status: 'approved',
          effectiveOn: '2026-12-31',
          dueOn: '2031-12-31',
          memberStatus: 'resigning',
        }),
      );
      expect((await holdings(org, leaver)).totalQuantity).toBe(3);
      expect((await holdings(org, leaver, '2026-12-31')).totalQuantity).toBe(0);
      const payout = await api.http
        .post(url(org, `redemptions/${r.body.id}/payout`))
        .set(org.admin.auth)
        .send({ paidOn: '2026-11-20' });
      expectProblem(payout, 422);
      expect(payout.body.type).toBe('/problems/redemption-value-not-final');
      const tooMany = await redeem(org, { memberId: leaver, quantity: 1 });
      expectProblem(tooMany, 422, 'quantity');
    });

    it('lists redemptions in the order they were requested, page by page, each once', async () => {
      const org = await coop();
      await holder(org, 20);
      const members = [await holder(org, 3), await holder(org, 3), await holder(org, 3)];
      const ids: string[] = [];
      for (const memberId of members) ids.push((await redeem(org, { memberId, quantity: 1 }).expect(201)).body.id);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: { items: { id: string }[]; total: number; nextCursor: string | null } } = await api.http
          .get(url(org, `redemptions?limit=2${cursor ? `&cursor=${cursor}` : ''}`))
          .set(org.admin.auth)
          .expect(200);
        expect(page.body.total).toBe(3);
        seen.push(...page.body.items.map((r) => r.id));
        cursor = page.body.nextCursor;
      } while (cursor && seen.length < 10);
      expect(seen).toEqual(ids);
    });
  });

  describe('lists', () => {
    it('name the member beside each id, so a table needs no call per row', async () => {
      const org = await coop();
      const seller = await holder(org, 5);
      const buyer = await holder(org, 1);
      const company = await createMember(api, org, { kind: 'legal_entity', companyName: 'Scop du Moulin' });
      await api.http
        .post(url(org, 'subscriptions'))
        .set(org.admin.auth)
        .send({ memberId: company.id, shareClassCode: 'A', quantity: 1 })
        .expect(201);
      await api.http
        .post(url(org, 'transfers'))
        .set(org.admin.auth)
        .send({ fromMemberId: seller, toMemberId: buyer, shareClassCode: 'A', quantity: 1, effectiveOn: '2026-06-01' })
        .expect(201);
      await redeem(org, { memberId: seller, quantity: 1 }).expect(201);
      const get = async (p: string) => (await api.http.get(url(org, p)).set(org.admin.auth).expect(200)).body;
      const named = async (id: string) => {
        const m = await get(`members/${id}`);
        return { name: `${m.firstName} ${m.lastName}`, number: m.membershipNumber as number };
      };
      const [s, b] = [await named(seller), await named(buyer)];
      expect(s.number).toEqual(expect.any(Number));

      expect((await get('transfers')).items).toEqual([
        expect.objectContaining({
          fromMemberId: seller,
          fromMemberName: s.name,
          fromMemberNumber: s.number,
          toMemberId: buyer,
          toMemberName: b.name,
          toMemberNumber: b.number,
        }),
      ]);
      expect((await get('redemptions')).items).toEqual([
        expect.objectContaining({ memberId: seller, memberName: s.name, memberNumber: s.number }),
      ]);
      // an applicant has no number yet; a legal entity goes by its company name
      expect((await get('subscriptions?status=pending')).items).toEqual([
        expect.objectContaining({ memberId: company.id, memberName: 'Scop du Moulin', memberNumber: null }),
      ]);
      const movements = (await get(`ledger?memberId=${seller}`)).items;
      expect(movements.length).toBeGreaterThan(0);
      for (const m of movements)
        expect(m).toEqual(expect.objectContaining({ memberName: s.name, memberNumber: s.number }));
    });
  });
});
