import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, loadConfig } from '@socius/core';
import { dataSourceOptions } from './data-source';
import { GuardedDataSource } from './guarded-data-source';
import { IdempotencyService } from './idempotency.service';
import { runMigrationsLocked } from './migrator';

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        dataSourceOptions(config.DATABASE_URL, config.DATABASE_POOL_SIZE, config.DATABASE_POOL_WAIT_MS),
      dataSourceFactory: async (options) => {
        const dataSource = await new GuardedDataSource(options!).initialize();
        if (loadConfig().RUN_MIGRATIONS) await runMigrationsLocked(dataSource, (m) => console.log(m));
        return dataSource;
      },
    }),
  ],
  providers: [IdempotencyService],
  exports: [IdempotencyService],
})
export class DatabaseModule {}
