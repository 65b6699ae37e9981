import { applyDecorators } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiProduces, ApiProperty, ApiPropertyOptions, ApiResponse } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { IsIn } from 'class-validator';

/*
 * OpenAPI helpers shared by the libraries' DTOs and controllers. apps/api/src/openapi.ts completes
 * the document with what holds for every route (path parameters, problem+json errors).
 */

/** Media type of every error answer (ProblemDetailsFilter). */
export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/** RFC 9457 problem details, as ProblemDetailsFilter writes them (`ProblemBody`). */
export const PROBLEM_SCHEMA: SchemaObject = {
  type: 'object',
  description: 'RFC 9457 problem details: every error answer (`application/problem+json`).',
  required: ['type', 'title', 'status'],
  properties: {
    type: {
      type: 'string',
      description: '`/problems/<code>` for a known problem (stable: match on it), `about:blank` otherwise',
      example: '/problems/validation-error',
    },
    title: { type: 'string', description: 'short, the same for every problem of a type' },
    status: { type: 'integer', description: 'the HTTP status', minimum: 400, maximum: 599 },
    detail: { type: 'string', description: 'what went wrong this time, for a person' },
    instance: { type: 'string', description: 'the path of the request' },
    requestId: { type: 'string', description: 'the `X-Request-Id` of the request: quote it when reporting a 500' },
    errors: {
      type: 'array',
      description: 'each invalid field (and, for a CSV import, row)',
      items: {
        type: 'object',
        required: ['message'],
        properties: {
          field: { type: 'string', description: 'the field, header or CSV column at fault' },
          row: { type: 'integer', description: 'the line of the CSV file' },
          message: { type: 'string' },
        },
      },
    },
  },
  // a problem type may carry extension members (`constraint`, a capital floor's figures ...)
  additionalProperties: true,
};

/**
 * Error answers of a route beyond those of its access rule and of every route (which
 * apps/api/src/openapi.ts adds); each is documented as `application/problem+json`.
 * (Named so that the swagger plugin still documents the route's success answer from its type.)
 */
export const ApiProblems = (problems: Record<number, string>) =>
  applyDecorators(
    ...Object.entries(problems).map(([status, description]) => ApiResponse({ status: Number(status), description })),
  );

/**
 * A route that answers a file: its media type (`text/csv`, `application/pdf` ...) on the 200 and
 * the headers sent with it. Errors are still problem+json.
 */
export const FileResponse = (
  mediaType: string,
  description: string,
  headers: Record<string, { description: string; schema?: SchemaObject }> = {},
) =>
  applyDecorators(
    ApiProduces(mediaType),
    ApiOkResponse({
      description,
      schema: { type: 'string', format: 'binary' },
      headers: {
        'Content-Disposition': { description: 'the file name', schema: { type: 'string' } },
        ...Object.fromEntries(Object.entries(headers).map(([name, h]) => [name, { schema: { type: 'string' }, ...h }])),
      },
    }),
  );

/** The header of a POST that honours `Idempotency-Key` (design.md, Idempotency). */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

/**
 * A command that honours `Idempotency-Key`: a retry with the same key and body gets the first
 * answer (`Idempotent-Replayed: true`), the same key with another body a 422.
 */
export const Idempotent = () =>
  ApiHeader({
    name: IDEMPOTENCY_KEY_HEADER,
    required: false,
    description:
      'a key of your choice (1–200 printable ASCII characters) naming this command: a retry with the same ' +
      'key and body answers the first answer again with `Idempotent-Replayed: true`, without doing it twice; ' +
      'the same key with another body is a 422 `/problems/idempotency-key-reused`',
    schema: { type: 'string', minLength: 1, maxLength: 200, pattern: '^[\\x21-\\x7e]+$' },
  });

/**
 * A string enum in OpenAPI (`type: string`, its values, a named schema when `enumName` is given):
 * for fields typed by a union of literals, which the swagger plugin would document as objects.
 */
export const EnumProperty = (
  values: readonly (string | number)[],
  options: Omit<ApiPropertyOptions, 'enum' | 'type'> & { enumName?: string } = {},
) => ApiProperty({ ...options, enum: [...values] } as ApiPropertyOptions);

/** A request field that must be one of `values`, documented as that enum. */
export const IsOneOf = (
  values: readonly (string | number)[],
  options: { enumName?: string; message?: string; description?: string } = {},
) =>
  applyDecorators(
    IsIn([...values], options.message ? { message: options.message } : {}),
    EnumProperty(values, { enumName: options.enumName, description: options.description }),
  );

/** A calendar date `YYYY-MM-DD` (documented `format: date`). */
export const DateProperty = (options: Omit<ApiPropertyOptions, 'type' | 'format'> = {}) =>
  ApiProperty({ ...options, type: String, format: 'date' } as ApiPropertyOptions);
