/**
 * bench/fuzz: the long run of test/platform/fuzz.e2e-spec.ts. The built API (as production runs it)
 * serves its OpenAPI document at /openapi.json; every operation gets FUZZ_RUNS generated requests
 * (test/support/fuzz.ts) as an anonymous caller, a member, an accountant and an admin of a seeded
 * co-op. Prints the requests, the answers by status, the failures (any 5xx, a status the operation
 * does not document, an error that is not problem+json or names SQL) and the time taken; exits 1
 * on a failure.
 * Run: npm run bench -- fuzz
 *   FUZZ_RUNS (50 per operation and caller)  FUZZ_SEED (fixed; printed)  FUZZ_ONLY ('POST /v1/orgs/{slug}/members,…')
 *   BENCH_DATABASE (socius_bench_fuzz)
 */
import { Client } from 'pg';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { TestApi } from '../test/support/app';
import { failureReport, fuzzOperations, fuzzSeed, operationsOf, sender } from '../test/support/fuzz';
import { fuzzCoop } from '../test/support/fuzz-coop';
import { freshDatabase, startBuiltApi } from './lib/harness';

const RUNS = Number(process.env.FUZZ_RUNS ?? 50);
const DATABASE = process.env.BENCH_DATABASE ?? 'socius_bench_fuzz';

async function main(): Promise<void> {
  const seed = fuzzSeed();
  const db = await freshDatabase(DATABASE);
  // the limits the tests run with (test/support/env.ts): the fuzz signs many people up from one address
  const limits = Object.fromEntries(
    ['SIGNUP', 'APPLICATION', 'LOGIN', 'RESET', 'VERIFY'].map((name) => [`${name}_RATE_LIMIT`, '10000']),
  );
  const server = await startBuiltApi(db, 3991, limits);
  const pg = new Client({ connectionString: db });
  await pg.connect();
  try {
    const http = request(server.base);
    // what the fixtures of test/support/app.ts use of a TestApi: its HTTP client and a SQL query
    const api = {
      http,
      db: { query: (sql: string, params?: unknown[]) => pg.query(sql, params).then((r) => r.rows) },
    } as unknown as TestApi & { db: DataSource };
    const doc = (await http.get('/openapi.json').expect(200)).body;
    const only = process.env.FUZZ_ONLY?.split(',').map((s) => s.trim());
    const operations = operationsOf(doc).filter((o) => !only || only.includes(o.name));
    const { callers, values } = await fuzzCoop(api);
    console.log(
      `fuzz: FUZZ_SEED=${seed}, ${operations.length} operations × ${callers.length} callers × ${RUNS} runs, built API`,
    );
    const figures = await fuzzOperations({ doc, operations, callers, values, runs: RUNS, seed, send: sender(http) });
    const statuses = Object.entries(figures.byStatus)
      .map(([status, n]) => `${status}: ${n}`)
      .join(', ');
    console.log(
      `${figures.requests} requests in ${(figures.ms / 1000).toFixed(1)} s ` +
        `(${((figures.requests * 1000) / figures.ms).toFixed(0)}/s, one client at a time)`,
    );
    console.log(`answers by status: ${statuses}`);
    console.log(`failures: ${figures.failures.length}`);
    if (figures.failures.length) {
      console.log(failureReport(figures.failures, seed));
      process.exitCode = 1;
    }
  } finally {
    await pg.end();
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
