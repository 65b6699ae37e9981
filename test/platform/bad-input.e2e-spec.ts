import { ProblemDetailsFilter } from '@socius/core';
import { QueryFailedError } from 'typeorm';
import { createMember, createOrg, expectProblem, startApi, TestApi, TestOrg } from '../support/app';

/** Input no client should send: each answer is a 4xx problem naming the field, never a 500. */
describe('bad input never gets a 500', () => {
  let api: TestApi;
  let org: TestOrg;
  let memberId: string;
  const url = (p: string) => `/v1/orgs/${org.slug}/${p}`;
  const post = (p: string, body: unknown) =>
    api.http
      .post(url(p))
      .set(org.admin.auth)
      .set('Content-Type', 'application/json')
      .send(body as object);

  beforeAll(async () => {
    api = await startApi();
    org = await createOrg(api);
    memberId = (await createMember(api, org)).id;
    await post('share-classes', { code: 'A', name: 'Parts A', nominalCents: 2500, minPerMember: 1 }).expect(201);
  });
  afterAll(() => api.close());

  /** The co-op's subscriptions and capital are still readable after the bad request. */
  async function stillReadable(): Promise<void> {
    await api.http.get(url('subscriptions')).set(org.admin.auth).expect(200);
    await api.http.get(url('capital')).set(org.admin.auth).expect(200);
  }

  it('refuses a NUL character in a body string, a nested field, a key, a query and a path parameter', async () => {
    expectProblem(
      await post('members', { kind: 'person', firstName: 'Ada\u0000', lastName: 'Lovelace' }),
      400,
      'firstName',
    );
    expectProblem(
      await post('share-classes', { code: 'B', name: 'B\u0000', nominalCents: 100, minPerMember: 0 }),
      400,
      'name',
    );
    expectProblem(
      await post('members', { kind: 'person', firstName: 'Ada', lastName: 'L', ['x\u0000']: 1 }),
      400,
      'x\u0000',
    );
    expectProblem(await api.http.get(url('members?search=a%00b')).set(org.admin.auth), 400, 'search');
    const path = await api.http.get(url('members/%00')).set(org.admin.auth);
    expect(path.status).toBeGreaterThanOrEqual(400);
    expect(path.status).toBeLessThan(500);
    expect(path.headers['content-type']).toMatch(/^application\/problem\+json/);
    // nothing was stored
    const list = await api.http.get(url('members')).set(org.admin.auth).expect(200);
    expect(list.body.total).toBe(1);
  });

  it('refuses a lone surrogate (half of an emoji) in a body string and a key', async () => {
    const signup = await api.http
      .post('/v1/auth/signup')
      .set('Content-Type', 'application/json')
      .send('{"email":"a\\ud800@example.coop","password":"correct horse battery","name":"Ada"}');
    expectProblem(signup, 400, 'email');
    expectProblem(await post('members', { kind: 'person', firstName: 'Ada', lastName: 'L', ['k\udfff']: 1 }), 400);
    // a whole emoji is welcome
    await post('members', { kind: 'person', firstName: 'Ada 😀', lastName: 'Lovelace' }).expect(201);
  });

  it('refuses JSON nested deeper than 32 levels, and a body nested too deep to parse', async () => {
    let nested: unknown = 'x';
    for (let i = 0; i < 40; i++) nested = { a: nested };
    const deep = await post('members', { kind: 'person', firstName: 'Ada', lastName: 'L', address: nested });
    expectProblem(deep, 400);
    expect(deep.body.errors[0].message).toMatch(/nested deeper than 32/);
    expect(deep.body.errors[0].field).toMatch(/^address(\.a)+$/);

    const huge = '['.repeat(400_000) + ']'.repeat(400_000); // 800 kB, under the 1 MB body limit
    const res = await api.http
      .post(url('members'))
      .set(org.admin.auth)
      .set('Content-Type', 'application/json')
      .send(huge);
    expectProblem(res, 400);
    expect(res.body.errors[0].message).toMatch(/nested deeper than 32/);
  });

  it('bounds every amount and quantity: nothing above 10^13 cents, no movement whose amount would', async () => {
    expectProblem(
      await post('share-classes', { code: 'BIG', name: 'Big', nominalCents: 10_000_000_000_001, minPerMember: 0 }),
      400,
      'nominalCents',
    );
    expectProblem(
      await post('share-classes', { code: 'BIG', name: 'Big', nominalCents: 2 ** 53 + 2, minPerMember: 0 }),
      400,
      'nominalCents',
    );
    // a number JSON can write but no integer can hold
    const infinite = await api.http
      .post(url('share-classes'))
      .set(org.admin.auth)
      .set('Content-Type', 'application/json')
      .send('{"code":"INF","name":"Inf","nominalCents":1e400,"minPerMember":0}');
    expectProblem(infinite, 400, 'nominalCents');

    // the largest nominal is accepted, but not ten shares of it: their amount is beyond the bound
    await post('share-classes', { code: 'BIG', name: 'Big', nominalCents: 10_000_000_000_000, minPerMember: 0 }).expect(
      201,
    );
    expectProblem(
      await post('subscriptions', { memberId, shareClassCode: 'BIG', quantity: 10, subscribedOn: '2025-03-01' }),
      400,
      'quantity',
    );
    expectProblem(
      await post('subscriptions', { memberId, shareClassCode: 'A', quantity: 2 ** 53 + 2, subscribedOn: '2025-03-01' }),
      400,
      'quantity',
    );
    const sub = await post('subscriptions', {
      memberId,
      shareClassCode: 'A',
      quantity: 1,
      subscribedOn: '2025-03-01',
    }).expect(201);
    expectProblem(
      await post(`subscriptions/${sub.body.id}/payments`, {
        amountCents: 2 ** 53 + 2,
        paidOn: '2025-03-15',
        method: 'transfer',
      }),
      400,
      'amountCents',
    );
    await stillReadable();
  });

  it('refuses a percentage JavaScript writes with an exponent (1e-323) as a number with too many decimals', async () => {
    const tiny = await api.http
      .post(url('colleges'))
      .set(org.admin.auth)
      .set('Content-Type', 'application/json')
      .send('{"code":"TINY","name":"Tiny","weightPercent":1e-323}');
    expectProblem(tiny, 400, 'weightPercent');
    expect(tiny.body.errors).toContainEqual({ field: 'weightPercent', message: expect.stringMatching(/two decimals/) });
    await post('colleges', { code: 'FAIR', name: 'Fair', weightPercent: 33.33 }).expect(201);
  });

  it('never shows a constraint name, a table or SQL in an error body', async () => {
    // real errors from PostgreSQL, as a route that let them through would raise them
    const errors = await api.db.transaction(async (em) => {
      await em.query(
        `CREATE TEMP TABLE secret_things (code text CONSTRAINT secret_things_code_key UNIQUE, n int CONSTRAINT secret_things_n_check CHECK (n > 0)) ON COMMIT DROP`,
      );
      await em.query(`INSERT INTO secret_things VALUES ('a', 1)`);
      await em.query('SAVEPOINT s');
      const unique = await em.query(`INSERT INTO secret_things VALUES ('a', 1)`).catch((e: unknown) => e);
      await em.query('ROLLBACK TO SAVEPOINT s');
      const check = await em.query(`INSERT INTO secret_things VALUES ('b', -1)`).catch((e: unknown) => e);
      await em.query('ROLLBACK TO SAVEPOINT s');
      return [unique, check];
    });
    for (const error of errors) {
      expect(error).toBeInstanceOf(QueryFailedError);
      expect((error as { driverError: { constraint?: string } }).driverError.constraint).toMatch(/^secret_things_/);
    }
    const [unique, check] = errors.map((e) => new ProblemDetailsFilter().toProblem(e));
    expect(unique).toEqual({
      type: expect.stringMatching(/conflict$/),
      title: 'Conflict',
      status: 409,
      detail: 'This would duplicate an existing record.',
    });
    expect(check.status).toBeGreaterThanOrEqual(400);
    expect(check.status).toBeLessThan(500);
    for (const body of [unique, check]) expect(JSON.stringify(body)).not.toMatch(/secret|INSERT|_key|_check|code/);
  });
});
