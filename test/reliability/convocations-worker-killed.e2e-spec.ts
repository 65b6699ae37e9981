import { ChildProcess, spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { createOrg, startApi, TestApi, TestOrg } from '../support/app';
import { waitFor } from '../support/smtp';

const ROOT = path.resolve(__dirname, '../..');
const MEMBERS = 1_000;
/** Sends one convocation job has in flight at once (CONCURRENCY in convocations.jobs.ts). */
const IN_FLIGHT = 16;

/**
 * A real SMTP server on loopback keeping each message's recipient and Message-ID. Unlike
 * test/support/smtp.ts it ignores connection errors: a worker killed mid-message resets its
 * connections, which is the point here.
 */
async function startSmtp(): Promise<{
  url: string;
  mails: { to: string; messageId: string | undefined }[];
  close(): Promise<void>;
}> {
  const mails: { to: string; messageId: string | undefined }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      // a message cut by the kill: its stream errors, and the sender will try again
      stream.on('error', () => undefined);
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const headers = raw.slice(0, raw.indexOf('\r\n\r\n')).replace(/\r\n[ \t]+/g, ' ');
        mails.push({
          to: session.envelope.rcptTo[0]?.address ?? '',
          messageId: /^Message-ID:\s*(<[^>]+>)/im.exec(headers)?.[1],
        });
        callback();
      });
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * The real worker entry point (apps/worker/src/main.ts) as a process of its own, on the test's
 * database, Redis prefix and SMTP server, so that it can be killed with SIGKILL: no shutdown hook,
 * no graceful close of BullMQ, SMTP or PostgreSQL connections.
 */
async function spawnWorker(smtpUrl: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/worker/src/main.ts'],
    {
      cwd: ROOT,
      // a dead worker's job goes to the next one within 2 × JOB_LOCK_MS, not BullMQ's default 60 s
      env: { ...process.env, SMTP_URL: smtpUrl, RUN_OUTBOX_RELAY: 'true', LOG_LEVEL: 'warn', JOB_LOCK_MS: '5000' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  await waitFor(
    () => {
      if (child.exitCode !== null) throw new Error(`the worker exited (${child.exitCode}):\n${output}`);
      return output.includes('Socius worker running');
    },
    60_000,
    'the worker to boot',
  );
  return child;
}

function kill9(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

describe('reliability: a worker killed in the middle of 1,000 convocations', () => {
  let api: TestApi;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    smtp = await startSmtp();
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

    workers.push(await spawnWorker(smtp.url));
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
    workers.push(await spawnWorker(smtp.url));
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
