import { binary, documentsDir, parisDay, pdfText } from '../funding/support';
import { createCoop, createMember, createOrg, expectProblem, startApi, TestApi, TestOrg } from '../support/app';

/** The mentions the law asks of the documents and of the organization's settings (issue 15), read back with pdftotext. */
describe('legal mentions of the documents', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi({ DOCUMENTS_DIR: documentsDir });
  });
  afterAll(() => api.close());

  const url = (o: TestOrg, p: string) => `/v1/orgs/${o.slug}/${p}`;
  const post = (o: TestOrg, p: string, body: object) => api.http.post(url(o, p)).set(o.admin.auth).send(body);
  const pdf = async (o: TestOrg, p: string) =>
    pdfText((await binary(api.http.get(url(o, p)).set(o.admin.auth)).expect(200)).body as Buffer);
  const flat = (text: string) => text.replace(/\s+/g, ' ');

  it('signs the share certificate (representative, title, place, date) under a header with "à capital variable" and the RCS city (C. com. R123-237)', async () => {
    const org = await createCoop(api, undefined, {
      name: 'Coop des Tisserands',
      legalForm: 'SCIC_SAS',
      siren: '732829320',
      address: '12 rue des Métiers, 69001 Lyon',
      rcsCity: 'Lyon',
      legalRepresentativeName: 'Camille Durand',
      legalRepresentativeTitle: 'Présidente',
      signaturePlace: 'Villeurbanne',
    });
    const member = await createMember(api, org);
    const sub = await post(org, 'subscriptions', {
      memberId: member.id,
      shareClassCode: 'A',
      quantity: 2,
      subscribedOn: '2026-02-01',
    }).expect(201);
    await post(org, `subscriptions/${sub.body.id}/approve`, { decidedOn: '2026-02-02' }).expect(200);
    await post(org, `subscriptions/${sub.body.id}/payments`, {
      amountCents: 20000,
      paidOn: '2026-02-03',
      method: 'transfer',
    }).expect(201);
    const text = await pdf(org, `members/${member.id}/certificate.pdf?at=2026-06-30`);
    expect(text).toContain('SCIC SAS à capital variable');
    expect(text).toContain('RCS Lyon 732 829 320');
    const today = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'long' }).format(new Date());
    expect(flat(text)).toContain(`Fait à Villeurbanne, le ${today.replace(/^1 /, '1er ')}`);
    expect(text).toContain('Camille Durand, Présidente');
  });

  it('prints the capital statement with column headers that never break inside a word', async () => {
    const org = await createCoop(api);
    const text = await pdf(org, 'capital.pdf?at=2026-03-31');
    const header = text.split('\n').find((l) => /Catégorie/.test(l))!;
    for (const word of ['Nominal', 'Parts', 'Souscrit', 'Appelé', 'Libéré', 'Sociétaires'])
      expect(header).toContain(word);
  });

  describe('donation receipts', () => {
    let association: TestOrg;
    let campaignId: string;
    beforeAll(async () => {
      association = await createOrg(api, undefined, {
        name: 'Les Amis du Logiciel Libre',
        legalForm: 'ASSOCIATION',
        siren: '732829320',
      });
      await api.http
        .put(url(association, 'funding/settings'))
        .set(association.admin.auth)
        .send({
          taxReceiptsEligible: true,
          purpose: 'Logiciel libre',
          signatoryName: 'Marie Curie',
          signatoryTitle: 'Présidente',
        })
        .expect(200);
      const c = await post(association, 'campaigns', {
        title: 'Registre commun',
        description: 'Le registre partagé',
        goalCents: 500_000,
        startsOn: parisDay(-10),
        endsOn: parisDay(50),
        mode: 'keep_it_all',
        public: false,
      }).expect(201);
      await post(association, `campaigns/${c.body.id}/open`, {}).expect(200);
      campaignId = c.body.id;
    });
    const gift = async (contributor: object, amountCents: number) => {
      const g = await post(association, `campaigns/${campaignId}/contributions`, {
        contributor,
        amountCents,
        kind: 'donation',
      }).expect(201);
      await post(association, `contributions/${g.body.id}/payments`, {
        amountCents,
        paidOn: parisDay(),
        method: 'transfer',
      }).expect(201);
      return g.body.id as string;
    };

    it("shows the donor's address on the cerfa 11580 and refuses a receipt without it", async () => {
      const noAddress = await gift({ kind: 'person', name: 'Jean Sansadresse' }, 5_000);
      const refused = await api.http
        .get(url(association, `contributions/${noAddress}/tax-receipt.pdf`))
        .set(association.admin.auth);
      expectProblem(refused, 422, 'contributor.address');
      expect(refused.body.type).toBe('/problems/donor-address-required');
      const id = await gift(
        { kind: 'person', name: 'Jeanne Donatrice', address: '8 quai Saint-Vincent, 69001 Lyon' },
        15_000,
      );
      const text = await pdf(association, `contributions/${id}/tax-receipt.pdf`);
      expect(text).toContain('cerfa n° 11580*04');
      expect(text).toContain('8 quai Saint-Vincent, 69001 Lyon');
      expect(text).toContain('l’article 200 du code général des impôts');
    });

    it('gives a company donor the 2041-MEC-SD (cerfa 16216), with its SIREN and address, under CGI art. 238 bis', async () => {
      const id = await gift(
        {
          kind: 'organization',
          name: 'Boulangerie Dupain SARL',
          address: '1 place Bellecour, 69002 Lyon',
          siren: '552100554',
        },
        250_000,
      );
      const text = await pdf(association, `contributions/${id}/tax-receipt.pdf`);
      expect(text).toContain('2041-MEC-SD');
      expect(text).toContain('cerfa n° 16216*01');
      expect(text).not.toContain('11580');
      expect(flat(text)).toContain('Reçu des dons et versements effectués par les entreprises');
      expect(text).toMatch(/Dénomination\s+Boulangerie Dupain SARL/);
      expect(text).toMatch(/SIREN\s+552100554/);
      expect(text).toContain('1 place Bellecour, 69002 Lyon');
      expect(text).toContain('*** 2 500,00 € ***');
      expect(text).toContain('l’article 238 bis du code général des impôts');
    });
  });

  it('checks the statutory minimum capital against the legal form: 18 500 € for a co-operative SA (loi 47-1775 art. 27), 30 € for a SCOP SARL', async () => {
    const sa = await createOrg(api, undefined, { legalForm: 'SCIC_SA' });
    const view = await api.http.get(`/v1/orgs/${sa.slug}`).set(sa.admin.auth).expect(200);
    // nothing said: the legal minimum is the default
    expect(view.body).toEqual(
      expect.objectContaining({ minimumCapitalCents: 1_850_000, legalMinimumCapitalCents: 1_850_000 }),
    );
    const lower = await api.http
      .patch(`/v1/orgs/${sa.slug}`)
      .set(sa.admin.auth)
      .send({ minimumCapitalCents: 1_849_999 });
    expectProblem(lower, 422, 'minimumCapitalCents');
    expect(lower.body.type).toBe('/problems/minimum-capital-below-legal');
    const scop = await createOrg(api, undefined, { legalForm: 'SCOP_SARL', minimumCapitalCents: 3_000 });
    const toSa = await api.http.patch(`/v1/orgs/${scop.slug}`).set(scop.admin.auth).send({ legalForm: 'SCOP_SA' });
    expectProblem(toSa, 422, 'minimumCapitalCents');
    const sas = await createOrg(api, undefined, { legalForm: 'SCIC_SAS', minimumCapitalCents: 0 });
    expect(
      (await api.http.get(`/v1/orgs/${sas.slug}`).set(sas.admin.auth).expect(200)).body.legalMinimumCapitalCents,
    ).toBe(0);
  });
});
