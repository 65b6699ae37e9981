import type { INestApplicationContext } from '@nestjs/common';
import type { Page } from 'playwright-core';
import { createCoop, paidUpMember, startWorker, TestOrg } from '../support/app';
import { lookAt, openBrowserStack, type BrowserStack } from './browser';

/** 200 members in a French spreadsheet's columns (with a column to leave out); `bad` spoils lines 51 and 120. */
function membersFile(bad: boolean): Buffer {
  const lines = ['Ref;Type;Prénom;Nom;Raison sociale;Courriel;Collège;Notes'];
  for (let i = 0; i < 200; i++) {
    const line = i + 2;
    if (i === 0) lines.push('R0;person;Hélène;Dupré;;helene.dupre@example.coop;PROD;fondatrice');
    else if (i % 10 === 3) lines.push(`R${i};legal_entity;;;Société ${i};contact${i}@example.coop;USR;`);
    else
      lines.push(
        `R${i};${bad && line === 120 ? 'robot' : 'person'};Prénom${i};Nom${i};;${bad && line === 51 ? 'pas-un-email' : `p${i}@example.coop`};PROD;`,
      );
  }
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/**
 * The registry area of the admin console: an admin imports 200 members (a file with two bad rows
 * first, reported by line and column, then fixed), finds one by a search without accents, reads
 * their history, admits then records their resignation, each confirmed in a dialog.
 */
describe('the admin console: the member register', () => {
  let stack: BrowserStack;
  let worker: INestApplicationContext;
  let org: TestOrg;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    stack = await openBrowserStack();
    worker = await startWorker({ RUN_OUTBOX_RELAY: 'true' });
    org = await createCoop(stack.api, [{ code: 'A', nominalCents: 5000 }]);
    for (const code of ['PROD', 'USR'])
      await stack.api.http
        .post(`/v1/orgs/${org.slug}/colleges`)
        .set(org.admin.auth)
        .send({ code, name: code === 'PROD' ? 'Producteurs' : 'Usagers', weightPercent: 50 })
        .expect(201);
    await paidUpMember(stack.api, org, { nominalCents: 5000, quantity: 4, member: { collegeCode: 'USR' } });
    page = await stack.signedIn(org.admin.email);
  }, 120_000);
  afterAll(async () => {
    await worker?.close();
    await stack?.close();
  });

  const choose = (bad: boolean) =>
    page.locator('input[type=file]').setInputFiles({
      name: bad ? 'sociétaires.csv' : 'sociétaires-corrigé.csv',
      mimeType: 'text/csv',
      buffer: membersFile(bad),
    });

  it('reports the bad rows of a file by line and column, then imports the fixed file as a job', async () => {
    await page.goto(`${stack.base}/o/${org.slug}/admin`);
    await page.getByRole('heading', { name: 'À faire' }).waitFor();
    await page
      .getByRole('navigation', { name: 'Administration de la coopérative' })
      .getByRole('link', { name: 'Importer des sociétaires' })
      .click();
    await choose(true);
    // the headers were guessed but one: "Ref" is mapped by hand; "Notes" stays out
    expect(await page.getByLabel('Colonne « Prénom »').inputValue()).toBe('firstName');
    expect(await page.getByLabel('Colonne « Notes »').inputValue()).toBe('');
    await page.getByText('Colonnes obligatoires sans correspondance : externalRef').waitFor();
    await page.getByLabel('Colonne « Ref »').selectOption('externalRef');
    await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
    const report = page.getByRole('table', { name: 'Erreurs du fichier' });
    await report.waitFor();
    const rows = await report.locator('tbody tr').allInnerTexts();
    expect(rows.map((r) => r.split('\t').slice(0, 2))).toEqual([
      ['51', 'email'],
      ['120', 'kind'],
    ]);
    problems.push(...(await lookAt(page, 'admin-registry-import-errors')));

    await choose(false);
    await page.getByLabel('Colonne « Ref »').selectOption('externalRef');
    await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
    await page.getByText('Le fichier est correct : 200 lignes, 200 fiches à créer').waitFor();
    await page.getByRole('button', { name: 'Importer 200 lignes' }).click();
    await page.getByText('Import terminé : 200 fiches créées', { exact: false }).waitFor({ timeout: 60_000 });
    expect(await page.getByRole('progressbar', { name: 'Avancement de l’import' }).getAttribute('aria-valuenow')).toBe(
      '100',
    );
    problems.push(...(await lookAt(page, 'admin-registry-import-done')));
  }, 180_000);

  it('finds a member by a search without accents and shows their history', async () => {
    await page.getByRole('link', { name: 'Voir le registre' }).click();
    await page.getByText('201 sociétaires').waitFor();
    await page.getByLabel('Rechercher', { exact: true }).fill('helene dupre');
    await page.getByText('1 sociétaire', { exact: true }).waitFor();
    const table = page.getByRole('table', { name: 'Sociétaires' });
    expect(await table.locator('tbody tr').count()).toBe(1);
    problems.push(...(await lookAt(page, 'admin-registry-members')));
    await table.getByRole('link', { name: 'Hélène Dupré' }).click();
    await page.getByRole('heading', { name: 'Hélène Dupré', level: 2 }).waitFor();
    await page.getByText('Fiche créée').waitFor();
    // the history names fields by their labels, and the college by its code
    await page.getByText('Collège : PROD', { exact: true }).waitFor();
    await page.getByText('Prénom : Hélène', { exact: true }).waitFor();
  }, 120_000);

  it('admits then records a resignation, each after a dialog saying what will happen', async () => {
    await page.getByRole('button', { name: 'Admettre' }).click();
    const admit = page.getByRole('dialog', { name: 'Admettre Hélène Dupré ?' });
    await admit.getByText('reçoit le prochain numéro de sociétaire', { exact: false }).waitFor();
    await admit.getByLabel('Référence de la décision').fill('CA du 1er décembre 2026');
    await admit.getByRole('button', { name: 'Admettre' }).click();
    await admit.waitFor({ state: 'hidden' });
    await page.getByText('Numéro de sociétaire : 2').waitFor();
    await page.getByText('Admission', { exact: true }).waitFor();
    problems.push(...(await lookAt(page, 'admin-registry-member')));

    await page.getByRole('button', { name: 'Enregistrer une démission' }).click();
    const resign = page.getByRole('dialog', { name: 'Enregistrer la démission de Hélène Dupré ?' });
    await resign.getByText('Ses parts ne sont pas remboursées par cet acte', { exact: false }).waitFor();
    await resign.getByRole('button', { name: 'Enregistrer la démission' }).click();
    await resign.waitFor({ state: 'hidden' });
    await page.getByText('Démissionnaire', { exact: true }).first().waitFor();
    const member = await stack.api.http
      .get(`/v1/orgs/${org.slug}/members?search=helene`)
      .set(org.admin.auth)
      .expect(200);
    expect(member.body.items[0]).toEqual(
      expect.objectContaining({
        status: 'resigned',
        membershipNumber: 2,
        admissionDecisionRef: 'CA du 1er décembre 2026',
      }),
    );
  }, 120_000);

  it('shows the dashboard with the capital, the members and the applications to review', async () => {
    await page.goto(`${stack.base}/o/${org.slug}/admin`);
    await page.getByRole('link', { name: '199 candidatures à examiner' }).waitFor();
    await page.getByRole('img', { name: 'Capital souscrit 200,00 €', exact: false }).waitFor();
    problems.push(...(await lookAt(page, 'admin-registry-dashboard')));
    await page.getByRole('link', { name: '199 candidatures à examiner' }).click();
    await page.getByText('199 sociétaires').waitFor();
    expect(await page.getByLabel('Statut').inputValue()).toBe('applicant');
  }, 120_000);

  it('finds no accessibility problem on these pages', () => {
    expect(problems).toEqual([]);
  });
});
