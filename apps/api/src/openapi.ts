import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type {
  OperationObject,
  ParameterObject,
  PathItemObject,
  ReferenceObject,
  ResponseObject,
  SchemaObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { CSRF_HEADER, SESSION_COOKIE } from '@socius/auth';
import { IDEMPOTENCY_KEY_HEADER, PROBLEM_MEDIA_TYPE, PROBLEM_SCHEMA } from '@socius/core';

/** The server a generated document names (the default PUBLIC_URL): the same sources give the same file. */
export const OPENAPI_SERVER = 'http://localhost:3000';

export const PROBLEM_REF = '#/components/schemas/Problem';

/** The OpenAPI document the API serves at /openapi.json, and `npm run openapi:*` write. */
export function buildOpenApi(app: INestApplication, publicUrl: string): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Socius API')
    .setDescription(
      'Member and share registry, permanent general assembly and contribution funding for cooperatives. ' +
        'Errors are RFC 9457 application/problem+json. Amounts are integer cents, dates YYYY-MM-DD.',
    )
    .setVersion('1')
    .setLicense('AGPL-3.0-or-later', 'https://www.gnu.org/licenses/agpl-3.0.html')
    .addServer(publicUrl)
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'soc_…',
        description:
          'an organization’s API token (`POST /v1/orgs/{slug}/api-tokens`), for another platform: it acts only in ' +
          'its organization, on the operations that name the scope it holds (`x-api-scope`), never as a member',
      },
      'api-token',
    )
    .addCookieAuth(
      SESSION_COOKIE,
      {
        type: 'apiKey',
        in: 'cookie',
        description:
          'a browser session (`POST /v1/auth/login` with `session: "cookie"`); a change also sends the ' +
          `\`csrfToken\` the log-in answered, in the \`${CSRF_HEADER}\` header`,
      },
      'session',
    )
    .addApiKey(
      {
        type: 'apiKey',
        in: 'header',
        name: 'X-Voting-Code',
        description:
          'the secret code a member of an assembly was sent with their convocation (e-mail link `/vote#code=…` or postal letter)',
      },
      'voting-code',
    )
    .build();
  return completeDocument(SwaggerModule.createDocument(app, config));
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
const WRITES = new Set(['post', 'put', 'patch', 'delete']);

/** Path parameters the routes resolve themselves (`@Roles` resolves `:slug`): how to document them. */
const PATH_PARAMETERS: Record<string, Omit<ParameterObject, 'name' | 'in'>> = {
  slug: {
    description: 'the organization’s slug (`GET /v1/orgs` lists yours)',
    schema: { type: 'string', pattern: '^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$' },
  },
};

/** What every route may answer besides its own answers: RFC 9457 problems (ProblemDetailsFilter). */
const COMMON_PROBLEMS: {
  status: string;
  description: string;
  when: (method: string, op: OperationObject) => boolean;
}[] = [
  {
    status: '400',
    description: 'Invalid request: `errors` names each field (or CSV row) at fault',
    // every parameter, path ones included, is checked (a NUL character is refused everywhere)
    when: (method, op) => WRITES.has(method) || !!op.requestBody || (op.parameters ?? []).length > 0,
  },
  {
    status: '404',
    description: 'Not found: nothing of that identifier that you can see',
    when: (_method, op) => (op.parameters ?? []).some((p) => !isRef(p) && p.in === 'path'),
  },
  {
    status: '413',
    description: 'The body is larger than the API takes (1 MB of JSON)',
    when: (_method, op) => !!op.requestBody,
  },
  {
    status: '409',
    description: 'Conflict: a concurrent change got there first, or this would duplicate a record',
    when: (method) => WRITES.has(method),
  },
  {
    status: '422',
    description: 'A business rule refuses it (`type` names the rule)',
    when: (method) => WRITES.has(method),
  },
  {
    status: '500',
    description: 'Unexpected error: nothing is revealed but the `requestId`',
    when: () => true,
  },
  {
    status: '503',
    description:
      'Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After',
    when: () => true,
  },
];

const RETRY_AFTER = {
  description: 'seconds to wait before retrying',
  schema: { type: 'integer' },
} as const;

/**
 * Completes what the decorators cannot say route by route:
 * - every `{param}` of a path is declared (`:slug` is read by the access guard, not by a handler);
 * - every error answer is `application/problem+json` with the Problem schema, and the answers every
 *   route may give (400 with input, 404 with a path parameter, 413 with a body, 409/422 for a change,
 *   500, 503) are listed;
 * - commands that honour `Idempotency-Key` say that a replay carries `Idempotent-Replayed`;
 * - a nullable enum lists `null` among its values (OpenAPI 3.0.3); a lone `allOf: [$ref]` is the `$ref`.
 */
export function completeDocument(doc: OpenAPIObject): OpenAPIObject {
  doc.components ??= {};
  doc.components.schemas = { Problem: structuredClone(PROBLEM_SCHEMA), ...doc.components.schemas };
  for (const [path, item] of Object.entries(doc.paths) as [string, PathItemObject][]) {
    declarePathParameters(path, item);
    for (const method of METHODS) {
      const op = item[method];
      if (op) completeResponses(method, op, item.parameters ?? []);
    }
  }
  for (const schema of Object.values(doc.components.schemas)) visitSchemas(schema, normaliseSchema);
  visitSchemas(doc.paths, normaliseSchema);
  return doc;
}

function isRef(value: object): value is ReferenceObject {
  return '$ref' in value;
}

function declarePathParameters(path: string, item: PathItemObject): void {
  const names = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  const operations = METHODS.map((m) => item[m]).filter((op): op is OperationObject => !!op);
  for (const name of names) {
    const declaredIn = (params: (ParameterObject | ReferenceObject)[] | undefined) =>
      (params ?? []).some((p) => !isRef(p) && p.in === 'path' && p.name === name);
    if (declaredIn(item.parameters) || operations.every((op) => declaredIn(op.parameters))) continue;
    const known = PATH_PARAMETERS[name] ?? { schema: { type: 'string' } };
    item.parameters = [...(item.parameters ?? []), { name, in: 'path', required: true, ...known }];
  }
}

function completeResponses(
  method: string,
  op: OperationObject,
  pathParameters: (ParameterObject | ReferenceObject)[],
): void {
  const scope = (op as OperationObject & { 'x-api-scope'?: string })['x-api-scope'];
  if (scope) op.description = `${op.description ?? ''}\n\nAPI tokens: with the scope \`${scope}\`.`.trimStart();
  const responses = op.responses as Record<string, ResponseObject | ReferenceObject>;
  // what `when` reads: the operation with the parameters its path item declares
  const withPath = { ...op, parameters: [...pathParameters, ...(op.parameters ?? [])] };
  for (const common of COMMON_PROBLEMS) {
    if (!responses[common.status] && common.when(method, withPath))
      responses[common.status] = { description: common.description };
  }
  if (WRITES.has(method) && (op.security ?? []).some((requirement) => 'session' in requirement)) {
    const csrf = 'with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`)';
    const forbidden = responses['403'] as ResponseObject | undefined;
    responses['403'] = { description: forbidden ? `${forbidden.description}; ${csrf}` : `Forbidden: ${csrf}` };
  }
  const idempotent = (op.parameters ?? []).some(
    (p) => !isRef(p) && p.in === 'header' && p.name === IDEMPOTENCY_KEY_HEADER,
  );
  for (const [status, response] of Object.entries(responses)) {
    if (isRef(response)) continue;
    if (/^[45]/.test(status)) {
      response.content = { [PROBLEM_MEDIA_TYPE]: { schema: { $ref: PROBLEM_REF } } };
      if (status === '429' || status === '503') response.headers = { 'Retry-After': RETRY_AFTER, ...response.headers };
      if (status === '422' && idempotent)
        response.description += '; `/problems/idempotency-key-reused`: this `Idempotency-Key` came with another body';
    } else if (/^2/.test(status) && idempotent) {
      response.headers = {
        ...response.headers,
        'Idempotent-Replayed': {
          description: '`true` when this is the stored answer to an earlier request with the same `Idempotency-Key`',
          schema: { type: 'string', enum: ['true'] },
        },
      };
    }
  }
  // responses in status order: success first, then the problems
  op.responses = Object.fromEntries(Object.entries(responses).sort(([a], [b]) => a.localeCompare(b)));
}

function normaliseSchema(schema: SchemaObject): void {
  // OpenAPI 3.0.3: a nullable enum lists null among its values
  if (schema.nullable && Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum.push(null);
  // the plugin wraps a named enum in `allOf` even with nothing beside it: a `$ref` says the same
  for (const property of Object.values(schema.properties ?? {}) as SchemaObject[]) {
    if (Object.keys(property).length === 1 && property.allOf?.length === 1) {
      const [only] = property.allOf;
      delete property.allOf;
      Object.assign(property, only);
    }
  }
}

function visitSchemas(node: unknown, visit: (schema: SchemaObject) => void): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) return node.forEach((n) => visitSchemas(n, visit));
  const record = node as Record<string, unknown>;
  if ('enum' in record || 'type' in record || 'properties' in record) visit(record as SchemaObject);
  for (const [key, value] of Object.entries(record))
    if (key !== 'enum' && key !== 'example') visitSchemas(value, visit);
}
