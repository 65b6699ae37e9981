import { INestApplicationContext } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@socius/core';
import { DeliveriesService, OutboxRelay } from '@socius/jobs';
import { createOrg, signup, startApi, startWorker, TestApi } from '../support/app';
import { startSmtp, waitFor } from '../support/smtp';

describe('transactional outbox: jobs survive a Redis outage and run once', () => {
  let api: TestApi;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let worker: INestApplicationContext | undefined;

  beforeAll(async () => {
    smtp = await startSmtp();
    api = await startApi({ SMTP_URL: smtp.url });
  });
  afterAll(async () => {
    await worker?.close();
    await api.close();
    await smtp.close();
  });

  const statusOf = async (id: string) =>
    (await api.db.query(`SELECT status FROM outbox WHERE id = $1`, [id]))[0]?.status;

  it('keeps jobs in the outbox while Redis is down, then delivers each exactly once', async () => {
    const org = await createOrg(api);
    const alice = await signup(api, 'alice');
    const bob = await signup(api, 'bob');

    // Redis is unreachable for this relay: the API still answers writes, jobs wait as rows
    const config = api.app.get<AppConfig>(APP_CONFIG);
    const deadRelay = new OutboxRelay(api.db, { ...config, REDIS_URL: 'redis://127.0.0.1:1' });
    await deadRelay.start();
    await api.http
      .post(`/v1/orgs/${org.slug}/users`)
      .set(org.admin.auth)
      .send({ email: alice.email, role: 'accountant' })
      .expect(201);
    await api.http
      .post(`/v1/orgs/${org.slug}/users`)
      .set(org.admin.auth)
      .send({ email: bob.email, role: 'member' })
      .expect(201);
    const jobs: { id: string }[] = await api.db.query(
      `SELECT id FROM outbox WHERE organization_id = $1 ORDER BY created_at`,
      [org.id],
    );
    expect(jobs).toHaveLength(2);
    await expect(deadRelay.publishPending()).rejects.toThrow();
    await new Promise((r) => setTimeout(r, 300));
    await deadRelay.stop();
    expect(await Promise.all(jobs.map((j) => statusOf(j.id)))).toEqual(['pending', 'pending']);
    const pending = await api.http.get(`/v1/orgs/${org.slug}/jobs/${jobs[0].id}`).set(org.admin.auth).expect(200);
    expect(pending.body).toEqual(expect.objectContaining({ status: 'pending', progress: 0 }));
    expect(smtp.mails).toHaveLength(0);

    // Redis is back: a worker with its relay picks them up
    worker = await startWorker({ RUN_OUTBOX_RELAY: 'true' });
    await waitFor(
      async () => (await Promise.all(jobs.map((j) => statusOf(j.id)))).every((s) => s === 'completed'),
      15_000,
      'jobs to complete',
    );
    expect(smtp.mails.map((m) => m.to[0]).sort()).toEqual([alice.email, bob.email].sort());
    const done = await api.http.get(`/v1/orgs/${org.slug}/jobs/${jobs[0].id}`).set(org.admin.auth).expect(200);
    expect(done.body).toEqual(
      expect.objectContaining({ status: 'completed', progress: 100, attempts: 1, error: null }),
    );

    // a relay that crashed after publishing but before marking publishes again: BullMQ ignores the
    // duplicate job id, and nobody gets a second e-mail
    await api.db.query(`UPDATE outbox SET status = 'pending' WHERE id = $1`, [jobs[0].id]);
    await waitFor(async () => (await statusOf(jobs[0].id)) !== 'pending', 5_000, 'republish');
    await new Promise((r) => setTimeout(r, 500));
    expect(smtp.mails).toHaveLength(2);
  });

  it('never delivers the same purpose to the same recipient twice, even when a job is retried', async () => {
    const deliveries = api.app.get(DeliveriesService);
    let sends = 0;
    const key = { organizationId: null, purpose: `test:${Date.now()}`, recipient: 'Retry@Example.coop' };
    expect(await deliveries.once(key, async () => void sends++)).toBe(true);
    expect(await deliveries.once({ ...key, recipient: 'retry@example.coop' }, async () => void sends++)).toBe(false);
    expect(sends).toBe(1);
  });

  it('retries a failing send and shows the last error, then succeeds once SMTP answers', async () => {
    const org = await createOrg(api);
    const carol = await signup(api, 'carol');
    await worker?.close();
    worker = await startWorker({ RUN_OUTBOX_RELAY: 'true', SMTP_URL: 'smtp://127.0.0.1:1' });
    await api.http
      .post(`/v1/orgs/${org.slug}/users`)
      .set(org.admin.auth)
      .send({ email: carol.email, role: 'member' })
      .expect(201);
    const [job] = await api.db.query(`SELECT id FROM outbox WHERE organization_id = $1`, [org.id]);
    const failed = await waitFor(
      async () => {
        const res = await api.http.get(`/v1/orgs/${org.slug}/jobs/${job.id}`).set(org.admin.auth);
        return res.body.error ? res.body : undefined;
      },
      10_000,
      'a recorded failure',
    );
    expect(failed.status).toMatch(/queued|active/);
    expect(failed.error).toMatch(/ECONNREFUSED|connect/i);
    await worker.close();
    worker = await startWorker({ RUN_OUTBOX_RELAY: 'true', SMTP_URL: smtp.url });
    await waitFor(async () => (await statusOf(job.id)) === 'completed', 20_000, 'the retry to succeed');
    expect(smtp.mails.filter((m) => m.to[0] === carol.email)).toHaveLength(1);
  });
});
