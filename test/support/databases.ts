import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** Separate prefixes let several test runs share one server (SOCIUS_TEST_DB_PREFIX=alice npm test). */
export const DB_PREFIX = process.env.SOCIUS_TEST_DB_PREFIX ?? 'socius';
export const TEMPLATE_DB = `${DB_PREFIX}_tpl`;

/**
 * The two roles the tests use, as `npm start` and production do: the owner of the tables
 * (DATABASE_OWNER_URL: creates the databases, migrates) and the application's role (DATABASE_URL),
 * which the API and the worker connect as. Remembered on first use, before a test file points
 * DATABASE_URL at its own database. With DATABASE_URL alone, both are that one role.
 */
function remember(): void {
  process.env.SOCIUS_TEST_BASE_URL ??= process.env.DATABASE_URL;
  process.env.SOCIUS_TEST_OWNER_URL ??= process.env.DATABASE_OWNER_URL || process.env.DATABASE_URL;
}

function withDatabase(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The application role's URL of a database. */
export function databaseUrl(name: string): string {
  remember();
  return withDatabase(process.env.SOCIUS_TEST_BASE_URL!, name);
}

/** The owner's URL of a database. */
export function ownerDatabaseUrl(name: string): string {
  remember();
  return withDatabase(process.env.SOCIUS_TEST_OWNER_URL!, name);
}

/** The owner's URL of the database an application URL names. */
export function ownerUrlOf(appUrl: string): string {
  return ownerDatabaseUrl(decodeURIComponent(new URL(appUrl).pathname.slice(1)));
}

/** DATABASE_URL and DATABASE_OWNER_URL for a database, as the migration CLI and the app read them. */
export function databaseEnv(name: string): { DATABASE_URL: string; DATABASE_OWNER_URL: string } {
  return { DATABASE_URL: databaseUrl(name), DATABASE_OWNER_URL: ownerDatabaseUrl(name) };
}

/** True when the tests run with two roles (the application's is not the owner). */
export function separateRoles(): boolean {
  remember();
  return new URL(process.env.SOCIUS_TEST_BASE_URL!).username !== new URL(process.env.SOCIUS_TEST_OWNER_URL!).username;
}

export function adminUrl(): string {
  return ownerDatabaseUrl('postgres');
}

/** A private copy of the migrated template for one test file: fast, and isolated. Its application URL. */
export async function cloneTemplate(): Promise<string> {
  const name = `${DB_PREFIX}_t_${process.env.JEST_WORKER_ID ?? 0}_${randomBytes(4).toString('hex')}`;
  await withAdmin((c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DB}"`));
  return databaseUrl(name);
}

/** An empty database (no migrations), for the migration tests. Its application URL. */
export async function emptyDatabase(): Promise<string> {
  const name = `${DB_PREFIX}_t_empty_${randomBytes(4).toString('hex')}`;
  await withAdmin((c) => c.query(`CREATE DATABASE "${name}"`));
  return databaseUrl(name);
}

/** A client of the server as the owner role (on the `postgres` database unless given another URL). */
export async function withAdmin<T>(fn: (client: Client) => Promise<T>, url = adminUrl()): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
