export { ExportsModule } from './exports.module';
export { validateFec } from './fec/fec-validator';
