/**
 * RFC 9457 problem details. Domain code throws DomainError subclasses; the global filter
 * turns them (and everything else) into application/problem+json.
 */
export interface FieldProblem {
  field?: string;
  row?: number;
  message: string;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldProblem[];
  [extension: string]: unknown;
}

export const PROBLEM_BASE = '/problems/';

export class DomainError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    detail: string,
    readonly errors?: FieldProblem[],
    readonly extensions?: Record<string, unknown>,
  ) {
    super(detail);
    this.name = new.target.name;
  }

  get type(): string {
    return PROBLEM_BASE + this.code;
  }

  /** The problem+json body of this error (without `instance` and `requestId`, which belong to a request). */
  toProblem(): ProblemBody {
    // extensions never override the RFC 9457 members
    return {
      ...this.extensions,
      type: this.type,
      title: this.title,
      status: this.status,
      detail: this.message,
      ...(this.errors ? { errors: this.errors } : {}),
    };
  }
}

export class ValidationError extends DomainError {
  constructor(errors: FieldProblem[], detail = 'The request is not valid: see errors for each field.') {
    super(400, 'validation-error', 'Invalid request', detail, errors);
  }

  static field(field: string, message: string): ValidationError {
    return new ValidationError([{ field, message }], `${field}: ${message}`);
  }
}

export class NotFoundError extends DomainError {
  constructor(what = 'resource') {
    super(404, 'not-found', 'Not found', `No ${what} with that identifier here.`);
  }
}

export class ConflictError extends DomainError {
  constructor(code: string, detail: string, extensions?: Record<string, unknown>, errors?: FieldProblem[]) {
    super(409, code, 'Conflict', detail, errors, extensions);
  }
}

export class ForbiddenError extends DomainError {
  constructor(detail = 'Your role does not allow this action.', code = 'forbidden') {
    super(403, code, 'Forbidden', detail);
  }
}

export class UnauthorizedError extends DomainError {
  constructor(detail = 'A valid bearer token is required.') {
    super(401, 'unauthorized', 'Unauthorized', detail);
  }
}

/** A well-formed request that breaks a business rule (capital floor, closed year ...). */
export class BusinessRuleError extends DomainError {
  constructor(code: string, detail: string, extensions?: Record<string, unknown>, errors?: FieldProblem[]) {
    super(422, code, 'Business rule violated', detail, errors, extensions);
  }
}
