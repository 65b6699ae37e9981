import type { AppConfig } from '@socius/core';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

/**
 * Two database roles (docs/operations.md#database-roles): the owner of the tables, which migrates,
 * and the application's role (DATABASE_URL), which may read and write but only add to the legal
 * register and the other append-only tables — no UPDATE, DELETE, TRUNCATE or TRIGGER there, and no
 * ALTER anywhere (only an owner may). With one URL the application's role is the owner.
 */

/**
 * The URL migrations connect with: DATABASE_OWNER_URL, else DATABASE_DIRECT_URL, else DATABASE_URL.
 * Never a transaction-mode pooler when the others are set: the migration lock is a session's.
 */
export function ownerDatabaseUrl(
  config: Pick<AppConfig, 'DATABASE_URL' | 'DATABASE_OWNER_URL'> & Partial<Pick<AppConfig, 'DATABASE_DIRECT_URL'>>,
): string {
  return config.DATABASE_OWNER_URL || config.DATABASE_DIRECT_URL || config.DATABASE_URL;
}

/** The role the application logs in as when it is not the owner (the user of DATABASE_URL), else null. */
export function applicationRole(config: Pick<AppConfig, 'DATABASE_URL' | 'DATABASE_OWNER_URL'>): string | null {
  if (!config.DATABASE_OWNER_URL) return null;
  const app = decodeURIComponent(new URL(config.DATABASE_URL).username);
  const owner = decodeURIComponent(new URL(config.DATABASE_OWNER_URL).username);
  return app && app !== owner ? app : null;
}

/**
 * Gives the application's role its rights, as the owner (idempotent: run after every migration run,
 * so a role set up later gets them too). The SQL is the migrations' `socius_grant_app_role`.
 */
export async function grantApplicationRole(runner: QueryRunner | EntityManager, role: string): Promise<void> {
  await runner.query(`SELECT socius_grant_app_role($1)`, [role]);
}

export const SINGLE_ROLE_WARNING =
  'the application connects to PostgreSQL as a role that may change or empty the legal register (it owns the tables, ' +
  'or holds UPDATE, DELETE, TRUNCATE or TRIGGER on ledger_movements): its hash chain then only detects changes against ' +
  'the anchors published on statements. Set DATABASE_OWNER_URL to the owner and DATABASE_URL to a role without those ' +
  'rights (README.md, Configuration).';

/**
 * What the application's role could do to the ledger that it should not: empty when it can only
 * read and add. Null when there is no ledger yet (a database not migrated).
 */
export async function ledgerOverreach(dataSource: DataSource): Promise<string[] | null> {
  const [row]: { exists: boolean; owner: boolean; superuser: boolean; rights: string[] }[] = await dataSource.query(
    `SELECT to_regclass('ledger_movements') IS NOT NULL AS exists,
            coalesce((SELECT pg_has_role(current_user, c.relowner, 'USAGE') FROM pg_class c WHERE c.oid = to_regclass('ledger_movements')), false) AS owner,
            (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser,
            ARRAY(SELECT p FROM unnest(ARRAY['UPDATE', 'DELETE', 'TRUNCATE', 'TRIGGER']) p
                   WHERE to_regclass('ledger_movements') IS NOT NULL AND has_table_privilege('ledger_movements', p)) AS rights`,
  );
  if (!row.exists) return null;
  const found: string[] = [];
  if (row.superuser) found.push('superuser');
  if (row.owner) found.push('owner');
  return [...found, ...row.rights];
}
