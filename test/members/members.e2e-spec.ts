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

describe('member registry', () => {
  let api: TestApi;
  let org: TestOrg;
  beforeAll(async () => {
    api = await startApi();
    org = await createOrg(api);
  });
  afterAll(() => api.close());

  const path = (p = '') => `/v1/orgs/${org.slug}/members${p}`;

  describe('colleges', () => {
    it('reports an invalid set with its reasons until the weights are right', async () => {
      const scic = await createOrg(api, undefined, { legalForm: 'SCIC_SARL' });
      const colleges = `/v1/orgs/${scic.slug}/colleges`;
      let list = await api.http.get(colleges).set(scic.admin.auth).expect(200);
      // colleges are an option of a SCIC's statutes (loi 47-1775 art. 19 octies): none is a valid set
      expect(list.body).toEqual(expect.objectContaining({ items: [], valid: true, problems: [] }));
      await api.http
        .post(colleges)
        .set(scic.admin.auth)
        .send({ code: 'SAL', name: 'Salariés', weightPercent: 60 })
        .expect(201);
      await api.http
        .post(colleges)
        .set(scic.admin.auth)
        .send({ code: 'USR', name: 'Usagers', weightPercent: 30 })
        .expect(201);
      list = await api.http.get(colleges).set(scic.admin.auth).expect(200);
      expect(list.body.valid).toBe(false);
      expect(list.body.problems.join(' ')).toMatch(/SAL weighs 60 %.*between 10 and 50/);
      expect(list.body.problems.join(' ')).toMatch(/sum to 90 %/);
      await api.http.patch(`${colleges}/SAL`).set(scic.admin.auth).send({ weightPercent: 40 }).expect(200);
      await api.http
        .post(colleges)
        .set(scic.admin.auth)
        .send({ code: 'SOU', name: 'Soutiens', weightPercent: 30 })
        .expect(201);
      list = await api.http.get(colleges).set(scic.admin.auth).expect(200);
      expect(list.body).toEqual(expect.objectContaining({ valid: true, problems: [] }));
      expect(list.body.items.map((c: { code: string }) => c.code)).toEqual(['SAL', 'SOU', 'USR']);
    });

    it('refuses a duplicate code (409) and bad weights (400)', async () => {
      await api.http
        .post(`/v1/orgs/${org.slug}/colleges`)
        .set(org.admin.auth)
        .send({ code: 'DUP', name: 'A', weightPercent: 20 })
        .expect(201);
      expectProblem(
        await api.http
          .post(`/v1/orgs/${org.slug}/colleges`)
          .set(org.admin.auth)
          .send({ code: 'DUP', name: 'B', weightPercent: 20 }),
        409,
        'code',
      );
      expectProblem(
        await api.http
          .post(`/v1/orgs/${org.slug}/colleges`)
          .set(org.admin.auth)
          .send({ code: 'X', name: 'B', weightPercent: 120.555 }),
        400,
        'weightPercent',
      );
    });
  });

  describe('members', () => {
    it('registers people and legal entities as applicants, names in any script kept intact', async () => {
      const person = await api.http
        .post(path())
        .set(org.admin.auth)
        .send({
          kind: 'person',
          firstName: 'Łucja',
          lastName: 'Straße-Øster',
          email: 'LUCJA@Example.coop',
          eConsent: true,
          externalRef: 'P-1',
        })
        .expect(201);
      expect(person.body).toEqual(
        expect.objectContaining({
          kind: 'person',
          firstName: 'Łucja',
          lastName: 'Straße-Øster',
          email: 'lucja@example.coop',
          status: 'applicant',
          membershipNumber: null,
          eConsent: true,
        }),
      );
      const company = await api.http
        .post(path())
        .set(org.admin.auth)
        .send({
          kind: 'legal_entity',
          companyName: '株式会社 協同',
          siren: '552100554',
          legalRepresentative: 'Marie Curie',
        })
        .expect(201);
      expect(company.body.companyName).toBe('株式会社 協同');
      const read = await api.http
        .get(path(`/${company.body.id}`))
        .set(org.admin.auth)
        .expect(200);
      expect(read.body.siren).toBe('552100554');
    });

    it('names each bad field: missing last name, missing company, bad e-mail, unknown college, unknown field', async () => {
      const res = await api.http
        .post(path())
        .set(org.admin.auth)
        .send({ kind: 'person', email: 'nope', siren: '123', nickname: 'x' });
      expectProblem(res, 400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(
        expect.arrayContaining(['lastName', 'email', 'siren', 'nickname']),
      );
      expectProblem(await api.http.post(path()).set(org.admin.auth).send({ kind: 'legal_entity' }), 400, 'companyName');
      expectProblem(
        await api.http.post(path()).set(org.admin.auth).send({ kind: 'person', lastName: 'X', collegeCode: 'NOPE' }),
        400,
        'collegeCode',
      );
      expectProblem(
        await api.http
          .post(path())
          .set(org.admin.auth)
          .send({ kind: 'person', lastName: 'y'.repeat(101) }),
        400,
        'lastName',
      );
    });

    it('refuses two members with the same externalRef', async () => {
      await createMember(api, org, { externalRef: 'SAME-1' });
      expectProblem(
        await api.http
          .post(path())
          .set(org.admin.auth)
          .send({ kind: 'person', lastName: 'Other', externalRef: 'SAME-1' }),
        409,
        'externalRef',
      );
    });

    it('searches names, companies and e-mails without regard to accents or case, and filters by status and college', async () => {
      const o = await createOrg(api);
      await api.http
        .post(`/v1/orgs/${o.slug}/colleges`)
        .set(o.admin.auth)
        .send({ code: 'PROD', name: 'Producteurs', weightPercent: 50 })
        .expect(201);
      const helene = await createMember(api, o, { firstName: 'Hélène', lastName: 'Dupré', collegeCode: 'PROD' });
      await createMember(api, o, { firstName: 'Łukasz', lastName: 'Wałęsa' });
      await createMember(api, o, { kind: 'legal_entity', companyName: 'Café Solidaire SARL' });
      const list = (q: string) => api.http.get(`/v1/orgs/${o.slug}/members?${q}`).set(o.admin.auth).expect(200);
      expect((await list('search=helene')).body.items.map((m: { id: string }) => m.id)).toEqual([helene.id]);
      expect((await list('search=DUPRE')).body.total).toBe(1);
      expect((await list('search=lukasz%20walesa')).body.items[0].lastName).toBe('Wałęsa');
      expect((await list('search=cafe%20sol')).body.items[0].companyName).toBe('Café Solidaire SARL');
      expect((await list('search=100%25')).body.total).toBe(0);
      expect((await list('collegeCode=PROD')).body.items.map((m: { id: string }) => m.id)).toEqual([helene.id]);
      await api.http
        .post(`/v1/orgs/${o.slug}/members/${helene.id}/admit`)
        .set(o.admin.auth)
        .send({ admittedOn: '2026-03-01' })
        .expect(200);
      const active = (await list('status=active')).body;
      expect(active.total).toBe(1);
      expect((await list(`search=%23${active.items[0].membershipNumber}`)).body.items[0].id).toBe(helene.id);
      expectProblem(await api.http.get(`/v1/orgs/${o.slug}/members?status=sleeping`).set(o.admin.auth), 400, 'status');
    });

    it('filters by e-mail consent, combined with the search', async () => {
      const o = await createOrg(api);
      const yes = await createMember(api, o, { firstName: 'Anaëlle', lastName: 'Durand', eConsent: true });
      const no = await createMember(api, o, { firstName: 'Anaëlle', lastName: 'Dupont' });
      const ids = async (q: string) =>
        (await api.http.get(`/v1/orgs/${o.slug}/members?${q}`).set(o.admin.auth).expect(200)).body.items.map(
          (m: { id: string }) => m.id,
        );
      expect(await ids('eConsent=true')).toEqual([yes.id]);
      expect(await ids('eConsent=false')).toEqual([no.id]);
      expect(await ids('eConsent=false&search=anaelle')).toEqual([no.id]);
      expectProblem(await api.http.get(`/v1/orgs/${o.slug}/members?eConsent=maybe`).set(o.admin.auth), 400, 'eConsent');
    });

    it('pages through members sorted by name with a cursor', async () => {
      const o = await createOrg(api);
      const names = ['Zola', 'Abadie', 'Émery', 'Martin', 'Ober'];
      for (const lastName of names) await createMember(api, o, { lastName, firstName: 'A' });
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const res: { body: { items: { lastName: string }[]; total: number; nextCursor: string | null } } =
          await api.http
            .get(`/v1/orgs/${o.slug}/members?limit=2${cursor ? `&cursor=${cursor}` : ''}`)
            .set(o.admin.auth)
            .expect(200);
        expect(res.body.total).toBe(5);
        seen.push(...res.body.items.map((m) => m.lastName));
        cursor = res.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual(['Abadie', 'Émery', 'Martin', 'Ober', 'Zola']);
      expectProblem(await api.http.get(`/v1/orgs/${o.slug}/members?cursor=garbage`).set(o.admin.auth), 400, 'cursor');
    });

    it('records every change as field diffs in the member history', async () => {
      const member = await createMember(api, org, { city: 'Lyon' });
      await api.http
        .patch(path(`/${member.id}`))
        .set(org.admin.auth)
        .send({ city: 'Grenoble', eConsent: true })
        .expect(200);
      await api.http
        .post(path(`/${member.id}/admit`))
        .set(org.admin.auth)
        .send({ admittedOn: '2026-02-01', decisionRef: 'CA 2026-02' })
        .expect(200);
      const history = await api.http
        .get(path(`/${member.id}/history`))
        .set(org.admin.auth)
        .expect(200);
      expect(history.body.items.map((i: { action: string }) => i.action)).toEqual([
        'member.admitted',
        'member.updated',
        'member.created',
      ]);
      expect(history.body.items[1]).toEqual(
        expect.objectContaining({
          actor: org.admin.email,
          changes: { city: { from: 'Lyon', to: 'Grenoble' }, eConsent: { from: false, to: true } },
        }),
      );
    });
  });

  describe('lifecycle', () => {
    it('gives gapless membership numbers in admission order, never reused', async () => {
      const o = await createOrg(api);
      const a = await admittedMember(api, o);
      const b = await admittedMember(api, o);
      expect([a.membershipNumber, b.membershipNumber]).toEqual([1, 2]);
      await api.http
        .post(`/v1/orgs/${o.slug}/members/${a.id}/resign`)
        .set(o.admin.auth)
        .send({ effectiveOn: '2026-02-01' })
        .expect(200);
      const c = await admittedMember(api, o);
      expect(c.membershipNumber).toBe(3);
    });

    it('numbers 30 admissions racing in parallel 1..30 with no gap and no duplicate', async () => {
      const o = await createOrg(api);
      const members = await Promise.all(Array.from({ length: 30 }, () => createMember(api, o)));
      const results = await Promise.all(
        members.map((m) =>
          api.http
            .post(`/v1/orgs/${o.slug}/members/${m.id}/admit`)
            .set(o.admin.auth)
            .send({ admittedOn: '2026-04-01' }),
        ),
      );
      expect(results.map((r) => r.status)).toEqual(Array(30).fill(200));
      expect(results.map((r) => r.body.membershipNumber).sort((x, y) => x - y)).toEqual(
        Array.from({ length: 30 }, (_, i) => i + 1),
      );
    });

    it('admits a member once: a second admission is refused, even when both race', async () => {
      const o = await createOrg(api);
      const m = await createMember(api, o);
      const [r1, r2] = await Promise.all(
        [0, 1].map(() =>
          api.http
            .post(`/v1/orgs/${o.slug}/members/${m.id}/admit`)
            .set(o.admin.auth)
            .send({ admittedOn: '2026-04-01' }),
        ),
      );
      expect([r1.status, r2.status].sort()).toEqual([200, 422]);
      const [row] = await api.db.query(`SELECT last_number FROM membership_counters WHERE organization_id = $1`, [
        o.id,
      ]);
      expect(row.last_number).toBe(1);
    });

    it('keeps a resignation pending until its date, then makes it final by a scheduled job', async () => {
      const m = await admittedMember(api, org);
      const res = await api.http
        .post(path(`/${m.id}/resign`))
        .set(org.admin.auth)
        .send({ effectiveOn: '2099-12-31', decisionRef: 'lettre du 2026-05-02' })
        .expect(200);
      expect(res.body).toEqual(expect.objectContaining({ status: 'resigning', exitOn: '2099-12-31' }));
      const [job] = await api.db.query(`SELECT name, available_at FROM outbox WHERE payload->>'memberId' = $1`, [m.id]);
      expect(job.name).toBe('members.finalize-exit');
      expect(new Date(job.available_at).toISOString()).toBe('2099-12-30T23:00:00.000Z'); // midnight in Paris
      const past = await admittedMember(api, org);
      const done = await api.http
        .post(path(`/${past.id}/resign`))
        .set(org.admin.auth)
        .send({ effectiveOn: '2026-03-31' })
        .expect(200);
      expect(done.body.status).toBe('resigned');
    });

    it('excludes with a decision, records deaths, and refuses impossible transitions', async () => {
      const m = await admittedMember(api, org);
      expectProblem(
        await api.http
          .post(path(`/${m.id}/exclude`))
          .set(org.admin.auth)
          .send({ effectiveOn: '2026-06-30' }),
        400,
        'decisionRef',
      );
      const ex = await api.http
        .post(path(`/${m.id}/exclude`))
        .set(org.admin.auth)
        .send({ effectiveOn: '2026-06-30', decisionRef: 'AGE 2026-06-30' })
        .expect(200);
      expect(ex.body).toEqual(
        expect.objectContaining({
          status: 'excluded',
          exitDecisionRef: 'AGE 2026-06-30',
          membershipNumber: m.membershipNumber,
        }),
      );
      const again = await api.http
        .post(path(`/${m.id}/admit`))
        .set(org.admin.auth)
        .send({ admittedOn: '2026-07-01' });
      expectProblem(again, 422);
      expect(again.body.type).toBe('/problems/invalid-transition');
      const d = await admittedMember(api, org);
      expectProblem(
        await api.http
          .post(path(`/${d.id}/decease`))
          .set(org.admin.auth)
          .send({ diedOn: '2025-01-01' }),
        400,
        'diedOn',
      );
      await api.http
        .post(path(`/${d.id}/decease`))
        .set(org.admin.auth)
        .send({ diedOn: '2026-05-01' })
        .expect(200);
      expectProblem(
        await api.http
          .post(path(`/${d.id}/resign`))
          .set(org.admin.auth)
          .send({ effectiveOn: '2026-12-31' }),
        422,
      );
      expectProblem(
        await api.http
          .post(path(`/${d.id}/admit`))
          .set(org.admin.auth)
          .send({ admittedOn: '2026-02-30' }),
        400,
        'admittedOn',
      );
    });
  });

  describe('roles', () => {
    it('lets the accountant read but not write, and a member read only their own record', async () => {
      const accountant = await userWithRole(api, org, 'accountant');
      const mine = await createMember(api, org);
      const other = await createMember(api, org);
      const user = await signup(api, 'member');
      await api.http
        .post(`/v1/orgs/${org.slug}/users`)
        .set(org.admin.auth)
        .send({ email: user.email, role: 'member', memberId: mine.id })
        .expect(201);
      await api.http
        .get(path(`/${other.id}`))
        .set(accountant.auth)
        .expect(200);
      expectProblem(
        await api.http
          .patch(path(`/${other.id}`))
          .set(accountant.auth)
          .send({ city: 'Paris' }),
        403,
      );
      expectProblem(await api.http.post(path()).set(accountant.auth).send({ kind: 'person', lastName: 'X' }), 403);
      await api.http
        .get(path(`/${mine.id}`))
        .set(user.auth)
        .expect(200);
      await api.http
        .get(path(`/${mine.id}/history`))
        .set(user.auth)
        .expect(200);
      expectProblem(await api.http.get(path(`/${other.id}`)).set(user.auth), 404);
      const list = await api.http.get(path()).set(user.auth).expect(200);
      expect(list.body.items.map((m: { id: string }) => m.id)).toEqual([mine.id]);
      expectProblem(await api.http.get(path('/export.csv')).set(user.auth), 403);
    });
  });

  describe('export', () => {
    it('exports the register as CSV for French spreadsheets', async () => {
      const o = await createOrg(api);
      await api.http
        .post(`/v1/orgs/${o.slug}/colleges`)
        .set(o.admin.auth)
        .send({ code: 'SAL', name: 'Salariés', weightPercent: 50 })
        .expect(201);
      const m = await createMember(api, o, {
        firstName: 'Zoé',
        lastName: 'Lefèvre; dite "Zo"',
        externalRef: 'E-1',
        collegeCode: 'SAL',
        email: 'zoe@example.coop',
      });
      await api.http
        .post(`/v1/orgs/${o.slug}/members/${m.id}/admit`)
        .set(o.admin.auth)
        .send({ admittedOn: '2026-01-02' })
        .expect(200);
      await createMember(api, o, {
        kind: 'legal_entity',
        companyName: 'Ferme du Bois',
        externalRef: 'E-2',
        email: null,
      });
      const res = await api.http
        .get(`/v1/orgs/${o.slug}/members/export.csv`)
        .set(o.admin.auth)
        .buffer(true)
        .parse((r, cb) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => cb(null, Buffer.concat(chunks)));
        });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      const text = (res.body as Buffer).toString('utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      expect(text.slice(1).split('\r\n')).toEqual([
        'externalRef;kind;firstName;lastName;companyName;email;collegeCode;membershipNumber;status',
        'E-2;legal_entity;;;Ferme du Bois;;;;applicant',
        'E-1;person;Zoé;"Lefèvre; dite ""Zo""";;zoe@example.coop;SAL;1;active',
        '',
      ]);
    });

    it('escapes the cells a spreadsheet would run as formulas, and an import reads them back as they were', async () => {
      const o = await createOrg(api);
      await createMember(api, o, {
        firstName: '@SUM(1+1)',
        lastName: '=HYPERLINK("http://x","y")',
        externalRef: 'F-1',
        email: null,
      });
      const res = await api.http
        .get(`/v1/orgs/${o.slug}/members/export.csv`)
        .set(o.admin.auth)
        .buffer(true)
        .parse((r, cb) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => cb(null, Buffer.concat(chunks)));
        });
      const rows = (res.body as Buffer).toString('utf8').slice(1).split('\r\n');
      expect(rows[1]).toBe(`F-1;person;"'@SUM(1+1)";"'=HYPERLINK(""http://x"",""y"")";;;;;applicant`);

      const back = rows
        .slice(0, 2)
        .map((row) => row.split(';').slice(0, 7).join(';'))
        .join('\r\n');
      const imported = await api.http
        .post(`/v1/orgs/${o.slug}/members/import`)
        .set(o.admin.auth)
        .set('Content-Type', 'text/csv')
        .send(Buffer.from(back, 'utf8'))
        .expect(200);
      expect(imported.body).toEqual({ total: 1, created: 0, updated: 0, unchanged: 1 });
    });
  });
});

describe('member CSV import', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startApi()));
  afterAll(() => api.close());

  const importCsv = (org: TestOrg, csv: string | Buffer, type = 'text/csv') =>
    api.http
      .post(`/v1/orgs/${org.slug}/members/import`)
      .set(org.admin.auth)
      .set('Content-Type', type)
      .send(Buffer.isBuffer(csv) ? csv : Buffer.from(csv, 'utf8'));

  it('imports a semicolon file with a BOM, then updates by externalRef instead of duplicating', async () => {
    const org = await createOrg(api);
    await api.http
      .post(`/v1/orgs/${org.slug}/colleges`)
      .set(org.admin.auth)
      .send({ code: 'SAL', name: 'Salariés', weightPercent: 50 })
      .expect(201);
    const csv =
      '\uFEFFexternalRef;kind;firstName;lastName;companyName;email;collegeCode\r\n' +
      'A1;person;Anaïs;Nørgaard;;anais@example.coop;SAL\r\n' +
      'A2;legal_entity;;;"Boulangerie ""Le Pain""; SARL";contact@pain.coop;\r\n' +
      ';person;Sans;Référence;;;\r\n';
    const first = await importCsv(org, csv).expect(200);
    expect(first.body).toEqual({ total: 3, created: 3, updated: 0, unchanged: 0 });
    const list = await api.http.get(`/v1/orgs/${org.slug}/members?search=norgaard`).set(org.admin.auth).expect(200);
    expect(list.body.items[0]).toEqual(
      expect.objectContaining({ firstName: 'Anaïs', collegeCode: 'SAL', status: 'applicant', externalRef: 'A1' }),
    );
    const boulangerie = await api.http
      .get(`/v1/orgs/${org.slug}/members?search=boulangerie`)
      .set(org.admin.auth)
      .expect(200);
    expect(boulangerie.body.items[0].companyName).toBe('Boulangerie "Le Pain"; SARL');

    const again = await importCsv(
      org,
      'externalRef,kind,firstName,lastName,companyName,email,collegeCode\nA1,person,Anaïs,Nørgaard-Berg,,anais@example.coop,SAL\nA2,legal_entity,,,"Boulangerie ""Le Pain""; SARL",contact@pain.coop,\n',
    ).expect(200);
    expect(again.body).toEqual({ total: 2, created: 0, updated: 1, unchanged: 1 });
    const all = await api.http.get(`/v1/orgs/${org.slug}/members`).set(org.admin.auth).expect(200);
    expect(all.body.total).toBe(3);
    const a1 = all.body.items.find((m: { externalRef: string }) => m.externalRef === 'A1');
    const history = await api.http.get(`/v1/orgs/${org.slug}/members/${a1.id}/history`).set(org.admin.auth).expect(200);
    expect(history.body.items[0]).toEqual(
      expect.objectContaining({
        action: 'member.updated',
        changes: { lastName: { from: 'Nørgaard', to: 'Nørgaard-Berg' } },
      }),
    );
  });

  it('imports nothing when one row is bad, and lists every bad row and field', async () => {
    const org = await createOrg(api);
    const csv = [
      'externalRef;kind;firstName;lastName;companyName;email;collegeCode',
      'B1;person;Ok;Fine;;ok@example.coop;',
      'B2;robot;;;;;',
      'B3;person;No;Mail;;not-an-email;',
      'B1;person;Dup;Licate;;;',
      'B5;legal_entity;;;;;NOPE',
    ].join('\n');
    const res = await importCsv(org, csv);
    expectProblem(res, 400);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 3, field: 'kind' }),
        expect.objectContaining({ row: 4, field: 'email' }),
        expect.objectContaining({ row: 5, field: 'externalRef' }),
        expect.objectContaining({ row: 6, field: 'companyName' }),
        expect.objectContaining({ row: 6, field: 'collegeCode' }),
      ]),
    );
    expect(res.body.errors.some((e: { row: number }) => e.row === 2)).toBe(false);
    const list = await api.http.get(`/v1/orgs/${org.slug}/members`).set(org.admin.auth).expect(200);
    expect(list.body.total).toBe(0);
  });

  it('answers a dry run with the same report and writes nothing', async () => {
    const org = await createOrg(api);
    const dryRun = (csv: string) =>
      api.http
        .post(`/v1/orgs/${org.slug}/members/import?dryRun=true`)
        .set(org.admin.auth)
        .set('Content-Type', 'text/csv')
        .send(Buffer.from(csv, 'utf8'));
    const header = 'externalRef;kind;firstName;lastName;companyName;email;collegeCode';
    const bad = await dryRun([header, 'D1;person;Ok;Fine;;;', 'D2;person;No;Mail;;not-an-email;'].join('\n'));
    expectProblem(bad, 400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ row: 3, field: 'email' })]);
    const good = await dryRun([header, 'D1;person;Ok;Fine;;;', 'D2;person;Now;Mailed;;d2@example.coop;'].join('\n'));
    expect(good.status).toBe(200);
    expect(good.body).toEqual({ total: 2, created: 2, updated: 0, unchanged: 0, dryRun: true });
    const list = await api.http.get(`/v1/orgs/${org.slug}/members`).set(org.admin.auth).expect(200);
    expect(list.body.total).toBe(0);
    const audit = await api.http.get(`/v1/orgs/${org.slug}/audit`).set(org.admin.auth).expect(200);
    expect(audit.body.items.map((a: { action: string }) => a.action)).not.toContain('members.imported');
    // the real import then does what the dry run said
    const real = await importCsv(
      org,
      [header, 'D1;person;Ok;Fine;;;', 'D2;person;Now;Mailed;;d2@example.coop;'].join('\n'),
    );
    expect(real.body).toEqual({ total: 2, created: 2, updated: 0, unchanged: 0 });
  });

  it('refuses a wrong header, a ragged row, an empty file and a non-CSV body with clear problems', async () => {
    const org = await createOrg(api);
    const header = await importCsv(org, 'ref;kind;name\nX;person;Y\n');
    expectProblem(res400(header), 400, 'externalRef');
    expect(header.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'name', message: expect.stringMatching(/not a known column/) }),
      ]),
    );
    expectProblem(
      await importCsv(org, 'externalRef;kind;firstName;lastName;companyName;email;collegeCode\nC1;person;A;B\n'),
      400,
      'body',
    );
    expectProblem(
      await importCsv(org, 'externalRef;kind;firstName;lastName;companyName;email;collegeCode\n'),
      400,
      'body',
    );
    expectProblem(
      await api.http.post(`/v1/orgs/${org.slug}/members/import`).set(org.admin.auth).send({ rows: [] }),
      415,
    );
  });

  it('imports 5,000 rows in one request', async () => {
    const org = await createOrg(api);
    const lines = ['externalRef;kind;firstName;lastName;companyName;email;collegeCode'];
    for (let i = 0; i < 5000; i++) lines.push(`R${i};person;Prénom${i};Nom${i};;p${i}@example.coop;`);
    const res = await importCsv(org, lines.join('\n')).expect(200);
    expect(res.body).toEqual({ total: 5000, created: 5000, updated: 0, unchanged: 0 });
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM members WHERE organization_id = $1`, [org.id]);
    expect(n).toBe(5000);
  });
});

const res400 = <T>(r: T) => r;
