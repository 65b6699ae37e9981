import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import { INestApplicationContext } from '@nestjs/common';
import { startApi, startWorker, TestApi, uniqueEmail, uniqueSlug } from '../support/app';
import { header, startSmtp, waitFor } from '../support/smtp';
import { codeIn, memberOf } from '../support/voting-codes';

/** An OpenAPI document is walked as plain JSON. */
type Json = any;

const ROOT = path.resolve(__dirname, '../..');
const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;
type Method = (typeof METHODS)[number];

/**
 * The OpenAPI document against what the API answers. The document is the one `npm run openapi:lint`
 * lints and the typed client is generated from (scripts/openapi.js, from the build with the swagger
 * plugin); on the main journeys every request is checked against it (query parameters, JSON body)
 * and so is every answer: its status is documented for the operation, its content type is the
 * documented one, its JSON body validates against the documented schema — with no field left
 * undocumented.
 */
describe('the OpenAPI document matches what the API answers', () => {
  let api: TestApi;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let worker: INestApplicationContext;
  let doc: Json;
  let documentsDir: string;
  let ajv: Ajv;
  const validators = new Map<string, ValidateFunction>();
  const called = new Set<string>();

  beforeAll(async () => {
    documentsDir = mkdtempSync(path.join(tmpdir(), 'socius-openapi-docs-'));
    smtp = await startSmtp();
    [doc, api] = await Promise.all([
      generatedDocument(),
      startApi({ DOCUMENTS_DIR: documentsDir, SMTP_URL: smtp.url }),
    ]);
    worker = await startWorker({ RUN_OUTBOX_RELAY: 'true' });
    ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
    addFormats(ajv);
    ajv.addSchema({ components: toJsonSchema(doc.components) }, 'openapi.json');
  }, 600_000);
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await smtp?.close();
    rmSync(documentsDir, { recursive: true, force: true });
  });

  /** The operation a request reaches: the template with the most literal segments that matches. */
  function operationOf(method: Method, pathname: string): { template: string; op: Json } {
    const candidates = Object.keys(doc.paths)
      .filter((template) =>
        new RegExp(`^${template.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`).test(pathname),
      )
      .filter((template) => doc.paths[template][method])
      .sort((a, b) => (a.match(/\{/g)?.length ?? 0) - (b.match(/\{/g)?.length ?? 0));
    if (!candidates.length) throw new Error(`${method.toUpperCase()} ${pathname} is not in the OpenAPI document`);
    return { template: candidates[0], op: doc.paths[candidates[0]][method] };
  }

  function validator(key: string, schema: Json): ValidateFunction {
    let validate = validators.get(key);
    if (!validate) validators.set(key, (validate = ajv.compile(toJsonSchema(schema))));
    return validate;
  }

  function assertValid(what: string, key: string, schema: Json, value: unknown): void {
    const validate = validator(key, schema);
    if (!validate(value)) {
      const errors = (validate.errors ?? []).map(
        (e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`,
      );
      throw new Error(`${what} does not match the document:\n${errors.join('\n')}`);
    }
  }

  interface Call {
    auth?: Record<string, string>;
    headers?: Record<string, string>;
    body?: unknown;
    /** a body that is not JSON (a CSV file) */
    raw?: { type: string; data: string };
    /** a request the API must refuse: its body is not checked against the document */
    invalid?: true;
  }

  interface Answer {
    status: number;
    headers: Record<string, string>;
    /** parsed JSON, or the bytes of a file */
    body: Json;
  }

  /** Sends a request, checks it and its answer against the document, and returns the answer. */
  async function call(method: Method, url: string, options: Call = {}): Promise<Answer> {
    const { pathname, searchParams } = new URL(url, 'http://socius.test');
    const { template, op } = operationOf(method, pathname);
    const where = `${method.toUpperCase()} ${template}`;
    called.add(where);

    const parameters: Json[] = [...(doc.paths[template].parameters ?? []), ...(op.parameters ?? [])];
    for (const name of searchParams.keys()) {
      if (!parameters.some((p) => p.in === 'query' && p.name === name))
        throw new Error(`${where}: query parameter ${name} is not documented`);
    }
    for (const name of Object.keys(options.headers ?? {})) {
      if (!parameters.some((p) => p.in === 'header' && p.name.toLowerCase() === name.toLowerCase()))
        throw new Error(`${where}: header ${name} is not documented`);
    }
    if (options.body !== undefined) {
      const schema = op.requestBody?.content?.['application/json']?.schema;
      if (!schema) throw new Error(`${where} documents no JSON request body`);
      if (!options.invalid) assertValid(`the request body of ${where}`, `${where} request`, schema, options.body);
    }
    if (options.raw && !op.requestBody?.content?.[options.raw.type])
      throw new Error(`${where} does not document a ${options.raw.type} request body`);

    let req = (api.http as Json)[method](url) as request.Test;
    if (options.auth) req = req.set(options.auth);
    if (options.headers) req = req.set(options.headers);
    req = req.buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
    const res = options.raw
      ? await req.type(options.raw.type).send(options.raw.data)
      : options.body !== undefined
        ? await req.send(options.body as object)
        : await req;

    const bytes: Buffer = res.body;
    const documented = op.responses[String(res.status)];
    if (!documented) {
      throw new Error(
        `${where} answered ${res.status}, which it does not document (${Object.keys(op.responses).join(', ')}): ${bytes.toString('utf8').slice(0, 300)}`,
      );
    }
    const mediaType = String(res.headers['content-type'] ?? '')
      .split(';')[0]
      .trim();
    let body: Json = bytes;
    if (!documented.content) {
      if (bytes.length) throw new Error(`${where} ${res.status} documents no body, yet sent ${mediaType}`);
    } else {
      const content = documented.content[mediaType];
      if (!content)
        throw new Error(
          `${where} ${res.status} answered ${mediaType || 'no content type'}; documented: ${Object.keys(documented.content).join(', ')}`,
        );
      if (/json$/.test(mediaType)) {
        body = JSON.parse(bytes.toString('utf8'));
        assertValid(`the ${res.status} of ${where}`, `${where} ${res.status} ${mediaType}`, content.schema, body);
      } else {
        expect(bytes.length).toBeGreaterThan(0);
      }
    }
    return { status: res.status, headers: res.headers as Record<string, string>, body };
  }

  const expectStatus = (answer: Answer, status: number) => {
    if (answer.status !== status)
      throw new Error(`expected ${status}, got ${answer.status}: ${JSON.stringify(answer.body).slice(0, 500)}`);
    return answer;
  };

  it('declares every path parameter, types every enum and answers errors as RFC 9457 problems', () => {
    const undeclared: string[] = [];
    const problems: string[] = [];
    for (const [template, item] of Object.entries<Json>(doc.paths)) {
      for (const method of METHODS) {
        const op = item[method];
        if (!op) continue;
        const declared = [...(item.parameters ?? []), ...(op.parameters ?? [])]
          .filter((p: Json) => p.in === 'path')
          .map((p: Json) => p.name);
        for (const [, name] of template.matchAll(/\{([^}]+)\}/g))
          if (!declared.includes(name)) undeclared.push(`${method} ${template}: ${name}`);
        for (const [status, response] of Object.entries<Json>(op.responses)) {
          if (Number(status) >= 400 && response.content?.['application/problem+json']?.schema?.$ref !== problemRef)
            problems.push(`${method} ${template} ${status}`);
        }
      }
    }
    expect(undeclared).toEqual([]);
    expect(problems).toEqual([]);

    const objectEnums: string[] = [];
    const bareObjects: string[] = [];
    walk(doc, '#', (node, at) => {
      if (node.type === 'object' && node.enum) objectEnums.push(at);
      // a field typed `object` with nothing said of its content is a type the plugin could not read
      if (node.type === 'object' && !node.properties && node.additionalProperties === undefined && !node.allOf)
        bareObjects.push(at);
    });
    expect(objectEnums).toEqual([]);
    expect(bareObjects).toEqual([]);

    expect(doc.components.schemas.Problem.required).toEqual(['type', 'title', 'status']);
    expect(doc.components.securitySchemes['voting-code']).toEqual(
      expect.objectContaining({ type: 'apiKey', in: 'header', name: 'X-Voting-Code' }),
    );
  });

  let token: Record<string, string>;
  let slug: string;
  let memberId: string;

  it('on sign-up, log-in (bearer and cookie) and refresh', async () => {
    const email = uniqueEmail('openapi');
    const password = 'correct horse battery staple';
    const signedUp = expectStatus(
      await call('post', '/v1/auth/signup', { body: { email, password, name: 'Ada' } }),
      201,
    );
    expectStatus(await call('post', '/v1/auth/signup', { body: { email, password, name: 'Ada' } }), 409);
    expectStatus(
      await call('post', '/v1/auth/signup', { body: { email: 'not-an-address', password, name: 'A' }, invalid: true }),
      400,
    );
    await api.db.query(`UPDATE users SET email_verified_at = now() WHERE id = $1`, [signedUp.body.user.id]);

    expectStatus(await call('post', '/v1/auth/login', { body: { email, password: 'wrong password here' } }), 401);
    const login = expectStatus(await call('post', '/v1/auth/login', { body: { email, password } }), 200);
    token = { Authorization: `Bearer ${login.body.accessToken}` };
    const refreshed = expectStatus(
      await call('post', '/v1/auth/refresh', { body: { refreshToken: login.body.refreshToken } }),
      200,
    );
    expect(refreshed.body.accessToken).toEqual(expect.any(String));
    expectStatus(await call('post', '/v1/auth/refresh', { body: { refreshToken: 'x'.repeat(40) } }), 401);

    const cookieLogin = expectStatus(
      await call('post', '/v1/auth/login', { body: { email, password, session: 'cookie' } }),
      200,
    );
    const cookie = String(cookieLogin.headers['set-cookie']).split(';')[0];
    const me = expectStatus(await call('get', '/v1/auth/me', { auth: { Cookie: cookie } }), 200);
    expect(me.body.csrfToken).toBe(cookieLogin.body.csrfToken);
    expectStatus(await call('get', '/v1/auth/me', { auth: token }), 200);
    expectStatus(await call('get', '/v1/auth/me'), 401);
    expectStatus(await call('get', '/v1/auth/sessions', { auth: token }), 200);
  });

  it('on creating an organization and its members, paged with limit and cursor', async () => {
    slug = uniqueSlug('openapi');
    const org = {
      name: 'Coop OpenAPI',
      slug,
      legalForm: 'SCIC_SAS',
      fiscalYearEnd: '12-31',
      minimumCapitalCents: 0,
      defaultLanguage: 'fr',
    };
    expectStatus(await call('post', '/v1/orgs', { auth: token, body: org }), 201);
    expectStatus(await call('post', '/v1/orgs', { auth: token, body: org }), 409);
    expectStatus(await call('get', '/v1/orgs', { auth: token }), 200);
    expectStatus(await call('get', `/v1/orgs/${slug}`, { auth: token }), 200);
    expectStatus(await call('get', `/v1/orgs/no-such-${slug}`, { auth: token }), 404);
    expectStatus(await call('patch', `/v1/orgs/${slug}`, { auth: token, body: { address: '1 rue de la Paix' } }), 200);

    const members = [];
    for (const lastName of ['Dupré', 'Martin', 'Nguyễn'])
      members.push(
        expectStatus(
          await call('post', `/v1/orgs/${slug}/members`, {
            auth: token,
            body: { kind: 'person', firstName: 'Camille', lastName, email: uniqueEmail('m'), eConsent: true },
          }),
          201,
        ).body,
      );
    expectStatus(
      await call('post', `/v1/orgs/${slug}/members`, {
        auth: token,
        body: { kind: 'legal_entity', siren: '123' },
        invalid: true,
      }),
      400,
    );
    memberId = members[0].id;
    const first = expectStatus(await call('get', `/v1/orgs/${slug}/members?limit=2`, { auth: token }), 200);
    expect(first.body.items).toHaveLength(2);
    const next = expectStatus(
      await call('get', `/v1/orgs/${slug}/members?limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`, {
        auth: token,
      }),
      200,
    );
    expect(next.body.items).toHaveLength(1);
    expect(next.body.nextCursor).toBeNull();
    expectStatus(await call('get', `/v1/orgs/${slug}/members?status=applicant&search=martin`, { auth: token }), 200);
    const member = expectStatus(await call('get', `/v1/orgs/${slug}/members/${memberId}`, { auth: token }), 200);
    // the check itself: a field the document does not name, or a value of another type, fails it
    const memberSchema =
      doc.paths['/v1/orgs/{slug}/members/{id}'].get.responses['200'].content['application/json'].schema;
    expect(() => assertValid('a member', 'member+', memberSchema, { ...member.body, surprise: 1 })).toThrow(/surprise/);
    expect(() => assertValid('a member', 'member+', memberSchema, { ...member.body, admittedOn: 'soon' })).toThrow(
      /admittedOn/,
    );
    expectStatus(
      await call('get', `/v1/orgs/${slug}/members/00000000-0000-4000-8000-000000000000`, { auth: token }),
      404,
    );
    expectStatus(
      await call('patch', `/v1/orgs/${slug}/members/${memberId}`, { auth: token, body: { city: 'Lyon' } }),
      200,
    );
    expectStatus(await call('get', `/v1/orgs/${slug}/members/${memberId}/history`, { auth: token }), 200);
    expectStatus(await call('get', `/v1/orgs/${slug}/members`), 401);
  });

  it('on subscribing and paying shares, with an Idempotency-Key replayed', async () => {
    const classBody = { code: 'A', name: 'Parts A', nominalCents: 5000, minPerMember: 1 };
    expectStatus(await call('post', `/v1/orgs/${slug}/share-classes`, { auth: token, body: classBody }), 201);
    expectStatus(await call('get', `/v1/orgs/${slug}/share-classes`, { auth: token }), 200);

    const subscription = { memberId, shareClassCode: 'A', quantity: 2, subscribedOn: '2026-01-05' };
    const key = { 'Idempotency-Key': `openapi-${slug}` };
    const created = expectStatus(
      await call('post', `/v1/orgs/${slug}/subscriptions`, { auth: token, headers: key, body: subscription }),
      201,
    );
    const replayed = expectStatus(
      await call('post', `/v1/orgs/${slug}/subscriptions`, { auth: token, headers: key, body: subscription }),
      201,
    );
    expect(replayed.body.id).toBe(created.body.id);
    expect(replayed.headers['idempotent-replayed']).toBe('true');
    expect(
      doc.paths['/v1/orgs/{slug}/subscriptions'].post.responses['201'].headers['Idempotent-Replayed'],
    ).toBeDefined();
    expectStatus(
      await call('post', `/v1/orgs/${slug}/subscriptions`, {
        auth: token,
        headers: key,
        body: { ...subscription, quantity: 3 },
      }),
      422,
    );

    const id = created.body.id;
    expectStatus(
      await call('post', `/v1/orgs/${slug}/subscriptions/${id}/approve`, {
        auth: token,
        body: { decidedOn: '2026-01-06', decisionRef: 'CA 2026-01' },
      }),
      200,
    );
    const paid = expectStatus(
      await call('post', `/v1/orgs/${slug}/subscriptions/${id}/payments`, {
        auth: token,
        body: { amountCents: 10000, paidOn: '2026-01-07', method: 'transfer', reference: 'VIR-1' },
      }),
      201,
    );
    expect(paid.body.status).toBe('issued');
    expectStatus(
      await call('post', `/v1/orgs/${slug}/subscriptions/${id}/payments`, {
        auth: token,
        body: { amountCents: 100, paidOn: '2026-01-08', method: 'transfer' },
      }),
      422,
    );
    expectStatus(await call('get', `/v1/orgs/${slug}/subscriptions/${id}`, { auth: token }), 200);
    expectStatus(
      await call('get', `/v1/orgs/${slug}/subscriptions?memberId=${memberId}&limit=10`, { auth: token }),
      200,
    );
    expectStatus(
      await call('get', `/v1/orgs/${slug}/members/${memberId}/holdings?at=2026-01-31`, { auth: token }),
      200,
    );
    expectStatus(await call('get', `/v1/orgs/${slug}/capital`, { auth: token }), 200);
    expectStatus(await call('get', `/v1/orgs/${slug}/ledger?limit=5`, { auth: token }), 200);
  });

  it('on a resolution and ballots cast with a voting code', async () => {
    const assembly = expectStatus(
      await call('post', `/v1/orgs/${slug}/assemblies`, {
        auth: token,
        body: { title: 'AG permanente', kind: 'permanent', weighting: 'per_member', secret: true },
      }),
      201,
    );
    const resolution = expectStatus(
      await call('post', `/v1/orgs/${slug}/assemblies/${assembly.body.id}/resolutions`, {
        auth: token,
        body: {
          title: 'Budget',
          text: 'Approuver le budget.',
          majority: 'simple',
          quorumPercent: 0,
          opensAt: new Date(Date.now() + 3600_000).toISOString(),
          closesAt: new Date(Date.now() + 7200_000).toISOString(),
        },
      }),
      201,
    );
    const id = resolution.body.id;
    // the member's code goes to them by e-mail only: the admin's answer holds a job, not the code
    const issued = expectStatus(
      await call('post', `/v1/orgs/${slug}/assemblies/${assembly.body.id}/members/${memberId}/voting-code`, {
        auth: token,
      }),
      202,
    );
    const code = await waitFor(async () => {
      const job = await call('get', `/v1/orgs/${slug}/jobs/${issued.body.jobId}`, { auth: token });
      if (job.body.status !== 'completed') return undefined;
      const mail = smtp.mails.find(
        (m) => header(m.raw, 'Message-ID').startsWith('<voting-code.') && memberOf(m) === memberId,
      );
      return mail && codeIn(mail);
    }, 30_000);
    const ballot = (voting: string, choice: string) =>
      call('post', `/v1/orgs/${slug}/resolutions/${id}/ballots`, {
        auth: { 'X-Voting-Code': voting },
        body: { choice },
      });

    expectStatus(await ballot(code, 'for'), 409); // not open yet
    expectStatus(await call('post', `/v1/orgs/${slug}/resolutions/${id}/open`, { auth: token }), 200);
    const box = expectStatus(await call('get', '/v1/ballot-box', { auth: { 'X-Voting-Code': code } }), 200);
    expect(box.body.resolutions).toEqual([expect.objectContaining({ id, voted: false })]);
    const cast = expectStatus(await ballot(code, 'for'), 201);
    expectStatus(await ballot(code, 'against'), 409);
    expectStatus(await ballot('wrong-code', 'for'), 401);
    expectStatus(await call('get', `/v1/orgs/${slug}/resolutions/${id}/results`, { auth: token }), 409); // secret: sealed
    expectStatus(await call('post', `/v1/orgs/${slug}/resolutions/${id}/close`, { auth: token }), 200);
    const results = expectStatus(await call('get', `/v1/orgs/${slug}/resolutions/${id}/results`, { auth: token }), 200);
    expect(results.body.counts).toEqual({ for: 1, against: 0, abstain: 0 });
    const verified = expectStatus(
      await call('post', `/v1/orgs/${slug}/resolutions/${id}/verify`, {
        auth: token,
        body: { receipt: cast.body.receipt },
      }),
      200,
    );
    expect(verified.body).toEqual(expect.objectContaining({ included: true, counted: true, choice: ['for'] }));
    expectStatus(await call('get', `/v1/orgs/${slug}/resolutions/${id}`, { auth: token }), 200);
    expectStatus(
      await call('get', `/v1/orgs/${slug}/assemblies/${assembly.body.id}/resolutions`, { auth: token }),
      200,
    );
  });

  it('on the CSV exports and the PDF certificate', async () => {
    const members = expectStatus(await call('get', `/v1/orgs/${slug}/members/export.csv`, { auth: token }), 200);
    expect(members.headers['content-type']).toMatch(/^text\/csv/);
    expectStatus(await call('get', `/v1/orgs/${slug}/exports/ledger.csv?from=2026-01-01`, { auth: token }), 200);
    expectStatus(await call('get', `/v1/orgs/${slug}/exports/ledger.xlsx`, { auth: token }), 200);
    expectStatus(await call('get', `/v1/orgs/${slug}/exports/capital.csv?at=2026-01-31`, { auth: token }), 200);
    expectStatus(await call('get', `/v1/orgs/${slug}/exports/ledger.csv?from=2026-02-30`, { auth: token }), 400);

    const certificate = expectStatus(
      await call('get', `/v1/orgs/${slug}/members/${memberId}/certificate.pdf?at=2026-01-31&lang=fr`, {
        auth: token,
      }),
      200,
    );
    expect(certificate.body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(certificate.headers['x-verification-code']).toEqual(expect.any(String));
    expectStatus(await call('get', `/v1/verify/${certificate.headers['x-verification-code']}`), 200);

    const imported = expectStatus(
      await call('post', `/v1/orgs/${slug}/members/import`, {
        auth: token,
        raw: {
          type: 'text/csv',
          data: 'externalRef;kind;firstName;lastName;companyName;email;collegeCode\r\nX1;person;Léa;Roux;;;\r\n',
        },
      }),
      200,
    );
    expect(imported.body.created).toBe(1);
  });

  it('on every operation of those journeys (so that none was skipped)', () => {
    expect(called.size).toBeGreaterThanOrEqual(35);
  });
});

const problemRef = '#/components/schemas/Problem';

/** The document the scripts write and lint (built with the swagger plugin, cached by source hash). */
async function generatedDocument(): Promise<Json> {
  const dir = mkdtempSync(path.join(tmpdir(), 'socius-openapi-'));
  try {
    const file = path.join(dir, 'openapi.json');
    await promisify(execFile)(process.execPath, ['scripts/openapi.js', 'document', file], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
    });
    return JSON.parse(readFileSync(file, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function walk(node: Json, at: string, visit: (node: Json, at: string) => void): void {
  if (!node || typeof node !== 'object') return;
  visit(node, at);
  for (const [key, value] of Object.entries(node)) if (key !== 'example') walk(value, `${at}/${key}`, visit);
}

/**
 * An OpenAPI 3.0 schema as JSON Schema for Ajv: `nullable` becomes a `null` alternative, references
 * point into the document added as `openapi.json`, and an object that lists its properties admits
 * no others (every field the API sends must be documented).
 */
function toJsonSchema(node: Json): Json {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'example' || key === 'examples') continue;
    if (key === '$ref' && typeof value === 'string') out.$ref = value.replace(/^#\//, 'openapi.json#/');
    else out[key] = key === 'properties' ? mapValues(value, toJsonSchema) : toJsonSchema(value);
  }
  if (out.type === 'object' && out.properties && out.additionalProperties === undefined)
    out.additionalProperties = false;
  if (out.nullable === true) {
    delete out.nullable;
    return { anyOf: [{ type: 'null' }, out] };
  }
  return out;
}

const mapValues = (record: Json, f: (value: Json) => Json) =>
  Object.fromEntries(Object.entries(record ?? {}).map(([k, v]) => [k, f(v)]));
