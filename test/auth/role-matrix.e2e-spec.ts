import { ACCESS_KEY, AccessRule } from '@socius/auth';
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import request from 'supertest';
import { listRoutes, RouteInfo } from '../../apps/api/src/bootstrap';
import { createCoop, signup, startApi, TestApi, TestOrg, TestUser, userWithRole } from '../support/app';

/**
 * Who reaches which route: every route of the API asked by someone signed out, a signed-in
 * stranger to the co-op, one of its members, its accountant and its admin. The answers must be
 * what each route's access rule declares, and the table in docs/access.md (which this test
 * writes when `UPDATE_ACCESS_MATRIX=1`): a change of who may do what shows in review.
 *
 * Path ids are random: the guard decides before any lookup, so a 404 or a 400 past it still
 * means "reached". Bodies are empty, so nothing is created.
 */
const CALLERS = ['anonymous', 'outsider', 'member', 'accountant', 'admin'] as const;
type Caller = (typeof CALLERS)[number];

/** What a caller gets: reaches the route, must sign in, is refused for their role, or is told the co-op does not exist. */
type Outcome = 'yes' | '401' | '403' | '404';

const MATRIX_FILE = path.resolve(__dirname, '../../docs/access.md');

function ruleOf(route: RouteInfo): AccessRule | undefined {
  return (Reflect.getMetadata(ACCESS_KEY, route.handler) ?? Reflect.getMetadata(ACCESS_KEY, route.controller)) as
    AccessRule | undefined;
}

/** What the declared rule promises each caller. Public routes that check credentials themselves (a ballot) are left to the table. */
function promised(rule: AccessRule, caller: Caller): Outcome | undefined {
  switch (rule.kind) {
    case 'public':
      return undefined;
    case 'operator-token':
      return '404'; // METRICS_TOKEN is unset here: the route is off for everyone
    case 'user':
      return caller === 'anonymous' ? '401' : 'yes';
    case 'org':
      if (caller === 'anonymous') return '401';
      if (caller === 'outsider') return '404';
      return rule.roles.includes(caller) ? 'yes' : '403';
  }
}

function outcomeOf(res: request.Response): Outcome {
  if (res.status === 401) return '401';
  if (res.status === 403 && /^This action needs the role/.test(res.body?.detail ?? '')) return '403';
  if (res.status === 404 && res.body?.detail === 'No organization with that identifier here.') return '404';
  return 'yes';
}

function table(rows: Map<string, Record<Caller, Outcome>>): string {
  const lines = [
    '# Who may call which route',
    '',
    'Written by `test/auth/role-matrix.e2e-spec.ts` from the API’s answers (`UPDATE_ACCESS_MATRIX=1` rewrites it),',
    'which fails when they differ from this table or from the routes’ declared rules. `yes`: the route is',
    'reached (it may still refuse the request for what it asks: a member sees only their own data);',
    '`401`: sign in first; `403`: the role may not; `404`: the co-op is not shown to people outside it.',
    '',
    `| route | ${CALLERS.join(' | ')} |`,
    `|---|${CALLERS.map(() => '---').join('|')}|`,
  ];
  for (const [route, row] of rows) lines.push(`| \`${route}\` | ${CALLERS.map((c) => row[c]).join(' | ')} |`);
  return lines.join('\n') + '\n';
}

describe('the access matrix: anonymous, outsider, member, accountant and admin × every route', () => {
  let api: TestApi;
  let org: TestOrg;
  let auth: Record<Caller, Record<string, string>>;

  beforeAll(async () => {
    api = await startApi();
    org = await createCoop(api);
    const as = (user: TestUser) => user.auth;
    auth = {
      anonymous: {},
      outsider: as(await signup(api, 'outsider')),
      member: as(await userWithRole(api, org, 'member')),
      accountant: as(await userWithRole(api, org, 'accountant')),
      admin: org.admin.auth,
    };
  });
  afterAll(() => api?.close());

  it('answers every caller as the route declares, and as docs/access.md says', async () => {
    const routes = listRoutes(api.app)
      .map((route) => ({ route, key: `${route.method} ${route.path}` }))
      // signing out ends the caller's session: asked last
      .sort((a, b) => Number(a.key === 'POST /v1/auth/logout') - Number(b.key === 'POST /v1/auth/logout'));
    const observed = new Map<string, Record<Caller, Outcome>>();
    const broken: string[] = [];
    for (const { route, key } of routes) {
      const rule = ruleOf(route);
      const url = route.path.replace(/:(\w+)/g, (_, name: string) => (name === 'slug' ? org.slug : randomUUID()));
      const row = {} as Record<Caller, Outcome>;
      for (const caller of CALLERS) {
        const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
        let req = api.http[method](url).set(auth[caller]);
        if (method !== 'get' && method !== 'delete') req = req.send({});
        const res = await req;
        if (res.status >= 500) broken.push(`${key} as ${caller}: ${res.status} ${JSON.stringify(res.body)}`);
        row[caller] = outcomeOf(res);
        const expected = rule && promised(rule, caller);
        if (expected && expected !== row[caller])
          broken.push(`${key} as ${caller}: declared ${expected}, answered ${res.status} (${res.body?.detail})`);
      }
      observed.set(key, row);
    }
    expect(broken).toEqual([]);

    const sorted = new Map([...observed].sort(([a], [b]) => a.localeCompare(b)));
    const written = table(sorted);
    if (process.env.UPDATE_ACCESS_MATRIX === '1') writeFileSync(MATRIX_FILE, written);
    expect(readFileSync(MATRIX_FILE, 'utf8')).toBe(written);
  });
});
