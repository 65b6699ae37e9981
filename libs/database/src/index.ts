export { DatabaseModule } from './database.module';
export { SecondConnectionError, outsideTransaction } from './guarded-data-source';
export { IdempotencyService } from './idempotency.service';
export { appPool } from './pool';
export { PG, pgCode, pgConstraint } from './transactions';
export { CopyTextRows, CsvCrlf, ExportsBusyError, openCopyRows, pipeCopy } from './pg-copy';
export type { Literal } from './pg-copy';
export { attachment, streamDownload } from './stream-download';
