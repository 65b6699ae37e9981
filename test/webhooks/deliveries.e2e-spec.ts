import { INestApplicationContext } from '@nestjs/common';
import { Webhook } from 'standardwebhooks';
import {
  createMember,
  createOrg,
  expectProblem,
  startApi,
  startWorker,
  TestApi,
  TestOrg,
  userWithRole,
} from '../support/app';
import { header, startSmtp, textOf, waitFor } from '../support/smtp';
import { signedHeaders, startReceiver } from '../support/webhook-receiver';

describe('webhooks: endpoints, retries, replays, rotation and disabling', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  beforeAll(async () => {
    smtp = await startSmtp();
    receiver = await startReceiver();
    api = await startApi({
      SMTP_URL: smtp.url,
      WEBHOOK_ALLOW_LOOPBACK: 'true',
      WEBHOOK_RETRY_BASE_MS: '50',
      WEBHOOK_MAX_ATTEMPTS: '3',
      WEBHOOK_DISABLE_AFTER_FAILURES: '2',
    });
    worker = await startWorker({ RUN_OUTBOX_RELAY: 'true' });
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await Promise.all([smtp?.close(), receiver?.close()]);
  });

  const endpoint = async (org: TestOrg, path: string, body: object = { events: ['member.created'] }) => {
    const res = await api.http
      .post(`/v1/orgs/${org.slug}/webhooks`)
      .set(org.admin.auth)
      .send({ url: `${receiver.url}/${path}`, ...body })
      .expect(201);
    return res.body as { id: string; secret: string };
  };
  const deliveries = (org: TestOrg, id: string) =>
    api.http.get(`/v1/orgs/${org.slug}/webhooks/${id}/deliveries`).set(org.admin.auth).expect(200);

  it('creates, lists, changes and deletes endpoints (admins only), never showing the secret again', async () => {
    const org = await createOrg(api);
    const created = await endpoint(org, 'crud', {
      events: ['member.created', 'member.updated'],
      scopes: ['registry:read'],
    });
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    const list = await api.http.get(`/v1/orgs/${org.slug}/webhooks`).set(org.admin.auth).expect(200);
    expect(list.body.items).toEqual([
      expect.objectContaining({ id: created.id, enabled: true, events: ['member.created', 'member.updated'] }),
    ]);
    expect(JSON.stringify(list.body)).not.toContain(created.secret.slice(6));
    const [{ secret }] = await api.db.query(`SELECT secret FROM webhook_endpoints WHERE id = $1`, [created.id]);
    expect(secret).not.toContain(created.secret.slice(6)); // sealed at rest
    const patched = await api.http
      .patch(`/v1/orgs/${org.slug}/webhooks/${created.id}`)
      .set(org.admin.auth)
      .send({ events: ['member.exited'], enabled: false })
      .expect(200);
    expect(patched.body).toEqual(expect.objectContaining({ events: ['member.exited'], enabled: false }));
    const accountant = await userWithRole(api, org, 'accountant');
    expectProblem(await api.http.get(`/v1/orgs/${org.slug}/webhooks`).set(accountant.auth), 403);
    expectProblem(
      await api.http
        .post(`/v1/orgs/${org.slug}/webhooks`)
        .set(org.admin.auth)
        .send({ url: receiver.url, events: ['nope'] }),
      400,
      'events',
    );
    await api.http.delete(`/v1/orgs/${org.slug}/webhooks/${created.id}`).set(org.admin.auth).expect(204);
    expectProblem(await api.http.get(`/v1/orgs/${org.slug}/webhooks/${created.id}`).set(org.admin.auth), 404);
  });

  it.each([
    ['http://hooks.example.coop/in', /https:\/\//],
    ['https://10.0.0.8/in', /private/],
    ['https://169.254.169.254/latest/meta-data', /private/],
    ['https://[::ffff:192.168.1.1]/in', /private/],
    ['http://192.168.1.1/in', /https:\/\//],
  ])('refuses %s (SSRF), naming the url', async (url, reason) => {
    const org = await createOrg(api);
    const res = await api.http
      .post(`/v1/orgs/${org.slug}/webhooks`)
      .set(org.admin.auth)
      .send({ url, events: ['member.created'] });
    expectProblem(res, 400, 'url');
    expect(res.body.errors[0].message).toMatch(reason);
  });

  it('refuses at sending an address that is internal, without connecting', async () => {
    const org = await createOrg(api);
    const hook = await endpoint(org, 'moved');
    // written directly: the API would refuse it, but the setting may have changed since it was saved
    await api.db.query(`UPDATE webhook_endpoints SET url = 'https://10.1.2.3/in' WHERE id = $1`, [hook.id]);
    await createMember(api, org);
    const [first] = await waitFor(
      // the delivery is listed before its first try is logged: wait for the try
      async () => {
        const log = (await deliveries(org, hook.id)).body.items[0]?.attemptLog;
        return log?.length ? log : undefined;
      },
      10_000,
      'a logged try',
    );
    expect(first).toEqual(
      expect.objectContaining({ statusCode: null, error: expect.stringMatching(/^refused: .*private/) }),
    );
  });

  it('retries a delivery the receiver failed, with the same webhook-id, and logs each try', async () => {
    const org = await createOrg(api);
    const hook = await endpoint(org, 'retry');
    // each delivery fails its first try
    const seen = new Set<string>();
    receiver.answer = (h) => (seen.has(h.id) ? 200 : (seen.add(h.id), 500));
    const member = await createMember(api, org);
    const tries = await waitFor(
      () => {
        const mine = receiver.received.filter((h) => h.body.data.memberId === member.id);
        return mine.length >= 2 && mine;
      },
      15_000,
      'a second try',
    );
    expect(tries[1].id).toBe(tries[0].id);
    for (const t of tries) expect(() => new Webhook(hook.secret).verify(t.raw, signedHeaders(t))).not.toThrow();
    const log = await waitFor(
      async () => {
        const res = await deliveries(org, hook.id);
        return res.body.items[0]?.status === 'succeeded' && res.body.items;
      },
      5_000,
      'the log to say succeeded',
    );
    expect(log).toHaveLength(1);
    expect(log[0]).toEqual(
      expect.objectContaining({ id: tries[0].id, eventType: 'member.created', attempts: 2, nextAttemptAt: null }),
    );
    expect(log[0].attemptLog).toEqual([
      expect.objectContaining({ attempt: 2, statusCode: 200, error: null, replay: false }),
      expect.objectContaining({ attempt: 1, statusCode: 500, error: 'HTTP 500', durationMs: expect.any(Number) }),
    ]);

    // a replay sends it once more, with the same id
    receiver.answer = () => 200;
    const replayed = await api.http
      .post(`/v1/orgs/${org.slug}/webhooks/${hook.id}/deliveries/${tries[0].id}/replay`)
      .set(org.admin.auth)
      .expect(202);
    expect(replayed.body.status).toBe('pending');
    await waitFor(() => receiver.received.filter((h) => h.id === tries[0].id).length === 3, 10_000, 'the replay');
    const after = await waitFor(
      async () => {
        const res = await deliveries(org, hook.id);
        return res.body.items[0].status === 'succeeded' && res.body.items[0];
      },
      5_000,
      'the replay logged',
    );
    expect(after.attemptLog[0]).toEqual(expect.objectContaining({ attempt: 3, statusCode: 200, replay: true }));
  });

  it('signs with the old and the new secret during a rotation’s grace', async () => {
    const org = await createOrg(api);
    receiver.answer = () => 200;
    const hook = await endpoint(org, 'rotation');
    const rotated = await api.http
      .post(`/v1/orgs/${org.slug}/webhooks/${hook.id}/rotate-secret`)
      .set(org.admin.auth)
      .expect(200);
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(hook.secret);
    expect(Date.parse(rotated.body.previousSecretExpiresAt)).toBeGreaterThan(Date.now() + 23 * 3600_000);
    const member = await createMember(api, org);
    const got = await waitFor(
      () => receiver.received.find((h) => h.body.data.memberId === member.id),
      15_000,
      'a delivery',
    );
    expect(got.signature.split(' ')).toHaveLength(2);
    expect(() => new Webhook(rotated.body.secret).verify(got.raw, signedHeaders(got))).not.toThrow();
    expect(() => new Webhook(hook.secret).verify(got.raw, signedHeaders(got))).not.toThrow();

    // once the grace is over, only the new secret signs
    await api.db.query(
      `UPDATE webhook_endpoints SET previous_secret_expires_at = now() - interval '1 second' WHERE id = $1`,
      [hook.id],
    );
    const next = await createMember(api, org);
    const later = await waitFor(
      () => receiver.received.find((h) => h.body.data.memberId === next.id),
      15_000,
      'a delivery',
    );
    expect(later.signature.split(' ')).toHaveLength(1);
    expect(() => new Webhook(rotated.body.secret).verify(later.raw, signedHeaders(later))).not.toThrow();
    expect(() => new Webhook(hook.secret).verify(later.raw, signedHeaders(later))).toThrow();
  });

  it('disables an endpoint after repeated failed deliveries and tells each admin once', async () => {
    const org = await createOrg(api);
    const second = await userWithRole(api, org, 'admin');
    const hook = await endpoint(org, 'down');
    const failing = new Set<string>();
    receiver.answer = (h) => (failing.has(String(h.body.data.memberId)) ? 503 : 200);
    for (let i = 0; i < 2; i++) failing.add((await createMember(api, org)).id);
    const disabled = await waitFor(
      async () => {
        const res = await api.http.get(`/v1/orgs/${org.slug}/webhooks/${hook.id}`).set(org.admin.auth).expect(200);
        return !res.body.enabled && res.body;
      },
      20_000,
      'the endpoint to be disabled',
    );
    expect(disabled).toEqual(expect.objectContaining({ consecutiveFailures: 2, disabledAt: expect.any(String) }));
    // each failed delivery had all its tries (3)
    expect(receiver.received.filter((h) => failing.has(String(h.body.data.memberId)))).toHaveLength(6);
    const mails = await waitFor(
      () => {
        const m = smtp.mails.filter(
          (mail) =>
            /webhook/i.test(header(mail.raw, 'Subject')) && [org.admin.email, second.email].includes(mail.to[0]),
        );
        return m.length >= 2 && m;
      },
      10_000,
      'the admins’ e-mails',
    );
    expect(mails.map((m) => m.to[0]).sort()).toEqual([org.admin.email, second.email].sort());
    expect(textOf(mails[0])).toContain(`${receiver.url}/down`);

    // nothing more is sent while disabled, and a replay is refused until an admin enables it again
    const before = receiver.received.length;
    await createMember(api, org);
    const [failed] = (await deliveries(org, hook.id)).body.items.filter(
      (d: { status: string }) => d.status === 'failed',
    );
    expectProblem(
      await api.http
        .post(`/v1/orgs/${org.slug}/webhooks/${hook.id}/deliveries/${failed.id}/replay`)
        .set(org.admin.auth),
      422,
    );
    await new Promise((r) => setTimeout(r, 500));
    expect(receiver.received.length).toBe(before);
    const enabled = await api.http
      .patch(`/v1/orgs/${org.slug}/webhooks/${hook.id}`)
      .set(org.admin.auth)
      .send({ enabled: true })
      .expect(200);
    expect(enabled.body).toEqual(expect.objectContaining({ enabled: true, consecutiveFailures: 0, disabledAt: null }));
    await new Promise((r) => setTimeout(r, 300));
    expect(
      smtp.mails.filter((mail) => /webhook/i.test(header(mail.raw, 'Subject')) && mail.to[0] === org.admin.email),
    ).toHaveLength(1);
  });
});
