import { createCoop, paidUpMember, TestOrg, TestUser, uniqueEmail, userWithRole } from '../support/app';
import * as path from 'node:path';
import { accessibilityProblems, lookAt, openBrowserStack, SCREENSHOTS, type BrowserStack } from './browser';

/** page.evaluate's callbacks run in the browser, where `navigator` is. */
declare const navigator: { clipboard: { readText(): Promise<string> } };

/**
 * The accountant workspace and the console's settings area: an accountant takes away the journal
 * entries in FEC format and the capital statement, reads the ledger and cannot change anything; an
 * administrator invites an accountant, reads the audit log of one person, changes a setting and
 * gives another platform an API token.
 */
describe('the accountant workspace and the console’s settings', () => {
  let stack: BrowserStack;
  let org: TestOrg;
  let accountant: TestUser;
  let treasurer: TestUser;
  let campaignId: string;
  const problems: string[] = [];

  beforeAll(async () => {
    stack = await openBrowserStack();
    const { api } = stack;
    org = await createCoop(api, [{ code: 'A', nominalCents: 5000 }], { siren: '732829320' });
    accountant = await userWithRole(api, org, 'accountant');
    treasurer = await userWithRole(api, org, 'admin');
    await paidUpMember(api, org, { nominalCents: 5000, quantity: 2 });
    await paidUpMember(api, org, { nominalCents: 5000, quantity: 3 });
    const post = (path: string, body: object, as = org.admin) =>
      api.http.post(`/v1/orgs/${org.slug}/${path}`).set(as.auth).send(body);
    // what the treasurer does shows in the audit log under their name
    await api.http.patch(`/v1/orgs/${org.slug}`).set(treasurer.auth).send({ rcsCity: 'Lyon' }).expect(200);
    const campaign = await post(
      'campaigns',
      {
        title: 'Serveur mutualisé',
        description: 'Un serveur pour nos outils communs',
        goalCents: 500_000,
        startsOn: '2026-01-01',
        endsOn: '2027-06-30',
        mode: 'all_or_nothing',
        public: true,
      },
      treasurer,
    ).expect(201);
    campaignId = campaign.body.id;
    await post(`campaigns/${campaignId}/open`, {}).expect(200);
    await post(`campaigns/${campaignId}/contributions`, {
      kind: 'donation',
      amountCents: 12_000,
      contributor: { kind: 'person', name: 'Inès Fournier', email: uniqueEmail('donor') },
    }).expect(201);
    await api.http.get(`/v1/orgs/${org.slug}/capital.pdf`).set(org.admin.auth).expect(200);
  }, 180_000);
  afterAll(() => stack?.close());

  it('lets an accountant download the journal entries in FEC format and the capital statement', async () => {
    const page = await stack.signedIn(accountant.email);
    await page.goto(`${stack.base}/o/${org.slug}/accounting`);
    const fecLink = page.getByRole('link', { name: 'Télécharger les écritures au format FEC' });
    await fecLink.waitFor();
    const fec = await page.request.get(stack.base + (await fecLink.getAttribute('href'))!);
    expect(fec.status()).toBe(200);
    expect(fec.headers()['content-disposition']).toContain('732829320FEC20261231.txt');
    const [header, ...entries] = (await fec.text()).split(/\r?\n/).filter(Boolean);
    expect(header.split('\t')).toEqual([
      'JournalCode',
      'JournalLib',
      'EcritureNum',
      'EcritureDate',
      'CompteNum',
      'CompteLib',
      'CompAuxNum',
      'CompAuxLib',
      'PieceRef',
      'PieceDate',
      'EcritureLib',
      'Debit',
      'Credit',
      'EcritureLet',
      'DateLet',
      'ValidDate',
      'Montantdevise',
      'Idevise',
    ]);
    expect(entries.length).toBeGreaterThan(0);

    // the file checked by the validator, from the page
    await page.getByRole('button', { name: 'Contrôler le fichier' }).click();
    await page.getByRole('status').getByText('le fichier est conforme au format', { exact: false }).waitFor();

    // the capital statement: 5 shares of 50 €, 250 € subscribed and paid, two members
    const capital = page.getByRole('table', { name: /^Capital au/ });
    await capital.waitFor();
    const total = capital.locator('tfoot tr');
    expect((await total.innerText()).replace(/\s+/g, ' ')).toMatch(/Total 5 250,00 € 250,00 € 250,00 € 2/);
    const csv = await page.request.get(
      stack.base + (await page.getByRole('link', { name: 'État du capital au format CSV' }).getAttribute('href'))!,
    );
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain('250,00');
    const pdf = await page.request.get(
      stack.base + (await page.getByRole('link', { name: 'État du capital (PDF certifié)' }).getAttribute('href'))!,
    );
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    problems.push(...(await lookAt(page, 'accounting-exports')));
  }, 180_000);

  it('shows an accountant the ledger, the register and the fiscal years, read-only', async () => {
    const page = await stack.signedIn(accountant.email);
    await page.goto(`${stack.base}/o/${org.slug}/accounting`);
    await page
      .getByRole('navigation', { name: 'Espace comptable' })
      .getByRole('link', { name: 'Registre des mouvements' })
      .click();
    const ledger = page.getByRole('table', { name: 'Registre des mouvements' });
    await ledger.waitFor();
    expect(await ledger.getByRole('row').count()).toBe(3); // the header and two subscriptions
    expect(await ledger.getByText('souscription').count()).toBe(2);
    // nothing on the page changes the ledger: the only buttons page through it or check it
    const buttons = await page.locator('main button').allInnerTexts();
    expect(buttons.filter((b) => !['Page précédente', 'Page suivante', 'Vérifier la chaîne'].includes(b))).toEqual([]);
    await page.getByRole('button', { name: 'Vérifier la chaîne' }).click();
    await page.getByRole('status').getByText('Chaîne intacte', { exact: false }).waitFor();
    problems.push(...(await lookAt(page, 'accounting-ledger')));

    await page.getByRole('link', { name: 'Registre des associé·es' }).click();
    await page.getByRole('table', { name: 'Associé·es' }).waitFor();
    problems.push(...(await lookAt(page, 'accounting-register')));
    await page.getByRole('link', { name: 'Exercices' }).click();
    await page.getByRole('table', { name: 'Exercices' }).getByText('ouvert').waitFor();
    problems.push(...(await lookAt(page, 'accounting-years')));
  }, 180_000);

  it('keeps an accountant out of the console, and the API refuses their writes', async () => {
    const page = await stack.signedIn(accountant.email);
    await page.goto(`${stack.base}/o/${org.slug}/admin/settings`);
    await page.getByRole('alert').getByText('Vous n’avez pas accès à cette page', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: 'Enregistrer les réglages de la coopérative' }).count()).toBe(0);
    await stack.api.http
      .patch(`/v1/orgs/${org.slug}`)
      .set(accountant.auth)
      .send({ capitalFloorPercent: 50 })
      .expect(403);
    await stack.api.http
      .post(`/v1/orgs/${org.slug}/invitations`)
      .set(accountant.auth)
      .send({ email: uniqueEmail('x'), role: 'admin' })
      .expect(403);
  }, 120_000);

  it('lets an admin invite an accountant', async () => {
    const page = await stack.signedIn(org.admin.email);
    await page.goto(`${stack.base}/o/${org.slug}/admin/people`);
    const email = uniqueEmail('expert');
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Rôle', { exact: true }).selectOption('accountant');
    await page.getByRole('button', { name: 'Envoyer l’invitation' }).click();
    await page.getByRole('status').getByText(`Invitation envoyée à ${email}`).waitFor();
    const pending = page.getByRole('table', { name: 'Invitations en attente' });
    await pending
      .getByRole('row', { name: new RegExp(email) })
      .getByText('expert-comptable')
      .waitFor();
    const invitations = await stack.api.http.get(`/v1/orgs/${org.slug}/invitations`).set(org.admin.auth).expect(200);
    expect(invitations.body.items).toEqual([expect.objectContaining({ email, role: 'accountant', status: 'pending' })]);
    // withdrawing it asks first, saying what happens
    await pending.getByRole('button', { name: `Retirer l’invitation de ${email}` }).click();
    await page.getByRole('dialog').getByText('cesse de fonctionner', { exact: false }).waitFor();
    // the dialog covers the language switch: one look at it, in French, on a phone
    await page.setViewportSize({ width: 360, height: 900 });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'settings-people-confirm-360-fr.png') });
    problems.push(...(await accessibilityProblems(page)).map((p) => `settings-people-confirm: ${p}`));
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('dialog').getByRole('button', { name: 'Annuler' }).click();
    problems.push(...(await lookAt(page, 'settings-people')));
  }, 180_000);

  it('lets an admin read the audit log of one person', async () => {
    const page = await stack.signedIn(org.admin.email);
    await page.goto(`${stack.base}/o/${org.slug}/admin/audit`);
    const log = page.getByRole('table', { name: 'Journal d’audit' });
    await log.waitFor();
    await page.getByLabel('Personne').selectOption(treasurer.email);
    // the co-op's creation, by the first admin, leaves the list; the treasurer's campaign stays
    await log.getByText('organization.created').waitFor({ state: 'detached' });
    await log.getByText('campaign.created').waitFor();
    const actors = await log.locator('tbody tr td:nth-child(2)').allInnerTexts();
    expect(actors.length).toBeGreaterThanOrEqual(2);
    expect(new Set(actors)).toEqual(new Set([treasurer.email]));
    expect(await log.getByText('Lyon').count()).toBeGreaterThan(0);
    problems.push(...(await lookAt(page, 'settings-audit')));
  }, 180_000);

  it('lets an admin change a setting, told what it means and its legal default', async () => {
    const page = await stack.signedIn(org.admin.email);
    await page.goto(`${stack.base}/o/${org.slug}/admin/settings`);
    const floor = page.getByLabel('Plancher du capital');
    await floor.waitFor();
    await page.getByText('25 % par la loi (loi 47-1775 art. 13', { exact: false }).waitFor();
    await floor.fill('30');
    await page.getByRole('button', { name: 'Enregistrer les réglages de la coopérative' }).click();
    await page.getByRole('status').getByText('Enregistré.').waitFor();
    const saved = await stack.api.http.get(`/v1/orgs/${org.slug}`).set(org.admin.auth).expect(200);
    expect(saved.body.capitalFloorPercent).toBe(30);
    expect(saved.body.rcsCity).toBe('Lyon');
    problems.push(...(await lookAt(page, 'settings-settings')));
  }, 180_000);

  it('shows an admin the campaigns, their contributions and the documents issued', async () => {
    const page = await stack.signedIn(org.admin.email);
    await page.goto(`${stack.base}/o/${org.slug}/admin/campaigns`);
    await page.getByRole('link', { name: 'Serveur mutualisé' }).click();
    const contributions = page.getByRole('table', { name: 'Contributions' });
    await contributions.getByText('Inès Fournier').waitFor();
    problems.push(...(await lookAt(page, 'settings-campaign')));
    await page.getByRole('button', { name: 'Clôturer maintenant' }).click();
    await page.getByRole('dialog').getByText('chaque versement reçu devra être remboursé', { exact: false }).waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Annuler' }).click();
    await page.goto(`${stack.base}/o/${org.slug}/admin/campaigns`);
    await page.getByRole('table', { name: 'Campagnes' }).waitFor();
    problems.push(...(await lookAt(page, 'settings-campaigns')));
    await page.goto(`${stack.base}/o/${org.slug}/admin/documents`);
    await page.getByRole('table', { name: 'Documents émis' }).getByText('état du capital', { exact: true }).waitFor();
    problems.push(...(await lookAt(page, 'settings-documents')));
  }, 180_000);

  it('lets an admin create an API token, shown once with a copy button, and revoke it', async () => {
    const page = await stack.signedIn(org.admin.email);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: stack.base });
    await page.goto(`${stack.base}/o/${org.slug}/admin/api-tokens`);
    await page.getByText('Aucun jeton.').waitFor();
    await page.getByLabel('Nom', { exact: true }).fill('Logiciel de comptabilité');
    await page.getByLabel('Lire le registre des associé·es').check();
    await page.getByLabel('Télécharger les exports comptables').check();
    await page.getByLabel('Expire le (facultatif)').fill('2030-12-31');
    await page.getByRole('button', { name: 'Créer le jeton' }).click();
    const secret = page.getByLabel('Le jeton « Logiciel de comptabilité »');
    await secret.waitFor();
    const token = await secret.inputValue();
    expect(token).toMatch(/^soc_/);
    await page.getByRole('button', { name: 'Copier' }).click();
    await page.getByRole('button', { name: 'Copié' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
    const bearer = { Authorization: `Bearer ${token}` };
    await stack.api.http.get(`/v1/orgs/${org.slug}/members`).set(bearer).expect(200);
    await stack.api.http.get(`/v1/orgs/${org.slug}/ledger`).set(bearer).expect(403);
    const list = page.getByRole('table', { name: 'Jetons en service' });
    await list
      .getByRole('row', { name: /Logiciel de comptabilité/ })
      .getByText('31 décembre 2030')
      .waitFor();
    problems.push(...(await lookAt(page, 'settings-api-tokens-created')));

    // shown once: the page opened again does not have it
    await page.reload();
    await list.getByRole('row', { name: /Logiciel de comptabilité/ }).waitFor();
    expect(await page.content()).not.toContain(token);
    problems.push(...(await lookAt(page, 'settings-api-tokens')));
    // revoking asks first, saying what happens
    await list.getByRole('button', { name: 'Révoquer le jeton Logiciel de comptabilité' }).click();
    await page.getByRole('dialog').getByText('dès sa prochaine requête', { exact: false }).waitFor();
    await page.setViewportSize({ width: 360, height: 900 });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'settings-api-tokens-revoke-360-fr.png') });
    problems.push(...(await accessibilityProblems(page)).map((p) => `settings-api-tokens-revoke: ${p}`));
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('dialog').getByRole('button', { name: 'Révoquer' }).click();
    await page.getByText('Aucun jeton.').waitFor();
    await stack.api.http.get(`/v1/orgs/${org.slug}/members`).set(bearer).expect(401);
  }, 180_000);

  it('finds no accessibility problem on these pages', () => {
    expect(problems).toEqual([]);
  });
});
