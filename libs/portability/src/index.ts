export { PortabilityModule } from './portability.module';
export { PORTABLE_EXPORT_JOB, PORTABLE_IMPORT_JOB, PortabilityService } from './portability.service';
export type { ExportResult, ImportResult } from './portability.service';
export { CARRIED_TABLES, LEFT_OUT_TABLES } from './tables';
export { PORTABLE_FORMAT } from './portable-format';
export type { Manifest } from './portable-format';
export { ZipReader, writeZip } from './zip';
