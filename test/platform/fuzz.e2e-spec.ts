import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { startApi, TestApi } from '../support/app';
import { failureReport, fuzzOperations, fuzzSeed, operationsOf, sender } from '../support/fuzz';
import { fuzzCoop } from '../support/fuzz-coop';

/** An OpenAPI document, walked as plain JSON. */
type Json = any;

const ROOT = path.resolve(__dirname, '../..');
/** Requests per operation and caller: small here (bench/fuzz.ts runs long). */
const RUNS = Number(process.env.FUZZ_RUNS ?? 2);

/**
 * Every operation of the OpenAPI document gets generated requests (test/support/fuzz.ts) as an
 * anonymous caller, a member, an accountant and an admin of a seeded co-op. No answer may be a 5xx,
 * a status the operation does not document, an error that is not problem+json, or an error body
 * naming SQL or a constraint. The seed is printed; `FUZZ_SEED=<seed>` replays a run and
 * `FUZZ_ONLY='POST /v1/orgs/{slug}/members'` narrows it to the operations named (comma-separated).
 */
describe('fuzzing every operation of the OpenAPI document', () => {
  let api: TestApi;
  let doc: Json;

  beforeAll(async () => {
    [doc, api] = await Promise.all([generatedDocument(), startApi()]);
  }, 600_000);
  afterAll(() => api?.close());

  it('answers every generated request with a documented status, never a 5xx, never a database error', async () => {
    const seed = fuzzSeed();
    const { callers, values } = await fuzzCoop(api);
    const only = process.env.FUZZ_ONLY?.split(',').map((s) => s.trim());
    const operations = operationsOf(doc).filter((o) => !only || only.includes(o.name));
    // the document the test API serves (without the swagger plugin's schemas) lists the same operations
    const served = operationsOf((await api.http.get('/openapi.json').expect(200)).body).map((o) => o.name);
    expect(served.sort()).toEqual(
      operationsOf(doc)
        .map((o) => o.name)
        .sort(),
    );

    const figures = await fuzzOperations({
      doc,
      operations,
      callers,
      values,
      runs: RUNS,
      seed,
      send: sender(api.http),
    });
    process.stdout.write(
      `fuzz: FUZZ_SEED=${seed}, ${operations.length} operations × ${callers.length} callers × ${RUNS} runs: ` +
        `${figures.requests} requests in ${figures.ms} ms; statuses ${JSON.stringify(figures.byStatus)}\n`,
    );
    if (figures.failures.length) throw new Error(failureReport(figures.failures, seed));
    // the requests reached the handlers: successes and refusals alike
    expect(figures.byStatus[200] ?? 0).toBeGreaterThan(0);
    expect(figures.byStatus[400] ?? 0).toBeGreaterThan(0);
  }, 300_000);
});

/** The document the built API serves (with the swagger plugin's schemas), as `npm run openapi` writes it. */
async function generatedDocument(): Promise<Json> {
  const dir = mkdtempSync(path.join(tmpdir(), 'socius-fuzz-'));
  try {
    const file = path.join(dir, 'openapi.json');
    await promisify(execFile)(process.execPath, ['scripts/openapi.js', 'document', file], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
    });
    return JSON.parse(readFileSync(file, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
