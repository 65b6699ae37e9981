export * from './data-source';
export * from './database.module';
export * from './migrator';
export * from './naming.strategy';
export * from './transactions';
export * from './idempotency.service';
export * from './idempotency-key.entity';
export * from './pool';
