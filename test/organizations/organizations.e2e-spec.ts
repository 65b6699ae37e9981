import { createOrg, expectProblem, signup, startApi, TestApi, uniqueSlug, userWithRole } from '../support/app';

describe('organizations and roles', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startApi()));
  afterAll(() => api.close());

  it('creates an organization whose creator is admin', async () => {
    const owner = await signup(api, 'founder');
    const slug = uniqueSlug('scic');
    const res = await api.http
      .post('/v1/orgs')
      .set(owner.auth)
      .send({
        name: 'Énergies Citoyennes',
        slug,
        legalForm: 'SCIC_SAS',
        fiscalYearEnd: '12-31',
        minimumCapitalCents: 500_000,
        siren: '732829320',
      })
      .expect(201);
    expect(res.body).toEqual(
      expect.objectContaining({
        slug,
        name: 'Énergies Citoyennes',
        legalForm: 'SCIC_SAS',
        minimumCapitalCents: 500_000,
        currency: 'EUR',
        role: 'admin',
      }),
    );
    const mine = await api.http.get('/v1/orgs').set(owner.auth).expect(200);
    expect(mine.body.items.map((o: { slug: string }) => o.slug)).toEqual([slug]);
    const users = await api.http.get(`/v1/orgs/${slug}/users`).set(owner.auth).expect(200);
    expect(users.body.items).toEqual([expect.objectContaining({ email: owner.email, role: 'admin' })]);
  });

  it('refuses a taken slug with 409 and bad fields with 400 naming each', async () => {
    const org = await createOrg(api);
    const again = await api.http.post('/v1/orgs').set(org.admin.auth).send({
      name: 'Copy',
      slug: org.slug,
      legalForm: 'SCOP_SA',
      fiscalYearEnd: '12-31',
      minimumCapitalCents: 1850000,
    });
    expectProblem(again, 409, 'slug');
    const bad = await api.http
      .post('/v1/orgs')
      .set(org.admin.auth)
      .send({
        name: 'x'.repeat(201),
        slug: 'Not A Slug',
        legalForm: 'GMBH',
        fiscalYearEnd: '02-30',
        minimumCapitalCents: -1,
        siren: '123456789',
      });
    expectProblem(bad, 400);
    const fields = bad.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining(['name', 'slug', 'legalForm', 'fiscalYearEnd', 'minimumCapitalCents', 'siren']),
    );
  });

  it('lets an admin grant roles to existing accounts; each role sees only what it may', async () => {
    const org = await createOrg(api);
    const accountant = await userWithRole(api, org, 'accountant');
    const member = await userWithRole(api, org, 'member');
    await api.http.get(`/v1/orgs/${org.slug}`).set(accountant.auth).expect(200);
    const read = await api.http.get(`/v1/orgs/${org.slug}`).set(member.auth).expect(200);
    expect(read.body.role).toBe('member');
    expectProblem(await api.http.patch(`/v1/orgs/${org.slug}`).set(accountant.auth).send({ name: 'Hijack' }), 403);
    expectProblem(await api.http.get(`/v1/orgs/${org.slug}/users`).set(member.auth), 403);
    expectProblem(
      await api.http.post(`/v1/orgs/${org.slug}/users`).set(member.auth).send({ email: member.email, role: 'admin' }),
      403,
    );
    const outsider = await signup(api, 'outsider');
    expectProblem(await api.http.get(`/v1/orgs/${org.slug}`).set(outsider.auth), 404);
  });

  it('refuses to grant a role to an e-mail without an account, or a memberId without the member role', async () => {
    const org = await createOrg(api);
    expectProblem(
      await api.http
        .post(`/v1/orgs/${org.slug}/users`)
        .set(org.admin.auth)
        .send({ email: 'ghost@example.coop', role: 'member' }),
      422,
      'email',
    );
    const someone = await signup(api, 'someone');
    const res = await api.http
      .post(`/v1/orgs/${org.slug}/users`)
      .set(org.admin.auth)
      .send({ email: someone.email, role: 'accountant', memberId: '00000000-0000-4000-8000-000000000000' });
    expectProblem(res, 400, 'memberId');
    expectProblem(
      await api.http
        .post(`/v1/orgs/${org.slug}/users`)
        .set(org.admin.auth)
        .send({ email: someone.email, role: 'owner' }),
      400,
      'role',
    );
  });

  it('keeps at least one admin', async () => {
    const org = await createOrg(api);
    const res = await api.http
      .post(`/v1/orgs/${org.slug}/users`)
      .set(org.admin.auth)
      .send({ email: org.admin.email, role: 'member' });
    expectProblem(res, 422);
    expect(res.body.type).toBe('/problems/last-admin');
    expectProblem(await api.http.delete(`/v1/orgs/${org.slug}/users/${org.admin.id}`).set(org.admin.auth), 422);
    const second = await userWithRole(api, org, 'admin');
    await api.http.delete(`/v1/orgs/${org.slug}/users/${org.admin.id}`).set(second.auth).expect(204);
    expectProblem(await api.http.get(`/v1/orgs/${org.slug}`).set(org.admin.auth), 404);
  });

  it('records who changed what, from which request, in the audit log', async () => {
    const org = await createOrg(api);
    await api.http
      .patch(`/v1/orgs/${org.slug}`)
      .set(org.admin.auth)
      .set('X-Request-Id', 'req-audit-1')
      .send({ name: 'Nouveau nom', minimumCapitalCents: 100 })
      .expect(200);
    const audit = await api.http.get(`/v1/orgs/${org.slug}/audit`).set(org.admin.auth).expect(200);
    expect(audit.body.items[0]).toEqual(
      expect.objectContaining({
        action: 'organization.updated',
        actor: org.admin.email,
        requestId: 'req-audit-1',
        changes: { name: { from: 'Coop Test', to: 'Nouveau nom' }, minimumCapitalCents: { from: 0, to: 100 } },
      }),
    );
    expect(audit.body.items.map((i: { action: string }) => i.action)).toContain('organization.created');
  });
});
