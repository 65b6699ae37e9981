export { DatabaseModule } from './database.module';
export { SecondConnectionError, outsideTransaction } from './guarded-data-source';
export { IdempotencyService } from './idempotency.service';
export { appPool } from './pool';
export { PG, pgCode, pgConstraint } from './transactions';
