import { ValidationPipe, ValidationError as ClassValidationError } from '@nestjs/common';
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

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
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
