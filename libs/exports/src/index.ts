export { ExportsModule } from './exports.module';
export { validateFec } from './fec/fec-validator';
export { BOM, csvLine, sqlFrenchCents, sqlFrenchDate, sqlLabels } from './french';
export { CsvCrlf, pipeCopy } from './pg-copy';
export { attachment, streamDownload } from './stream';
