import 'reflect-metadata';
import * as path from 'node:path';
import { types } from 'pg';
import { DataSourceOptions } from 'typeorm';
import { loadConfig } from '@socius/core';
import { GuardedDataSource } from './guarded-data-source';
import { SnakeNamingStrategy } from './naming.strategy';
import { ownerDatabaseUrl } from './roles';

// legal dates stay 'YYYY-MM-DD' strings in raw queries too, never shifted by a time zone
types.setTypeParser(types.builtins.DATE, (value: string) => value);

/** The repository root, the same from sources (ts-node, jest) and from dist/. */
const ROOT = path.resolve(__dirname, '../../..');

/**
 * The one set of options for the app, the worker, the migration CLI and the tests.
 * Entities and migrations are found by file name, so a new domain library only adds files.
 */
export function dataSourceOptions(
  url = loadConfig().DATABASE_URL,
  poolSize = loadConfig().DATABASE_POOL_SIZE,
  poolWaitMs = loadConfig().DATABASE_POOL_WAIT_MS,
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    synchronize: false,
    migrationsRun: false,
    migrationsTableName: 'migrations',
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto', // gen_random_uuid() is built into PostgreSQL 13+
    installExtensions: false,
    entities: [path.join(ROOT, 'libs/*/src/**/*.entity.{ts,js}')],
    migrations: [path.join(ROOT, 'migrations/*.{ts,js}')],
    migrationsTransactionMode: 'each',
    // a request waits so long for a connection, then fails (503): the pool can never stay jammed
    extra: {
      max: poolSize,
      connectionTimeoutMillis: poolWaitMs,
      application_name: process.env.SOCIUS_APP_NAME ?? 'socius',
    },
    logging: false, // failed queries surface as errors, logged by the problem filter when unexpected
  };
}

/** The migration CLI's (and TypeORM CLI's) data source: the owner of the tables. */
export default new GuardedDataSource(dataSourceOptions(ownerDatabaseUrl(loadConfig()), 2));
