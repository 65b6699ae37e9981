export { DatabaseModule } from './database.module';
export { SecondConnectionError, outsideTransaction } from './guarded-data-source';
export { IdempotencyService } from './idempotency.service';
export { CopyTextRows, CsvCrlf, openCopyRows, pipeCopy } from './pg-copy';
export type { Literal } from './pg-copy';
export { appPool } from './pool';
export { ReadReplica } from './read-replica';
export { attachment, streamDownload } from './stream-download';
export { PG, pgCode, pgConstraint } from './transactions';
