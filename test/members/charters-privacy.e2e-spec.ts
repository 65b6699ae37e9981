import {
  admittedMember,
  createMember,
  createOrg,
  expectProblem,
  signup,
  startApi,
  TestApi,
  TestOrg,
  userWithRole,
} from '../support/app';

describe('charters: versions members accept', () => {
  let api: TestApi;
  let org: TestOrg;
  beforeAll(async () => {
    api = await startApi();
    org = await createOrg(api);
  });
  afterAll(() => api.close());

  const publish = (body: object) => api.http.post(`/v1/orgs/${org.slug}/charters`).set(org.admin.auth).send(body);

  it('admits only members who accepted the current required charter, and lists who has not accepted a new version', async () => {
    const v1 = (
      await publish({
        kind: 'charter',
        title: 'Charte de la fédération',
        body: '# Article 1\nNous coopérons.',
        requiredForAdmission: true,
      }).expect(201)
    ).body;
    expect(v1).toEqual(expect.objectContaining({ version: 1, current: true }));
    const applicant = await createMember(api, org);
    const refused = await api.http
      .post(`/v1/orgs/${org.slug}/members/${applicant.id}/admit`)
      .set(org.admin.auth)
      .send({ admittedOn: '2026-05-01' });
    expectProblem(refused, 422);
    expect(refused.body.type).toBe('/problems/charter-not-accepted');
    expect(refused.body.detail).toMatch(/Charte de la fédération.*version 1/);

    await api.http
      .post(`/v1/orgs/${org.slug}/members/${applicant.id}/acceptances`)
      .set(org.admin.auth)
      .send({ charterId: v1.id, acceptedOn: '2026-04-20', via: 'paper' })
      .expect(201);
    expectProblem(
      await api.http
        .post(`/v1/orgs/${org.slug}/members/${applicant.id}/acceptances`)
        .set(org.admin.auth)
        .send({ charterId: v1.id }),
      409,
    );
    await api.http
      .post(`/v1/orgs/${org.slug}/members/${applicant.id}/admit`)
      .set(org.admin.auth)
      .send({ admittedOn: '2026-05-01' })
      .expect(200);

    const v2 = (
      await publish({
        kind: 'charter',
        title: 'Charte de la fédération',
        body: 'Révisée.',
        requiredForAdmission: true,
      }).expect(201)
    ).body;
    expect(v2.version).toBe(2);
    const list = await api.http.get(`/v1/orgs/${org.slug}/charters`).set(org.admin.auth).expect(200);
    expect(list.body.items.map((c: { version: number; current: boolean }) => [c.version, c.current])).toEqual([
      [2, true],
      [1, false],
    ]);
    const pending = await api.http
      .get(`/v1/orgs/${org.slug}/charters/${v2.id}/pending`)
      .set(org.admin.auth)
      .expect(200);
    expect(pending.body.items.map((m: { id: string }) => m.id)).toContain(applicant.id);
    const acceptances = await api.http
      .get(`/v1/orgs/${org.slug}/members/${applicant.id}/acceptances`)
      .set(org.admin.auth)
      .expect(200);
    expect(acceptances.body.items).toEqual([
      expect.objectContaining({ version: 1, acceptedOn: '2026-04-20', via: 'paper' }),
    ]);
  });

  it('lets a member accept for themselves only, and refuses future dates and foreign charters', async () => {
    const charter = (
      await publish({ kind: 'internal_rules', title: 'Règlement intérieur', body: 'Règles.' }).expect(201)
    ).body;
    const mine = await createMember(api, org);
    const other = await createMember(api, org);
    const user = await signup(api, 'member');
    await api.http
      .post(`/v1/orgs/${org.slug}/users`)
      .set(org.admin.auth)
      .send({ email: user.email, role: 'member', memberId: mine.id })
      .expect(201);
    const own = await api.http
      .post(`/v1/orgs/${org.slug}/members/${mine.id}/acceptances`)
      .set(user.auth)
      .send({ charterId: charter.id, acceptedOn: '2020-01-01' })
      .expect(201);
    expect(own.body.via).toBe('member');
    expect(own.body.acceptedOn).not.toBe('2020-01-01');
    expectProblem(
      await api.http
        .post(`/v1/orgs/${org.slug}/members/${other.id}/acceptances`)
        .set(user.auth)
        .send({ charterId: charter.id }),
      404,
    );
    expectProblem(
      await api.http
        .post(`/v1/orgs/${org.slug}/members/${other.id}/acceptances`)
        .set(org.admin.auth)
        .send({ charterId: charter.id, acceptedOn: '2999-01-01' }),
      422,
      'acceptedOn',
    );
    const elsewhere = await createOrg(api);
    const foreign = (
      await api.http
        .post(`/v1/orgs/${elsewhere.slug}/charters`)
        .set(elsewhere.admin.auth)
        .send({ kind: 'charter', title: 'X', body: 'Y' })
        .expect(201)
    ).body;
    expectProblem(
      await api.http
        .post(`/v1/orgs/${org.slug}/members/${other.id}/acceptances`)
        .set(org.admin.auth)
        .send({ charterId: foreign.id }),
      422,
      'charterId',
    );
  });

  it('links a user account to one member of the same organization only', async () => {
    const member = await createMember(api, org);
    const a = await signup(api, 'a');
    const b = await signup(api, 'b');
    await api.http
      .post(`/v1/orgs/${org.slug}/users`)
      .set(org.admin.auth)
      .send({ email: a.email, role: 'member', memberId: member.id })
      .expect(201);
    expectProblem(
      await api.http
        .post(`/v1/orgs/${org.slug}/users`)
        .set(org.admin.auth)
        .send({ email: b.email, role: 'member', memberId: member.id }),
      409,
      'memberId',
    );
    const elsewhere = await createOrg(api);
    const foreign = await createMember(api, elsewhere);
    expectProblem(
      await api.http
        .post(`/v1/orgs/${org.slug}/users`)
        .set(org.admin.auth)
        .send({ email: b.email, role: 'member', memberId: foreign.id }),
      400,
      'memberId',
    );
  });
});

describe('GDPR: export and erasure', () => {
  let api: TestApi;
  let org: TestOrg;
  beforeAll(async () => {
    api = await startApi();
    org = await createOrg(api);
  });
  afterAll(() => api.close());

  it('exports everything held on a member, to the admin and to the member themself', async () => {
    const member = await createMember(api, org, { firstName: 'Gaëlle', lastName: 'Privée', city: 'Nantes' });
    await api.http
      .patch(`/v1/orgs/${org.slug}/members/${member.id}`)
      .set(org.admin.auth)
      .send({ city: 'Rennes' })
      .expect(200);
    const user = await signup(api, 'gaelle');
    await api.http
      .post(`/v1/orgs/${org.slug}/users`)
      .set(org.admin.auth)
      .send({ email: user.email, role: 'member', memberId: member.id })
      .expect(201);
    const res = await api.http
      .get(`/v1/orgs/${org.slug}/members/${member.id}/personal-data`)
      .set(user.auth)
      .expect(200);
    expect(res.body.member).toEqual(expect.objectContaining({ firstName: 'Gaëlle', city: 'Rennes' }));
    expect(res.body.accounts).toEqual([expect.objectContaining({ email: user.email, role: 'member' })]);
    expect(res.body.history.map((h: { action: string }) => h.action)).toEqual(['member.created', 'member.updated']);
    const accountant = await userWithRole(api, org, 'accountant');
    expectProblem(
      await api.http.get(`/v1/orgs/${org.slug}/members/${member.id}/personal-data`).set(accountant.auth),
      403,
    );
  });

  it('erases a departed member after the retention period, keeping a pseudonymous record', async () => {
    await api.http.patch(`/v1/orgs/${org.slug}`).set(org.admin.auth).send({ name: 'Coop Test' }).expect(200);
    const member = await admittedMember(api, org, {
      firstName: 'Éric',
      lastName: 'Oublié',
      email: 'eric@example.coop',
      city: 'Brest',
      externalRef: 'ERIC-1',
    });
    expectProblem(await api.http.post(`/v1/orgs/${org.slug}/members/${member.id}/erase`).set(org.admin.auth), 422);
    await api.http
      .post(`/v1/orgs/${org.slug}/members/${member.id}/resign`)
      .set(org.admin.auth)
      .send({ effectiveOn: '2026-02-01' })
      .expect(200);
    const early = await api.http.post(`/v1/orgs/${org.slug}/members/${member.id}/erase`).set(org.admin.auth);
    expectProblem(early, 422);
    expect(early.body).toEqual(
      expect.objectContaining({ type: '/problems/retention-period', erasableOn: '2036-02-01' }),
    );

    // eleven years later, as far as the data is concerned
    await api.db.query(`UPDATE members SET exit_on = '2015-01-31', admitted_on = '2010-01-01' WHERE id = $1`, [
      member.id,
    ]);
    const erased = await api.http
      .post(`/v1/orgs/${org.slug}/members/${member.id}/erase`)
      .set(org.admin.auth)
      .expect(200);
    expect(erased.body.pseudonym).toBe(`Sociétaire n°${member.membershipNumber}`);
    const read = await api.http.get(`/v1/orgs/${org.slug}/members/${member.id}`).set(org.admin.auth).expect(200);
    expect(read.body).toEqual(
      expect.objectContaining({
        firstName: null,
        lastName: `Sociétaire n°${member.membershipNumber}`,
        email: null,
        city: null,
        externalRef: null,
        membershipNumber: member.membershipNumber,
        status: 'resigned',
      }),
    );
    const history = await api.http
      .get(`/v1/orgs/${org.slug}/members/${member.id}/history`)
      .set(org.admin.auth)
      .expect(200);
    expect(JSON.stringify(history.body)).not.toMatch(/Éric|Oublié|eric@example|Brest|ERIC-1/);
    expect(history.body.items[0].action).toBe('member.erased');
    expect((await api.http.get(`/v1/orgs/${org.slug}/members?search=oublie`).set(org.admin.auth)).body.total).toBe(0);
    expectProblem(await api.http.post(`/v1/orgs/${org.slug}/members/${member.id}/erase`).set(org.admin.auth), 422);
  });

  it('erases every member due in one call, and only those', async () => {
    const o = await createOrg(api);
    const due = await admittedMember(api, o, { lastName: 'Ancien' });
    const recent = await admittedMember(api, o, { lastName: 'Récent' });
    for (const m of [due, recent])
      await api.http
        .post(`/v1/orgs/${o.slug}/members/${m.id}/resign`)
        .set(o.admin.auth)
        .send({ effectiveOn: '2026-02-01' })
        .expect(200);
    await api.db.query(`UPDATE members SET exit_on = '2014-12-31', admitted_on = '2010-01-01' WHERE id = $1`, [due.id]);
    const res = await api.http.post(`/v1/orgs/${o.slug}/members/erase-due`).set(o.admin.auth).expect(200);
    expect(res.body).toEqual({ erased: 1 });
    expect((await api.http.get(`/v1/orgs/${o.slug}/members/${recent.id}`).set(o.admin.auth)).body.lastName).toBe(
      'Récent',
    );
  });
});
