import { INestApplicationContext } from '@nestjs/common';
import { execFileSync } from 'node:child_process';
import { createCoop, paidUpMember, startWorker, TestOrg, TestUser } from '../support/app';
import { startSmtp } from '../support/smtp';
import { lookAt, openBrowserStack, type BrowserStack } from './browser';

/** A PDF's text (pdftotext reads it from stdin), French narrow spaces made plain, white space runs as one. */
const pdfText = (pdf: Buffer) =>
  execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], { input: pdf })
    .toString('utf8')
    .replace(/[\u202f\u00a0]/g, ' ')
    .replace(/\s+/g, ' ');

/**
 * The console's assemblies: an admin prepares an assembly and a resolution with the checklist,
 * opens the vote and follows who votes while members vote (names and counts, never choices),
 * closes it, reads the results and downloads the minutes.
 */
describe('the admin console: assemblies', () => {
  let stack: BrowserStack;
  let org: TestOrg;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let worker: INestApplicationContext;
  const voters: { name: string; user: TestUser }[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    smtp = await startSmtp();
    stack = await openBrowserStack({ SMTP_URL: smtp.url });
    worker = await startWorker({ RUN_OUTBOX_RELAY: 'true', SMTP_URL: smtp.url });
    org = await createCoop(stack.api, [{ code: 'A', nominalCents: 1000 }]);
    for (const [firstName, lastName] of [
      ['Alice', 'Durand'],
      ['Bruno', 'Petit'],
      ['Chloé', 'Roux'],
    ]) {
      const m = await paidUpMember(stack.api, org, {
        withAccount: true,
        member: { firstName, lastName, eConsent: true },
      });
      voters.push({ name: `${firstName} ${lastName}`, user: m.user! });
    }
  }, 120_000);
  afterAll(async () => {
    await worker?.close();
    await stack?.close();
    await smtp?.close();
  });

  it('prepares, opens, follows, closes a vote and downloads its minutes', async () => {
    const page = await stack.signedIn(org.admin.email);
    await page.goto(`${stack.base}/o/${org.slug}/admin/assemblies`);
    await page.getByText('Aucune assemblée pour l’instant.').waitFor();

    // an assembly, then its checklist says what is missing
    await page.getByRole('button', { name: 'Nouvelle assemblée' }).click();
    await page.getByLabel('Intitulé').fill('AG ordinaire 2027');
    await page.getByLabel('Type d’assemblée').selectOption('ordinary');
    await page.getByLabel('Lieu').fill('Salle des fêtes, Lyon');
    problems.push(...(await lookAt(page, 'admin-assemblies-new')));
    await page.getByRole('button', { name: 'Créer l’assemblée' }).click();
    await page.getByRole('heading', { name: 'AG ordinaire 2027' }).waitFor();
    const checklist = page.getByRole('region', { name: 'Avant d’ouvrir les votes' });
    await checklist.getByText('Aucune résolution à voter : ajoutez-en une ci-dessous.').waitFor();
    await checklist.getByText('Des points empêchent d’ouvrir les votes').waitFor();

    // a resolution, 16 days ahead by default: the notice period is respected
    await page.getByRole('button', { name: 'Ajouter une résolution' }).click();
    await page.getByRole('textbox', { name: 'Titre', exact: true }).fill('Approbation des comptes 2026');
    await page.getByLabel('Texte de la résolution').fill('L’assemblée approuve les comptes de l’exercice 2026.');
    await page.getByRole('button', { name: 'Ajouter une résolution' }).click();
    await page.getByRole('link', { name: 'Approbation des comptes 2026' }).waitFor();
    await checklist.getByText('1 résolution est à l’ordre du jour.').waitFor();
    await checklist.getByText('3 membres voteront').waitFor();
    await checklist.getByText('jours de préavis avant le premier vote.').waitFor();
    await checklist.getByText('La convocation n’est pas envoyée').waitFor();
    await checklist.getByText('Tout ce qui empêcherait l’ouverture est en ordre.').waitFor();

    // the convocations: a job followed to its end, then the checklist counts who it reached
    await page.getByRole('button', { name: 'Envoyer les convocations' }).click();
    await page.getByRole('dialog').getByText('reçoit sa convocation une seule fois').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Envoyer', exact: true }).click();
    await page.getByText('3 par courriel (dont 0 déjà convoqués), 0 par courrier.').waitFor();
    await page.getByRole('status').getByText('Terminé.').waitFor({ timeout: 30_000 });
    await checklist.getByText('La convocation a atteint 3 membres par courriel.').waitFor();
    expect(smtp.mails.length).toBeGreaterThanOrEqual(3);
    problems.push(...(await lookAt(page, 'admin-assembly')));

    // opened by hand, with a confirmation that says what happens
    await page.getByRole('link', { name: 'Approbation des comptes 2026' }).click();
    await page.getByRole('heading', { name: '1. Approbation des comptes 2026' }).waitFor();
    problems.push(...(await lookAt(page, 'admin-resolution-draft')));
    await page.getByRole('button', { name: 'Ouvrir le vote maintenant' }).click();
    await page.getByRole('dialog').getByText('La liste des votants est arrêtée maintenant').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Ouvrir le vote' }).click();
    const count = page.getByTestId('participation-count');
    await count.getByText('0 votants sur 3 inscrits').waitFor();

    // members vote through the API; the page follows by itself: counts and names, never the choices
    const resolutionId = new URL(page.url()).pathname.split('/').pop()!;
    const cast = (n: number, choice: string) =>
      stack.api.http
        .post(`/v1/orgs/${org.slug}/resolutions/${resolutionId}/ballots`)
        .set(voters[n].user.auth)
        .send({ choice })
        .expect(201);
    await cast(0, 'for');
    await count.getByText('1 votants sur 3 inscrits').waitFor({ timeout: 15_000 });
    const sheet = page.getByRole('table', { name: 'Feuille d’émargement' });
    await sheet.getByText('Alice Durand').waitFor();
    await cast(1, 'against');
    await cast(2, 'for');
    await count.getByText('3 votants sur 3 inscrits (100 %)').waitFor({ timeout: 15_000 });
    await sheet.getByText('Chloé Roux').waitFor();
    const shown = await page.locator('main').innerText();
    expect(shown).toContain('Bruno Petit');
    expect(shown).not.toMatch(/\b(Pour|Contre|Abstention)\b/);
    problems.push(...(await lookAt(page, 'admin-resolution-open')));
    expect(await page.locator('main').innerText()).not.toMatch(/\b(For|Against|Abstain)\b/);

    // closed with a confirmation; the results and the minutes
    await page.getByRole('button', { name: 'Clôturer le vote' }).click();
    await page.getByRole('dialog').getByText('Plus aucun bulletin ne sera accepté').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Clôturer et dépouiller' }).click();
    const results = page.getByRole('region', { name: 'Résultats' });
    await results.waitFor();
    await results.getByText('adoptée').waitFor();
    const total = results.getByRole('row', { name: /Total/ });
    expect((await total.innerText()).replace(/\s+/g, ' ')).toMatch(/Total 2 1 0 66,67 %/);
    problems.push(...(await lookAt(page, 'admin-resolution-closed')));

    const minutes = await page
      .getByRole('link', { name: 'Procès-verbal de cette résolution (PDF)' })
      .getAttribute('href');
    const pdf = await page.request.get(`${stack.base}${minutes}`);
    expect(pdf.headers()['content-type']).toMatch(/^application\/pdf/);
    const text = pdfText(await pdf.body());
    expect(text).toContain('Approbation des comptes 2026');
    expect(text).toContain('La résolution est adoptée.');

    // the bureau for the assembly's minutes
    await page.getByRole('link', { name: '← Retour à l’assemblée' }).click();
    await page.getByLabel('Président de séance').fill('Alice Durand');
    await page.getByLabel('Scrutateurs').fill('Bruno Petit\nChloé Roux');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page.getByText('Enregistré : le prochain procès-verbal le reprendra.').waitFor();
    problems.push(...(await lookAt(page, 'admin-assembly-closed')));
    const whole = await page.getByRole('link', { name: 'Procès-verbal de l’assemblée (PDF)' }).getAttribute('href');
    const assemblyText = pdfText(await (await page.request.get(`${stack.base}${whole}`)).body());
    expect(assemblyText).toContain('Alice Durand');
    expect(assemblyText).toContain('La résolution est adoptée.');
  }, 240_000);

  it('finds no accessibility problem on these pages', () => {
    expect(problems).toEqual([]);
  });
});
