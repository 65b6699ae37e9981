import type { Page } from 'playwright-core';
import { createCoop, createMember, paidUpMember, TestOrg, TestUser } from '../support/app';
import * as path from 'node:path';
import { accessibilityProblems, lookAt, openBrowserStack, SCREENSHOTS, type BrowserStack } from './browser';

const FR_IBAN = 'FR7630006000011234567890189';
const DE_IBAN = 'DE89370400440532013000';

/** A dialog in front of the page, where the header's language control is out of reach: French only, at 1280 and 360 px. */
async function lookAtDialog(page: Page, name: string): Promise<string[]> {
  const problems: string[] = [];
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${width}-fr.png`), fullPage: true });
    problems.push(...(await accessibilityProblems(page)).map((p) => `${name} ${width}px fr: ${p}`));
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  return problems;
}

/**
 * The console's shares pages (issue 16): an administrator decides a subscription and records its
 * payment (the member then holds the shares), checks the register, works through the year-end
 * checklist and closes the year, then pays a redemption that became final by a SEPA file and
 * cancels that file (the redemption is payable again).
 */
describe('the admin console: shares and capital', () => {
  let stack: BrowserStack;
  let org: TestOrg;
  let member: { id: string; user?: TestUser };
  let subscriptionId: string;
  let page: Page;
  const problems: string[] = [];
  const post = (p: string, body: object, status = 201) =>
    stack.api.http.post(`/v1/orgs/${org.slug}/${p}`).set(org.admin.auth).send(body).expect(status);

  /** A member holding `quantity` shares of A (100 €), subscribed, approved and paid in 2025. */
  async function holder2025(quantity: number): Promise<string> {
    const m = await createMember(stack.api, org);
    const sub = await post('subscriptions', {
      memberId: m.id,
      shareClassCode: 'A',
      quantity,
      subscribedOn: '2025-03-01',
    });
    await post(`subscriptions/${sub.body.id}/approve`, { decidedOn: '2025-03-10' }, 200);
    await post(`subscriptions/${sub.body.id}/payments`, {
      amountCents: quantity * 10000,
      paidOn: '2025-03-15',
      method: 'transfer',
    });
    return m.id;
  }

  beforeAll(async () => {
    stack = await openBrowserStack();
    org = await createCoop(stack.api, [{ code: 'A', nominalCents: 10000, maxPerMember: 100 }]);
    const big = await holder2025(20);
    const leaver = await holder2025(5);
    // a redemption that takes effect at the end of 2025, due then: payable once 2025 is closed
    const redemption = await post('redemptions', {
      memberId: leaver,
      shareClassCode: 'A',
      quantity: 2,
      effectiveOn: '2025-12-31',
      payee: { name: 'Jeanne Martin', iban: DE_IBAN },
    });
    await post(`redemptions/${redemption.body.id}/approve`, { dueOn: '2025-12-31' }, 200);
    // a transfer of 2025 the board has not decided yet: an open point of the year-end checklist
    await post('transfers', {
      fromMemberId: big,
      toMemberId: leaver,
      shareClassCode: 'A',
      quantity: 1,
      effectiveOn: '2025-06-30',
    });
    member = await paidUpMember(stack.api, org, { nominalCents: 10000, quantity: 1, withAccount: true });
    const sub = await post('subscriptions', { memberId: member.id, shareClassCode: 'A', quantity: 3 });
    subscriptionId = sub.body.id;
    page = await stack.signedIn(org.admin.email);
  }, 180_000);
  afterAll(() => stack?.close());

  /** `lookAt` from the top of the page (the header sticks where the page was scrolled otherwise). */
  const look = async (name: string) => {
    await page.evaluate('window.scrollTo(0, 0)');
    return lookAt(page, name);
  };
  const open = (path: string) => page.goto(`${stack.base}/o/${org.slug}/admin/shares${path}`);

  it("creates and edits share classes, with the API's messages next to the fields", async () => {
    await open('');
    await page.getByRole('heading', { name: 'Capital et catégories de parts', level: 2 }).waitFor();
    await page.getByText('Capital au', { exact: false }).waitFor();
    // the monthly statement to the accountants is a job, followed on the page
    await page.getByRole('button', { name: 'Envoyer le rapport' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Envoi en cours|Le rapport est envoyé/ })
      .waitFor();
    await page.getByLabel(/^Code/).fill('B');
    await page.getByLabel(/^Nom/).fill('Parts de soutien');
    await page.getByLabel('Valeur nominale d’une part (€)').fill('0');
    await page.getByRole('button', { name: 'Créer la catégorie' }).click();
    await page.getByText('doit valoir au moins 1').waitFor();
    await page.getByLabel('Valeur nominale d’une part (€)').fill('100');
    await page.getByRole('button', { name: 'Créer la catégorie' }).click();
    await page.getByRole('cell', { name: /Parts de soutien/ }).waitFor();

    await page.getByRole('button', { name: 'Modifier la catégorie A' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Maximum par sociétaire').fill('50');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('cell', { name: 'de 1 à 50' }).waitFor();
    problems.push(...(await look('admin-shares-classes')));
  }, 120_000);

  it('approves a member’s subscription and records its payment: the member then holds the shares', async () => {
    await open('/subscriptions');
    await page.getByRole('heading', { name: 'À décider' }).waitFor();
    problems.push(...(await look('admin-shares-subscriptions')));
    await page.getByRole('button', { name: 'Examiner' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Accepter', exact: true }).click();
    await dialog.getByText('seront émises au versement', { exact: false }).waitFor();
    await dialog.getByLabel('Décision (facultatif)').fill('CA du 1er décembre');
    await dialog.getByRole('button', { name: 'Accepter la souscription' }).click();
    await dialog.getByText('Acceptée', { exact: false }).first().waitFor();

    // a partial payment first: it stays visible, and the shares wait for the rest
    await dialog.getByRole('button', { name: 'Enregistrer un versement' }).click();
    await dialog.getByLabel('Montant reçu (€)').fill('100,50');
    await dialog.getByLabel('Référence (facultatif)').fill('VIR-0001');
    await dialog.getByRole('button', { name: 'Enregistrer le versement' }).click();
    await dialog.getByRole('cell', { name: 'VIR-0001' }).waitFor();
    await dialog.getByText(/100,50\s€ versés sur 300,00\s€/).waitFor();
    problems.push(...(await lookAtDialog(page, 'admin-shares-subscription-detail')));

    await dialog.getByRole('button', { name: 'Enregistrer un versement' }).click();
    expect(await dialog.getByLabel('Montant reçu (€)').inputValue()).toBe('199,50');
    await dialog.getByRole('button', { name: 'Enregistrer le versement' }).click();
    await dialog.getByText('Parts émises').waitFor();
    const receipt = await dialog.getByRole('link', { name: 'Reçu de souscription (PDF)' }).getAttribute('href');
    expect(receipt).toContain(`/subscriptions/${subscriptionId}/receipt.pdf`);

    const memberPage = await stack.signedIn(member.user!.email);
    await memberPage.goto(`${stack.base}/o/${org.slug}/shares`);
    const holdings = memberPage.locator('section', { has: memberPage.locator('#holdings-title') });
    await holdings
      .getByRole('cell', { name: /400,00/ })
      .first()
      .waitFor();
    expect(await holdings.textContent()).toContain('4');
  }, 120_000);

  it('shows the register verified, movement by movement', async () => {
    await open('/ledger');
    const verified = page.getByRole('status').filter({ hasText: 'Le registre est intact jusqu’au mouvement n°' });
    await verified.waitFor();
    const total = Number((await page.getByText(/^\d+ mouvements\.$/).textContent())!.split(' ')[0]);
    expect(await verified.textContent()).toContain(`n° ${total}`);
    problems.push(...(await look('admin-shares-ledger')));
  }, 120_000);

  it('lists what is open before the year closes, and closes it once settled', async () => {
    await open('/fiscal-years');
    await page.getByRole('heading', { name: /Clôturer l’exercice finissant le 31 décembre 2025/ }).waitFor();
    await page.getByText('1 cession de l’exercice attend un agrément.').waitFor();
    await page.getByText('Le registre est vérifié', { exact: false }).waitFor();
    problems.push(...(await look('admin-shares-fiscal-years')));

    await page.getByRole('link', { name: 'Cessions et conversions' }).click();
    await page.getByRole('button', { name: 'Accepter' }).click();
    const approve = page.getByRole('dialog');
    await approve.getByText('passeront du cédant au cessionnaire', { exact: false }).waitFor();
    await approve.getByRole('button', { name: 'Agréer la cession' }).click();
    await page.getByText('Aucune cession ici.').waitFor();
    problems.push(...(await look('admin-shares-transfers')));

    await page.getByRole('link', { name: 'Clôture de l’exercice' }).click();
    await page.getByText('Aucune cession de l’exercice n’attend d’agrément.').waitFor();
    await page.getByLabel('Assemblée qui a approuvé les comptes (facultatif)').fill('AGO du 15/06/2026');
    await page.getByRole('button', { name: 'Clôturer l’exercice…' }).click();
    const confirm = page.getByRole('dialog');
    await confirm.getByText('Cela ne peut pas être annulé', { exact: false }).waitFor();
    problems.push(...(await lookAtDialog(page, 'admin-shares-close-confirm')));
    await confirm.getByRole('button', { name: 'Clôturer définitivement' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'L’exercice finissant le 31 décembre 2025 est clôturé.' })
      .waitFor();
    await page.getByRole('cell', { name: /AGO du 15\/06\/2026/ }).waitFor();
  }, 120_000);

  it('shows the capital floor and the redemptions', async () => {
    await open('/redemptions');
    await page.getByText('Remboursable maintenant').waitFor();
    await page.getByRole('combobox', { name: 'Afficher' }).selectOption('approved');
    await page.getByRole('cell', { name: /2 parts A/ }).waitFor();
    problems.push(...(await look('admin-shares-redemptions')));
  }, 120_000);

  it('pays a due redemption by a SEPA file, and cancelling the file makes it payable again', async () => {
    await open('/payouts');
    const row = page.getByRole('row', { name: /Jeanne Martin/ });
    await row.getByText('Payable', { exact: false }).waitFor();
    await page.getByLabel('IBAN du compte débité').fill(FR_IBAN);
    await page.getByRole('button', { name: 'Créer le fichier…' }).click();
    const create = page.getByRole('dialog');
    await create.getByText('1 remboursement sera marqué payé', { exact: false }).waitFor();
    await create.getByRole('button', { name: 'Créer le fichier' }).click();
    await page.getByRole('status').filter({ hasText: 'Fichier créé : 1 virement, 200,00' }).waitFor();
    const href = await page.getByRole('link', { name: 'Télécharger le fichier' }).getAttribute('href');
    const xml = await page.evaluate((url) => fetch(url).then((r) => r.text()), href!);
    expect(xml).toContain('<InstdAmt Ccy="EUR">200.00</InstdAmt>');
    await page.getByText('Aucun remboursement accepté n’attend de paiement.').waitFor();
    problems.push(...(await look('admin-shares-payouts')));

    await page.getByRole('button', { name: 'Annuler', exact: true }).click();
    const cancel = page.getByRole('dialog');
    await cancel.getByText('1 remboursement redevient payable', { exact: false }).waitFor();
    await cancel.getByRole('button', { name: 'Annuler le fichier' }).click();
    // the reason is required: the API says so next to the field
    await cancel
      .getByLabel('Pourquoi le fichier n’a pas été exécuté')
      .and(page.locator('[aria-invalid="true"]'))
      .waitFor();
    await cancel.getByLabel('Pourquoi le fichier n’a pas été exécuté').fill('Rejeté par la banque');
    await cancel.getByRole('button', { name: 'Annuler le fichier' }).click();
    await page.getByRole('cell', { name: /Annulé/ }).waitFor();
    await row.getByText('Payable', { exact: false }).waitFor();
  }, 120_000);

  it('finds no accessibility problem on these pages', () => {
    expect(problems).toEqual([]);
  });
});
