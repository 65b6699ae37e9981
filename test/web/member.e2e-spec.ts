import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { motion } from '../assemblies/support';
import { parisDay } from '../funding/support';
import { createCoop, paidUpMember, startApi, TestApi, TestOrg, TestUser } from '../support/app';
import { launchChromium, lookAt } from './browser';

/** page.waitForFunction's callbacks run in the browser, where `document` is. */
declare const document: { querySelector(selector: string): { value: string } | null };

/**
 * A member's space in Chromium against the real API: home, shares (subscribe more, ask for a
 * redemption), an open vote and its receipt checked after the close, documents and the charter
 * to accept, their data and calendar feed, a campaign and its public page. Each page is looked at in French and
 * English, at 1280 and 360 px, with axe-core.
 */
describe('a member’s space in a browser', () => {
  let api: TestApi;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let base: string;
  let org: TestOrg;
  let member: { id: string; user?: TestUser };
  let resolutionId: string;
  let campaignId: string;
  const problems: string[] = [];
  const admin = (path: string, body: object = {}) =>
    api.http.post(`/v1/orgs/${org.slug}/${path}`).set(org.admin.auth).send(body);

  beforeAll(async () => {
    api = await startApi();
    await api.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}`;
    browser = await launchChromium();

    org = await createCoop(api, [{ code: 'A', name: 'Parts A', nominalCents: 5000, maxPerMember: 40 }]);
    member = await paidUpMember(api, org, { nominalCents: 5000, quantity: 4, withAccount: true });
    await admin('charters', {
      kind: 'charter',
      title: 'Charte coopérative',
      body: 'Nous coopérons.',
      requiredForAdmission: false,
    }).expect(201);
    const assembly = (
      await admin('assemblies', { title: 'AG 2026', kind: 'ordinary', weighting: 'per_member', secret: true }).expect(
        201,
      )
    ).body;
    const resolution = (
      await admin(
        `assemblies/${assembly.id}/resolutions`,
        motion({ title: 'Approbation des comptes', text: 'L’assemblée approuve les comptes 2025.' }),
      ).expect(201)
    ).body;
    resolutionId = resolution.id;
    await admin(`resolutions/${resolutionId}/open`).expect(200);
    const campaign = await admin('campaigns', {
      title: 'Serveur mutualisé',
      description: 'Un serveur pour nos outils communs.',
      goalCents: 200_000,
      startsOn: parisDay(),
      endsOn: parisDay(30),
      mode: 'keep_it_all',
      public: true,
    }).expect(201);
    campaignId = campaign.body.id;
    await admin(`campaigns/${campaignId}/open`).expect(200);

    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    await page.goto(`${base}/login`);
    await page.getByLabel('Adresse e-mail').fill(member.user!.email);
    await page.getByLabel('Mot de passe').fill('correct horse battery');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { name: 'Mon espace' }).waitFor();
  }, 120_000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await api?.close();
  });

  it('shows the member’s status, shares and what waits for them', async () => {
    await page.getByRole('link', { name: 'Coop Test' }).click();
    await page.getByRole('heading', { name: 'Mon statut' }).waitFor();
    await page.getByText('Sociétaire', { exact: true }).waitFor();
    await page.getByText('Total : 4 parts, 200,00 €').waitFor();
    await page.getByText('1 résolution attend votre vote.').waitFor();
    await page.getByText('1 document est à lire et accepter.').waitFor();
    problems.push(...(await lookAt(page, 'member-home')));
  }, 120_000);

  it('subscribes more shares and asks for a redemption, and sees both waiting', async () => {
    await page.getByRole('navigation', { name: 'Mon espace' }).getByRole('link', { name: 'Mes parts' }).click();
    await page.getByRole('heading', { name: 'Mes souscriptions' }).waitFor();
    await page.getByLabel('Nombre de parts').first().fill('50');
    await page.getByRole('button', { name: 'Souscrire', exact: true }).click();
    // the class's maximum, told next to the field
    await page
      .getByText(/maximum|at most|au plus/i)
      .first()
      .waitFor();
    await page.getByLabel('Nombre de parts').first().fill('2');
    await page.getByText('Montant à verser : 100,00 €').waitFor();
    await page.getByRole('button', { name: 'Souscrire', exact: true }).click();
    await page.getByRole('status').getByText('Votre souscription est enregistrée.', { exact: false }).waitFor();
    await page.getByText('En attente de décision').first().waitFor();

    await page.getByLabel('Nombre de parts').nth(1).fill('1');
    await page.getByLabel('Motif (facultatif)').fill('Départ de la région');
    await page.getByRole('button', { name: 'Demander le remboursement' }).click();
    await page.getByRole('status').getByText('Votre demande est enregistrée', { exact: false }).waitFor();
    await page.getByText('1 part A (50,00 €)').first().waitFor();
    problems.push(...(await lookAt(page, 'member-shares')));

    const { body } = await api.http.get(`/v1/orgs/${org.slug}/subscriptions?status=pending`).set(org.admin.auth);
    expect(body.items).toEqual([expect.objectContaining({ memberId: member.id, quantity: 2 })]);
  }, 120_000);

  it('adds an open vote to their calendar, and subscribes to a personal feed they can reset', async () => {
    await page.goto(`${base}/o/${org.slug}/resolutions/${resolutionId}`);
    const link = page.getByRole('link', { name: 'Ajouter ce vote à mon agenda (.ics)' });
    await link.waitFor();
    await page.getByRole('link', { name: 'Ajouter toute l’assemblée à mon agenda (.ics)' }).waitFor();
    const ics = await page.request.get(`${base}${await link.getAttribute('href')}`);
    expect(ics.headers()['content-type']).toMatch(/^text\/calendar/);
    expect(await ics.text()).toMatch(new RegExp(`\r\nUID:resolution-${resolutionId}@`));

    await page.goto(`${base}/o/${org.slug}/me`);
    const address = page.getByLabel('Adresse de mon agenda');
    await address.waitFor();
    const first = await address.inputValue();
    expect(first).toMatch(/\/v1\/calendar\/cal_[\w-]+\.ics$/);
    // PUBLIC_URL names the address; here the API listens on another port
    const feed = (url: string) => page.request.get(`${base}${new URL(url).pathname}`);
    expect((await feed(first)).status()).toBe(200);
    await page.getByRole('button', { name: 'Changer d’adresse' }).click();
    await page.getByRole('dialog').getByText('cesse aussitôt de fonctionner', { exact: false }).waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Changer d’adresse' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.waitForFunction((old) => document.querySelector('input[readonly]')?.value !== old, first);
    const second = await address.inputValue();
    expect((await feed(first)).status()).toBe(404);
    expect((await feed(second)).status()).toBe(200);
    problems.push(...(await lookAt(page, 'member-calendar')));
  }, 120_000);

  it('votes by keyboard, then checks the receipt once the vote is closed', async () => {
    await page.goto(`${base}/o/${org.slug}/votes`);
    await page.getByRole('heading', { name: /Approbation des comptes/ }).waitFor();
    problems.push(...(await lookAt(page, 'member-votes')));
    await page.getByRole('radio', { name: 'Contre' }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Voter' }).focus();
    await page.keyboard.press('Enter');
    const receipt = (await page.getByTestId('receipt').textContent())!.trim();

    await admin(`resolutions/${resolutionId}/close`).expect(200);
    await page.goto(`${base}/o/${org.slug}/resolutions/${resolutionId}`);
    await page.getByRole('heading', { name: 'Résultats' }).waitFor();
    await page.getByText('Votants : 1 sur 1 inscrits.').waitFor();
    await page.getByRole('textbox', { name: 'Reçu' }).fill(receipt);
    await page.getByRole('button', { name: 'Vérifier' }).click();
    await page.getByRole('status').getByText('Votre bulletin a été compté. Votre choix : Contre.').waitFor();
    problems.push(...(await lookAt(page, 'member-resolution')));
    const minutes = await page.request.get(`${base}/v1/orgs/${org.slug}/resolutions/${resolutionId}/minutes.pdf`);
    expect(minutes.headers()['content-type']).toBe('application/pdf');
  }, 120_000);

  it('accepts the charter and downloads the share certificate', async () => {
    await page.goto(`${base}/o/${org.slug}/documents`);
    await page.getByRole('button', { name: 'J’accepte « Charte coopérative »' }).click();
    await page.getByText(/^Accepté le /).waitFor();
    problems.push(...(await lookAt(page, 'member-documents')));
    const href = await page.getByRole('link', { name: 'Attestation de détention de parts (PDF)' }).getAttribute('href');
    const pdf = await page.request.get(`${base}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
  }, 120_000);

  it('changes their city and consent, and downloads everything held on them', async () => {
    await page.goto(`${base}/o/${org.slug}/me`);
    await page.getByLabel('Ville').fill('Villeurbanne');
    await page.getByLabel('J’accepte de recevoir les convocations et documents par e-mail').check();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('status').getByText('Vos coordonnées sont enregistrées.').waitFor();
    problems.push(...(await lookAt(page, 'member-data')));
    const { body } = await api.http.get(`/v1/orgs/${org.slug}/members/${member.id}`).set(org.admin.auth);
    expect(body).toMatchObject({ city: 'Villeurbanne', eConsent: true });
    const href = await page.getByRole('link', { name: 'Télécharger mes données' }).getAttribute('href');
    const data = await page.request.get(`${base}${href}`);
    expect(JSON.stringify(await data.json())).toContain('Villeurbanne');
  }, 120_000);

  it('pledges to an open campaign, whose public page anyone can read', async () => {
    await page.goto(`${base}/o/${org.slug}/campaigns`);
    await page.getByLabel('Montant (€)').fill('25,50');
    await page.getByRole('button', { name: 'Je contribue' }).click();
    await page.getByRole('status').getByText('Votre promesse de 25,50 € est enregistrée', { exact: false }).waitFor();
    problems.push(...(await lookAt(page, 'member-campaigns')));

    const anonymous = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const visitor = await anonymous.newPage();
    await visitor.goto(`${base}/campaigns/${org.slug}/${campaignId}`);
    await visitor.getByRole('heading', { name: 'Serveur mutualisé' }).waitFor();
    await visitor.getByRole('link', { name: 'Se connecter' }).waitFor();
    problems.push(...(await lookAt(visitor, 'campaign-public')));
    await anonymous.close();
  }, 120_000);

  it('has no serious or critical accessibility problem on the pages it went through', () => {
    expect(problems).toEqual([]);
  });
});
