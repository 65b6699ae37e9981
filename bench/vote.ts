/**
 * bench/vote: 10,000 eligible members (shares loaded straight into the hash-chained ledger) cast
 * their ballots with voting codes through the HTTP API of the built server, 50, 100 and 200
 * concurrent keep-alive clients, each run on its own resolution (secret ballot; once more not
 * secret; once more with an Idempotency-Key on every ballot, as a client that retries sends); then the tally of 100,000 ballots (electorate fixed by opening through the API,
 * participations and ballots bulk-loaded by SQL): close (count + Merkle seal) and GET results.
 * Beside the ballots/s, the raw PostgreSQL ceiling of the same run: pgbench with a one-row INSERT.
 * Prints figures; checks that the database holds exactly what was cast, and that the refusals
 * (already voted, not eligible, closed, wrong code) still answer as they should.
 * Run: npm run bench -- vote
 *   BENCH_VOTERS (10,000)  BENCH_CONCURRENCY (50,100,200)  BENCH_TALLY (100,000)  BENCH_TALLY_RUNS (3)
 *   BENCH_PGBENCH_SECONDS (10)  BENCH_API_WORKERS (one per CPU)  BENCH_DATABASE (socius_bench_vote)
 * Targets: ≥ 1,500 ballots/s with p99 ≤ 100 ms; tally (close) of 100,000 ballots ≤ 200 ms.
 */
import { execFile, execFileSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { unlinkSync, writeFileSync } from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import { availableParallelism } from 'node:os';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { ballotKeyOf, encryptChoice } from '../libs/assemblies/src/ballot-crypto';
import { encryptedLeafHash, merkleRootOf, receiptHash } from '../libs/assemblies/src/merkle';
import { insertVotingCodesForBench } from './lib/bench-voting-codes';
import { addShareholders, type LoadedOrg } from './lib/shareholders';
import { GENESIS_HASH } from '../libs/shares/src/ledger';
import {
  adminAndOrg,
  api,
  cpuMs,
  freshDatabase,
  machineCpuMs,
  ms,
  peakRssMb,
  percentile,
  startBuiltApi,
  type RunningApi,
  seededRandom,
} from './lib/harness';

const VOTERS = Number(process.env.BENCH_VOTERS ?? 10_000);
const CONCURRENCY = (process.env.BENCH_CONCURRENCY ?? '50,100,200').split(',').map(Number);
const TALLY = Number(process.env.BENCH_TALLY ?? 100_000);
const TALLY_RUNS = Number(process.env.BENCH_TALLY_RUNS ?? 3);
const PGBENCH_SECONDS = Number(process.env.BENCH_PGBENCH_SECONDS ?? 10);
/** API processes (API_WORKERS): by default one per CPU, as production would run it on this machine */
const API_WORKERS = Number(process.env.BENCH_API_WORKERS ?? availableParallelism());
const WARM_UP = Math.min(2_000, VOTERS);
/** members who join (with paid shares) after the resolutions opened: they hold a code but are not on the electorate */
const LATE = 50;
const NOMINAL = 2500;
const RECORDED_AT = '2026-01-05T08:00:00.000Z';
const BALLOT_TARGET = '≥ 1,500/s, p99 ≤ 100 ms';
/** the BALLOT_SECRET the harness gives the API (bench/lib/harness.ts): the bench encrypts the tally's secret box with it */
const BENCH_BALLOT_SECRET = 'bench-ballot-secret-bench-ballot-secret-00';

const summary: { scenario: string; figure: string; target: string }[] = [];

/** deterministic pseudo-random numbers (mulberry32), so every run loads and votes the same */
const { rand, randInt } = seededRandom(11);
const pickChoice = () => {
  const r = rand();
  return r < 0.55 ? 'for' : r < 0.9 ? 'against' : 'abstain';
};
const n = (x: number) => x.toLocaleString('en');
const quantity = () => randInt(1, 5);
type Org = LoadedOrg;

async function main() {
  console.log(
    `bench/vote: ${n(VOTERS)} voters at concurrency ${CONCURRENCY.join(', ')}, API_WORKERS=${API_WORKERS}; tally of ${n(TALLY)} ballots × ${TALLY_RUNS}`,
  );
  // an autovacuum worker left on the previous run's database cannot be terminated by DROP … FORCE: wait for it
  let db = '';
  for (let attempt = 1; !db; attempt++) {
    db = await freshDatabase(process.env.BENCH_DATABASE ?? 'socius_bench_vote').catch(async (error) => {
      if (attempt >= 10 || (error as { code?: string }).code !== '42501') throw error;
      await new Promise((r) => setTimeout(r, 3000));
      return '';
    });
  }
  // a port of our own: other benches (and other people's) default to the same one
  const server = await startBuiltApi(db, await freePort(), { API_WORKERS: String(API_WORKERS) });
  process.kill(server.pid, 0); // still alive: the API answering is ours
  const pg = new Client({ connectionString: db });
  await pg.connect();
  try {
    const tps = await pgbenchCeiling(db);
    await votes(server, pg, tps);
    await tallies(server, pg);
    console.log(`API peak RSS (VmHWM): ${peakRssMb(server.pid).toFixed(0)} MB`);
    printSummary();
  } finally {
    await pg.end();
    await server.stop();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

// ---- the raw PostgreSQL ceiling ----------------------------------------------------------------

/** pgbench, 8 clients on 2 threads for 10 s, each transaction one INSERT of one row into a scratch table shaped like the ballot box. */
async function pgbenchCeiling(db: string): Promise<number> {
  const url = new URL(db);
  const env = {
    ...process.env,
    PGHOST: url.hostname,
    PGPORT: url.port,
    PGUSER: decodeURIComponent(url.username),
    PGPASSWORD: decodeURIComponent(url.password),
    PGDATABASE: url.pathname.slice(1),
  };
  const psql = (sql: string) =>
    execFileSync('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-c', sql], {
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  psql(
    `DROP TABLE IF EXISTS bench_pgbench; CREATE TABLE bench_pgbench (resolution_id uuid NOT NULL, receipt_hash character(64) NOT NULL, choice character varying(40)[] NOT NULL, PRIMARY KEY (resolution_id, receipt_hash))`,
  );
  const script = '/tmp/socius-bench-vote-pgbench.sql';
  writeFileSync(
    script,
    `INSERT INTO bench_pgbench (resolution_id, receipt_hash, choice) VALUES ('${randomUUID()}', md5(random()::text) || md5(random()::text), '{for}');\n`,
  );
  // not execFileSync: a blocked event loop would not see the API close its idle keep-alive sockets
  const { stdout: out } = await promisify(execFile)(
    'pgbench',
    ['-n', '-c', '8', '-j', '2', '-T', String(PGBENCH_SECONDS), '-f', script],
    {
      env,
      encoding: 'utf8',
    },
  );
  unlinkSync(script);
  const rows = execFileSync('psql', ['-X', '-qAt', '-c', 'SELECT count(*) FROM bench_pgbench'], {
    env,
    encoding: 'utf8',
  }).trim();
  psql(`DROP TABLE bench_pgbench`);
  const tps = Number(/tps = ([\d.]+)/.exec(out)![1]);
  const latency = /latency average = ([\d.]+) ms/.exec(out)?.[1];
  console.log(
    `pgbench -n -c 8 -j 2 -T ${PGBENCH_SECONDS}, one-row INSERT (fsync ${settingOf(env, 'fsync')}, synchronous_commit ${settingOf(env, 'synchronous_commit')}): ${n(Math.round(tps))} TPS, latency average ${latency} ms, ${n(Number(rows))} rows`,
  );
  summary.push({
    scenario: 'pgbench one-row INSERT, 8 clients (raw PostgreSQL ceiling)',
    figure: `${n(Math.round(tps))} TPS`,
    target: '—',
  });
  return tps;
}

function settingOf(env: NodeJS.ProcessEnv, name: string): string {
  return execFileSync('psql', ['-X', '-qAt', '-c', `SHOW ${name}`], { env, encoding: 'utf8' }).trim();
}

// ---- loading members and their shares (SQL COPY, the ledger's own hash chain) -------------------

async function setUpOrg(server: RunningApi, pg: Client, slug: string): Promise<Org> {
  const { token } = await adminAndOrg(server.base, slug, 'SCIC_SAS');
  await api(
    server.base,
    'POST',
    `/v1/orgs/${slug}/share-classes`,
    { code: 'A', name: 'Parts A', nominalCents: NOMINAL, minPerMember: 1 },
    token,
  );
  const collegeIds: string[] = [];
  for (const [code, weightPercent] of [
    ['SAL', 40],
    ['USR', 30],
    ['SOU', 30],
  ] as const) {
    collegeIds.push(
      (await api(server.base, 'POST', `/v1/orgs/${slug}/colleges`, { code, name: code, weightPercent }, token)).id,
    );
  }
  const [{ org_id: orgId, class_id: classId }] = (
    await pg.query(
      `SELECT o.id AS org_id, c.id AS class_id FROM organizations o JOIN share_classes c ON c.organization_id = o.id AND c.code = 'A' WHERE o.slug = $1`,
      [slug],
    )
  ).rows;
  return {
    token,
    slug,
    orgId,
    classId,
    nominalCents: NOMINAL,
    collegeIds,
    lastSequence: 0,
    lastHash: GENESIS_HASH,
    capitalCents: 0,
    highestCapitalCents: 0,
    lastNumber: 0,
  };
}

/** admission dates spread over 2020–2025 */
const spreadDates = (count: number) => (k: number) =>
  new Date(Date.UTC(2020, 0, 1) + Math.floor((k * 6 * 365 * 86_400_000) / count)).toISOString().slice(0, 10);

async function loadOrg(
  server: RunningApi,
  pg: Client,
  slug: string,
  count: number,
): Promise<{ org: Org; memberIds: string[] }> {
  const t = performance.now();
  const org = await setUpOrg(server, pg, slug);
  const memberIds = await addShareholders(pg, org, count, spreadDates(count), RECORDED_AT, 'V', quantity);
  await pg.query(`VACUUM (ANALYZE) members, ledger_movements, holdings`);
  const seconds = (performance.now() - t) / 1000;
  const check = await api(server.base, 'GET', `/v1/orgs/${slug}/ledger/verify`, undefined, org.token);
  const capital = await api(server.base, 'GET', `/v1/orgs/${slug}/capital`, undefined, org.token);
  const consistent = check.valid && check.movements === count && capital.totalCents === org.capitalCents;
  console.log(
    `load ${n(count)} shareholders into ${slug} (SQL COPY): ${seconds.toFixed(1)} s; ledger/verify ${check.valid ? 'valid' : 'INVALID'} over ${n(check.movements)} movements, capital ${n(capital.totalCents / 100)} € (${capital.totalCents === org.capitalCents ? 'matches' : `≠ ${org.capitalCents / 100}`})`,
  );
  summary.push({
    scenario: `load ${n(count)} shareholders (SQL COPY), ledger verified`,
    figure: `${seconds.toFixed(1)} s, ${consistent ? 'consistent' : 'INCONSISTENT'}`,
    target: 'consistent',
  });
  if (!consistent) throw new Error(`the loaded ledger of ${slug} is not consistent: ${JSON.stringify(check)}`);
  return { org, memberIds };
}

// ---- the HTTP client: keep-alive sockets, a closed loop of `concurrency` clients ----------------

interface Answer {
  status: number;
  body: string;
}

function post(
  agent: http.Agent,
  base: URL,
  path: string,
  headers: Record<string, string>,
  body: string,
): Promise<Answer> {
  return new Promise((resolve) => {
    const req = http.request(
      {
        agent,
        host: base.hostname,
        port: base.port,
        path,
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)), ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', (e) => resolve({ status: 0, body: String(e) }));
      },
    );
    req.on('error', (e) => resolve({ status: 0, body: String(e) }));
    req.end(body);
  });
}

interface Voter {
  memberId: string;
  code: string;
  choice: string;
}

interface RunResult {
  seconds: number;
  latencies: number[];
  statuses: Map<number, number>;
  firstError: Map<number, string>;
  sent: { for: number; against: number; abstain: number };
  cpu: { api: number; pg: number; client: number; machineBusy: number; machineTotal: number; cores: number };
  xacts: number;
}

/** Every voter casts once, `concurrency` requests in flight at all times; latencies sorted. */
async function castAll(
  server: RunningApi,
  pg: Client,
  slug: string,
  resolutionId: string,
  voters: Voter[],
  concurrency: number,
  keys: boolean,
): Promise<RunResult> {
  const base = new URL(server.base);
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency, maxFreeSockets: concurrency });
  const path = `/v1/orgs/${slug}/resolutions/${resolutionId}/ballots`;
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const firstError = new Map<number, string>();
  const sent = { for: 0, against: 0, abstain: 0 };
  // open the sockets first, so that connection set-up is not in the figures
  await Promise.all(
    Array.from(
      { length: concurrency },
      () =>
        new Promise<void>((resolve) =>
          http.get({ agent, host: base.hostname, port: base.port, path: '/health' }, (res) =>
            res.resume().on('end', resolve),
          ),
        ),
    ),
  );
  const before = await counters(server, pg);
  let next = 0;
  const t0 = performance.now();
  const worker = async () => {
    while (next < voters.length) {
      const v = voters[next++];
      const t = performance.now();
      const answer = await post(
        agent,
        base,
        path,
        { 'X-Voting-Code': v.code, ...(keys ? { 'Idempotency-Key': randomUUID() } : {}) },
        `{"choice":"${v.choice}"}`,
      );
      latencies.push(performance.now() - t);
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      if (answer.status === 201) sent[v.choice as keyof typeof sent]++;
      else if (!firstError.has(answer.status)) firstError.set(answer.status, answer.body.slice(0, 300));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - t0) / 1000;
  const after = await counters(server, pg);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  let pgCpu = 0;
  for (const [pid, ms] of after.backends) pgCpu += ms - (before.backends.get(pid) ?? 0);
  return {
    seconds,
    latencies,
    statuses,
    firstError,
    sent,
    cpu: {
      api: after.api - before.api,
      pg: pgCpu,
      client: after.client - before.client,
      machineBusy: after.machine.busy - before.machine.busy,
      machineTotal: after.machine.total - before.machine.total,
      cores: after.machine.cores,
    },
    xacts: after.xacts - before.xacts,
  };
}

/** CPU used so far by the API, by the PostgreSQL backends serving this database, by this client; the database's transactions. */
async function counters(server: RunningApi, pg: Client) {
  const { rows } = await pg.query(
    `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
  );
  // statistics reach the shared counters when a backend goes idle (at most every second or so)
  await new Promise((r) => setTimeout(r, 1100));
  const [{ xacts }] = (
    await pg.query(
      `SELECT (xact_commit + xact_rollback)::bigint AS xacts FROM pg_stat_database WHERE datname = current_database()`,
    )
  ).rows;
  const usage = process.cpuUsage();
  return {
    api: cpuMs(server.pid),
    backends: new Map<number, number>(rows.map((r: { pid: number }) => [r.pid, cpuMs(r.pid)])),
    client: (usage.user + usage.system) / 1000,
    machine: machineCpuMs(),
    xacts: Number(xacts),
  };
}

// ---- 1–3. ballots through the API ------------------------------------------------------------

interface Scenario {
  label: string;
  secret: boolean;
  concurrency: number;
  /** an Idempotency-Key on every ballot */
  keys?: boolean;
  resolutionId: string;
  assemblyId: string;
}

async function votes(server: RunningApi, pg: Client, pgbenchTps: number): Promise<void> {
  const { org, memberIds } = await loadOrg(server, pg, 'bench-vote', VOTERS);
  const { base } = server;
  const path = (p: string) => `/v1/orgs/${org.slug}/${p}`;
  const window = {
    opensAt: new Date(Date.now() + 3600_000).toISOString(),
    closesAt: new Date(Date.now() + 7200_000).toISOString(),
  };

  // one secret assembly (a warm-up resolution, then one per concurrency) and one open assembly
  const assemblies: Record<'secret' | 'open', string> = {
    secret: (
      await api(
        base,
        'POST',
        path('assemblies'),
        {
          title: 'AG permanente (vote secret)',
          kind: 'permanent',
          weighting: 'per_member',
          secret: true,
          maxProxiesPerHolder: 1,
        },
        org.token,
      )
    ).id,
    open: (
      await api(
        base,
        'POST',
        path('assemblies'),
        {
          title: 'AGO (vote à main levée)',
          kind: 'ordinary',
          weighting: 'per_member',
          secret: false,
          maxProxiesPerHolder: 1,
        },
        org.token,
      )
    ).id,
  };
  const plans = [
    { label: `warm-up, secret, c=50 (${n(WARM_UP)} ballots)`, secret: true, concurrency: 50 },
    ...CONCURRENCY.map((c) => ({ label: `secret, c=${c}`, secret: true, concurrency: c })),
    { label: `not secret, c=100`, secret: false, concurrency: 100 },
    // a key makes each ballot a transaction of its own, holding a connection to the end: 100 clients, 20 connections a process
    { label: `secret, Idempotency-Key on each, c=100`, secret: true, concurrency: 100, keys: true },
  ];
  const scenarios: Scenario[] = [];
  const openTimes: number[] = [];
  for (const [i, p] of plans.entries()) {
    const assemblyId = assemblies[p.secret ? 'secret' : 'open'];
    const r = await api(
      base,
      'POST',
      path(`assemblies/${assemblyId}/resolutions`),
      {
        title: `Résolution ${i + 1}`,
        text: 'Approuver les comptes.',
        majority: 'simple',
        quorumPercent: 25,
        ...window,
      },
      org.token,
    );
    const t = performance.now();
    const opened = await api(base, 'POST', path(`resolutions/${r.id}/open`), {}, org.token);
    openTimes.push(performance.now() - t);
    if (opened.eligibleCount !== VOTERS)
      throw new Error(`resolution ${r.id} opened with ${opened.eligibleCount} electors, expected ${VOTERS}`);
    scenarios.push({ ...p, resolutionId: r.id, assemblyId });
  }
  openTimes.sort((a, b) => a - b);
  console.log(
    `opened ${scenarios.length} resolutions, each fixing an electorate of ${n(VOTERS)}: median ${ms(percentile(openTimes, 50))}`,
  );
  summary.push({
    scenario: `POST resolutions/{id}/open (electorate of ${n(VOTERS)})`,
    figure: `median ${ms(percentile(openTimes, 50))}`,
    target: '—',
  });

  // members admitted after the opening: they get a code, but are not on the electorate (403)
  const [{ today }] = (
    await pg.query(
      `SELECT to_char(now() AT TIME ZONE timezone, 'YYYY-MM-DD') AS today FROM organizations WHERE id = $1`,
      [org.orgId],
    )
  ).rows;
  const late = await addShareholders(
    pg,
    org,
    LATE,
    () => today,
    new Date(Math.floor(Date.now() / 1000) * 1000).toISOString(),
    'L',
    quantity,
  );

  // the application e-mails each member their code and shows it to nobody: the bench writes codes
  // of its own into the database instead (bench/lib/bench-voting-codes.ts)
  const codes = new Map<string, Map<string, string>>();
  for (const assemblyId of Object.values(assemblies))
    codes.set(assemblyId, await insertVotingCodesForBench(pg, org.orgId, assemblyId, [...memberIds, ...late]));

  const wrong = await post(
    new http.Agent(),
    new URL(base),
    path(`resolutions/${scenarios[0].resolutionId}/ballots`),
    { 'X-Voting-Code': 'not-a-code' },
    '{"choice":"for"}',
  );
  const probes: string[] = [`wrong code → ${wrong.status}${wrong.status === 401 ? '' : ' (expected 401)'}`];
  let probesOk = wrong.status === 401;

  for (const s of scenarios) {
    const assemblyCodes = codes.get(s.assemblyId)!;
    // every eligible member in a shuffled order, each with their choice
    const order = [...memberIds];
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const voters = order
      .slice(0, s.label.startsWith('warm-up') ? WARM_UP : VOTERS)
      .map((memberId) => ({ memberId, code: assemblyCodes.get(memberId)!, choice: pickChoice() }));
    const r = await castAll(server, pg, org.slug, s.resolutionId, voters, s.concurrency, s.keys ?? false);
    const ok = r.statuses.get(201) ?? 0;
    const rate = ok / r.seconds;
    const p50 = percentile(r.latencies, 50);
    const p99 = percentile(r.latencies, 99);
    const errors = [...r.statuses].filter(([status]) => status !== 201);
    const errorText = errors.length
      ? errors.map(([status, count]) => `${count} × ${status || 'network'}`).join(', ')
      : 'none';
    console.log(
      `\n${s.label}: ${n(ok)} ballots in ${r.seconds.toFixed(2)} s = ${n(Math.round(rate))} ballots/s; latency p50 ${ms(p50)}, p90 ${ms(percentile(r.latencies, 90))}, p99 ${ms(p99)}, max ${ms(r.latencies[r.latencies.length - 1])}; errors ${errorText}  [target ${BALLOT_TARGET}]`,
    );
    for (const [status, body] of r.firstError) console.log(`  first ${status || 'network error'}: ${body}`);
    const per = (x: number) => (x / voters.length).toFixed(2);
    console.log(
      `  CPU per ballot: API ${per(r.cpu.api)} ms, PostgreSQL backends ${per(r.cpu.pg)} ms, this client ${per(r.cpu.client)} ms; machine ${((100 * r.cpu.machineBusy) / r.cpu.machineTotal).toFixed(0)} % busy of ${r.cpu.cores} cores ` +
        `(${per(r.cpu.machineBusy)} ms per ballot, all processes); ${(r.xacts / voters.length).toFixed(2)} PostgreSQL transactions per ballot; ${(rate / pgbenchTps).toFixed(3)} × pgbench`,
    );
    if (s.label.startsWith('warm-up')) continue;

    // the box holds exactly what was cast, as it should be stored
    const [c] = (
      await pg.query(
        `SELECT (SELECT count(*) FROM ballots WHERE resolution_id = $1)::int AS ballots,
              (SELECT count(*) FROM participations WHERE resolution_id = $1)::int AS participations,
              (SELECT count(*) FROM ballots WHERE resolution_id = $1 AND (member_id IS NOT NULL OR cast_at IS NOT NULL OR cast_by_member_id IS NOT NULL))::int AS named,
              (SELECT count(DISTINCT member_id) FROM ballots WHERE resolution_id = $1)::int AS distinct_members,
              (SELECT count(*) FROM audit_log WHERE entity_type = 'resolution' AND entity_id = $1::text AND action = 'ballot.cast')::int AS audit,
              (SELECT count(*) FROM audit_log WHERE entity_type = 'resolution' AND entity_id = $1::text AND action = 'ballot.cast' AND changes ? 'choice')::int AS audit_choice`,
        [s.resolutionId],
      )
    ).rows;
    const storedOk = s.secret
      ? c.named === 0 && c.audit_choice === 0
      : c.named === VOTERS && c.distinct_members === VOTERS && c.audit_choice === VOTERS;
    const exact = c.ballots === VOTERS && c.participations === VOTERS && c.audit === VOTERS;
    console.log(
      `  database: ${n(c.ballots)} ballots, ${n(c.participations)} participations, ${n(c.audit)} audit entries → ${exact ? 'exactly' : 'NOT'} ${n(VOTERS)}; ` +
        (s.secret
          ? `${c.named} ballots name a member or time, ${c.audit_choice} audit entries hold a choice`
          : `${n(c.distinct_members)} members named, ${n(c.audit_choice)} audit entries with the choice`),
    );

    // refusals, while open and after closing
    const agent = new http.Agent();
    const ballots = path(`resolutions/${s.resolutionId}/ballots`);
    const again = await post(
      agent,
      new URL(base),
      ballots,
      { 'X-Voting-Code': voters[0].code },
      '{"choice":"against"}',
    );
    const notEligible = await post(
      agent,
      new URL(base),
      ballots,
      { 'X-Voting-Code': assemblyCodes.get(late[0])! },
      '{"choice":"for"}',
    );
    const t = performance.now();
    const closed = await api(base, 'POST', path(`resolutions/${s.resolutionId}/close`), {}, org.token);
    const closeMs = performance.now() - t;
    const afterClose = await post(
      agent,
      new URL(base),
      ballots,
      { 'X-Voting-Code': assemblyCodes.get(order[VOTERS - 1] ?? order[0])! },
      '{"choice":"for"}',
    );
    agent.destroy();
    const results = await api(base, 'GET', path(`resolutions/${s.resolutionId}/results`), undefined, org.token);
    const countsOk =
      results.counts.for === r.sent.for &&
      results.counts.against === r.sent.against &&
      results.counts.abstain === r.sent.abstain &&
      results.votersCount === ok;
    const code = (a: Answer) =>
      a.status >= 400
        ? String(JSON.parse(a.body).type ?? '')
            .split('/')
            .pop()
        : '';
    const refusals = again.status === 409 && notEligible.status === 403 && afterClose.status === 409;
    probesOk &&= refusals && countsOk && exact && storedOk;
    console.log(
      `  refusals: second ballot → ${again.status} ${code(again)}, member admitted after opening → ${notEligible.status} ${code(notEligible)}, after closing → ${afterClose.status} ${code(afterClose)}; ` +
        `close ${ms(closeMs)}, outcome ${closed.outcome}, results ${JSON.stringify(results.counts)} ${countsOk ? '= what was cast' : `≠ cast ${JSON.stringify(r.sent)}`}`,
    );
    probes.push(`${s.label}: ${again.status}/${notEligible.status}/${afterClose.status}`);
    summary.push({
      scenario: `ballots via API, ${s.label}`,
      figure: `${n(Math.round(rate))}/s, p50 ${ms(p50)}, p99 ${ms(p99)}, errors ${errors.length ? errorText : '0'}`,
      target: BALLOT_TARGET,
    });
    summary.push({
      scenario: `  ratio to pgbench (${n(Math.round(pgbenchTps))} TPS)`,
      figure: `${(rate / pgbenchTps).toFixed(3)} (${((100 * rate) / pgbenchTps).toFixed(1)} %)`,
      target: '—',
    });
    summary.push({
      scenario: `  database holds exactly ${n(VOTERS)} ballots + participations`,
      figure: exact && storedOk ? 'yes' : 'NO',
      target: 'yes',
    });
  }
  console.log(`\nbehaviour: ${probes.join('; ')}`);
  summary.push({
    scenario: 'refusals 401 wrong code / 409 again / 403 not eligible / 409 closed; results = cast',
    figure: probesOk ? 'yes' : 'NO',
    target: 'yes',
  });
}

// ---- 4. the tally of 100,000 ballots -----------------------------------------------------------

async function tallies(server: RunningApi, pg: Client): Promise<void> {
  const { org } = await loadOrg(server, pg, 'bench-tally', TALLY);
  const { base } = server;
  const path = (p: string) => `/v1/orgs/${org.slug}/${p}`;
  const window = {
    opensAt: new Date(Date.now() + 3600_000).toISOString(),
    closesAt: new Date(Date.now() + 7200_000).toISOString(),
  };
  const secret = (
    await api(
      base,
      'POST',
      path('assemblies'),
      {
        title: 'AG (vote secret, collèges)',
        kind: 'ordinary',
        weighting: 'college',
        secret: true,
        maxProxiesPerHolder: 1,
      },
      org.token,
    )
  ).id;
  const open = (
    await api(
      base,
      'POST',
      path('assemblies'),
      {
        title: 'AG (à main levée, collèges)',
        kind: 'ordinary',
        weighting: 'college',
        secret: false,
        maxProxiesPerHolder: 1,
      },
      org.token,
    )
  ).id;

  /** a resolution opened through the API (electorate from the ledger), then every elector's participation and ballot by SQL */
  const prepare = async (assemblyId: string, isSecret: boolean, i: number) => {
    const r = await api(
      base,
      'POST',
      path(`assemblies/${assemblyId}/resolutions`),
      { title: `Résolution ${i}`, text: 'Approuver les comptes.', majority: 'simple', quorumPercent: 25, ...window },
      org.token,
    );
    const t = performance.now();
    const opened = await api(base, 'POST', path(`resolutions/${r.id}/open`), {}, org.token);
    const openMs = performance.now() - t;
    if (opened.eligibleCount !== TALLY)
      throw new Error(`opened with ${opened.eligibleCount} electors, expected ${TALLY}`);
    const t2 = performance.now();
    await pg.query('BEGIN');
    await pg.query(
      `INSERT INTO participations (resolution_id, member_id, organization_id, cast_by_member_id) SELECT resolution_id, member_id, organization_id, member_id FROM resolution_electors WHERE resolution_id = $1`,
      [r.id],
    );
    await pg.query(
      `INSERT INTO ballots (resolution_id, receipt_hash, organization_id, member_id, college_id, weight, choice, cast_by_member_id, cast_at, leaf_hash)
       SELECT resolution_id, rh, organization_id, CASE WHEN $2 THEN NULL ELSE member_id END, college_id, weight, choice,
              CASE WHEN $2 THEN NULL ELSE member_id END, CASE WHEN $2 THEN NULL ELSE now() END,
              -- the leaf VotingService writes: sha256(0x00 ‖ receipt hash ‖ choice)
              encode(sha256('\\x00'::bytea || decode(rh, 'hex') || convert_to(array_to_string(choice, ','), 'UTF8')), 'hex')
         FROM (SELECT *, encode(sha256(convert_to('receipt:' || gen_random_uuid(), 'UTF8')), 'hex') AS rh,
                      ARRAY[CASE WHEN x < 0.55 THEN 'for' WHEN x < 0.9 THEN 'against' ELSE 'abstain' END]::varchar[] AS choice
                 FROM (SELECT *, random() AS x FROM resolution_electors WHERE resolution_id = $1) e0) e`,
      [r.id, isSecret],
    );
    const [expected] = (
      await pg.query(
        `SELECT count(*) FILTER (WHERE choice = '{for}')::int AS for, count(*) FILTER (WHERE choice = '{against}')::int AS against, count(*) FILTER (WHERE choice = '{abstain}')::int AS abstain FROM ballots WHERE resolution_id = $1`,
        [r.id],
      )
    ).rows;
    if (isSecret) {
      // a secret box holds ciphertexts, as VotingService writes them (docs/ballot-secrecy.md): the
      // choices drawn above, encrypted with the key the API derives from the bench's BALLOT_SECRET
      const key = ballotKeyOf(BENCH_BALLOT_SECRET, r.id);
      const drawn: { receipt_hash: string; choice: string[] }[] = (
        await pg.query(`SELECT receipt_hash, choice FROM ballots WHERE resolution_id = $1`, [r.id])
      ).rows;
      const rh: string[] = [];
      const receipts: string[] = [];
      const cts: Buffer[] = [];
      const leaves: string[] = [];
      for (const b of drawn) {
        const receipt = randomBytes(16).toString('base64url');
        const h = receiptHash(receipt);
        const c = encryptChoice(key, r.id, h, b.choice);
        rh.push(b.receipt_hash);
        receipts.push(h);
        cts.push(c);
        leaves.push(encryptedLeafHash(h, c));
      }
      await pg.query(
        `UPDATE ballots b SET receipt_hash = x.nh, choice = NULL, ciphertext = x.c, leaf_hash = x.leaf
           FROM unnest($2::text[], $3::text[], $4::bytea[], $5::text[]) AS x(rh, nh, c, leaf)
          WHERE b.resolution_id = $1 AND b.receipt_hash = x.rh`,
        [r.id, rh, receipts, cts, leaves],
      );
    }
    await pg.query('COMMIT');
    await pg.query(`VACUUM (ANALYZE) ballots, participations`);
    return { id: r.id, openMs, loadMs: performance.now() - t2, expected };
  };

  const closeTimes: number[] = [];
  const resultTimes: number[] = [];
  let countsOk = true;
  let sample: { id: string; sealHash: string } | undefined;
  for (let i = 1; i <= TALLY_RUNS; i++) {
    const r = await prepare(secret, true, i);
    const t = performance.now();
    const closed = await api(base, 'POST', path(`resolutions/${r.id}/close`), {}, org.token);
    const closeMs = performance.now() - t;
    closeTimes.push(closeMs);
    const times: number[] = [];
    let results: any;
    for (let k = 0; k < 20; k++) {
      const t3 = performance.now();
      results = await api(base, 'GET', path(`resolutions/${r.id}/results`), undefined, org.token);
      times.push(performance.now() - t3);
    }
    times.sort((a, b) => a - b);
    resultTimes.push(percentile(times, 50));
    const ok =
      results.counts.for === r.expected.for &&
      results.counts.against === r.expected.against &&
      results.counts.abstain === r.expected.abstain &&
      results.votersCount === TALLY &&
      closed.sealHash === results.sealHash;
    countsOk &&= ok;
    console.log(
      `tally ${i}: open (electorate of ${n(TALLY)} from the ledger) ${ms(r.openMs)}; bulk load of ${n(TALLY)} participations + ballots ${ms(r.loadMs)}; ` +
        `POST close (count + Merkle seal) ${ms(closeMs)}; GET results p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))} → ${closed.outcome}, ${JSON.stringify(results.counts)} ${ok ? '= the box' : `≠ the box ${JSON.stringify(r.expected)}`}`,
    );
    sample = { id: r.id, sealHash: closed.sealHash };
  }
  closeTimes.sort((a, b) => a - b);
  resultTimes.sort((a, b) => a - b);

  // where the close spends its time: the same queries, from this client, one after the other
  let sealOk = true;
  if (sample) {
    const t1 = performance.now();
    await pg.query(
      `SELECT college_id, choice, count(*)::int AS ballots, sum(weight) AS weight FROM ballots WHERE resolution_id = $1 GROUP BY college_id, choice`,
      [sample.id],
    );
    await pg.query(
      `SELECT count(*)::int AS voters, count(*) FILTER (WHERE cast_by_member_id <> member_id)::int AS proxies FROM participations WHERE resolution_id = $1`,
      [sample.id],
    );
    const countMs = performance.now() - t1;
    const t2 = performance.now();
    const [{ leaves }] = (
      await pg.query(
        `SELECT string_agg(decode(leaf_hash, 'hex'), ''::bytea ORDER BY receipt_hash COLLATE "C") AS leaves FROM ballots WHERE resolution_id = $1`,
        [sample.id],
      )
    ).rows;
    const leavesMs = performance.now() - t2;
    const t3 = performance.now();
    const root = merkleRootOf(leaves);
    const rootMs = performance.now() - t3;
    sealOk = root === sample.sealHash;
    console.log(
      `  the close, piece by piece (from this client): count queries ${ms(countMs)}, leaves in receipt order ${ms(leavesMs)}, Merkle root ${ms(rootMs)}; seal ${sealOk ? '= the root of the leaves in receipt order' : '≠ the root of the leaves in receipt order'}`,
    );
  }

  // the live count of an open (not secret) resolution: GET results counts from the box each time
  const live = await prepare(open, false, TALLY_RUNS + 1);
  const liveTimes: number[] = [];
  let liveResults: any;
  for (let k = 0; k < 20; k++) {
    const t = performance.now();
    liveResults = await api(base, 'GET', path(`resolutions/${live.id}/results`), undefined, org.token);
    liveTimes.push(performance.now() - t);
  }
  liveTimes.sort((a, b) => a - b);
  const liveOk = liveResults.counts.for === live.expected.for && liveResults.votersCount === TALLY;
  countsOk &&= liveOk;
  console.log(
    `live count of an open resolution (not secret, ${n(TALLY)} ballots): GET results p50 ${ms(percentile(liveTimes, 50))}, p95 ${ms(percentile(liveTimes, 95))} ${liveOk ? '= the box' : '≠ the box'}`,
  );

  summary.push({
    scenario: `POST close, ${n(TALLY)} ballots (count + Merkle seal)`,
    figure: `median ${ms(percentile(closeTimes, 50))} (${closeTimes.map((x) => x.toFixed(0)).join(', ')} ms)`,
    target: '≤ 200 ms',
  });
  summary.push({
    scenario: `GET results, ${n(TALLY)} ballots, closed (published)`,
    figure: `p50 ${ms(percentile(resultTimes, 50))}`,
    target: '≤ 200 ms',
  });
  summary.push({
    scenario: `GET results, ${n(TALLY)} ballots, open (live count)`,
    figure: `p50 ${ms(percentile(liveTimes, 50))}`,
    target: '≤ 200 ms',
  });
  summary.push({
    scenario: `tally counts = the ballots loaded; seal = the leaves' root in receipt order`,
    figure: countsOk && sealOk ? 'yes' : 'NO',
    target: 'yes',
  });
}

function printSummary(): void {
  const w = [Math.max(...summary.map((r) => r.scenario.length)), Math.max(...summary.map((r) => r.figure.length))];
  console.log('\nsummary');
  console.log(`${'scenario'.padEnd(w[0])}  ${'figure'.padEnd(w[1])}  target`);
  for (const r of summary) console.log(`${r.scenario.padEnd(w[0])}  ${r.figure.padEnd(w[1])}  ${r.target}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
