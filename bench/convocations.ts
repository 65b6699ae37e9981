/**
 * bench/convocations: 10,000 active members who consented to e-mail (loaded straight into the
 * members table), one assembly convened through the HTTP API of the built server, the built worker
 * as its own process sending through a local SMTP server that lives in this process (as
 * test/support/smtp.ts, but keeping only what it counts). Time from the POST to the 10,000th
 * e-mail; e-mails/s; duplicates (same Message-ID twice); the worker's peak RSS.
 * Then, unless BENCH_KILL=0, the same for a second assembly with the worker killed (SIGKILL) after
 * BENCH_KILL_AT e-mails and started again: every member must still get exactly one convocation
 * (the restart waits for BullMQ to hand the stalled job out again, about 30 s).
 * Run: npm run bench -- convocations      BENCH_MEMBERS (10,000)  BENCH_KILL (1)  BENCH_KILL_AT (3,000)
 * Target: ≤ 60 s for 10,000, each sent exactly once even if a worker is killed mid-run.
 */
import { ChildProcess, spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { SMTPServer } from 'smtp-server';
import {
  adminAndOrg,
  api,
  databaseEnv,
  freshDatabase,
  peakRssMb,
  ROOT,
  startBuiltApi,
  productionNodeArgs,
} from './lib/harness';

const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 10_000);
const KILL = process.env.BENCH_KILL !== '0';
const KILL_AT = Number(process.env.BENCH_KILL_AT ?? 3_000);
/** Extra nodemailer options in the query of SMTP_URL; MailerService already pools 16 connections. */
const SMTP_QUERY = process.env.BENCH_SMTP_QUERY ?? '';
const QUEUE_PREFIX = `socius-bench-conv-${Date.now().toString(36)}`;
const n = (x: number) => x.toLocaleString('en');

/** Counts what arrives: messages, bytes, and each Message-ID (read from the head of the message). */
function startCountingSmtp(): Promise<{
  url: string;
  received: () => number;
  ids: Map<string, number>;
  bytes: () => number;
  close(): Promise<void>;
}> {
  const ids = new Map<string, number>();
  let received = 0;
  let bytes = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    size: 10 * 1024 * 1024,
    onData(stream, _session, callback) {
      let head = '';
      stream.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (head.length < 8192) head += chunk.toString('latin1', 0, Math.min(chunk.length, 8192));
      });
      stream.on('end', () => {
        const headers = head.slice(0, head.indexOf('\r\n\r\n')).replace(/\r\n[ \t]+/g, ' ');
        const id = /^Message-ID:\s*(<[^>]+>)/im.exec(headers)?.[1] ?? `<none-${received}>`;
        ids.set(id, (ids.get(id) ?? 0) + 1);
        received++;
        callback();
      });
    },
  });
  server.on('error', () => undefined); // a killed worker resets its connections: expected here
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.server.address() as AddressInfo;
      resolve({
        url: `smtp://127.0.0.1:${port}`,
        received: () => received,
        ids,
        bytes: () => bytes,
        close: () => new Promise((r) => server.close(() => r())),
      });
    }),
  );
}

interface Worker {
  child: ChildProcess;
  pid: number;
}

/** The built worker (`dist/apps/worker/src/main.js`) as production runs it. */
async function startBuiltWorker(databaseUrl: string, smtpUrl: string): Promise<Worker> {
  const child = spawn(process.execPath, [...productionNodeArgs(), 'dist/apps/worker/src/main.js'], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...databaseEnv(databaseUrl),
      SMTP_URL: `${smtpUrl}/${SMTP_QUERY}`,
      QUEUE_PREFIX,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      JWT_SECRET: 'bench-secret-bench-secret-bench-secret-00',
      BALLOT_SECRET: 'bench-ballot-secret-bench-ballot-secret-00',
      RUN_OUTBOX_RELAY: 'true',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (c: Buffer) => c.toString().includes('Socius worker running') && resolve());
    child.once('exit', (code) => reject(new Error(`the worker exited with ${code}`)));
  });
  return { child, pid: child.pid! };
}

const stopWorker = (w: Worker, signal: NodeJS.Signals = 'SIGTERM') =>
  new Promise<void>((resolve) =>
    w.child.exitCode !== null || w.child.signalCode !== null
      ? resolve()
      : (w.child.once('exit', () => resolve()), w.child.kill(signal)),
  );

async function until(probe: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function main() {
  const databaseUrl = await freshDatabase('socius_bench_convocations');
  const smtp = await startCountingSmtp();
  const server = await startBuiltApi(databaseUrl, 3994, { SMTP_URL: smtp.url, QUEUE_PREFIX });
  let worker: Worker | undefined;
  try {
    const { token, slug } = await adminAndOrg(server.base, 'conv-bench');
    const org = await api(server.base, 'GET', `/v1/orgs/${slug}`, undefined, token);
    const db = new Client({ connectionString: databaseUrl });
    await db.connect();
    await db.query(
      `INSERT INTO members (organization_id, kind, first_name, last_name, email, e_consent, status, membership_number, admitted_on, sort_name, address_line1, postal_code, city)
       SELECT $1, 'person', 'Camille', 'Membre ' || g, 'member' || g || '@bench.example.coop', true, 'active', g, '2026-01-15', 'membre ' || lpad(g::text, 6, '0'), g || ' rue des Lilas', '69001', 'Lyon'
         FROM generate_series(1, $2::int) AS g`,
      [org.id, MEMBERS],
    );
    await db.query('ANALYZE members');
    console.log(`${n(MEMBERS)} members loaded; starting the built worker (queue prefix ${QUEUE_PREFIX})`);
    worker = await startBuiltWorker(databaseUrl, smtp.url);

    const newAssembly = async (title: string) => {
      const a = await api(
        server.base,
        'POST',
        `/v1/orgs/${slug}/assemblies`,
        { title, kind: 'ordinary', weighting: 'per_member', secret: false },
        token,
      );
      const day = 86_400_000;
      for (const [i, t] of [
        'Approbation des comptes 2025',
        'Affectation du résultat',
        'Renouvellement du conseil',
      ].entries()) {
        await api(
          server.base,
          'POST',
          `/v1/orgs/${slug}/assemblies/${a.id}/resolutions`,
          {
            title: t,
            text: 'Texte.',
            majority: 'simple',
            quorumPercent: 0,
            opensAt: new Date(Date.now() + (20 + i) * day).toISOString(),
            closesAt: new Date(Date.now() + 40 * day).toISOString(),
          },
          token,
        );
      }
      return a.id as string;
    };
    const countFor = (assemblyId: string) => {
      let distinct = 0;
      let total = 0;
      for (const [id, times] of smtp.ids) {
        if (!id.startsWith(`<convocation.${assemblyId}.`)) continue;
        distinct++;
        total += times;
      }
      return { distinct, total };
    };
    const jobOf = (jobId: string) => api(server.base, 'GET', `/v1/orgs/${slug}/jobs/${jobId}`, undefined, token);

    // ---- 1. 10,000 convocations, one worker, nothing killed ------------------------------------
    const first = await newAssembly('Assemblée générale 2026');
    const bytesBefore = smtp.bytes();
    const t0 = performance.now();
    const started = await api(
      server.base,
      'POST',
      `/v1/orgs/${slug}/assemblies/${first}/convocations`,
      undefined,
      token,
    );
    const postMs = performance.now() - t0;
    await until(() => countFor(first).distinct >= MEMBERS, 300_000, `${MEMBERS} e-mails`);
    const seconds = (performance.now() - t0) / 1000;
    await until(async () => (await jobOf(started.jobId)).status === 'completed', 30_000, 'the job to complete');
    const job = await jobOf(started.jobId);
    const c1 = countFor(first);
    const [deliveries1] = (
      await db.query(
        `SELECT count(*) FILTER (WHERE status = 'sent')::int AS sent, count(*)::int AS total FROM deliveries WHERE purpose = $1`,
        [`convocation:${first}`],
      )
    ).rows;
    const rss1 = peakRssMb(worker.pid);
    const mb = (smtp.bytes() - bytesBefore) / 1024 / 1024;

    console.log(
      `\nconvocations to ${n(MEMBERS)} members (e-mail with the letter attached), built worker, local SMTP (SMTP_URL query: ${SMTP_QUERY || 'none'})`,
    );
    console.log(
      `  POST answered in ${postMs.toFixed(0)} ms: emailCount ${n(started.emailCount)}, postalCount ${n(started.postalCount)}`,
    );
    console.log(
      `  ${n(MEMBERS)}th e-mail after ${seconds.toFixed(1)} s — ${(MEMBERS / seconds).toFixed(0)} e-mails/s, ${mb.toFixed(0)} MB through SMTP (target ≤ 60 s)`,
    );
    console.log(
      `  received ${n(c1.total)}, distinct Message-IDs ${n(c1.distinct)}, duplicates ${c1.total - c1.distinct} (must be 0)`,
    );
    console.log(
      `  deliveries: ${n(deliveries1.sent)} sent of ${n(deliveries1.total)}; job ${job.status}, progress ${job.progress}, attempts ${job.attempts}`,
    );
    console.log(`  worker peak RSS ${rss1.toFixed(0)} MB`);

    // ---- 2. the same with the worker killed mid-run ------------------------------------------
    let killed:
      { atKill: number; recovered: number; total: number; distinct: number; seconds: number; sent: number } | undefined;
    if (KILL) {
      const second = await newAssembly('Assemblée générale extraordinaire 2026');
      const t1 = performance.now();
      const res = await api(
        server.base,
        'POST',
        `/v1/orgs/${slug}/assemblies/${second}/convocations`,
        undefined,
        token,
      );
      await until(() => countFor(second).total >= Math.min(KILL_AT, MEMBERS - 1), 300_000, `${KILL_AT} e-mails`);
      await stopWorker(worker, 'SIGKILL');
      const atKill = countFor(second).total;
      worker = await startBuiltWorker(databaseUrl, smtp.url);
      const restarted = performance.now();
      await until(
        async () => (await jobOf(res.jobId)).status === 'completed',
        300_000,
        'the job to complete after the restart',
      );
      await new Promise((r) => setTimeout(r, 1000));
      const c2 = countFor(second);
      const [d2] = (
        await db.query(
          `SELECT count(*) FILTER (WHERE status = 'sent')::int AS sent FROM deliveries WHERE purpose = $1`,
          [`convocation:${second}`],
        )
      ).rows;
      killed = {
        atKill,
        recovered: (performance.now() - restarted) / 1000,
        total: c2.total,
        distinct: c2.distinct,
        seconds: (performance.now() - t1) / 1000,
        sent: d2.sent,
      };
      console.log(`\nthe same, worker killed (SIGKILL) after ${n(atKill)} e-mails and started again`);
      console.log(
        `  all sent ${killed.seconds.toFixed(1)} s after the POST (${killed.recovered.toFixed(1)} s after the restart, most of it BullMQ's 30 s stalled-job lock)`,
      );
      console.log(
        `  received ${n(c2.total)}, distinct Message-IDs ${n(c2.distinct)} (must be ${n(MEMBERS)}), raw duplicates ${c2.total - c2.distinct} (sent again after the SMTP server had accepted them, same Message-ID)`,
      );
      console.log(`  deliveries: ${n(d2.sent)} sent`);
    }
    await db.end();

    console.log('\nsummary');
    console.log(
      `  | convocations to ${n(MEMBERS)} members | ${seconds.toFixed(1)} s (${(MEMBERS / seconds).toFixed(0)} e-mails/s), duplicates ${c1.total - c1.distinct}, worker peak RSS ${rss1.toFixed(0)} MB | ≤ 60 s |`,
    );
    if (killed)
      console.log(
        `  | … worker killed after ${n(killed.atKill)} | ${n(killed.distinct)} distinct of ${n(killed.total)} received, ${killed.total - killed.distinct} raw duplicate(s) | each exactly once |`,
      );
    const ok =
      seconds <= 60 && c1.total === MEMBERS && c1.distinct === MEMBERS && (!killed || killed.distinct === MEMBERS);
    if (!ok) process.exitCode = 1;
  } finally {
    if (worker) await stopWorker(worker);
    await server.stop();
    await smtp.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
