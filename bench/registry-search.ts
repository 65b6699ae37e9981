/**
 * bench/registry-search: the admin console's register searched as one types, over 100,000 members.
 * The members are imported from CSV through the HTTP API of the built server (as members-import
 * does); then each search term is typed one character at a time and every prefix is sent as the
 * web app sends it (`GET members?limit=25&search=…`, sometimes with the college or e-mail consent
 * filter) — the app waits for a pause in typing, so this is more requests than it really sends.
 * One typist, then four at once. Prints p50/p95/p99; asserts nothing.
 * Run: npm run bench -- registry-search   (target: p95 ≤ 150 ms)
 */
import { createWriteStream, createReadStream, mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import {
  adminAndOrg,
  api,
  freshDatabase,
  ms,
  percentile,
  postStream,
  ROOT,
  startBuiltApi,
  FIRST_NAMES as FIRST,
  LAST_NAMES as LAST,
  seededRandom,
} from './lib/harness';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const { rand } = seededRandom(7);

/** What an admin types: names with and without accents, a company, an e-mail, a reference. */
const TERMS = [
  'Hélène Dupré',
  'helene dupre',
  'lefevre',
  'Nørgaard',
  'walesa',
  'Coopérative Côté',
  'zoe.1234',
  'M4242',
  'garçon-77',
  'muller straße',
  'da silva',
  'Inès',
];

/** The prefixes typed, each as the request the registry page sends (a filter on some of them). */
function requests(slug: string): string[] {
  const out: string[] = [];
  TERMS.forEach((term, t) => {
    for (let n = 1; n <= term.length; n++) {
      const typed = term.slice(0, n).trim();
      if (!typed || typed === term.slice(0, n - 1).trim()) continue;
      const filter = t % 4 === 1 ? '&collegeCode=SAL' : t % 4 === 3 ? '&eConsent=true' : '';
      out.push(`/v1/orgs/${slug}/members?limit=25&search=${encodeURIComponent(typed)}${filter}`);
    }
  });
  return out;
}

async function timed(base: string, paths: string[], token: string): Promise<number[]> {
  const times: number[] = [];
  for (const p of paths) {
    const t = performance.now();
    await api(base, 'GET', p, undefined, token);
    times.push(performance.now() - t);
  }
  return times;
}

function report(label: string, times: number[]): void {
  const sorted = [...times].sort((a, b) => a - b);
  console.log(
    `${label} (load average ${loadavg()[0].toFixed(1)}): ${sorted.length} requests, p50 ${ms(percentile(sorted, 50))}, p95 ${ms(percentile(sorted, 95))}, p99 ${ms(percentile(sorted, 99))}, max ${ms(sorted[sorted.length - 1])}  [target p95 ≤ 150 ms]`,
  );
}

async function main() {
  const out = path.join(ROOT, 'bench/out');
  mkdirSync(out, { recursive: true });
  const file = path.join(out, 'registry-100k.csv');
  await new Promise<void>((resolve) => {
    const w = createWriteStream(file);
    w.write('\uFEFFexternalRef;kind;firstName;lastName;companyName;email;collegeCode;eConsent;city;postalCode\r\n');
    for (let i = 0; i < ROWS; i++) {
      const f = FIRST[Math.floor(rand() * FIRST.length)];
      const l = LAST[Math.floor(rand() * LAST.length)];
      const college = ['SAL', 'USR', 'SOU'][Math.floor(rand() * 3)];
      w.write(
        rand() < 0.1
          ? `M${i};legal_entity;;;Coopérative ${l} n°${i};contact${i}@coop${i % 97}.fr;${college};oui;Lyon;69001\r\n`
          : `M${i};person;${f};${l}-${i};;${f.toLowerCase()}.${i}@exemple.fr;${college};${i % 2 ? 'oui' : 'non'};Grenoble;38000\r\n`,
      );
    }
    w.end(resolve);
  });

  const db = await freshDatabase('socius_bench_registry');
  const server = await startBuiltApi(db);
  try {
    const { token, slug } = await adminAndOrg(server.base, 'bench-registry');
    for (const code of ['SAL', 'USR', 'SOU'])
      await api(server.base, 'POST', `/v1/orgs/${slug}/colleges`, { code, name: code, weightPercent: 33.33 }, token);
    const t0 = performance.now();
    const res = await postStream(
      `${server.base}/v1/orgs/${slug}/members/import?async=false`,
      token,
      'text/csv',
      createReadStream(file),
    );
    if (res.status !== 200) throw new Error(`import failed: ${res.status} ${res.body.slice(0, 500)}`);
    console.log(`seeded ${ROWS.toLocaleString('en')} members in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    // steady state, as after the nightly autovacuum
    const pg = new Client({ connectionString: db });
    await pg.connect();
    await pg.query('VACUUM (ANALYZE) members');
    await pg.end();

    const paths = requests(slug);
    // warm-up (connection pool, plans), not measured
    await timed(server.base, paths.slice(0, 20), token);
    report('one typist, every prefix', await timed(server.base, paths, token));
    const first = await timed(server.base, Array(50).fill(`/v1/orgs/${slug}/members?limit=25`), token);
    report('the first page, no search', first);
    const four = await Promise.all(
      [0, 1, 2, 3].map((k) => timed(server.base, [...paths.slice(k), ...paths.slice(0, k)], token)),
    );
    report('four typists at once, every prefix', four.flat());
    const short = await timed(
      server.base,
      paths.filter((p) => /search=[^&]{1,2}(&|$)/.test(decodeURIComponent(p))),
      token,
    );
    report('one or two characters only (name starts)', short);
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
