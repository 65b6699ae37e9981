import type { Client } from 'pg';
import { createCoop, admittedMember, createMember, expectProblem, startApi, TestApi, TestOrg } from '../support/app';
import { withAdmin } from '../support/databases';

const GENESIS = '0'.repeat(64);

interface Movement {
  sequence: number;
  effectiveOn: string;
  memberId: string;
  shareClassCode: string;
  kind: string;
  quantity: number;
  unitCents: number;
  amountCents: number;
  hash: string;
  previousHash: string;
}

describe('the register of share movements', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  const url = (o: TestOrg, p: string) => `/v1/orgs/${o.slug}/${p}`;
  /** the owner of the tables (the API's role may not even try: test/shares/ledger-owner.e2e-spec.ts) */
  const asOwner = <T>(fn: (c: Client) => Promise<T>) => withAdmin(fn, process.env.DATABASE_OWNER_URL!);

  const coop = () =>
    createCoop(api, [
      { code: 'A', nominalCents: 10000 },
      { code: 'B', nominalCents: 50000, minPerMember: 0 },
    ]);

  /** A new member holding `quantity` shares of A, subscribed, approved and paid on `on`. */
  async function holder(org: TestOrg, quantity: number, on = '2026-02-02'): Promise<string> {
    const member = await createMember(api, org);
    const sub = await api.http
      .post(url(org, 'subscriptions'))
      .set(org.admin.auth)
      .send({ memberId: member.id, shareClassCode: 'A', quantity, subscribedOn: on })
      .expect(201);
    await api.http
      .post(url(org, `subscriptions/${sub.body.id}/approve`))
      .set(org.admin.auth)
      .send({ decidedOn: on })
      .expect(200);
    await api.http
      .post(url(org, `subscriptions/${sub.body.id}/payments`))
      .set(org.admin.auth)
      .send({ amountCents: quantity * 10000, paidOn: on, method: 'check' })
      .expect(201);
    return member.id;
  }

  async function transfer(org: TestOrg, from: string, to: string, quantity: number, effectiveOn = '2026-04-01') {
    const t = await api.http
      .post(url(org, 'transfers'))
      .set(org.admin.auth)
      .send({ fromMemberId: from, toMemberId: to, shareClassCode: 'A', quantity, effectiveOn })
      .expect(201);
    await api.http
      .post(url(org, `transfers/${t.body.id}/approve`))
      .set(org.admin.auth)
      .send({})
      .expect(200);
    return t.body.id as string;
  }

  const ledger = async (org: TestOrg, q = '') =>
    (
      await api.http
        .get(url(org, `ledger${q}`))
        .set(org.admin.auth)
        .expect(200)
    ).body as { items: Movement[]; total: number; nextCursor: string | null };
  const held = async (org: TestOrg, memberId: string) =>
    (
      await api.http
        .get(url(org, `members/${memberId}/holdings`))
        .set(org.admin.auth)
        .expect(200)
    ).body.totalQuantity as number;
  const verify = async (org: TestOrg) =>
    (await api.http.get(url(org, 'ledger/verify')).set(org.admin.auth).expect(200)).body;

  describe('hash chain', () => {
    it('numbers movements 1..n without gaps, each chained to the one before', async () => {
      const org = await coop();
      const a = await holder(org, 10);
      const b = await holder(org, 5, '2026-03-01');
      await transfer(org, a, b, 3);
      const { items, total } = await ledger(org);
      expect(total).toBe(4);
      expect(items.map((i) => i.sequence)).toEqual([1, 2, 3, 4]);
      expect(items.map((i) => [i.kind, i.quantity, i.amountCents])).toEqual([
        ['issue', 10, 100000],
        ['issue', 5, 50000],
        ['transfer_out', -3, -30000],
        ['transfer_in', 3, 30000],
      ]);
      expect(items[0].previousHash).toBe(GENESIS);
      for (let i = 1; i < items.length; i++) expect(items[i].previousHash).toBe(items[i - 1].hash);
      expect(new Set(items.map((i) => i.hash)).size).toBe(4);
      expect(await verify(org)).toEqual(
        expect.objectContaining({ valid: true, movements: 4, lastHash: items[3].hash, firstBroken: null }),
      );

      const page = await ledger(org, '?limit=3');
      expect(page.items.map((i) => i.sequence)).toEqual([1, 2, 3]);
      const next = await ledger(org, `?limit=3&cursor=${page.nextCursor}`);
      expect(next.items.map((i) => i.sequence)).toEqual([4]);
      expect((await ledger(org, `?memberId=${b}`)).items.map((i) => i.sequence)).toEqual([2, 4]);
      expect((await ledger(org, '?from=2026-03-01&to=2026-03-31')).items.map((i) => i.sequence)).toEqual([2]);
    });

    it('refuses UPDATE and DELETE of a movement in the database itself, even to the owner of the table', async () => {
      const org = await coop();
      await holder(org, 2);
      await asOwner(async (c) => {
        await expect(
          c.query(`UPDATE ledger_movements SET quantity = 200 WHERE organization_id = $1`, [org.id]),
        ).rejects.toThrow(/append-only: UPDATE refused/);
        await expect(c.query(`DELETE FROM ledger_movements WHERE organization_id = $1`, [org.id])).rejects.toThrow(
          /append-only: DELETE refused/,
        );
      });
      const { items } = await ledger(org);
      expect(items.map((i) => i.quantity)).toEqual([2]);
    });

    it('detects a movement changed behind its back and names the first broken sequence', async () => {
      const org = await coop();
      const a = await holder(org, 10);
      const b = await holder(org, 4);
      await transfer(org, a, b, 2);
      await asOwner(async (c) => {
        await c.query('BEGIN');
        await c.query(`ALTER TABLE ledger_movements DISABLE TRIGGER USER`);
        await c.query(
          `UPDATE ledger_movements SET quantity = 40, amount_cents = 400000 WHERE organization_id = $1 AND sequence = 2`,
          [org.id],
        );
        await c.query(`ALTER TABLE ledger_movements ENABLE TRIGGER USER`);
        await c.query('COMMIT');
      });
      expect(await verify(org)).toEqual(
        expect.objectContaining({ valid: false, firstBroken: { sequence: 2, reason: 'hash-mismatch' } }),
      );
    });
  });

  describe('corrections', () => {
    it('reverses every movement of an operation with new cancellation movements, and the holdings go back', async () => {
      const org = await coop();
      const a = await holder(org, 10);
      const b = await admittedMember(api, org);
      await transfer(org, a, b.id, 4);
      expect([await held(org, a), await held(org, b.id)]).toEqual([6, 4]);
      const res = await api.http
        .post(url(org, 'ledger/reversals'))
        .set(org.admin.auth)
        .send({ sequence: 3, reason: 'Cession saisie par erreur' })
        .expect(201);
      expect(res.body.movements.map((m: Movement) => [m.sequence, m.kind, m.memberId, m.quantity])).toEqual([
        [4, 'cancellation', a, 4],
        [5, 'cancellation', b.id, -4],
      ]);
      expect([await held(org, a), await held(org, b.id)]).toEqual([10, 0]);
      const { items } = await ledger(org);
      expect(items.slice(1, 3).map((i) => [i.kind, i.quantity])).toEqual([
        ['transfer_out', -4],
        ['transfer_in', 4],
      ]);
      expect((await verify(org)).valid).toBe(true);
      const again = await api.http
        .post(url(org, 'ledger/reversals'))
        .set(org.admin.auth)
        .send({ sequence: 2, reason: 'encore' });
      expectProblem(again, 422);
      expect(again.body.type).toBe('/problems/already-reversed');
      expectProblem(
        await api.http.post(url(org, 'ledger/reversals')).set(org.admin.auth).send({ sequence: 99, reason: 'x' }),
        400,
        'sequence',
      );
    });
  });

  describe('opening register', () => {
    const open = (org: TestOrg, csv: string, declared: number) =>
      api.http
        .post(url(org, `share-register/opening?openedOn=2025-01-01&declaredCapitalCents=${declared}`))
        .set(org.admin.auth)
        .set('Content-Type', 'text/csv')
        .send(csv);

    it('imports a register that adds up to the declared capital, refuses one that does not, and refuses a second opening', async () => {
      const org = await coop();
      const m1 = await admittedMember(api, org, { externalRef: 'OLD-1' });
      const m2 = await admittedMember(api, org, { externalRef: 'OLD-2' });
      const csv = 'externalRef;shareClassCode;quantity\nOLD-1;A;12\nOLD-2;A;3\nOLD-2;B;2\n';

      // 12 × 100 € + 3 × 100 € + 2 × 500 € = 2 500 €
      const mismatch = await open(org, csv, 260000);
      expectProblem(mismatch, 422, 'declaredCapitalCents');
      expect(mismatch.body).toEqual(
        expect.objectContaining({
          type: '/problems/opening-capital-mismatch',
          declaredCapitalCents: 260000,
          computedCapitalCents: 250000,
          differenceCents: -10000,
        }),
      );
      expect((await ledger(org)).total).toBe(0);
      expect(await held(org, m1.id)).toBe(0);

      const bad = await open(org, 'externalRef;shareClassCode;quantity\nOLD-1;A;12\nNOBODY;A;3\nOLD-2;Z;1\n', 130000);
      expectProblem(bad, 400);
      expect(bad.body.errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field: 'externalRef' }),
          expect.objectContaining({ field: 'shareClassCode' }),
        ]),
      );
      expect((await ledger(org)).total).toBe(0);

      const ok = await open(org, csv, 250000).expect(201);
      expect(ok.body).toEqual({ openedOn: '2025-01-01', members: 2, movements: 3, capitalCents: 250000 });
      const at = (id: string, date: string) =>
        api.http
          .get(url(org, `members/${id}/holdings?at=${date}`))
          .set(org.admin.auth)
          .expect(200);
      expect((await at(m1.id, '2025-01-01')).body).toEqual(
        expect.objectContaining({ totalQuantity: 12, totalCents: 120000 }),
      );
      expect((await at(m2.id, '2025-01-01')).body.classes).toEqual([
        { shareClassCode: 'A', quantity: 3, amountCents: 30000 },
        { shareClassCode: 'B', quantity: 2, amountCents: 100000 },
      ]);
      expect((await at(m1.id, '2024-12-31')).body.totalQuantity).toBe(0);
      const { items } = await ledger(org);
      expect(items.every((i) => i.kind === 'opening' && i.effectiveOn === '2025-01-01')).toBe(true);
      const capital = (await api.http.get(url(org, 'capital?at=2025-01-01')).set(org.admin.auth).expect(200)).body;
      expect(capital).toEqual(expect.objectContaining({ totalCents: 250000, totalShares: 17, memberCount: 2 }));

      const second = await open(org, 'externalRef;shareClassCode;quantity\nOLD-1;A;1\n', 10000);
      expectProblem(second, 422);
      expect(second.body.type).toBe('/problems/register-not-empty');
      expect((await ledger(org)).total).toBe(3);
    });

    it('refuses a body that is not CSV', async () => {
      const org = await coop();
      const res = await api.http
        .post(url(org, 'share-register/opening?openedOn=2025-01-01&declaredCapitalCents=0'))
        .set(org.admin.auth)
        .send({ rows: [] });
      expectProblem(res, 415);
    });
  });
});
