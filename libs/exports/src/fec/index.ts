export {
  FEC_COLUMNS,
  FEC_FIELD_SEPARATOR,
  FEC_LINE_SEPARATOR,
  FecEncoder,
  FecLineError,
  fecFileName,
  fecHeader,
  fecRow,
  formatFecAmount,
  formatFecDate,
  isLatin9Encodable,
  parseFecDate,
  sanitizeFecText,
  transliterateToLatin9,
} from './fec-format';
export type { FecEncoderOptions, FecEncoding, FecLine } from './fec-format';
export { FEC_MAX_PROBLEMS, validateFec } from './fec-validator';
export type { FecProblem, FecReport, FecValidationOptions } from './fec-validator';
