import { appPool, SecondConnectionError } from '@socius/database';
import { randomUUID } from 'node:crypto';
import type { PoolClient } from 'pg';
import { motion, votingCoop } from '../assemblies/support';
import { INestApplicationContext } from '@nestjs/common';
import { createMember, expectProblem, startApi, startWorker, TestApi } from '../support/app';
import { startSmtp } from '../support/smtp';

const POOL_SIZE = 10;

/**
 * A request never holds one pooled connection while it waits for another, so a burst larger than
 * the pool cannot jam it; and when the pool is full for too long, a request gets a 503 and the API
 * recovers by itself.
 */
describe('the database connection pool under a burst', () => {
  let api: TestApi;
  const after: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const close of after) await close();
  });
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let worker: INestApplicationContext;
  beforeAll(async () => {
    smtp = await startSmtp();
    api = await startApi({ DATABASE_POOL_SIZE: String(POOL_SIZE), SMTP_URL: smtp.url });
    worker = await startWorker({ RUN_OUTBOX_RELAY: 'true' });
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await smtp?.close();
  });

  it(`casts ${3 * POOL_SIZE} ballots with Idempotency-Keys at once, each exactly once, and stays healthy`, async () => {
    const { post, get, shareholder, org, codes: mailed } = await votingCoop(api);
    const voters = [];
    for (let i = 0; i < 3 * POOL_SIZE; i++) voters.push(await shareholder());
    const assembly = (
      await post('assemblies', { title: 'AG', kind: 'ordinary', weighting: 'per_member', secret: false }).expect(201)
    ).body;
    const r = (await post(`assemblies/${assembly.id}/resolutions`, motion()).expect(201)).body;
    await post(`resolutions/${r.id}/open`, {}).expect(200);
    const codes = await mailed(smtp, assembly.id);
    const ballot = (code: string, key: string, choice: string) =>
      api.http
        .post(`/v1/orgs/${org.slug}/resolutions/${r.id}/ballots`)
        .set('X-Voting-Code', code)
        .set('Idempotency-Key', key)
        .send({ choice });

    const keys = voters.map(() => randomUUID());
    // every ballot sent twice at once with its key, as a client retrying on a timeout would
    const answers = await Promise.all(
      voters.flatMap((v, i) => [
        ballot(codes.get(v.id)!, keys[i], i % 2 ? 'for' : 'against'),
        ballot(codes.get(v.id)!, keys[i], i % 2 ? 'for' : 'against'),
      ]),
    );
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 201));
    // the retry answers the same receipt
    for (let i = 0; i < voters.length; i++) expect(answers[2 * i + 1].body.receipt).toBe(answers[2 * i].body.receipt);

    const results = (await get(`resolutions/${r.id}/results`).expect(200)).body;
    expect(results).toEqual(
      expect.objectContaining({
        votersCount: 3 * POOL_SIZE,
        counts: { for: 1.5 * POOL_SIZE, against: 1.5 * POOL_SIZE, abstain: 0 },
      }),
    );
    await api.http.get('/health').expect(200);
  }, 120_000);

  it(`records ${3 * POOL_SIZE} payments with Idempotency-Keys at once, each exactly once, and stays healthy`, async () => {
    const { org, post, get } = await votingCoop(api);
    const subscriptions: string[] = [];
    for (let i = 0; i < 3 * POOL_SIZE; i++) {
      const member = await createMember(api, org);
      const sub = (
        await post('subscriptions', {
          memberId: member.id,
          shareClassCode: 'A',
          quantity: 2,
          subscribedOn: '2026-01-02',
        }).expect(201)
      ).body;
      await post(`subscriptions/${sub.id}/approve`, { decidedOn: '2026-01-03' }).expect(200);
      subscriptions.push(sub.id);
    }
    const pay = (id: string, key: string) =>
      api.http
        .post(`/v1/orgs/${org.slug}/subscriptions/${id}/payments`)
        .set(org.admin.auth)
        .set('Idempotency-Key', key)
        .send({ amountCents: 2000, paidOn: '2026-01-04', method: 'transfer' });
    const keys = subscriptions.map(() => randomUUID());
    const answers = await Promise.all(subscriptions.flatMap((id, i) => [pay(id, keys[i]), pay(id, keys[i])]));
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 201));

    const capital = (await get('capital').expect(200)).body;
    expect(capital).toEqual(
      expect.objectContaining({
        totalCents: 3 * POOL_SIZE * 2000,
        totalShares: 3 * POOL_SIZE * 2,
        memberCount: 3 * POOL_SIZE,
      }),
    );
    const [{ payments }] = await api.db.query(
      `SELECT count(*)::int AS payments FROM subscription_payments WHERE subscription_id = ANY($1)`,
      [subscriptions],
    );
    expect(payments).toBe(3 * POOL_SIZE);
    expect((await get('ledger/verify').expect(200)).body.valid).toBe(true);
    await api.http.get('/health').expect(200);
  }, 120_000);

  it('answers 503 problem+json while no connection comes free, then recovers by itself', async () => {
    // its own API, waiting a second for a connection
    const api = await startApi({ DATABASE_POOL_SIZE: String(POOL_SIZE), DATABASE_POOL_WAIT_MS: '1000' });
    after.push(() => api.close());
    const { org, get } = await votingCoop(api);
    const pool = appPool(api.db);
    const held: PoolClient[] = [];
    try {
      while (pool.totalCount < POOL_SIZE || pool.idleCount > 0) held.push(await pool.connect());
      const busy = await get('members');
      expectProblem(busy, 503);
      expect(busy.body.type).toBe('/problems/database-busy');
      expect(busy.headers['retry-after']).toBe('5');
      expect((await api.http.get('/health')).status).toBe(503);
    } finally {
      for (const client of held) client.release();
    }
    await api.http.get('/health').expect(200);
    await get('members').expect(200);
    expect(org.slug).toBeTruthy();
  }, 60_000);

  it('refuses a query that would take a second connection inside a transaction', async () => {
    await expect(api.db.transaction(() => api.db.query('SELECT 1'))).rejects.toThrow(SecondConnectionError);
    await expect(api.db.transaction(() => api.db.manager.count('organizations'))).rejects.toThrow(
      SecondConnectionError,
    );
    // on the transaction's own manager, and after it, all is well
    await expect(api.db.transaction((em) => em.query('SELECT 1 AS one'))).resolves.toEqual([{ one: 1 }]);
    await expect(api.db.query('SELECT 1 AS one')).resolves.toEqual([{ one: 1 }]);
  });
});
