import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { emptyDatabase, ownerUrlOf } from '../support/databases';

const run = promisify(execFile);
const root = path.resolve(__dirname, '../..');

const migrate = (url: string) =>
  run(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'libs/database/src/cli/migrate.ts'],
    {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url, DATABASE_OWNER_URL: ownerUrlOf(url) },
    },
  );

describe('migrations', () => {
  it('lets two replicas start together: one migrates, the other waits and finds nothing to do', async () => {
    const url = await emptyDatabase();
    const [a, b] = await Promise.all([migrate(url), migrate(url)]);
    const outputs = [a.stdout, b.stdout];
    expect(outputs.filter((o) => /migration\(s\) applied/.test(o))).toHaveLength(1);
    expect(outputs.filter((o) => /up to date/.test(o))).toHaveLength(1);
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      const applied = await client.query(`SELECT name, count(*)::int AS n FROM migrations GROUP BY name`);
      expect(applied.rows.length).toBeGreaterThan(0);
      expect(applied.rows.every((r) => r.n === 1)).toBe(true);
      const tables = await client.query(
        `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name IN ('users', 'organizations', 'outbox', 'audit_log')`,
      );
      expect(tables.rows[0].n).toBe(4);
    } finally {
      await client.end();
    }
  }, 120_000); // two processes each load every migration with ts-node
});
