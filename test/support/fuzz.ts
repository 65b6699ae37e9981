import fc from 'fast-check';
import type request from 'supertest';

/**
 * Requests generated from the OpenAPI document, for every operation: values that fit each
 * parameter's and body field's schema, and values that do not (wrong types, numbers beyond the
 * bounds and beyond 2^53, floats, NUL, right-to-left marks, emoji, lone surrogates, huge and empty
 * strings, missing required fields, unknown fields, deep nesting, malformed JSON). Path parameters
 * are mostly ids of a seeded co-op (so handlers run deep) and sometimes garbage.
 * Used by test/platform/fuzz.e2e-spec.ts (bounded) and bench/fuzz.ts (long).
 */

/** An OpenAPI document or one of its nodes, walked as plain JSON. */
type Json = any;

export const FUZZ_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
export type FuzzMethod = (typeof FUZZ_METHODS)[number];

export interface Operation {
  method: FuzzMethod;
  /** the path as the document writes it: `/v1/orgs/{slug}/members/{id}` */
  template: string;
  /** `POST /v1/orgs/{slug}/members` */
  name: string;
  op: Json;
  /** the statuses the operation documents */
  statuses: Set<number>;
}

export interface FuzzRequest {
  method: FuzzMethod;
  /** the path with its parameters, percent-encoded, and the query string */
  url: string;
  headers: Record<string, string>;
  /** the raw body and its media type (none for a bodiless request) */
  body?: { contentType: string; data: string };
}

/**
 * Real values for path parameters: by the collection before them (`members` for `members/{id}`),
 * else by name (`slug`, `memberId`, `id` for any id).
 */
export type PathValues = Record<string, string[]>;

/** The seed of a run: FUZZ_SEED when set, else a fixed one, so a failure replays. */
export const fuzzSeed = (): number => (process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20261206);

/** A seed of its own for each operation and caller, so that `FUZZ_ONLY` replays one alone. */
export function seedFor(seed: number, ...names: string[]): number {
  let h = seed | 0;
  for (const ch of names.join(' ')) h = (Math.imul(h ^ ch.charCodeAt(0), 0x9e3779b1) + 0x7f4a7c15) | 0;
  return h;
}

export function operationsOf(doc: Json): Operation[] {
  const ops: Operation[] = [];
  for (const [template, item] of Object.entries<Json>(doc.paths))
    for (const method of FUZZ_METHODS) {
      const op = item[method];
      if (!op) continue;
      op.parameters = [...(item.parameters ?? []), ...(op.parameters ?? [])];
      ops.push({
        method,
        template,
        name: `${method.toUpperCase()} ${template}`,
        op,
        statuses: new Set(Object.keys(op.responses).map(Number)),
      });
    }
  return ops;
}

/** What an error body would show of a database error: its words, a constraint's name, SQL (class-validator's own "constraints" are no leak). */
export const LEAK =
  /violates|constraint "|\b[a-z0-9]+(?:_[a-z0-9]+)*_(?:fk|fkey|pkey|key|check|idx|uniq)\b|SELECT .+ FROM|INSERT INTO|UPDATE \S+ SET|DELETE FROM|relation "|column "|syntax error at/;

const deref = (doc: Json, node: Json): Json => {
  let seen = 0;
  while (node?.$ref && seen++ < 20)
    node = node.$ref
      .slice(2)
      .split('/')
      .reduce((n: Json, key: string) => n?.[key], doc);
  return node ?? {};
};

/** Strings no field should choke on. */
const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u202eevil',
  '\u200f\u05e9\u05dc\u05d5\u05dd',
  '😀👩‍👩‍👧',
  '\ud800',
  'x\udfff',
  '\ufeff',
  "' OR 1=1 --",
  '"; DROP TABLE members; --',
  '%00',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '${7*7}',
  '0',
  '-1',
  'null',
  'true',
  'NaN',
  '1e400',
  '9007199254740993',
  '2026-02-30',
  '0000-00-00',
  '99999-12-31',
  '2026-13-01',
  'Ⅻ',
  'İstanbul',
  'ﬃ',
];

/** Numbers beyond what any field takes: bounds, 2^53, floats, negatives. */
const NASTY_NUMBERS = [
  0,
  -1,
  1,
  -0,
  0.5,
  1.5,
  -1.5,
  2 ** 31,
  2 ** 53,
  2 ** 53 + 2,
  -(2 ** 53),
  1e21,
  1e300,
  -1e300,
  Number.MIN_VALUE,
];

const unicodeString = (maxLength: number) =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: 'grapheme', maxLength }),
    fc.string({ maxLength }),
  );

/** Any JSON value, nested a little. */
const anyJson = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constantFrom<unknown>(null, true, false, ...NASTY_NUMBERS, ...NASTY_STRINGS),
    fc.jsonValue({ maxDepth: 3 }),
    deepNesting(),
  );

/** `{"a":{"a":…}}` or `[[[…]]]`, around the 32 levels the API takes. */
const deepNesting = () =>
  fc.tuple(fc.integer({ min: 20, max: 60 }), fc.boolean()).map(([depth, arrays]) => {
    let v: unknown = 'x';
    for (let i = 0; i < depth; i++) v = arrays ? [v] : { a: v };
    return v;
  });

/** A long string: over the bounds, under the 1 MB body limit mostly. */
const hugeString = () =>
  fc
    .tuple(fc.integer({ min: 256, max: 200_000 }), fc.constantFrom('a', 'é', '😀', '\u202e', ' '))
    .map(([n, c]) => c.repeat(n));

/** The name of the field a schema is for, which `objectOf` passes along (a hint: `memberId`, `paidOn` ...). */
const FIELD = 'x-fuzz-field';

/** A value that fits the schema (roughly: patterns and formats are followed, not every rule). */
function fitting(doc: Json, schema: Json, values: PathValues, depth: number): fc.Arbitrary<unknown> {
  const field: string = schema[FIELD] ?? '';
  schema = { ...deref(doc, schema), [FIELD]: field };
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.allOf?.length) return fitting(doc, { ...schema.allOf[0], [FIELD]: field }, values, depth);
  if (schema.oneOf?.length || schema.anyOf?.length)
    return fc.oneof(...(schema.oneOf ?? schema.anyOf).map((s: Json) => fitting(doc, s, values, depth)));
  const type = schema.type ?? (schema.properties ? 'object' : undefined);
  switch (type) {
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? -1_000_000;
      const max = schema.maximum ?? 1_000_000;
      const small = [1, 2, 3, 10, 100, 1000, 2500, 10_000].filter((n) => n >= min && n <= max);
      const [lo, hi] = [Math.max(Math.ceil(min), -(2 ** 31)), Math.min(Math.floor(max), 2 ** 31)];
      const choices: fc.WeightedArbitrary<number>[] = [
        // amounts and quantities are mostly small and positive: handlers then get past their rules
        { weight: 3, arbitrary: small.length ? fc.constantFrom(...small) : fc.constant(min) },
        { weight: 1, arbitrary: fc.constantFrom(min, max) },
      ];
      if (lo <= hi) choices.push({ weight: 2, arbitrary: fc.integer({ min: lo, max: hi }) });
      if (type === 'number')
        choices.push({
          weight: 1,
          arbitrary: fc.double({ min: Math.max(min, -1e6), max: Math.min(max, 1e6), noNaN: true }),
        });
      return fc.oneof(...choices);
    }
    case 'boolean':
      return fc.boolean();
    case 'array': {
      const items = schema.items ? fitting(doc, schema.items, values, depth + 1) : anyJson();
      return fc.array(items, { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 4, 4) });
    }
    case 'object':
      return depth > 6 ? fc.constant({}) : objectOf(doc, schema, values, depth, fitting);
    case 'string':
      return fittingString(schema, values);
    default:
      return anyJson();
  }
}

/** A string for a field whose name says what it holds, when it does. */
function byName(field: string, values: PathValues): fc.Arbitrary<string> | null {
  const ids = [...new Set([...(values.id ?? []), ...(values.memberId ?? []), ...(values.userId ?? [])])];
  if (/Id$/.test(field) && ids.length) return fc.oneof(fc.constantFrom(...ids), fc.uuid());
  if (/(^c|C)ode$/.test(field) && values.code?.length) return fc.constantFrom(...values.code);
  if (/On$/.test(field)) return fittingString({ format: 'date' }, values);
  if (/At$/.test(field)) return fittingString({ format: 'date-time' }, values);
  if (/iban/i.test(field)) return fc.constantFrom('FR7630006000011234567890189', 'FR76 3000 6000 0112 3456 7890 189');
  if (/email/i.test(field)) return fc.emailAddress();
  return null;
}

function fittingString(schema: Json, values: PathValues): fc.Arbitrary<string> {
  const named = !schema.format && !schema.pattern && byName(schema[FIELD] ?? '', values);
  if (named) return named;
  const ids = [...new Set(Object.values(values).flat())];
  const max = Math.min(schema.maxLength ?? 40, 200);
  const min = Math.min(schema.minLength ?? 0, max);
  switch (schema.format) {
    case 'date':
      return fc.oneof(
        fc
          .date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
        fc.constantFrom('2026-01-15', '2026-12-31', '2025-12-31'),
      );
    case 'date-time':
      return fc
        .date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString());
    case 'uuid':
      return ids.length ? fc.oneof(fc.constantFrom(...ids), fc.uuid()) : fc.uuid();
    case 'email':
      return fc.oneof(fc.emailAddress(), fc.constantFrom('a@example.coop'));
    case 'binary':
      return fc.string({ maxLength: 200 });
  }
  if (schema.pattern) {
    try {
      return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length <= 500);
    } catch {
      /* a pattern JavaScript cannot read: any string */
    }
  }
  return fc.oneof(fc.string({ minLength: min, maxLength: max }), ids.length ? fc.constantFrom(...ids) : fc.string());
}

/** A value that does not fit the schema, or barely. */
function misfit(doc: Json, schema: Json): fc.Arbitrary<unknown> {
  schema = deref(doc, schema);
  const bounds: unknown[] = [];
  if (typeof schema.minimum === 'number') bounds.push(schema.minimum - 1, schema.minimum - 0.5);
  if (typeof schema.maximum === 'number') bounds.push(schema.maximum + 1, schema.maximum + 0.5);
  if (typeof schema.maxLength === 'number') bounds.push('x'.repeat(schema.maxLength + 1));
  if (typeof schema.minLength === 'number' && schema.minLength > 0) bounds.push('x'.repeat(schema.minLength - 1));
  return fc.oneof(
    fc.constantFrom<unknown>(null, true, false, ...NASTY_NUMBERS, ...NASTY_STRINGS, ...bounds),
    unicodeString(60),
    hugeString(),
    fc.integer(),
    fc.double(),
    fc.constant([]),
    fc.constant({}),
    fc.array(fc.string(), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 3 }),
    deepNesting(),
  );
}

/** `arbitrary` once in `oneIn`, else undefined. (`fc.option`'s `freq` is that of the undefined.) */
const rarely = <T>(arbitrary: fc.Arbitrary<T>, oneIn: number): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight: oneIn - 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });

/** A value for a field: mostly fitting, often not. */
function fieldValue(doc: Json, schema: Json, values: PathValues, depth: number): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 3, arbitrary: fitting(doc, schema, values, depth) },
    { weight: 2, arbitrary: misfit(doc, schema) },
  );
}

type ValueOf = (doc: Json, schema: Json, values: PathValues, depth: number) => fc.Arbitrary<unknown>;

/** An object of the schema's properties; required ones sometimes missing, unknown ones sometimes added. */
function objectOf(doc: Json, schema: Json, values: PathValues, depth: number, valueOf: ValueOf) {
  const properties: Record<string, Json> = schema.properties ?? {};
  const required = new Set<string>(schema.required ?? []);
  // a fitting object has its required fields and no others; otherwise either may go wrong
  const strict = valueOf === fitting;
  const record = Object.fromEntries(
    Object.entries(properties).map(([key, s]) => [
      key,
      required.has(key) && strict
        ? valueOf(doc, { ...s, [FIELD]: key }, values, depth + 1)
        : fc.option(valueOf(doc, { ...s, [FIELD]: key }, values, depth + 1), {
            freq: required.has(key) ? 12 : 2,
            nil: undefined,
          }),
    ]),
  );
  const extra = strict
    ? fc.constant(undefined)
    : rarely(fc.dictionary(fc.string({ maxLength: 12 }), anyJson(), { minKeys: 1, maxKeys: 2 }), 6);
  return fc.tuple(fc.record(record), extra).map(([fields, more]) => {
    const out: Record<string, unknown> = { ...(more ?? {}) };
    for (const [key, value] of Object.entries(fields)) if (value !== undefined) out[key] = value;
    return out;
  });
}

/** A body that fits but for one field (so that each refusal is met alone, deep in the handler). */
function fittingButOne(doc: Json, schema: Json, values: PathValues): fc.Arbitrary<unknown> {
  const keys = Object.keys(schema.properties ?? {});
  if (!keys.length) return fitting(doc, schema, values, 0);
  const wrong = fc
    .constantFrom(...keys)
    .chain((key) => fc.tuple(fc.constant(key), fc.option(misfit(doc, schema.properties[key]), { nil: undefined })));
  return fc.tuple(fitting(doc, schema, values, 0), wrong).map(([body, [key, value]]) => {
    const out = { ...(body as Record<string, unknown>) };
    if (value === undefined) delete out[key];
    else out[key] = value;
    return out;
  });
}

function bodyOf(doc: Json, op: Json, values: PathValues): fc.Arbitrary<FuzzRequest['body']> {
  const content: Record<string, Json> = deref(doc, op.requestBody)?.content ?? {};
  const json = content['application/json'];
  const others = Object.keys(content).filter((t) => t !== 'application/json');
  const arbitraries: fc.WeightedArbitrary<FuzzRequest['body']>[] = [];
  if (json) {
    const schema = deref(doc, json.schema ?? {});
    arbitraries.push(
      {
        weight: 8,
        arbitrary: fc
          .oneof(
            fitting(doc, schema, values, 0),
            fittingButOne(doc, schema, values),
            fieldValue(doc, schema, values, 0),
          )
          .map((v) => ({ contentType: 'application/json', data: JSON.stringify(v) ?? 'null' })),
      },
      {
        weight: 1,
        arbitrary: fc
          .constantFrom('{', '{"a":', '[1,]', '{"x":1e400}', '\u0000', '"unterminated', '{}'.repeat(3), 'nul')
          .map((data) => ({ contentType: 'application/json', data })),
      },
    );
  }
  for (const type of others)
    arbitraries.push({
      weight: 4,
      arbitrary: fc
        .oneof(
          fc.string({ maxLength: 300 }),
          fc.constantFrom(
            '',
            'nom;prenom\n',
            'firstName,lastName,email\nAda,Lovelace,ada@example.coop\n',
            '%PDF-1.7\n%%EOF',
            '\ufeffa,b\n"unterminated',
          ),
          unicodeString(300),
          hugeString(),
        )
        .map((data) => ({ contentType: type, data })),
    });
  // a body where none is expected, or of a media type the operation does not take
  arbitraries.push({
    weight: 1,
    arbitrary: fc.constantFrom(
      { contentType: 'text/plain', data: 'hello' },
      { contentType: 'application/json', data: '{"unexpected":true}' },
    ),
  });
  if (!op.requestBody?.required) arbitraries.push({ weight: 3, arbitrary: fc.constant(undefined) });
  return fc.oneof(...arbitraries);
}

function pathValue(name: string, collection: string, values: PathValues): fc.Arbitrary<string> {
  // `members/{id}` takes the members' ids, `{memberId}` member ids, then any id of the co-op
  const real = values[collection] ?? values[name] ?? values.id ?? [];
  const garbage = fc.oneof(
    fc.uuid(),
    fc.constantFrom(...NASTY_STRINGS.filter(Boolean), '00000000-0000-0000-0000-000000000000', 'A', 'a'.repeat(300)),
    unicodeString(40).filter((s) => s.length > 0),
  );
  return real.length
    ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...real) }, { weight: 1, arbitrary: garbage })
    : garbage;
}

/** The longest query string sent (encoded). */
const MAX_QUERY = 8_000;

/** Percent-encodes a path segment; a lone surrogate as the (invalid) UTF-8 bytes it would have. */
function encodePathSegment(value: string): string {
  return value.replace(/[\s\S]/gu, (ch) => {
    try {
      return encodeURIComponent(ch);
    } catch {
      const u = ch.charCodeAt(0);
      return [0xe0 | (u >> 12), 0x80 | ((u >> 6) & 0x3f), 0x80 | (u & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    }
  });
}

/** The requests of one operation. */
export function requestsOf(doc: Json, operation: Operation, values: PathValues): fc.Arbitrary<FuzzRequest> {
  const params: Json[] = operation.op.parameters.map((p: Json) => deref(doc, p));
  const pathParams = params.filter((p) => p.in === 'path');
  const queryParams = params.filter((p) => p.in === 'query');
  const headerParams = params.filter((p) => p.in === 'header');

  const collectionOf = (name: string) => {
    const before = operation.template.split(`/{${name}}`)[0];
    return before.slice(before.lastIndexOf('/') + 1);
  };
  const path = fc.record(
    Object.fromEntries(pathParams.map((p) => [p.name, pathValue(p.name, collectionOf(p.name), values)])),
  );
  const query = fc.record(
    Object.fromEntries(
      queryParams.map((p) => [
        p.name,
        fc.option(
          fc.oneof(
            fieldValue(doc, { ...p.schema, [FIELD]: p.name }, values, 0),
            fc.array(fieldValue(doc, { ...p.schema, [FIELD]: p.name }, values, 0), { minLength: 2, maxLength: 3 }),
          ),
          { freq: p.required ? 10 : 2, nil: undefined },
        ),
      ]),
    ),
  );
  const extraQuery = rarely(
    fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 20 }), { minKeys: 1, maxKeys: 2 }),
    6,
  );
  const headers = fc.record(
    Object.fromEntries(
      headerParams.map((p) => [
        p.name,
        fc.option(
          fc.oneof(
            fittingString(deref(doc, p.schema ?? {}), {}),
            // what an HTTP header can carry (no control characters)
            fc.string({ maxLength: 300 }).filter((s) => /^[\x20-\x7e]*$/.test(s)),
          ),
          { freq: 2, nil: undefined },
        ),
      ]),
    ),
  );
  const body =
    operation.op.requestBody || operation.method !== 'get' ? bodyOf(doc, operation.op, values) : fc.constant(undefined);

  return fc.tuple(path, query, extraQuery, headers, body).map(([p, q, extra, h, b]) => {
    const url = operation.template.replace(/\{([^}]+)\}/g, (_, name: string) =>
      encodePathSegment(String((p as Record<string, string>)[name])),
    );
    const pairs: [string, string][] = [];
    for (const [key, value] of Object.entries({ ...(extra ?? {}), ...q })) {
      if (value === undefined) continue;
      for (const v of Array.isArray(value) ? value : [value])
        pairs.push([key, typeof v === 'string' ? v : (JSON.stringify(v) ?? '')]);
    }
    // Node refuses a request line over 16 kB with a bare 431 before the API sees it: huge values go in bodies
    let qs = new URLSearchParams(pairs).toString();
    while (qs.length > MAX_QUERY) {
      pairs.sort(([, a], [, b]) => a.length - b.length).pop();
      qs = new URLSearchParams(pairs).toString();
    }
    const headers: Record<string, string> = {};
    for (const [key, value] of Object.entries(h)) if (value !== undefined) headers[key] = String(value);
    return { method: operation.method, url: qs ? `${url}?${qs}` : url, headers, body: b };
  });
}

/** What a request and its answer look like in a failure report (bodies cut short). */
export function describe(req: FuzzRequest, status: number, body: unknown): string {
  const cut = (s: string) => (s.length > 1500 ? `${s.slice(0, 1500)}… (${s.length} chars)` : s);
  return [
    `${req.method.toUpperCase()} ${cut(req.url)} → ${status}`,
    req.body ? `  sent ${req.body.contentType}: ${cut(JSON.stringify(req.body.data))}` : '',
    `  answered: ${cut(typeof body === 'string' ? body : JSON.stringify(body))}`,
  ]
    .filter(Boolean)
    .join('\n');
}

/** An answer as the fuzzer reads it. */
export interface FuzzAnswer {
  status: number;
  contentType: string;
  text: string;
}

/** Who calls: a name, and the headers that sign them in (none for anonymous). */
export interface Caller {
  name: string;
  headers: Record<string, string>;
}

/**
 * Operations left out or tamed, each because it would end the run rather than test anything:
 * the caller's own session ending, or the organization changing its slug under every later URL.
 */
export const TAMED: Record<string, { skipFor?: string[]; omitFields?: string[] }> = {
  // ends the session the later requests sign in with (anonymous still gets its 401)
  'POST /v1/auth/logout': { skipFor: ['member', 'accountant', 'admin'] },
  // a new slug would turn every later request into a 404
  'PATCH /v1/orgs/{slug}': { omitFields: ['slug'] },
};

export interface FuzzFailure {
  operation: string;
  caller: string;
  reason: string;
  report: string;
}

export interface FuzzFigures {
  requests: number;
  byStatus: Record<number, number>;
  failures: FuzzFailure[];
  ms: number;
}

/** Why an answer fails the fuzz, or null when it is one the operation may give. */
export function faultOf(operation: Operation, answer: FuzzAnswer): string | null {
  if (answer.status >= 500) return `answered ${answer.status}`;
  if (!operation.statuses.has(answer.status)) return `answered ${answer.status}, not documented`;
  if (answer.status >= 400) {
    if (!answer.contentType.startsWith('application/problem+json'))
      return `a ${answer.status} that is not problem+json`;
    if (LEAK.test(answer.text)) return 'an error body naming SQL or a constraint';
  }
  return null;
}

function tame(operation: Operation, req: FuzzRequest): FuzzRequest {
  const omit = TAMED[operation.name]?.omitFields;
  if (!omit || req.body?.contentType !== 'application/json') return req;
  try {
    const value = JSON.parse(req.body.data);
    if (!value || typeof value !== 'object') return req;
    for (const field of omit) delete value[field];
    return { ...req, body: { ...req.body, data: JSON.stringify(value) } };
  } catch {
    return req;
  }
}

/**
 * Sends `runs` generated requests to every operation as every caller (in that order: the last
 * caller may change most), and returns the figures with each failure described.
 */
export async function fuzzOperations(options: {
  doc: Json;
  operations: Operation[];
  callers: Caller[];
  values: PathValues;
  runs: number;
  seed: number;
  send: (req: FuzzRequest) => Promise<FuzzAnswer>;
}): Promise<FuzzFigures> {
  const started = Date.now();
  const figures: FuzzFigures = { requests: 0, byStatus: {}, failures: [], ms: 0 };
  for (const caller of options.callers)
    for (const operation of options.operations) {
      if (TAMED[operation.name]?.skipFor?.includes(caller.name)) continue;
      const requests = fc.sample(requestsOf(options.doc, operation, options.values), {
        seed: seedFor(options.seed, caller.name, operation.name),
        numRuns: options.runs,
      });
      for (const generated of requests) {
        const req = tame(operation, generated);
        req.headers = { ...req.headers, ...caller.headers };
        const answer = await options.send(req);
        figures.requests++;
        figures.byStatus[answer.status] = (figures.byStatus[answer.status] ?? 0) + 1;
        const reason = faultOf(operation, answer);
        if (reason)
          figures.failures.push({
            operation: operation.name,
            caller: caller.name,
            reason,
            report: describe(req, answer.status, answer.text),
          });
      }
    }
  figures.ms = Date.now() - started;
  return figures;
}

/** The failures, grouped by operation, caller and reason (with one example each). */
export function failureReport(failures: FuzzFailure[], seed: number): string {
  const groups = new Map<string, { count: number; example: string }>();
  for (const f of failures) {
    const key = `${f.operation} as ${f.caller}: ${f.reason}`;
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { count: 1, example: f.report });
  }
  return [
    `${failures.length} failing answers (FUZZ_SEED=${seed}; FUZZ_ONLY='<operation>' replays one):`,
    ...[...groups].map(([key, g]) => `- ${key} (×${g.count})\n  ${g.example.replace(/\n/g, '\n  ')}`),
  ].join('\n');
}

/** Sends a generated request through supertest, the body as the raw bytes of its media type. */
export const sender =
  (http: ReturnType<typeof request>) =>
  async (req: FuzzRequest): Promise<FuzzAnswer> => {
    let call = http[req.method](req.url).set(req.headers);
    if (req.body) call = call.set('Content-Type', req.body.contentType).send(req.body.data);
    const res = await call.buffer(true).parse((r, done) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => done(null, Buffer.concat(chunks).toString('utf8')));
    });
    return { status: res.status, contentType: String(res.headers['content-type'] ?? ''), text: res.body as string };
  };
