import type { EntityManager } from 'typeorm';

/**
 * Typed rows from hand-written SQL, for the repositories. The SQL's column aliases must match the
 * row type's fields (`member_id AS "memberId"`); bigint columns arrive as strings.
 *
 * TypeORM answers UPDATE and DELETE with `[rows, affected]` and anything else with the rows: these
 * helpers hide that difference.
 */
export interface SqlResult<T> {
  rows: T[];
  /** rows returned, or for UPDATE and DELETE the rows changed */
  affected: number;
}

export async function run<T = never>(db: EntityManager, sql: string, params: unknown[] = []): Promise<SqlResult<T>> {
  const result: unknown = await db.query(sql, params);
  if (isUpdateOrDeleteResult(result)) return { rows: result[0] as T[], affected: result[1] };
  const rows = result as T[];
  return { rows, affected: rows.length };
}

/** Every row the query returns. */
export async function rows<T>(db: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  return (await run<T>(db, sql, params)).rows;
}

/** The first row the query returns, or undefined when there is none. */
export async function firstRow<T>(db: EntityManager, sql: string, params: unknown[] = []): Promise<T | undefined> {
  return (await run<T>(db, sql, params)).rows[0];
}

/** Rows are objects, never arrays: an array holding an array and a number is TypeORM's UPDATE/DELETE shape. */
function isUpdateOrDeleteResult(result: unknown): result is [unknown[], number] {
  return Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number';
}
