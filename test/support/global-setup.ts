import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { Client } from 'pg';
import { DB_PREFIX, TEMPLATE_DB, adminUrl, databaseEnv, separateRoles } from './databases';

/**
 * Once per run: a fresh template database migrated by the real migration CLI as the owner role,
 * which grants the application's role its rights (kept by every clone) and fails the run when the
 * entities and the migrations disagree. Each test file then clones it.
 */
export default async function globalSetup(): Promise<void> {
  if (!process.env.DATABASE_URL || !process.env.REDIS_URL) {
    throw new Error('DATABASE_URL and REDIS_URL must be set: run the tests with `npm test`, which starts them.');
  }
  if (!separateRoles()) {
    process.stderr.write(
      'DATABASE_OWNER_URL is not set (or names the role of DATABASE_URL): the tests run as the owner of the tables, ' +
        'and those of the application role fail. `source scripts/services.sh && socius_services test` sets both.\n',
    );
  }
  const admin = new Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    const stale = await admin.query(`SELECT datname FROM pg_database WHERE datname LIKE $2 OR datname = $1`, [
      TEMPLATE_DB,
      `${DB_PREFIX}_t\\_%`,
    ]);
    for (const row of stale.rows) await admin.query(`DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${TEMPLATE_DB}"`);
  } finally {
    await admin.end();
  }
  const root = path.resolve(__dirname, '../..');
  try {
    execFileSync(
      process.execPath,
      [
        '-r',
        'ts-node/register/transpile-only',
        '-r',
        'tsconfig-paths/register',
        'libs/database/src/cli/migrate.ts',
        '--check',
      ],
      {
        cwd: root,
        env: { ...process.env, ...databaseEnv(TEMPLATE_DB) },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
  } catch (error) {
    throw new Error(
      `Migrating the test template failed:\n${(error as { stderr?: Buffer }).stderr?.toString() ?? error}`,
      { cause: error },
    );
  }
}
