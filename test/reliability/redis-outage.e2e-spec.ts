import type { ChildProcess } from 'node:child_process';
import { APP_CONFIG, AppConfig } from '@socius/core';
import { OutboxRelay } from '@socius/jobs';
import { createOrg, startApi, TestApi, TestOrg, uniqueEmail } from '../support/app';
import { kill9, PrivateRedis, spawnWorker, startPrivateRedis } from '../support/private-services';
import { startSmtp, waitFor } from '../support/smtp';

const INVITATIONS = 20;
const SIGNUPS = 5;

/**
 * Redis goes away for a while with the API and a worker process running: the API goes on taking
 * the commands that queue e-mails (their jobs wait as outbox rows in PostgreSQL; the sign-up
 * throttle counts in memory meanwhile), and once Redis is back the worker's relay publishes them
 * and each e-mail goes out exactly once. And when Redis comes back without its data, the jobs it
 * held are published again from the outbox.
 */
describe('reliability: Redis stops and comes back while the API queues e-mails', () => {
  let redis: PrivateRedis;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let api: TestApi;
  let worker: ChildProcess & { output(): string };

  beforeAll(async () => {
    [redis, smtp] = await Promise.all([startPrivateRedis(), startSmtp()]);
    api = await startApi({ REDIS_URL: redis.url, SMTP_URL: smtp.url });
    worker = await spawnWorker({ SMTP_URL: smtp.url });
  }, 180_000);
  afterAll(async () => {
    if (worker) await kill9(worker);
    await api?.close();
    await smtp?.close();
    await redis?.destroy();
  });

  const received = (email: string) => smtp.mails.filter((m) => m.to.includes(email)).length;
  const outbox = async (ids: string[]) =>
    (
      await api.db.query(`SELECT status, count(*)::int AS n FROM outbox WHERE id = ANY($1::uuid[]) GROUP BY status`, [
        ids,
      ])
    ).reduce((all: Record<string, number>, r: { status: string; n: number }) => ({ ...all, [r.status]: r.n }), {});
  const jobsOf = async (emails: string[]) =>
    (
      await api.db.query(
        `SELECT o.id FROM outbox o WHERE o.name IN ('organization.invitation', 'account.verify-email')
           AND (o.payload->>'invitationId' IN (SELECT id::text FROM invitations WHERE email = ANY($1))
             OR o.payload->>'userId' IN (SELECT id::text FROM users WHERE email = ANY($1)))`,
        [emails],
      )
    ).map((r: { id: string }) => r.id);

  it('takes the commands while Redis is down, then sends each of their e-mails exactly once when it is back', async () => {
    const org: TestOrg = await createOrg(api);
    const invite = (email: string) =>
      api.http.post(`/v1/orgs/${org.slug}/invitations`).set(org.admin.auth).send({ email, role: 'member' });

    // with Redis up, an invitation goes out: the worker and its relay run
    const first = uniqueEmail('before');
    await invite(first).expect(201);
    await waitFor(() => received(first) === 1, 30_000, 'the first invitation');

    await redis.stop();
    const invited = Array.from({ length: INVITATIONS }, () => uniqueEmail('invited'));
    const signedUp = Array.from({ length: SIGNUPS }, () => uniqueEmail('signup'));
    for (const email of invited) await invite(email).expect(201);
    for (const email of signedUp)
      await api.http
        .post('/v1/auth/signup')
        .send({ email, password: 'correct horse battery', name: 'Nouveau' })
        .expect(201);
    const jobs = await jobsOf([...invited, ...signedUp]);
    expect(jobs).toHaveLength(INVITATIONS + SIGNUPS);
    expect((await api.http.get('/health')).status).toBe(503); // the readiness probe says Redis is away

    // a few relay polls later nothing went out: the jobs wait in PostgreSQL
    await new Promise((r) => setTimeout(r, 3_000));
    expect(await outbox(jobs)).toEqual({ pending: INVITATIONS + SIGNUPS });
    expect([...invited, ...signedUp].map(received).every((n) => n === 0)).toBe(true);
    const job = await api.http.get(`/v1/orgs/${org.slug}/jobs/${jobs[0]}`).set(org.admin.auth);
    expect(job.status).toBe(200);

    await redis.start();
    await waitFor(
      async () => (await outbox(jobs)).completed === INVITATIONS + SIGNUPS,
      45_000,
      'every job completed after Redis came back',
    );
    await new Promise((r) => setTimeout(r, 500)); // nothing late still arriving
    expect(invited.map(received)).toEqual(invited.map(() => 1));
    expect(signedUp.map(received)).toEqual(signedUp.map(() => 1));
    expect(received(first)).toBe(1);
    expect(worker.exitCode).toBeNull(); // the worker rode the outage out
    await api.http.get('/health').expect(200);
  }, 120_000);

  it('publishes again the jobs that a Redis coming back empty lost, and sends each e-mail once', async () => {
    const org: TestOrg = await createOrg(api);
    // no worker: a relay alone publishes the jobs, which wait in Redis
    await kill9(worker);
    const relay = new OutboxRelay(api.db, api.app.get<AppConfig>(APP_CONFIG));
    await relay.start();
    const invited = Array.from({ length: INVITATIONS }, () => uniqueEmail('lost'));
    for (const email of invited)
      await api.http
        .post(`/v1/orgs/${org.slug}/invitations`)
        .set(org.admin.auth)
        .send({ email, role: 'member' })
        .expect(201);
    const jobs = await jobsOf(invited);
    await waitFor(async () => (await outbox(jobs)).queued === INVITATIONS, 15_000, 'the jobs in Redis');
    await relay.stop();

    // Redis restarts without its data: the outbox says queued, Redis knows nothing of them
    await redis.restartEmpty();
    worker = await spawnWorker({ SMTP_URL: smtp.url });
    await waitFor(
      async () => (await outbox(jobs)).completed === INVITATIONS,
      45_000,
      'every lost job published again and completed',
    );
    await new Promise((r) => setTimeout(r, 500));
    expect(invited.map(received)).toEqual(invited.map(() => 1));
  }, 240_000);
});
