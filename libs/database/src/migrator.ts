import { DataSource, MigrationExecutor } from 'typeorm';
import { grantApplicationRole } from './roles';

/** An arbitrary but fixed key: every Socius process that migrates takes this lock first. */
export const MIGRATION_LOCK_KEY = 7_046_112_901;

/**
 * Runs pending migrations while holding a PostgreSQL advisory lock, so that replicas starting
 * together migrate one after the other: the second finds nothing left to do. `dataSource` connects
 * as the owner of the tables; `appRole` (the application's own role, when it is another) gets its
 * rights afterwards, and migrations read it as the setting `socius.app_role`.
 */
export async function runMigrationsLocked(
  dataSource: DataSource,
  log: (m: string) => void = () => undefined,
  appRole: string | null = null,
): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await runner.query(`SELECT set_config('socius.app_role', $1, false)`, [appRole ?? '']);
    const executor = new MigrationExecutor(dataSource, runner);
    executor.transaction = 'each';
    const done = await executor.executePendingMigrations();
    for (const m of done) log(`migrated ${m.name}`);
    if (appRole) await grantApplicationRole(runner, appRole);
    return done.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}

/** The SQL that would bring the database in line with the entities: empty when they agree. */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return sql.upQueries.map((q) => q.query);
}
