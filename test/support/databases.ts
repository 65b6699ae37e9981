import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** Separate prefixes let several test runs share one server (SOCIUS_TEST_DB_PREFIX=alice npm test). */
export const DB_PREFIX = process.env.SOCIUS_TEST_DB_PREFIX ?? 'socius';
export const TEMPLATE_DB = `${DB_PREFIX}_tpl`;

const baseUrl = () => process.env.SOCIUS_TEST_BASE_URL ?? process.env.DATABASE_URL!;

export function databaseUrl(name: string): string {
  const url = new URL(baseUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

export function adminUrl(): string {
  return databaseUrl('postgres');
}

/** A private copy of the migrated template for one test file: fast, and isolated. */
export async function cloneTemplate(): Promise<string> {
  process.env.SOCIUS_TEST_BASE_URL ??= process.env.DATABASE_URL;
  const name = `${DB_PREFIX}_t_${process.env.JEST_WORKER_ID ?? 0}_${randomBytes(4).toString('hex')}`;
  await withAdmin((c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DB}"`));
  return databaseUrl(name);
}

/** An empty database (no migrations), for the migration tests. */
export async function emptyDatabase(): Promise<string> {
  process.env.SOCIUS_TEST_BASE_URL ??= process.env.DATABASE_URL;
  const name = `${DB_PREFIX}_t_empty_${randomBytes(4).toString('hex')}`;
  await withAdmin((c) => c.query(`CREATE DATABASE "${name}"`));
  return databaseUrl(name);
}

export async function withAdmin<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
