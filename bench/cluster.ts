/**
 * bench/cluster: ballots per second through nginx in front of 1, 2 and 3 API replicas of the
 * cluster (scripts/cluster.sh: PgBouncer in transaction mode, a streaming replica, two workers),
 * beside pgbench's one-row INSERT on the same primary in the same run, straight and through
 * PgBouncer. Each run casts BENCH_VOTERS secret ballots with voting codes on a resolution of its own,
 * BENCH_CONCURRENCY clients at once, and checks the tally equals what was cast.
 * Run: npm run bench -- cluster   (leaves the cluster running: bash scripts/cluster.sh down)
 *   BENCH_VOTERS (5,000)  BENCH_CONCURRENCY (50)  BENCH_REPLICAS (1,2,3)  BENCH_PGBENCH_SECONDS (10)
 *   BENCH_KEYS (0; 1: an Idempotency-Key on every ballot)
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { unlinkSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { GENESIS_HASH } from '../libs/shares/src/ledger';
import { insertVotingCodesForBench } from './lib/bench-voting-codes';
import { clusterEnv, clusterPid, clusterUp, RetryingClient } from './lib/cluster';
import { cpuMs, ms, percentile } from './lib/harness';
import { addShareholders, type LoadedOrg } from './lib/shareholders';

const VOTERS = Number(process.env.BENCH_VOTERS ?? 5_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const REPLICAS = (process.env.BENCH_REPLICAS ?? '1,2,3').split(',').map(Number);
const PGBENCH_SECONDS = Number(process.env.BENCH_PGBENCH_SECONDS ?? 10);
const KEYS = process.env.BENCH_KEYS === '1';
const CHOICES = ['for', 'against', 'abstain'] as const;
const n = (x: number) => Math.round(x).toLocaleString('en');
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

async function main() {
  console.log(
    `bench/cluster: ${n(VOTERS)} ballots per run at concurrency ${CONCURRENCY} through nginx, API replicas ${REPLICAS.join(', ')}; load average ${load()}`,
  );
  const rows: { scenario: string; figure: string }[] = [];
  let base = new URL(await clusterUp({ SOCIUS_CLUSTER_APIS: String(REPLICAS[0]), SOCIUS_CLUSTER_BUILD: '0' }));
  const env = clusterEnv();
  const pg = new Client({ connectionString: env.DATABASE_OWNER_URL });
  await pg.connect();
  try {
    const direct = await pgbench(env.DATABASE_OWNER_URL, 'primary');
    const pooled = await pgbench(
      env.DATABASE_OWNER_URL.replace(/:\d+\//, `:${env.SOCIUS_CLUSTER_PGBOUNCER_PORT}/`),
      'PgBouncer',
    );
    rows.push({ scenario: 'pgbench one-row INSERT, 8 clients, straight to the primary', figure: `${n(direct)} TPS` });
    rows.push({ scenario: 'pgbench one-row INSERT, 8 clients, through PgBouncer', figure: `${n(pooled)} TPS` });

    const http = new RetryingClient(base, CONCURRENCY + 8);
    const org = await setUp(http, pg);
    http.close();
    for (const replicas of REPLICAS) {
      base = new URL(await clusterUp({ SOCIUS_CLUSTER_APIS: String(replicas), SOCIUS_CLUSTER_BUILD: '0' }));
      const client = new RetryingClient(base, CONCURRENCY + 8);
      const run = await castAll(client, pg, org, replicas);
      client.close();
      const figure = `${n(run.perSecond)} ballots/s (${((run.perSecond / direct) * 100).toFixed(1)} % of pgbench), p50 ${ms(run.p50)}, p99 ${ms(run.p99)}, ${run.retried} retried; CPU ms per ballot: ${run.perBallot}; load ${run.load}`;
      console.log(`${replicas} replica(s): ${figure}`);
      rows.push({
        scenario: `${n(VOTERS)} ballots through nginx, ${replicas} API replica(s), c=${CONCURRENCY}`,
        figure,
      });
    }
  } finally {
    await pg.end();
  }
  console.log('\n| scenario | figure |\n|---|---|');
  for (const r of rows) console.log(`| ${r.scenario} | ${r.figure} |`);
  console.log(`\nload average at the end ${load()} (2 cores). The cluster keeps running: bash scripts/cluster.sh down`);
}

/** pgbench, 8 clients on 2 threads, each transaction one INSERT of one row into a scratch table shaped like the ballot box. */
async function pgbench(url: string, label: string): Promise<number> {
  const u = new URL(url);
  const env = {
    ...process.env,
    PGHOST: u.hostname,
    PGPORT: u.port,
    PGUSER: decodeURIComponent(u.username),
    PGPASSWORD: decodeURIComponent(u.password),
    PGDATABASE: u.pathname.slice(1),
  };
  const run = promisify(execFile);
  const table = `bench_pgbench_${label === 'primary' ? 'direct' : 'pooled'}`;
  await run(
    'psql',
    [
      '-X',
      '-q',
      '-v',
      'ON_ERROR_STOP=1',
      '-c',
      `DROP TABLE IF EXISTS ${table}; CREATE TABLE ${table} (resolution_id uuid NOT NULL, receipt_hash character(64) NOT NULL, choice character varying(40)[] NOT NULL, PRIMARY KEY (resolution_id, receipt_hash))`,
    ],
    { env },
  );
  const script = `/tmp/socius-bench-cluster-${table}.sql`;
  writeFileSync(
    script,
    `INSERT INTO ${table} (resolution_id, receipt_hash, choice) VALUES ('${randomUUID()}', md5(random()::text) || md5(random()::text), '{for}');\n`,
  );
  const { stdout } = await run('pgbench', ['-n', '-c', '8', '-j', '2', '-T', String(PGBENCH_SECONDS), '-f', script], {
    env,
    encoding: 'utf8',
  });
  unlinkSync(script);
  await run('psql', ['-X', '-q', '-c', `DROP TABLE ${table}`], { env });
  const tps = Number(/tps = ([\d.]+)/.exec(stdout)![1]);
  console.log(`pgbench -c 8 -j 2 -T ${PGBENCH_SECONDS}, one-row INSERT, ${label}: ${n(tps)} TPS`);
  return tps;
}

interface BenchOrg {
  org: LoadedOrg;
  memberIds: string[];
  token: string;
}

async function setUp(http: RetryingClient, pg: Client): Promise<BenchOrg> {
  const slug = `bench-cluster-${Date.now().toString(36)}`;
  const email = `${slug}@bench.local`;
  const { accessToken: token } = await http.json('POST', '/v1/auth/signup', {
    email,
    password: 'bench-password-1',
    name: 'Bench Admin',
  });
  const auth = { Authorization: `Bearer ${token}` };
  await http.json(
    'POST',
    '/v1/orgs',
    { name: 'Bench cluster', slug, legalForm: 'SCIC_SAS', fiscalYearEnd: '12-31' },
    auth,
  );
  await http.json(
    'POST',
    `/v1/orgs/${slug}/share-classes`,
    { code: 'A', name: 'Parts A', nominalCents: 2500, minPerMember: 1 },
    auth,
  );
  const [ids] = (
    await pg.query(
      `SELECT o.id AS org_id, c.id AS class_id FROM organizations o JOIN share_classes c ON c.organization_id = o.id WHERE o.slug = $1`,
      [slug],
    )
  ).rows;
  const org: LoadedOrg = {
    token,
    slug,
    orgId: ids.org_id,
    classId: ids.class_id,
    nominalCents: 2500,
    collegeIds: [],
    lastSequence: 0,
    lastHash: GENESIS_HASH,
    capitalCents: 0,
    highestCapitalCents: 0,
    lastNumber: 0,
  };
  const t = performance.now();
  const memberIds = await addShareholders(
    pg,
    org,
    VOTERS,
    () => '2025-06-01',
    '2025-06-01T08:00:00.000Z',
    'B',
    () => 1,
  );
  await pg.query(`VACUUM (ANALYZE) members, ledger_movements, holdings`);
  console.log(`loaded ${n(VOTERS)} shareholders (SQL COPY) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  return { org, memberIds, token };
}

async function castAll(http: RetryingClient, pg: Client, { org, memberIds, token }: BenchOrg, replicas: number) {
  const auth = { Authorization: `Bearer ${token}` };
  const path = (p: string) => `/v1/orgs/${org.slug}/${p}`;
  const assembly = await http.json(
    'POST',
    path('assemblies'),
    { title: `AG ${replicas}`, kind: 'permanent', weighting: 'per_member', secret: true, maxProxiesPerHolder: 1 },
    auth,
  );
  const resolution = await http.json(
    'POST',
    path(`assemblies/${assembly.id}/resolutions`),
    {
      title: `Résolution ${replicas}`,
      text: 'Approuver les comptes.',
      majority: 'simple',
      quorumPercent: 25,
      opensAt: new Date(Date.now() + 3600_000).toISOString(),
      closesAt: new Date(Date.now() + 7200_000).toISOString(),
    },
    auth,
  );
  await http.json('POST', path(`resolutions/${resolution.id}/open`), {}, auth);
  const codes = await insertVotingCodesForBench(pg, org.orgId, assembly.id, memberIds);
  const sent = { for: 0, against: 0, abstain: 0 };
  const latencies: number[] = [];
  // CPU time per ballot of each part (whatever else the machine runs, a process's own time is its own)
  const parts = {
    api: Array.from({ length: replicas }, (_, i) => clusterPid(`api-${i + 1}`)),
    nginx: [clusterPid('nginx')],
    pgbouncer: [clusterPid('pgbouncer')],
    postgres: [clusterPid('postgres-primary')],
  };
  const cpu = () =>
    Object.fromEntries(Object.entries(parts).map(([k, pids]) => [k, pids.reduce((t, p) => t + cpuMs(p), 0)]));
  const cpuBefore = cpu();
  const failures: string[] = [];
  let retried = 0;
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < memberIds.length) {
        const i = next++;
        const choice = CHOICES[i % 3];
        const t = performance.now();
        const answer = await http.request(
          'POST',
          path(`resolutions/${resolution.id}/ballots`),
          { choice },
          { 'X-Voting-Code': codes.get(memberIds[i])!, ...(KEYS ? { 'Idempotency-Key': randomUUID() } : {}) },
        );
        latencies.push(performance.now() - t);
        if (answer.attempts > 1) retried++;
        if (answer.status === 201) sent[choice]++;
        else if (failures.length < 5) failures.push(`${answer.status} ${answer.body.slice(0, 200)}`);
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const loadNow = load();
  const cpuAfter = cpu();
  const perBallot = Object.keys(parts)
    .map((k) => `${k} ${((cpuAfter[k] - cpuBefore[k]) / memberIds.length).toFixed(2)}`)
    .join(', ');
  await http.json('POST', path(`resolutions/${resolution.id}/close`), {}, auth);
  const results = await http.json('GET', path(`resolutions/${resolution.id}/results`), undefined, auth);
  if (failures.length || results.votersCount !== memberIds.length || CHOICES.some((c) => results.counts[c] !== sent[c]))
    throw new Error(`the tally is not what was cast: ${JSON.stringify({ failures, results: results.counts, sent })}`);
  latencies.sort((a, b) => a - b);
  return {
    perSecond: memberIds.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    retried,
    load: loadNow,
    perBallot,
  };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
