import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';

/** The application's pg pool, under TypeORM (the same connections, the same limit). */
export function appPool(dataSource: DataSource): Pool & { options?: { max?: number } } {
  return (dataSource.driver as unknown as { master: Pool & { options?: { max?: number } } }).master;
}

/**
 * Runs a statement as a named prepared statement of the pool's connection: PostgreSQL parses and
 * plans it once per connection, not once per call, and TypeORM's query runner is skipped. For the
 * few statements that run by the thousand a second (a ballot); errors are pg's own (`pgCode` reads them).
 */
export async function preparedQuery<T>(
  dataSource: DataSource,
  name: string,
  text: string,
  values: unknown[],
): Promise<T[]> {
  const result = await appPool(dataSource).query({ name, text, values });
  return result.rows as T[];
}
