import { DataSource } from 'typeorm';

/** An arbitrary but fixed key: every Socius process that migrates takes this lock first. */
export const MIGRATION_LOCK_KEY = 7_046_112_901;

/**
 * Runs pending migrations while holding a PostgreSQL advisory lock, so that replicas starting
 * together migrate one after the other: the second finds nothing left to do.
 */
export async function runMigrationsLocked(
  dataSource: DataSource,
  log: (m: string) => void = () => undefined,
): Promise<string[]> {
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const done = await dataSource.runMigrations({ transaction: 'each' });
    for (const m of done) log(`migrated ${m.name}`);
    return done.map((m) => m.name);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lock.release();
  }
}

/** The SQL that would bring the database in line with the entities: empty when they agree. */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return sql.upQueries.map((q) => q.query);
}
