import { Global, Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, loadConfig } from '@socius/core';
import { dataSourceOptions } from './data-source';
import { GuardedDataSource } from './guarded-data-source';
import { IdempotencyService } from './idempotency.service';
import { runMigrationsLocked } from './migrator';
import { ReadReplica } from './read-replica';
import { applicationRole, ledgerOverreach, ownerDatabaseUrl, SINGLE_ROLE_WARNING } from './roles';

const logger = new Logger('Database');

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        dataSourceOptions(config.DATABASE_URL, config.DATABASE_POOL_SIZE, config.DATABASE_POOL_WAIT_MS),
      dataSourceFactory: async (options) => {
        const config = loadConfig();
        if (config.RUN_MIGRATIONS) {
          // as the owner of the tables, on a connection of its own
          const owner = await new DataSource(
            dataSourceOptions(ownerDatabaseUrl(config), 2, config.DATABASE_POOL_WAIT_MS),
          ).initialize();
          try {
            await runMigrationsLocked(owner, (m) => console.log(m), applicationRole(config));
          } finally {
            await owner.destroy();
          }
        }
        const dataSource = await new GuardedDataSource(options!).initialize();
        const overreach = await ledgerOverreach(dataSource);
        if (overreach?.length) logger.warn(`${SINGLE_ROLE_WARNING} (${overreach.join(', ')})`);
        return dataSource;
      },
    }),
  ],
  providers: [IdempotencyService, ReadReplica],
  exports: [IdempotencyService, ReadReplica],
})
export class DatabaseModule {}
