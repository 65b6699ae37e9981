/**
 * bench/members-import: 100,000 realistic members imported from CSV through the HTTP API of the
 * built server, then search and GET latency over them. Prints figures; asserts nothing.
 * Run: npm run bench -- members-import   (targets: import ≤ 20 s and ≤ 300 MB RSS, search p95 ≤ 50 ms)
 */
import { createReadStream, createWriteStream, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { Client } from 'pg';
import {
  adminAndOrg,
  api,
  freshDatabase,
  ms,
  openLoop,
  peakRssMb,
  percentile,
  postStream,
  ROOT,
  startBuiltApi,
  FIRST_NAMES as FIRST,
  LAST_NAMES as LAST,
  seededRandom,
} from './lib/harness';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);

/** deterministic pseudo-random numbers (mulberry32), so every run imports the same file */
const { rand } = seededRandom(42);

async function main() {
  const out = path.join(ROOT, 'bench/out');
  mkdirSync(out, { recursive: true });
  const file = path.join(out, 'members-100k.csv');
  await new Promise<void>((resolve) => {
    const w = createWriteStream(file);
    w.write('\uFEFFexternalRef;kind;firstName;lastName;companyName;email;collegeCode;eConsent;city;postalCode\r\n');
    for (let i = 0; i < ROWS; i++) {
      const company = rand() < 0.1;
      const f = FIRST[Math.floor(rand() * FIRST.length)];
      const l = LAST[Math.floor(rand() * LAST.length)];
      const college = ['SAL', 'USR', 'SOU'][Math.floor(rand() * 3)];
      w.write(
        company
          ? `M${i};legal_entity;;;Coopérative ${l} n°${i};contact${i}@coop${i % 97}.fr;${college};oui;Lyon;69001\r\n`
          : `M${i};person;${f};${l}-${i};;${f.toLowerCase()}.${i}@exemple.fr;${college};${i % 2 ? 'oui' : 'non'};Grenoble;38000\r\n`,
      );
    }
    w.end(resolve);
  });

  const db = await freshDatabase('socius_bench_members');
  const server = await startBuiltApi(db);
  try {
    const { token, slug } = await adminAndOrg(server.base, 'bench-members');
    for (const [code, weightPercent] of [
      ['SAL', 40],
      ['USR', 30],
      ['SOU', 30],
    ] as const) {
      await api(server.base, 'POST', `/v1/orgs/${slug}/colleges`, { code, name: code, weightPercent }, token);
    }
    const rssBefore = peakRssMb(server.pid);
    const t0 = performance.now();
    const res = await postStream(
      `${server.base}/v1/orgs/${slug}/members/import?async=false`,
      token,
      'text/csv',
      createReadStream(file),
    );
    const seconds = (performance.now() - t0) / 1000;
    if (res.status !== 200) throw new Error(`import failed: ${res.status} ${res.body.slice(0, 500)}`);
    const rssPeak = peakRssMb(server.pid);
    console.log(
      `import of ${ROWS.toLocaleString('en')} rows: ${seconds.toFixed(2)} s, ${Math.round(ROWS / seconds).toLocaleString('en')} rows/s, API peak RSS ${rssPeak.toFixed(0)} MB (${rssBefore.toFixed(0)} MB before)  [target ≤ 20 s, ≤ 300 MB]  ${res.body}`,
    );

    const t1 = performance.now();
    const again = await postStream(
      `${server.base}/v1/orgs/${slug}/members/import?async=false`,
      token,
      'text/csv',
      createReadStream(file),
    );
    console.log(
      `re-import of the same file (all unchanged): ${((performance.now() - t1) / 1000).toFixed(2)} s  ${again.body}`,
    );

    // latency is measured in steady state, as after the nightly autovacuum
    await api(server.base, 'GET', '/health');
    await vacuum(db);
    const terms = [
      'helene',
      'dupre-12',
      'walesa',
      'coop',
      'nørgaard-4',
      'exemple.fr',
      'cooperative cote',
      '山田',
      'zoe.5',
      'm9999',
    ];
    const searchTimes: number[] = [];
    for (let i = 0; i < 200; i++) {
      const t = performance.now();
      await api(
        server.base,
        'GET',
        `/v1/orgs/${slug}/members?limit=50&search=${encodeURIComponent(terms[i % terms.length])}`,
        undefined,
        token,
      );
      searchTimes.push(performance.now() - t);
    }
    searchTimes.sort((a, b) => a - b);
    console.log(
      `search over ${ROWS.toLocaleString('en')} members (200 queries, limit 50, with total): p50 ${ms(percentile(searchTimes, 50))}, p95 ${ms(percentile(searchTimes, 95))}, p99 ${ms(percentile(searchTimes, 99))}  [target p95 ≤ 50 ms]`,
    );

    const page = await api(server.base, 'GET', `/v1/orgs/${slug}/members?limit=200`, undefined, token);
    const ids: string[] = page.items.map((m: { id: string }) => m.id);
    // warm-up (connection pool, JIT), not measured
    await openLoop(200, 1_000, (i) =>
      api(server.base, 'GET', `/v1/orgs/${slug}/members/${ids[i % ids.length]}`, undefined, token),
    );
    // open loop: a request every 5 ms whatever the answers, latency counted from when it was due
    const getTimes = await openLoop(200, 2_000, (i) =>
      api(server.base, 'GET', `/v1/orgs/${slug}/members/${ids[i % ids.length]}`, undefined, token),
    );
    console.log(
      `GET a member at 200 req/s (open loop, 2,000 requests): p50 ${ms(percentile(getTimes, 50))}, p99 ${ms(percentile(getTimes, 99))}, max ${ms(getTimes[getTimes.length - 1])}  [target p99 ≤ 50 ms]`,
    );
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

async function vacuum(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query('VACUUM (ANALYZE) members');
  await client.end();
}
