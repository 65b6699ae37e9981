import { Queue, Worker } from 'bullmq';
import IORedis from 'ioredis';
import { redisOptionsFromUrl } from '@socius/core';
import { createMember, createOrg, expectProblem, startApi, TestApi, TestOrg } from '../support/app';

const TOKEN = 'metrics-token-for-the-tests-0123456789abcdef';

/** The value of one series in a Prometheus text answer, or undefined when it is absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries(
      [...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]),
    );
    if (Object.entries(labels).every(([k, v]) => found[k] === v)) return Number(match[3]);
  }
  return undefined;
}

/**
 * `/metrics` for operators: Prometheus's text format behind METRICS_TOKEN, counting requests by
 * route pattern and showing the queues and the outbox; no route at all without the setting.
 */
describe('metrics', () => {
  let api: TestApi;
  let org: TestOrg;
  let queue: Queue;
  let redis: IORedis;
  const scrape = async () => (await api.http.get('/metrics').set('Authorization', `Bearer ${TOKEN}`).expect(200)).text;

  beforeAll(async () => {
    api = await startApi({ METRICS_TOKEN: TOKEN });
    org = await createOrg(api);
    redis = new IORedis({ ...redisOptionsFromUrl(process.env.REDIS_URL!), maxRetriesPerRequest: null });
    queue = new Queue('default', { connection: redis, prefix: process.env.QUEUE_PREFIX });
  });
  afterAll(async () => {
    await queue?.obliterate({ force: true }).catch(() => undefined);
    await queue?.close();
    redis?.disconnect();
    await api?.close();
  });

  it('answers 401 without the token or with another one, never the figures', async () => {
    const none = await api.http.get('/metrics');
    expectProblem(none, 401);
    expect(none.text).not.toContain('socius_http_requests_total');
    expectProblem(await api.http.get('/metrics').set('Authorization', 'Bearer not-the-token'), 401);
    expectProblem(await api.http.get('/metrics').set('Authorization', `Bearer ${TOKEN}x`), 401);
    // a user's own token is no operator token
    expectProblem(await api.http.get('/metrics').set(org.admin.auth), 401);
  });

  it('counts and times requests by route pattern, never by their URL', async () => {
    const route = '/v1/orgs/:slug/members/:id';
    const labels = { method: 'GET', route, status: '200' };
    const before = sample(await scrape(), 'socius_http_requests_total', labels) ?? 0;
    const members = [await createMember(api, org), await createMember(api, org)];
    for (const m of members) await api.http.get(`/v1/orgs/${org.slug}/members/${m.id}`).set(org.admin.auth).expect(200);
    await api.http
      .get(`/v1/orgs/${org.slug}/members/00000000-0000-4000-8000-000000000000`)
      .set(org.admin.auth)
      .expect(404);

    const text = await scrape();
    expect(sample(text, 'socius_http_requests_total', labels)).toBe(before + 2);
    expect(sample(text, 'socius_http_requests_total', { ...labels, status: '404' })).toBe(1);
    expect(sample(text, 'socius_http_request_duration_seconds_count', labels)).toBe(before + 2);
    expect(sample(text, 'socius_http_request_duration_seconds_sum', labels)).toBeGreaterThan(0);
    // the 401s above, by the route they were refused on
    expect(sample(text, 'socius_http_requests_total', { method: 'GET', route: '/metrics', status: '401' })).toBe(4);
    // one series per route: no slug or id of a request in any label
    for (const id of [org.slug, ...members.map((m) => m.id)]) expect(text).not.toContain(id);
    expect(sample(text, 'socius_http_requests_total', { route: 'none', status: '404' })).toBeUndefined();
    await api.http.get('/v1/no-such-route').expect(404);
    expect(sample(await scrape(), 'socius_http_requests_total', { route: 'none', status: '404' })).toBe(1);
  });

  it('shows the depth of each queue, its failed jobs and the lag of the outbox', async () => {
    let text = await scrape();
    expect(sample(text, 'socius_queue_jobs', { queue: 'default', state: 'waiting' })).toBe(0);
    expect(sample(text, 'socius_queue_jobs', { queue: 'mail', state: 'failed' })).toBe(0);
    const pending = sample(text, 'socius_outbox_pending_jobs')!;
    expect(pending).toBeGreaterThanOrEqual(0);

    await queue.add('nothing', {});
    await queue.add('nothing', {});
    // a job recorded in the outbox that no relay has queued (the tests run the API alone)
    await api.db.query(
      `INSERT INTO outbox (queue, name, payload, available_at) VALUES ('default', 'nothing', '{}', now() - interval '90 seconds')`,
    );
    text = await scrape();
    expect(sample(text, 'socius_queue_jobs', { queue: 'default', state: 'waiting' })).toBe(2);
    expect(sample(text, 'socius_outbox_pending_jobs')).toBe(pending + 1);
    expect(sample(text, 'socius_outbox_lag_seconds')).toBeGreaterThanOrEqual(90);
    expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);

    // the two jobs fail on their one attempt: the failed count says so
    const worker = new Worker(
      'default',
      async () => {
        throw new Error('fails on purpose');
      },
      { connection: redis, prefix: process.env.QUEUE_PREFIX },
    );
    try {
      for (let i = 0; i < 50; i++) {
        text = await scrape();
        if (sample(text, 'socius_queue_jobs', { queue: 'default', state: 'failed' }) === 2) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(sample(text, 'socius_queue_jobs', { queue: 'default', state: 'failed' })).toBe(2);
      expect(sample(text, 'socius_queue_jobs', { queue: 'default', state: 'waiting' })).toBe(0);
    } finally {
      await worker.close();
    }
  });
});

describe('metrics without METRICS_TOKEN', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startApi({ METRICS_TOKEN: '' })));
  afterAll(() => api?.close());

  it('has no /metrics route at all (404), whatever the token', async () => {
    expectProblem(await api.http.get('/metrics'), 404);
    expectProblem(await api.http.get('/metrics').set('Authorization', `Bearer ${TOKEN}`), 404);
  });
});
