import { createMember, createOrg, expectProblem, signup, startApi, TestApi, TestOrg, TestUser } from '../support/app';
import { binary, documentsDir, parisDay } from './support';

/** What a member sees of their own contributions, and the contributions CSV streamed from PostgreSQL. */
describe('contribution funding: my contributions and the streamed CSV', () => {
  let api: TestApi;
  let org: TestOrg;
  let other: TestOrg;
  let me: TestUser;
  let myMemberId: string;
  const today = parisDay();

  beforeAll(async () => {
    api = await startApi({ DOCUMENTS_DIR: documentsDir });
    org = await createOrg(api);
    other = await createOrg(api);
    myMemberId = (await createMember(api, org)).id;
    me = await signup(api, 'member');
    await api.http
      .post(`/v1/orgs/${org.slug}/users`)
      .set(org.admin.auth)
      .send({ email: me.email, role: 'member', memberId: myMemberId })
      .expect(201);
  });
  afterAll(() => api.close());

  const url = (p: string, o = org) => `/v1/orgs/${o.slug}/${p}`;
  const post = (p: string, body: object, o = org) => api.http.post(url(p, o)).set(o.admin.auth).send(body);
  const campaign = async (o = org) => {
    const c = await post(
      'campaigns',
      {
        title: 'Four à pain; "commun"',
        goalCents: 100_000,
        startsOn: parisDay(-5),
        endsOn: parisDay(30),
        mode: 'keep_it_all',
        public: false,
      },
      o,
    ).expect(201);
    await post(`campaigns/${c.body.id}/open`, {}, o).expect(200);
    return c.body as { id: string };
  };

  it('lets a member read their own contributions and receipts, and nobody else’s', async () => {
    const c = await campaign();
    const mine = await post(`campaigns/${c.id}/contributions`, {
      memberId: myMemberId,
      amountCents: 1_500,
      kind: 'membership_fee',
    }).expect(201);
    await post(`contributions/${mine.body.id}/payments`, { amountCents: 1_500, paidOn: today, method: 'card' }).expect(
      201,
    );
    const theirs = await post(`campaigns/${c.id}/contributions`, {
      contributor: { kind: 'person', name: 'Quelqu’un', email: 'someone@example.org' },
      amountCents: 2_000,
      kind: 'donation',
    }).expect(201);
    await post(`contributions/${theirs.body.id}/payments`, {
      amountCents: 2_000,
      paidOn: today,
      method: 'card',
    }).expect(201);

    const list = (await api.http.get(url('my/contributions')).set(me.auth).expect(200)).body;
    expect(list).toEqual(expect.objectContaining({ total: 1, nextCursor: null }));
    expect(list.items).toEqual([
      expect.objectContaining({
        id: mine.body.id,
        campaignId: c.id,
        kind: 'membership_fee',
        status: 'paid',
        paidCents: 1_500,
      }),
    ]);
    expect(
      (
        await api.http
          .get(url(`contributions/${mine.body.id}`))
          .set(me.auth)
          .expect(200)
      ).body.id,
    ).toBe(mine.body.id);
    const pdf = await binary(api.http.get(url(`contributions/${mine.body.id}/receipt.pdf`)).set(me.auth)).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');

    // another's contribution answers 404, like a missing one; the admin routes stay closed
    expectProblem(await api.http.get(url(`contributions/${theirs.body.id}`)).set(me.auth), 404);
    expectProblem(await api.http.get(url(`contributions/${theirs.body.id}/receipt.pdf`)).set(me.auth), 404);
    expectProblem(await api.http.get(url(`campaigns/${c.id}/contributions`)).set(me.auth), 403);
    // a member pledges in their own name only (their own pledge: test/members/self-service)
    expectProblem(
      await api.http
        .post(url(`campaigns/${c.id}/contributions`))
        .set(me.auth)
        .send({ memberId: '9b2f4c1e-3d5a-4e6f-8a7b-0c1d2e3f4a5b', amountCents: 100, kind: 'donation' }),
      404,
    );
    // a user who is no member here sees nothing; another organization's admin neither
    expect((await api.http.get(url('my/contributions')).set(org.admin.auth).expect(200)).body.total).toBe(0);
    expectProblem(await api.http.get(url(`contributions/${mine.body.id}`, other)).set(other.admin.auth), 404);
  });

  it('streams the contributions CSV from a COPY, quoting what must be quoted', async () => {
    const c = await campaign(other);
    const gift = await post(
      `campaigns/${c.id}/contributions`,
      { contributor: { kind: 'person', name: 'Jean "Jeannot"; Dupont' }, amountCents: 1_234, kind: 'donation' },
      other,
    ).expect(201);
    await post(
      `contributions/${gift.body.id}/payments`,
      { amountCents: 1_234, paidOn: today, method: 'check', reference: 'CHQ;9' },
      other,
    ).expect(201);
    await post(`contributions/${gift.body.id}/refund`, { reference: 'RET-1' }, other).expect(200);
    const res = await binary(api.http.get(url('exports/contributions.csv', other)).set(other.admin.auth)).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="contributions-${other.slug}.csv"`);
    // streamed: no length known in advance
    expect(res.headers['content-length']).toBeUndefined();
    const text = (res.body as Buffer).toString('utf8');
    const d = `${today.slice(8, 10)}/${today.slice(5, 7)}/${today.slice(0, 4)}`;
    const ref = `CONTRIB-${gift.body.id.slice(0, 8).toUpperCase()}`;
    expect(text).toBe(
      '\uFEFFDate;Campagne;Contribution;Contributeur;Type de contributeur;Nature;Mouvement;Montant;Mode;Référence;Journal;N° écriture\r\n' +
        `${d};"Four à pain; ""commun""";${ref};"Jean ""Jeannot""; Dupont";Personne;Don;Promesse;12,34;;;;\r\n` +
        `${d};"Four à pain; ""commun""";${ref};"Jean ""Jeannot""; Dupont";Personne;Don;Versement;12,34;check;"CHQ;9";DON;1\r\n` +
        `${d};"Four à pain; ""commun""";${ref};"Jean ""Jeannot""; Dupont";Personne;Don;Remboursement;-12,34;;RET-1;DON;2\r\n`,
    );
  });
});
