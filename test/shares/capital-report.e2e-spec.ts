import { INestApplicationContext } from '@nestjs/common';
import { APP_CONFIG, AppConfig, redisOptionsFromUrl } from '@socius/core';
import { OutboxService, SCHEDULE_QUEUE } from '@socius/jobs';
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import {
  createCoop,
  createMember,
  expectProblem,
  startApi,
  startWorker,
  TestApi,
  TestOrg,
  TestUser,
  userWithRole,
} from '../support/app';
import { attachments, startSmtp, waitFor } from '../support/smtp';

const SWEEP = 'shares.capital-report-sweep';

describe('monthly capital report to accountants', () => {
  let api: TestApi;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let worker: INestApplicationContext;
  let org: TestOrg;
  let accountants: TestUser[];

  const url = (p: string, o: TestOrg = org) => `/v1/orgs/${o.slug}/${p}`;
  const reportsTo = (email: string) =>
    smtp.mails.filter((m) => m.to.includes(email.toLowerCase()) && attachments(m).size > 0);
  const jobDone = (o: TestOrg, id: string) =>
    waitFor(
      async () => {
        const res = await api.http.get(url(`jobs/${id}`, o)).set(o.admin.auth);
        return res.body.status === 'completed' || res.body.status === 'failed' ? res.body : undefined;
      },
      20_000,
      `job ${id}`,
    );

  /** members subscribing and paying `quantity` shares of 25 € on `paidOn` */
  async function subscribe(o: TestOrg, quantity: number, paidOn: string) {
    const member = await createMember(api, o);
    const sub = await api.http
      .post(url('subscriptions', o))
      .set(o.admin.auth)
      .send({ memberId: member.id, shareClassCode: 'A', quantity, subscribedOn: paidOn })
      .expect(201);
    await api.http
      .post(url(`subscriptions/${sub.body.id}/approve`, o))
      .set(o.admin.auth)
      .send({ decidedOn: paidOn })
      .expect(200);
    await api.http
      .post(url(`subscriptions/${sub.body.id}/payments`, o))
      .set(o.admin.auth)
      .send({ amountCents: quantity * 2500, paidOn, method: 'transfer' })
      .expect(201);
  }

  const cooperative = () => createCoop(api, [{ code: 'A', nominalCents: 2500 }]);

  beforeAll(async () => {
    smtp = await startSmtp();
    api = await startApi({ SMTP_URL: smtp.url });
    worker = await startWorker({ RUN_OUTBOX_RELAY: 'true', SMTP_URL: smtp.url });
    org = await cooperative();
    await subscribe(org, 30, '2025-03-15');
    await subscribe(org, 12, '2025-04-30');
    await subscribe(org, 4, '2025-05-02'); // after the end of April: not in April's statement
    accountants = [await userWithRole(api, org, 'accountant'), await userWithRole(api, org, 'accountant')];
    await userWithRole(api, org, 'member');
  });
  afterAll(async () => {
    await worker?.close();
    await api.close();
    await smtp.close();
  });

  it('registers the monthly job scheduler when the worker boots', async () => {
    const config = api.app.get<AppConfig>(APP_CONFIG);
    const redis = new IORedis({ ...redisOptionsFromUrl(config.REDIS_URL), maxRetriesPerRequest: null });
    const queue = new Queue(SCHEDULE_QUEUE, { connection: redis, prefix: config.QUEUE_PREFIX });
    try {
      // other libraries schedule jobs too: look for ours
      const sweep = (await queue.getJobSchedulers()).filter((s) => s.key === SWEEP);
      expect(sweep).toEqual([
        expect.objectContaining({ name: SWEEP, pattern: '0 6 1 * *', tz: 'Europe/Paris', next: expect.any(Number) }),
      ]);
      // next run: 06:00 in Paris on the first of a month
      const next = new Date(sweep[0].next!);
      expect(
        new Intl.DateTimeFormat('fr-FR', {
          timeZone: 'Europe/Paris',
          day: 'numeric',
          hour: 'numeric',
          minute: 'numeric',
        }).format(next),
      ).toBe('1 06:00');
    } finally {
      await queue.close();
      redis.disconnect();
    }
  });

  it('POST reports/capital checks who asks and for which month', async () => {
    const accountant = accountants[0];
    expectProblem(await api.http.post(url('reports/capital')).set(accountant.auth).send({ month: '2025-04' }), 403);
    expectProblem(
      await api.http.post(url('reports/capital')).set(org.admin.auth).send({ month: '2025-13' }),
      400,
      'month',
    );
    expectProblem(await api.http.post(url('reports/capital')).set(org.admin.auth).send({}), 400, 'month');
    const thisMonth = new Date().toISOString().slice(0, 7);
    expectProblem(
      await api.http.post(url('reports/capital')).set(org.admin.auth).send({ month: thisMonth }),
      422,
      'month',
    );
  });

  it('e-mails each accountant, once, the capital statement at the end of the month as a French CSV', async () => {
    const res = await api.http.post(url('reports/capital')).set(org.admin.auth).send({ month: '2025-04' }).expect(202);
    expect(res.body).toEqual({ jobId: expect.any(String) });
    const job = await jobDone(org, res.body.jobId);
    expect(job).toEqual(
      expect.objectContaining({
        status: 'completed',
        result: { month: '2025-04', at: '2025-04-30', accountants: 2, sent: 2 },
      }),
    );

    for (const accountant of accountants) {
      const mails = reportsTo(accountant.email);
      expect(mails).toHaveLength(1);
      expect(mails[0].subject).toContain('capital social au 30/04/2025');
      const files = attachments(mails[0]);
      const csv = files.get(`capital-${org.slug}-2025-04-30.csv`)!;
      expect(csv).toBeDefined();
      expect(csv.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true);
      const lines = csv.subarray(3).toString('utf8').split('\r\n');
      expect(lines[0]).toBe('Capital social au;30/04/2025');
      expect(lines).toContain('A;25,00;42;1050,00;1050,00;1050,00;2');
      expect(lines).toContain('Total;42;1050,00;1050,00;1050,00;2');
      // the ledger's chain head, published with the statement (and recorded in the audit log)
      const { lastHash } = (await api.http.get(`/v1/orgs/${org.slug}/ledger/verify`).set(org.admin.auth).expect(200))
        .body;
      expect(lines).toContain(`Registre des mouvements : empreinte SHA-256;${lastHash}`);
      expect(mails[0].raw.replace(/=\r\n/g, '')).toContain(lastHash);
    }
    // nobody else: not the admin, not the member-role user
    const reports = smtp.mails.filter((m) => attachments(m).size > 0);
    expect(reports.flatMap((m) => m.to).sort()).toEqual(accountants.map((a) => a.email.toLowerCase()).sort());

    // the same month again: the job runs and sends nothing new
    const again = await api.http
      .post(url('reports/capital'))
      .set(org.admin.auth)
      .send({ month: '2025-04' })
      .expect(202);
    expect(again.body.jobId).not.toBe(res.body.jobId);
    expect((await jobDone(org, again.body.jobId)).result).toEqual(expect.objectContaining({ sent: 0 }));
    await new Promise((r) => setTimeout(r, 300));
    for (const accountant of accountants) expect(reportsTo(accountant.email)).toHaveLength(1);
  });

  it('the scheduled tick runs the sweep, which queues one report per organization through the outbox, once', async () => {
    const other = await cooperative();
    await subscribe(other, 8, '2025-04-10');
    const otherAccountant = await userWithRole(api, other, 'accountant');
    const noAccountant = await cooperative();

    // a tick of the scheduler, as BullMQ adds it at 06:00 Paris on 1 May 2025 (04:00 UTC)
    const config = api.app.get<AppConfig>(APP_CONFIG);
    const redis = new IORedis({ ...redisOptionsFromUrl(config.REDIS_URL), maxRetriesPerRequest: null });
    const queue = new Queue(SCHEDULE_QUEUE, { connection: redis, prefix: config.QUEUE_PREFIX });
    const tick = Date.UTC(2025, 4, 1, 4, 0);
    try {
      await queue.add(SWEEP, {}, { jobId: `test-tick-${tick}`, prevMillis: tick } as never);
      // delivered twice (a retried tick): still one sweep
      await queue.add(SWEEP, {}, { jobId: `test-tick-${tick}-again`, prevMillis: tick } as never);
      const sweeps = await waitFor(
        async () => {
          const rows: {
            id: string;
            status: string;
            payload: Record<string, unknown>;
            result: Record<string, unknown> | null;
          }[] = await api.db.query(
            `SELECT id, status, payload, result FROM outbox WHERE name = $1 AND status = 'completed'`,
            [SWEEP],
          );
          return rows.length ? rows : undefined;
        },
        20_000,
        'the sweep',
      );
      await new Promise((r) => setTimeout(r, 500));
      expect(await api.db.query(`SELECT count(*)::int AS n FROM outbox WHERE name = $1`, [SWEEP])).toEqual([{ n: 1 }]);
      expect(sweeps[0].payload).toEqual({ scheduledAt: '2025-05-01T04:00:00.000Z' });
      // org already had April queued by hand; noAccountant has nobody to send to
      expect(sweeps[0].result).toEqual({ month: '2025-04', organizations: 2, queued: 1 });
    } finally {
      await queue.close();
      redis.disconnect();
    }
    const reportJobs: { id: string; organization_id: string; queue: string }[] = await api.db.query(
      `SELECT id, organization_id, queue FROM outbox WHERE name = 'shares.capital-report' AND organization_id = ANY($1::uuid[])`,
      [[other.id, noAccountant.id]],
    );
    expect(reportJobs).toEqual([expect.objectContaining({ organization_id: other.id, queue: 'mail' })]);
    await jobDone(other, reportJobs[0].id);
    const mails = reportsTo(otherAccountant.email);
    expect(mails).toHaveLength(1);
    expect(attachments(mails[0]).get(`capital-${other.slug}-2025-04-30.csv`)!.toString('utf8')).toContain(
      'Total;8;200,00;200,00;200,00;1',
    );

    // the sweep again for the same month queues nothing
    const outbox = api.app.get(OutboxService);
    const id = await api.db.transaction((em) =>
      outbox.enqueue(em, { organizationId: null, queue: 'default', name: SWEEP, payload: { month: '2025-04' } }),
    );
    const second = await waitFor(
      async () => {
        const [row] = await api.db.query(`SELECT status, result FROM outbox WHERE id = $1`, [id]);
        return row.status === 'completed' ? row : undefined;
      },
      20_000,
      'the second sweep',
    );
    expect(second.result).toEqual({ month: '2025-04', organizations: 2, queued: 0 });
    for (const accountant of [...accountants, otherAccountant]) expect(reportsTo(accountant.email)).toHaveLength(1);
  });
});
