import { ArgumentMetadata, ValidationPipe, ValidationError as ClassValidationError } from '@nestjs/common';
import { FieldProblem, ValidationError } from './problems';

/** Flattens class-validator's tree into [{field: "contributor.email", message}]. */
export function flattenValidationErrors(errors: ClassValidationError[], parent = ''): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const error of errors) {
    const field = parent ? `${parent}.${error.property}` : error.property;
    for (const [constraint, message] of Object.entries(error.constraints ?? {})) {
      out.push({ field, message: constraint === 'whitelistValidation' ? 'is not a known field' : message });
    }
    if (error.children?.length) out.push(...flattenValidationErrors(error.children, field));
  }
  return out;
}

/** Nesting deeper than this in a body or a query is refused: no DTO of ours goes near it. */
export const MAX_INPUT_DEPTH = 32;

/** With the `u` flag, `\p{Cs}` matches only a surrogate that is not half of a pair. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * The first field of `value` no route can take, whatever its DTO: a NUL character in a string or a
 * key (PostgreSQL cannot store it in text), a lone surrogate, or nesting deeper than MAX_INPUT_DEPTH. Checked before
 * class-transformer and class-validator walk the value, so neither ever sees it.
 */
export function unsafeInput(value: unknown, field: string, depth = 0): FieldProblem | null {
  if (typeof value === 'string') {
    if (value.includes('\0')) return { field, message: 'must not contain a NUL character' };
    // half of a surrogate pair is no character: validator.js's checks (IsEmail) throw on one
    return LONE_SURROGATE.test(value) ? { field, message: 'must be valid Unicode (a lone surrogate)' } : null;
  }
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return null;
  if (depth >= MAX_INPUT_DEPTH) return { field, message: `is nested deeper than ${MAX_INPUT_DEPTH} levels` };
  for (const [key, child] of Object.entries(value)) {
    const path = field ? `${field}.${key}` : key;
    if (key.includes('\0')) return { field: path, message: 'must not contain a NUL character' };
    if (LONE_SURROGATE.test(key)) return { field: path, message: 'must be valid Unicode (a lone surrogate)' };
    const problem = unsafeInput(child, path, depth + 1);
    if (problem) return problem;
  }
  return null;
}

/** The validation pipe, after a check no DTO can forget (unsafeInput) on every body, query and parameter. */
class SociusValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // custom parameters (the organization, the user) are ours, not the client's
    const problem =
      metadata.type === 'custom' ? null : unsafeInput(value, metadata.type === 'body' ? '' : (metadata.data ?? ''));
    if (problem) {
      if (!problem.field) problem.field = metadata.type;
      throw new ValidationError([problem], `${problem.field}: ${problem.message}`);
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new SociusValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const problems = flattenValidationErrors(errors);
      const detail = problems.map((p) => `${p.field}: ${p.message}`).join('; ');
      return new ValidationError(problems, detail || 'The request is not valid.');
    },
  });
}
