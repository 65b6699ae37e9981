import {
  createMember,
  createOrg,
  expectProblem,
  signup,
  startApi,
  TestApi,
  TestOrg,
  userWithRole,
} from '../support/app';
import { binary, documentsDir, parisDay, pdfText } from './support';

/** Receipts (contribution, cerfa 11580), the public page of a campaign, and pooled funding between co-ops. */
describe('contribution funding: receipts, public page, pooled funding', () => {
  let api: TestApi;
  let scic: TestOrg;
  let association: TestOrg;
  const today = parisDay();

  beforeAll(async () => {
    api = await startApi({ DOCUMENTS_DIR: documentsDir });
    scic = await createOrg(api, undefined, { name: 'Coop des Outils', legalForm: 'SCIC_SAS' });
    association = await createOrg(api, undefined, {
      name: 'Les Amis du Logiciel Libre',
      legalForm: 'ASSOCIATION',
      siren: '732829320',
    });
  });
  afterAll(() => api.close());

  const url = (p: string, o: TestOrg) => `/v1/orgs/${o.slug}/${p}`;
  const post = (o: TestOrg, p: string, body: object) => api.http.post(url(p, o)).set(o.admin.auth).send(body);
  const get = (o: TestOrg, p: string) => api.http.get(url(p, o)).set(o.admin.auth);
  const openCampaign = async (o: TestOrg, overrides: Record<string, unknown> = {}) => {
    const c = await post(o, 'campaigns', {
      title: 'Registre commun',
      description: 'Le logiciel de registre que nous partageons',
      goalCents: 500_000,
      startsOn: parisDay(-10),
      endsOn: parisDay(50),
      mode: 'keep_it_all',
      public: true,
      ...overrides,
    }).expect(201);
    await post(o, `campaigns/${c.body.id}/open`, {}).expect(200);
    return c.body as { id: string };
  };
  const paidGift = async (
    o: TestOrg,
    campaignId: string,
    contributor: object,
    amountCents: number,
    extra: object = {},
  ) => {
    const g = await post(o, `campaigns/${campaignId}/contributions`, {
      contributor,
      amountCents,
      kind: 'donation',
      ...extra,
    }).expect(201);
    await post(o, `contributions/${g.body.id}/payments`, {
      amountCents,
      paidOn: today,
      method: 'check',
      reference: 'CHQ 42',
    }).expect(201);
    return g.body as { id: string };
  };

  describe('receipts', () => {
    it('issue a numbered contribution receipt with its verification code, for every kind', async () => {
      const c = await openCampaign(scic);
      const gift = await paidGift(
        scic,
        c.id,
        { kind: 'person', name: 'Łukasz Wałęsa', email: 'lukasz@example.org' },
        12_345,
      );
      const res = await binary(
        api.http.get(url(`contributions/${gift.id}/receipt.pdf`, scic)).set(scic.admin.auth),
      ).expect(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      const code = res.headers['x-verification-code'];
      expect(code).toMatch(/^[A-Z0-9]{10}$/);
      expect(res.headers['x-document-number']).toMatch(/^CONTRIB-\d{4}-0001$/);
      const text = pdfText(res.body as Buffer);
      expect(text).toContain('Reçu de contribution');
      expect(text).toContain('Łukasz Wałęsa');
      expect(text).toContain('Registre commun');
      expect(text).toContain('123,45 €');
      expect(text).toContain('CHQ 42');
      // a SCIC: the receipt says it is no tax receipt
      expect(text).toContain("n'ouvre pas droit à la réduction d'impôt");
      expect(text).toContain(code);
      const verified = await api.http.get(`/v1/verify/${code}`).expect(200);
      expect(verified.body).toEqual(
        expect.objectContaining({
          valid: true,
          document: expect.objectContaining({
            kind: 'contribution_receipt',
            summary: expect.objectContaining({ contribution: expect.objectContaining({ receivedCents: 12_345 }) }),
          }),
        }),
      );
      // the same state gives the same document
      const again = await binary(
        api.http.get(url(`contributions/${gift.id}/receipt.pdf`, scic)).set(scic.admin.auth),
      ).expect(200);
      expect(again.headers['x-verification-code']).toBe(code);
      // in English on request
      const en = await binary(
        api.http.get(url(`contributions/${gift.id}/receipt.pdf?lang=en`, scic)).set(scic.admin.auth),
      ).expect(200);
      expect(pdfText(en.body as Buffer)).toContain('Contribution receipt');

      const member = await createMember(api, scic);
      const fee = await post(scic, `campaigns/${c.id}/contributions`, {
        memberId: member.id,
        amountCents: 2_000,
        kind: 'membership_fee',
      }).expect(201);
      const nothing = await api.http.get(url(`contributions/${fee.body.id}/receipt.pdf`, scic)).set(scic.admin.auth);
      expectProblem(nothing, 422);
      expect(nothing.body.type).toBe('/problems/nothing-received');
      await post(scic, `contributions/${fee.body.id}/payments`, {
        amountCents: 2_000,
        paidOn: today,
        method: 'transfer',
      }).expect(201);
      const feeReceipt = await binary(
        api.http.get(url(`contributions/${fee.body.id}/receipt.pdf`, scic)).set(scic.admin.auth),
      ).expect(200);
      expect(pdfText(feeReceipt.body as Buffer)).toContain('Cotisation');
    });

    it('refuses a tax receipt to a SCIC, and the eligibility setting, offering shares instead', async () => {
      const c = await openCampaign(scic);
      const gift = await paidGift(scic, c.id, { kind: 'person', name: 'Donateur' }, 10_000);
      const res = await api.http.get(url(`contributions/${gift.id}/tax-receipt.pdf`, scic)).set(scic.admin.auth);
      expectProblem(res, 422, 'id');
      expect(res.body).toEqual(
        expect.objectContaining({
          type: '/problems/tax-receipt-not-allowed',
          legalForm: 'SCIC_SAS',
          alternative: 'share_subscription',
        }),
      );
      expect(res.body.detail).toMatch(
        /A SCIC cannot issue tax receipts for donations \(cerfa 11580\).*Offer shares instead/,
      );
      const setting = await api.http
        .put(url('funding/settings', scic))
        .set(scic.admin.auth)
        .send({ taxReceiptsEligible: true });
      expectProblem(setting, 422, 'taxReceiptsEligible');
      expect(setting.body.type).toBe('/problems/tax-receipt-not-allowed');

      const scop = await createOrg(api, undefined, { legalForm: 'SCOP_SARL' });
      const scopCampaign = await openCampaign(scop);
      const scopGift = await paidGift(scop, scopCampaign.id, { kind: 'person', name: 'Donatrice' }, 5_000);
      const refused = await api.http
        .get(url(`contributions/${scopGift.id}/tax-receipt.pdf`, scop))
        .set(scop.admin.auth);
      expectProblem(refused, 422);
      expect(refused.body.detail).toMatch(/A SCOP cannot issue tax receipts/);
    });

    it('issues the cerfa 11580 receipt for a donation to an association that declared itself eligible', async () => {
      const c = await openCampaign(association);
      const member = await createMember(api, association, {
        firstName: 'Hélène',
        lastName: 'Dupont',
        addressLine1: '3 rue des Lilas',
        postalCode: '69001',
        city: 'Lyon',
      });
      const g = await post(association, `campaigns/${c.id}/contributions`, {
        memberId: member.id,
        amountCents: 123_456,
        kind: 'donation',
      }).expect(201);
      await post(association, `contributions/${g.body.id}/payments`, {
        amountCents: 123_456,
        paidOn: today,
        method: 'transfer',
      }).expect(201);
      const notYet = await api.http
        .get(url(`contributions/${g.body.id}/tax-receipt.pdf`, association))
        .set(association.admin.auth);
      expectProblem(notYet, 422, 'taxReceiptsEligible');
      const settings = await api.http
        .put(url('funding/settings', association))
        .set(association.admin.auth)
        .send({
          taxReceiptsEligible: true,
          purpose: 'Promouvoir le logiciel libre dans les coopératives',
          signatoryName: 'Marie Curie',
          signatoryTitle: 'Présidente',
        })
        .expect(200);
      expect(settings.body).toEqual(expect.objectContaining({ legalForm: 'ASSOCIATION', taxReceiptsEligible: true }));

      const res = await binary(
        api.http.get(url(`contributions/${g.body.id}/tax-receipt.pdf`, association)).set(association.admin.auth),
      ).expect(200);
      expect(res.headers['x-document-number']).toMatch(/^CERFA-\d{4}-0001$/);
      const text = pdfText(res.body as Buffer);
      for (const expected of [
        'cerfa n° 11580*04',
        'Les Amis du Logiciel Libre',
        'Promouvoir le logiciel libre dans les coopératives',
        'Hélène Dupont',
        '3 rue des Lilas, 69001 Lyon',
        '*** 1 234,56 € ***',
        'mille deux cent trente-quatre euros et cinquante-six centimes',
        'Déclaration de don manuel',
        'Numéraire',
        'Virement, prélèvement, carte bancaire',
        'l’article 200 du code général des impôts',
        'Marie Curie',
        'Présidente',
      ]) {
        expect(text).toContain(expected);
      }
      // only donations
      const fee = await post(association, `campaigns/${c.id}/contributions`, {
        memberId: member.id,
        amountCents: 1_000,
        kind: 'membership_fee',
      }).expect(201);
      expectProblem(
        await api.http
          .get(url(`contributions/${fee.body.id}/tax-receipt.pdf`, association))
          .set(association.admin.auth),
        422,
        'kind',
      );
      // the contribution receipt of an eligible association does not deny the reduction
      const receipt = await binary(
        api.http.get(url(`contributions/${g.body.id}/receipt.pdf`, association)).set(association.admin.auth),
      ).expect(200);
      expect(pdfText(receipt.body as Buffer)).not.toContain("n'ouvre pas droit");
    });
  });

  describe('public page', () => {
    it('shows a public campaign and its figures without personal data, naming only those who agreed', async () => {
      const c = await openCampaign(scic, { title: 'Serveur partagé', goalCents: 100_000 });
      await paidGift(scic, c.id, { kind: 'person', name: 'Claire Publique', email: 'claire@example.org' }, 30_000, {
        publicName: true,
      });
      await paidGift(scic, c.id, { kind: 'person', name: 'Discret Anonyme', email: 'discret@example.org' }, 20_000);
      await post(scic, `campaigns/${c.id}/contributions`, {
        contributor: { kind: 'person', name: 'Promesse Seule', email: 'promesse@example.org' },
        amountCents: 10_000,
        kind: 'donation',
        publicName: true,
      }).expect(201);

      const res = await api.http.get(`/v1/public/orgs/${scic.slug}/campaigns/${c.id}`).expect(200);
      expect(res.body).toEqual(
        expect.objectContaining({
          title: 'Serveur partagé',
          organization: { name: 'Coop des Outils', slug: scic.slug },
          status: 'open',
          goalCents: 100_000,
          raisedCents: 50_000,
          pledgedCents: 60_000,
          contributorsCount: 3,
          progressPercent: 50,
          namedContributors: [{ name: 'Claire Publique', amountCents: 30_000 }],
        }),
      );
      const raw = JSON.stringify(res.body);
      for (const secret of ['Discret', 'discret@example.org', 'claire@example.org', 'Promesse Seule', 'CHQ 42'])
        expect(raw).not.toContain(secret);

      // not public, a draft, another organization's slug, a bad id: all 404
      const hidden = await openCampaign(scic, { public: false });
      expectProblem(await api.http.get(`/v1/public/orgs/${scic.slug}/campaigns/${hidden.id}`), 404);
      const draft = await post(scic, 'campaigns', {
        title: 'Brouillon',
        goalCents: 1_000,
        startsOn: today,
        endsOn: today,
        mode: 'keep_it_all',
        public: true,
      }).expect(201);
      expectProblem(await api.http.get(`/v1/public/orgs/${scic.slug}/campaigns/${draft.body.id}`), 404);
      expectProblem(await api.http.get(`/v1/public/orgs/${association.slug}/campaigns/${c.id}`), 404);
      expectProblem(await api.http.get(`/v1/public/orgs/${scic.slug}/campaigns/not-a-uuid`), 404);
    });
  });

  describe('pooled funding', () => {
    it('lets a host collect from member co-ops, each seeing what it gave and nothing else', async () => {
      const host = await createOrg(api, undefined, { name: 'Hôte des Communs', legalForm: 'SCIC_SAS' });
      const coopA = await createOrg(api, undefined, { name: 'Coop A' });
      const coopB = await createOrg(api, undefined, { name: 'Coop B' });
      const accountantA = await userWithRole(api, coopA, 'accountant');
      const c = await openCampaign(host, { title: 'Outil de paie mutualisé', beneficiary: 'Outil de paie' });
      const fromA = await post(host, `campaigns/${c.id}/contributions`, {
        contributor: { kind: 'organization', name: 'Coop A', organizationSlug: coopA.slug },
        amountCents: 40_000,
        kind: 'membership_fee',
      }).expect(201);
      expect(fromA.body).toEqual(
        expect.objectContaining({
          contributorType: 'organization',
          contributorOrganizationSlug: coopA.slug,
          partnerConfirmation: 'pending',
        }),
      );
      // a slug no organization has answers the same: the host learns nothing about who is on the platform
      const fromNobody = await post(host, `campaigns/${c.id}/contributions`, {
        contributor: { kind: 'organization', name: 'Inconnue', organizationSlug: 'no-such-coop-anywhere' },
        amountCents: 1_000,
        kind: 'donation',
      }).expect(201);
      expect(fromNobody.body).toEqual(
        expect.objectContaining({
          contributorOrganizationSlug: 'no-such-coop-anywhere',
          partnerConfirmation: 'pending',
        }),
      );
      // until coop A's admin confirms it, the gift is listed as pending and not counted in A's books
      const pendingA = await api.http.get(url('contributions/given', coopA)).set(accountantA.auth).expect(200);
      expect(pendingA.body).toEqual(
        expect.objectContaining({
          total: 0,
          givenCents: 0,
          items: [expect.objectContaining({ confirmation: 'pending' })],
        }),
      );
      expectProblem(
        await api.http.post(url(`contributions/given/${fromA.body.id}/confirm`, coopA)).set(accountantA.auth),
        403,
      );
      expectProblem(
        await api.http.post(url(`contributions/given/${fromA.body.id}/confirm`, coopB)).set(coopB.admin.auth),
        404,
      );
      await api.http
        .post(url(`contributions/given/${fromA.body.id}/confirm`, coopA))
        .set(coopA.admin.auth)
        .expect(200);
      expectProblem(
        await api.http.post(url(`contributions/given/${fromA.body.id}/confirm`, coopA)).set(coopA.admin.auth),
        422,
      );
      await post(host, `contributions/${fromA.body.id}/payments`, {
        amountCents: 40_000,
        paidOn: today,
        method: 'transfer',
      }).expect(201);
      const fromB = await post(host, `campaigns/${c.id}/contributions`, {
        contributor: { kind: 'organization', name: 'Coop B', organizationSlug: coopB.slug },
        amountCents: 25_000,
        kind: 'donation',
      }).expect(201);
      await post(host, `contributions/${fromB.body.id}/payments`, {
        amountCents: 25_000,
        paidOn: today,
        method: 'transfer',
      }).expect(201);
      await paidGift(host, c.id, { kind: 'person', name: 'Une Personne', email: 'personne@example.org' }, 5_000);
      expect((await get(host, `campaigns/${c.id}`).expect(200)).body).toEqual(
        expect.objectContaining({ raisedCents: 70_000, contributorsCount: 4 }),
      );

      const givenA = await api.http.get(url('contributions/given', coopA)).set(accountantA.auth).expect(200);
      expect(givenA.body).toEqual({
        items: [
          expect.objectContaining({
            id: fromA.body.id,
            host: { slug: host.slug, name: 'Hôte des Communs' },
            campaign: { id: c.id, title: 'Outil de paie mutualisé', status: 'open' },
            kind: 'membership_fee',
            confirmation: 'confirmed',
            amountCents: 40_000,
            paidCents: 40_000,
          }),
        ],
        total: 1,
        givenCents: 40_000,
        nextCursor: null,
      });
      const raw = JSON.stringify(givenA.body);
      expect(raw).not.toContain('Coop B');
      expect(raw).not.toContain('personne@example.org');
      // coop B did not give it: once refused it leaves B's list, and the host sees the refusal
      expect((await get(coopB, 'contributions/given').expect(200)).body).toEqual(
        expect.objectContaining({ total: 0, givenCents: 0 }),
      );
      await post(coopB, `contributions/given/${fromB.body.id}/refuse`, {}).expect(200);
      expect((await get(coopB, 'contributions/given').expect(200)).body).toEqual(
        expect.objectContaining({ total: 0, givenCents: 0, items: [] }),
      );
      expect((await get(host, `contributions/${fromB.body.id}`).expect(200)).body.partnerConfirmation).toBe('refused');
      // the contributing co-op still cannot read the host's campaign or the contribution itself
      expectProblem(await api.http.get(url(`campaigns/${c.id}`, coopA)).set(coopA.admin.auth), 404);
      expectProblem(await api.http.get(url(`contributions/${fromA.body.id}`, coopA)).set(coopA.admin.auth), 404);
      expectProblem(await api.http.get(url(`campaigns/${c.id}`, host)).set(coopA.admin.auth), 404);
      // a stranger to every co-op sees nothing; a host cannot name itself as its own contributor
      const stranger = await signup(api, 'stranger');
      expectProblem(await api.http.get(url('contributions/given', coopA)).set(stranger.auth), 404);
      expectProblem(
        await post(host, `campaigns/${c.id}/contributions`, {
          contributor: { kind: 'organization', name: 'Moi', organizationSlug: host.slug },
          amountCents: 100,
          kind: 'donation',
        }),
        400,
        'contributor.organizationSlug',
      );
    });
  });
});
