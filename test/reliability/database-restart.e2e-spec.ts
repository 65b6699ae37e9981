import { INestApplicationContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { createCoop, paidUpMember, startApi, startWorker, TestApi, TestOrg } from '../support/app';
import { PrivatePostgres, PrivateRedis, startPrivatePostgres, startPrivateRedis } from '../support/private-services';
import { startSmtp } from '../support/smtp';
import { mailedCodes } from '../support/voting-codes';

const VOTERS = 90;
/** clients sending at once, as many members voting and an accountant's payment tool */
const CONCURRENCY = 24;
const CHOICES = ['for', 'against', 'abstain'] as const;

/**
 * What a client does when the API answers 503 (or the connection fails): waits and sends the same
 * request again with the same Idempotency-Key, until it gets an answer. A real client waits the
 * Retry-After; here a fifth of a second, to keep the test short.
 */
async function untilAnswered(send: () => Promise<Response>, seen: { unavailable: number; other: string[] }) {
  for (let attempt = 1; ; attempt++) {
    const res = await send().catch((error: Error) => error);
    if (!(res instanceof Error) && res.status !== 503) return res;
    if (res instanceof Error) seen.other.push(`connection: ${res.message}`);
    else {
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.headers['retry-after']).toMatch(/^\d+$/);
      seen.unavailable++;
    }
    if (attempt > 300) throw new Error('no answer after 300 tries');
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('reliability: PostgreSQL restarts in the middle of a burst of ballots and payments', () => {
  let pg: PrivatePostgres;
  let redis: PrivateRedis;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let api: TestApi;

  beforeAll(async () => {
    [pg, redis, smtp] = await Promise.all([startPrivatePostgres(), startPrivateRedis(), startSmtp()]);
    api = await startApi({
      DATABASE_URL: pg.appUrl,
      DATABASE_OWNER_URL: pg.ownerUrl,
      REDIS_URL: redis.url,
      SMTP_URL: smtp.url,
    });
  }, 90_000);
  afterAll(async () => {
    await api?.close();
    await smtp?.close();
    await redis?.destroy();
    await pg?.destroy();
  });

  it('answers 503 (never 500) while it is down, and every ballot and payment retried with its key is counted exactly once', async () => {
    const org: TestOrg = await createCoop(api, [{ code: 'A', nominalCents: 1000 }]);
    const post = (p: string, body: object) => api.http.post(`/v1/orgs/${org.slug}/${p}`).set(org.admin.auth).send(body);

    // the voters: members with one paid-up share, convened by e-mail (their codes); each also
    // subscribes 2 to 4 more shares, approved and not paid yet, which the burst pays
    const members: { id: string; subscriptionId: string; dueCents: number }[] = [];
    for (let i = 0; i < VOTERS; i += 8)
      await Promise.all(
        Array.from({ length: Math.min(8, VOTERS - i) }, async (_, k) => {
          const { id } = await paidUpMember(api, org, { member: { eConsent: true } });
          const quantity = 2 + ((i + k) % 3);
          const sub = await post('subscriptions', {
            memberId: id,
            shareClassCode: 'A',
            quantity,
            subscribedOn: '2026-02-01',
          }).expect(201);
          await post(`subscriptions/${sub.body.id}/approve`, { decidedOn: '2026-02-02' }).expect(200);
          members.push({ id, subscriptionId: sub.body.id, dueCents: quantity * 1000 });
        }),
      );
    const assembly = await post('assemblies', {
      title: 'AG 2026',
      kind: 'permanent',
      weighting: 'per_member',
      secret: true,
    }).expect(201);
    const resolution = await post(`assemblies/${assembly.body.id}/resolutions`, {
      title: 'Comptes 2025',
      text: 'Approuver les comptes.',
      majority: 'simple',
      quorumPercent: 0,
      opensAt: new Date(Date.now() + 3600_000).toISOString(),
      closesAt: new Date(Date.now() + 7200_000).toISOString(),
    }).expect(201);
    const worker: INestApplicationContext = await startWorker({ RUN_OUTBOX_RELAY: 'true' });
    const codes = await mailedCodes(api, smtp, org, assembly.body.id).finally(() => worker.close());
    expect(codes.size).toBe(VOTERS);
    const opened = await post(`resolutions/${resolution.body.id}/open`, {}).expect(200);
    expect(opened.body.eligibleCount).toBe(VOTERS);
    const [paidBefore] = await api.db.query(
      `SELECT coalesce(sum(amount_cents), 0)::int AS cents, count(*)::int AS n FROM subscription_payments WHERE organization_id = $1`,
      [org.id],
    );

    // the burst: a ballot and a payment per member, each with its own key, CONCURRENCY at once
    const requests = members.flatMap((m, i) => {
      const choice = CHOICES[i % CHOICES.length];
      const [ballotKey, paymentKey] = [randomUUID(), randomUUID()];
      return [
        {
          kind: 'ballot',
          choice,
          send: () =>
            api.http
              .post(`/v1/orgs/${org.slug}/resolutions/${resolution.body.id}/ballots`)
              .set('X-Voting-Code', codes.get(m.id)!)
              .set('Idempotency-Key', ballotKey)
              .send({ choice }),
        },
        {
          kind: 'payment',
          choice,
          send: () =>
            post(`subscriptions/${m.subscriptionId}/payments`, {
              amountCents: m.dueCents,
              paidOn: '2026-02-03',
              method: 'transfer',
            }).set('Idempotency-Key', paymentKey),
        },
      ];
    });
    const seen = { unavailable: 0, other: [] as string[] };
    const results: ((typeof requests)[number] & { res: Response; beforeRestart: boolean })[] = [];
    let restarting = false;
    let next = 0;
    const clients = Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < requests.length) {
          const request = requests[next++];
          const res = await untilAnswered(request.send, seen);
          results.push({ ...request, res, beforeRestart: !restarting });
        }
      }),
    );
    // a quarter of the way through, PostgreSQL restarts (every connection cut, a second or two down)
    while (results.length < requests.length / 4) await new Promise((r) => setTimeout(r, 5));
    restarting = true;
    const answeredBefore = results.length;
    await pg.restart();
    await clients;
    const replayed = results.filter((r) => r.res.headers['idempotent-replayed'] === 'true').length;
    console.log(
      `database-restart: ${requests.length} requests, restart began after ${answeredBefore} answers; ` +
        `${seen.unavailable} answers 503 retried, ${replayed} answers replayed from their Idempotency-Key, ` +
        `${seen.other.length} connection errors`,
    );

    // every request answered 201 in the end: nothing refused as "already voted" or "nothing due",
    // no 500; and the restart did hit the burst
    expect(results.filter((r) => r.res.status !== 201).map((r) => `${r.kind} ${r.res.status} ${r.res.text}`)).toEqual(
      [],
    );
    expect(seen.other).toEqual([]);
    expect(seen.unavailable).toBeGreaterThan(0);

    // a client that lost the answer of a request done before the restart sends it again: its key,
    // kept by PostgreSQL through the restart, replays that answer instead of voting or paying twice
    const before = results.filter((r) => r.beforeRestart);
    expect(before.length).toBeGreaterThan(0);
    for (const r of before) {
      const again = await r.send().expect(201);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.body).toEqual(r.res.body);
    }

    // the payments: each subscription paid once, the sums and the register agree, the chain holds
    const [after] = await api.db.query(
      `SELECT coalesce(sum(amount_cents), 0)::int AS cents, count(*)::int AS n FROM subscription_payments WHERE organization_id = $1`,
      [org.id],
    );
    expect(after.n - paidBefore.n).toBe(VOTERS);
    expect(after.cents - paidBefore.cents).toBe(members.reduce((sum, m) => sum + m.dueCents, 0));
    const subs = await api.db.query(
      `SELECT count(*)::int AS n FROM subscriptions WHERE id = ANY($1::uuid[]) AND paid_cents = amount_cents`,
      [members.map((m) => m.subscriptionId)],
    );
    expect(subs[0].n).toBe(VOTERS);
    const capital = (await api.http.get(`/v1/orgs/${org.slug}/capital`).set(org.admin.auth).expect(200)).body;
    expect(capital.totalCents).toBe(VOTERS * 1000 + (after.cents - paidBefore.cents));
    const chain = (await api.http.get(`/v1/orgs/${org.slug}/ledger/verify`).set(org.admin.auth).expect(200)).body;
    expect(chain).toEqual(expect.objectContaining({ valid: true, firstBroken: null }));

    // the ballots: one per voter, the tally is what the clients sent, and every receipt a client
    // holds (a replayed one too) is in the sealed box
    await post(`resolutions/${resolution.body.id}/close`, {}).expect(200);
    const tally = (
      await api.http.get(`/v1/orgs/${org.slug}/resolutions/${resolution.body.id}/results`).set(org.admin.auth)
    ).body;
    const sent = (c: string) => results.filter((r) => r.kind === 'ballot' && r.choice === c).length;
    expect(tally).toEqual(
      expect.objectContaining({
        votersCount: VOTERS,
        counts: { for: sent('for'), against: sent('against'), abstain: sent('abstain') },
      }),
    );
    const receipts = results.filter((r) => r.kind === 'ballot').map((r) => r.res.body.receipt as string);
    expect(new Set(receipts).size).toBe(VOTERS);
    for (const receipt of receipts)
      expect((await post(`resolutions/${resolution.body.id}/verify`, { receipt }).expect(200)).body.included).toBe(
        true,
      );
  }, 120_000);
});
