import { ACCESS_KEY, AccessRule } from '@socius/auth';
import { listRoutes } from '../../apps/api/src/bootstrap';
import { createCoop, paidUpMember, startApi, TestApi, TestOrg, TestUser, userWithRole } from '../support/app';

/**
 * The accountant reads and exports; they change nothing. The routes an accountant may call that
 * are not GETs only check something and answer (they record nothing the co-op sees as a change).
 */
const ACCOUNTANT_CHECKS = new Set([
  'POST /v1/orgs/:slug/exports/fec/validate', // runs the FEC-format validator on the file of a year
  'POST /v1/orgs/:slug/resolutions/:id/verify', // checks a ballot receipt
]);

describe('the accountant role: read and export, nothing else', () => {
  let api: TestApi;
  let org: TestOrg;
  let accountant: TestUser;
  let memberId: string;

  beforeAll(async () => {
    api = await startApi();
    org = await createCoop(api, [{ code: 'A', nominalCents: 5000 }]);
    accountant = await userWithRole(api, org, 'accountant');
    memberId = (await paidUpMember(api, org, { nominalCents: 5000, quantity: 2 })).id;
  });
  afterAll(() => api.close());

  it('opens no route that changes something to an accountant', () => {
    const open = listRoutes(api.app)
      .filter((r) => r.method !== 'GET')
      .filter((r) => {
        const rule = (Reflect.getMetadata(ACCESS_KEY, r.handler) ??
          Reflect.getMetadata(ACCESS_KEY, r.controller)) as AccessRule;
        return rule?.kind === 'org' && rule.roles.includes('accountant');
      })
      .map((r) => `${r.method} ${r.path}`);
    expect(open.filter((route) => !ACCOUNTANT_CHECKS.has(route))).toEqual([]);
  });

  it('refuses an accountant every write tried, and lets them read and export', async () => {
    const as = accountant.auth;
    const writes: [string, string, object][] = [
      ['patch', `/v1/orgs/${org.slug}`, { name: 'Renamed' }],
      ['post', `/v1/orgs/${org.slug}/members`, { kind: 'person', firstName: 'A', lastName: 'B' }],
      ['patch', `/v1/orgs/${org.slug}/members/${memberId}`, { city: 'Lyon' }],
      ['post', `/v1/orgs/${org.slug}/subscriptions`, { memberId, shareClassCode: 'A', quantity: 1 }],
      ['post', `/v1/orgs/${org.slug}/ledger/reversals`, { sequence: 1, reason: 'error' }],
      ['post', `/v1/orgs/${org.slug}/fiscal-years/2026-12-31/close`, {}],
      ['put', `/v1/orgs/${org.slug}/accounting/settings`, { journalCode: 'XX' }],
      ['put', `/v1/orgs/${org.slug}/funding/settings`, { taxReceiptsEligible: false }],
      ['post', `/v1/orgs/${org.slug}/users`, { email: accountant.email, role: 'admin' }],
      ['post', `/v1/orgs/${org.slug}/invitations`, { email: 'someone@example.org', role: 'admin' }],
      ['post', `/v1/orgs/${org.slug}/reports/capital`, { month: '2026-01' }],
    ];
    for (const [method, path, body] of writes) {
      const res = await (api.http as unknown as Record<string, (p: string) => import('supertest').Test>)
        [method](path)
        .set(as)
        .send(body);
      expect({ route: `${method} ${path}`, status: res.status }).toEqual({ route: `${method} ${path}`, status: 403 });
    }
    const [{ name }] = await api.db.query(`SELECT name FROM organizations WHERE id = $1`, [org.id]);
    expect(name).toBe('Coop Test');
    await api.http.get(`/v1/orgs/${org.slug}/ledger`).set(as).expect(200);
    await api.http.get(`/v1/orgs/${org.slug}/capital`).set(as).expect(200);
    await api.http.get(`/v1/orgs/${org.slug}/exports/ledger.csv`).set(as).expect(200);
    await api.http.get(`/v1/orgs/${org.slug}/fiscal-years`).set(as).expect(200);
    // the console's reads are the admins' too
    await api.http.get(`/v1/orgs/${org.slug}/audit`).set(as).expect(403);
    await api.http.get(`/v1/orgs/${org.slug}/users`).set(as).expect(403);
    await api.http.get(`/v1/orgs/${org.slug}/documents`).set(as).expect(403);
  });
});
