export { IsBic, IsIban, isBic, isIban, normalizeIban, sepaText } from './bank';
export { APP_CONFIG, loadConfig, parseTrustProxy } from './config';
export type { AppConfig } from './config';
export { readCookie, setCookie } from './cookies';
export { CoreModule } from './core.module';
export { CSV_STRINGIFY_CAST, csvLine, csvUntext, sqlCsvText } from './csv';
export { BOM, frenchCents, frenchDate, frenchDecimal, sqlFrenchCents, sqlFrenchDate, sqlLabels } from './french-csv';
export { IdempotencyInterceptor } from './idempotency.interceptor';
export { MAX_CENTS, bigintCents, centsToDecimalComma, formatEuros } from './money';
export {
  ApiProblems,
  DateProperty,
  EnumProperty,
  FileResponse,
  IDEMPOTENCY_KEY_HEADER,
  Idempotent,
  IsOneOf,
  PROBLEM_MEDIA_TYPE,
  PROBLEM_SCHEMA,
} from './openapi';
export { PageQuery, decodeCursor, encodeCursor } from './pagination';
export type { Page } from './pagination';
export { IdParam, isUuid } from './params';
export { ProblemDetailsFilter } from './problem.filter';
export {
  BusinessRuleError,
  ConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  PROBLEM_BASE,
  UnauthorizedError,
  ValidationError,
} from './problems';
export type { FieldProblem, ProblemBody } from './problems';
export { redisOptionsFromUrl } from './redis';
export { RequestContext } from './request-context';
export { createValidationPipe, flattenValidationErrors } from './validation';
export { BoundedString, Cents, IsCalendarDate, IsDecimal, IsMonthDay, IsSiren, isCalendarDate } from './validators';
