import type { ChildProcess } from 'node:child_process';
import { createOrg, startApi, TestApi, TestOrg } from '../support/app';
import { kill9, spawnWorker, startTolerantSmtp } from '../support/private-services';
import { waitFor } from '../support/smtp';

const MEMBERS = 1_000;
/** a dead worker's job goes to the next one within 2 × JOB_LOCK_MS, not BullMQ's default 60 s */
const JOB_LOCK_MS = '5000';
/** Sends one convocation job has in flight at once (CONCURRENCY in convocations.jobs.ts). */
const IN_FLIGHT = 16;

describe('reliability: a worker killed in the middle of 1,000 convocations', () => {
  let api: TestApi;
  let smtp: Awaited<ReturnType<typeof startTolerantSmtp>>;
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    smtp = await startTolerantSmtp();
    api = await startApi({ SMTP_URL: smtp.url });
  });
  afterAll(async () => {
    for (const w of workers) await kill9(w);
    await api?.close();
    await smtp?.close();
  });

  it('restarts, and every member has exactly one convocation: 1,000 distinct messages to 1,000 recipients, 1,000 sent deliveries', async () => {
    const org: TestOrg = await createOrg(api);
    // members straight into the table: a convocation needs active members, not shares
    await api.db.query(
      `INSERT INTO members (organization_id, kind, first_name, last_name, email, e_consent, status, membership_number, admitted_on, sort_name)
       SELECT $1, 'person', 'Membre', 'N' || g, 'member' || g || '@reliability.example.coop', true, 'active', g, '2026-01-15', 'n' || lpad(g::text, 6, '0')
         FROM generate_series(1, $2::int) AS g`,
      [org.id, MEMBERS],
    );
    const assembly = await api.http
      .post(`/v1/orgs/${org.slug}/assemblies`)
      .set(org.admin.auth)
      .send({ title: 'AG 2026', kind: 'ordinary', weighting: 'per_member', secret: false })
      .expect(201);
    const opensAt = new Date(Date.now() + 20 * 86_400_000).toISOString();
    const closesAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
    await api.http
      .post(`/v1/orgs/${org.slug}/assemblies/${assembly.body.id}/resolutions`)
      .set(org.admin.auth)
      .send({ title: 'Comptes 2025', text: 'Approuver.', majority: 'simple', quorumPercent: 0, opensAt, closesAt })
      .expect(201);

    workers.push(await spawnWorker({ SMTP_URL: smtp.url, JOB_LOCK_MS }));
    const started = await api.http
      .post(`/v1/orgs/${org.slug}/assemblies/${assembly.body.id}/convocations`)
      .set(org.admin.auth)
      .expect(202);
    expect(started.body.emailCount).toBe(MEMBERS);
    const jobId: string = started.body.jobId;

    // some hundreds out, then SIGKILL in the middle of the run
    await waitFor(() => smtp.mails.length >= 300, 60_000, '300 e-mails');
    const midway = (await api.http.get(`/v1/orgs/${org.slug}/jobs/${jobId}`).set(org.admin.auth).expect(200)).body;
    await kill9(workers[0]);
    expect(midway.status).toBe('active');
    expect(midway.progress).toBeGreaterThan(0);
    expect(midway.progress).toBeLessThan(100);
    const atKill = smtp.mails.length;
    expect(atKill).toBeLessThan(MEMBERS);
    const [left] = await api.db.query(
      `SELECT count(*) FILTER (WHERE status = 'sent')::int AS sent, count(*) FILTER (WHERE status = 'sending')::int AS sending FROM deliveries WHERE purpose = $1`,
      [`convocation:${assembly.body.id}`],
    );
    const [job] = await api.db.query(`SELECT status FROM outbox WHERE id = $1`, [jobId]);
    expect(job.status).toBe('active'); // the dead worker left it so: BullMQ hands it out again once its lock expires

    // a new worker finds the stalled job once its lock expired (JOB_LOCK_MS) and finishes it
    workers.push(await spawnWorker({ SMTP_URL: smtp.url, JOB_LOCK_MS }));
    const done = await waitFor(
      async () => {
        const res = await api.http.get(`/v1/orgs/${org.slug}/jobs/${jobId}`).set(org.admin.auth).expect(200);
        if (res.body.status === 'failed') throw new Error(`job failed: ${res.body.error}`);
        return res.body.status === 'completed' ? res.body : undefined;
      },
      150_000,
      'the convocation job to complete after the restart',
    );
    expect(done).toEqual(expect.objectContaining({ status: 'completed', progress: 100, error: null }));
    await new Promise((r) => setTimeout(r, 500)); // nothing late still arriving

    const messageIds = smtp.mails.map((m) => m.messageId);
    const recipients = smtp.mails.map((m) => m.to);
    const duplicates = smtp.mails.length - new Set(messageIds).size;
    console.log(
      `reliability: ${atKill} e-mails before SIGKILL (deliveries then: ${left.sent} sent, ${left.sending} being sent); ` +
        `${smtp.mails.length} received in all, ${new Set(messageIds).size} distinct Message-IDs, ${new Set(recipients).size} distinct recipients, ` +
        `${duplicates} raw duplicate(s) (a message accepted by SMTP but not yet marked sent when the worker died)`,
    );
    expect(messageIds.every(Boolean)).toBe(true);
    expect(new Set(messageIds).size).toBe(MEMBERS);
    expect(new Set(recipients).size).toBe(MEMBERS);
    expect([...new Set(recipients)].every((r) => /^member\d+@reliability\.example\.coop$/.test(r))).toBe(true);
    // duplicates can only come from the sends in flight at the kill, and carry the first one's Message-ID
    expect(duplicates).toBeLessThanOrEqual(Math.min(IN_FLIGHT, left.sending));
    const [rows] = await api.db.query(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE status = 'sent')::int AS sent, count(DISTINCT recipient)::int AS recipients FROM deliveries WHERE purpose = $1`,
      [`convocation:${assembly.body.id}`],
    );
    expect(rows).toEqual({ total: MEMBERS, sent: MEMBERS, recipients: MEMBERS });
  }, 240_000);
});
