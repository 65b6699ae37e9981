import { INestApplicationContext } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createCoop, startApi, startWorker, TestApi, TestOrg, uniqueEmail } from '../support/app';
import { startSmtp, textOf, waitFor } from '../support/smtp';
import { launchChromium, lookAt } from './browser';

/** page.evaluate's callbacks run in the browser, where `document` is. */
declare const document: { activeElement: { getAttribute(name: string): string | null } | null };
declare const window: { scrollTo(x: number, y: number): void };

const COOP_IBAN = 'FR7630004000031234567890143';

/**
 * The membership application in Chromium against the real API, PostgreSQL, Redis and SMTP: a
 * person fills the form, is told next to each field what is wrong, reads the statutes, applies
 * and learns what happens next; a legal entity's form asks for its representative. Each state is
 * looked at in French and English, at 1280 and 360 px, with axe-core.
 */
describe('the membership application in a browser', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let base: string;
  let org: TestOrg;
  const problems: string[] = [];

  beforeAll(async () => {
    smtp = await startSmtp();
    api = await startApi({ SMTP_URL: smtp.url });
    await api.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}`;
    worker = await startWorker({ RUN_OUTBOX_RELAY: 'true', PUBLIC_URL: base });
    browser = await launchChromium();
    org = await createCoop(api, [{ code: 'A', nominalCents: 5000, minPerMember: 2, maxPerMember: 20 }], {
      name: 'La Coop des Lilas',
    });
    await api.http
      .patch(`/v1/orgs/${org.slug}`)
      .set(org.admin.auth)
      .send({ acceptsApplications: true, paymentIban: COOP_IBAN })
      .expect(200);
    await api.http
      .post(`/v1/orgs/${org.slug}/charters`)
      .set(org.admin.auth)
      .send({
        kind: 'statutes',
        title: 'Statuts de la Coop des Lilas',
        body: 'Article 1 – Forme\nIl est formé une société coopérative d’intérêt collectif.',
        requiredForAdmission: true,
      })
      .expect(201);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    // the last mails first: a worker closed in the middle of sending one waits for a long while
    await waitFor(
      async () => !(await api.db.query(`SELECT 1 FROM outbox WHERE status <> 'completed' LIMIT 1`)).length,
      30_000,
      'the last e-mails',
    ).catch(() => undefined);
    await worker?.close();
    await api?.close();
    await smtp?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });
  afterEach(() => context.close());

  it('applies as a person: errors beside their fields, the statutes read, what happens next', async () => {
    const email = uniqueEmail('joiner');
    await page.goto(`${base}/join/${org.slug}`);
    await page.getByRole('heading', { name: 'Adhérer à La Coop des Lilas' }).waitFor();
    problems.push(...(await lookAt(page, 'join')));

    await page.getByLabel('Prénom').fill('Hélène');
    await page.getByLabel(/^Nom\b/).fill('Dupont');
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel(/^Adresse\b(?! e-mail)/).fill('3 rue des Lilas');
    await page.getByLabel('Code postal').fill('69001');
    await page.getByLabel('Commune').fill('Lyon');
    await page.getByLabel('Nombre de parts').fill('25');
    await page.getByText(/Total à souscrire : 1\s250,00\s€/).waitFor();
    await page.getByLabel('IBAN').fill('FR76 3000 6000 0112 3456 7890 188');
    await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
    // refused: announced, each message beside its field, the keyboard on the first field at fault
    await page.getByRole('alert').getByText('La demande n’est pas envoyée').waitFor();
    await page.getByText('Cet IBAN n’est pas valable').waitFor();
    await page.getByText('Cochez cette case pour adhérer.').first().waitFor();
    expect(await page.getByLabel('IBAN').getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
    await page.evaluate(() => window.scrollTo(0, 0)); // the fixed header stays on top of the full-page shot
    problems.push(...(await lookAt(page, 'join-errors')));

    // the statutes, read in a dialog and closed by keyboard
    await page.getByRole('button', { name: /Lire : Statuts de la Coop des Lilas/ }).click();
    await page.getByRole('dialog').getByText('Il est formé une société coopérative').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    await page.getByLabel('IBAN').fill('FR76 3000 6000 0112 3456 7890 189');
    await page.getByLabel(/J’ai lu et j’accepte les statuts/).check();
    await page.getByLabel(/J’accepte que la coopérative traite mes données/).check();
    await page.getByLabel(/par e-mail plutôt que par courrier/).check();
    await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
    // above the class's maximum: said in French beside the number of shares
    await page.getByText('Entre 2 et 20 parts.').nth(1).waitFor();
    await page.getByLabel('Nombre de parts').fill('3');
    await page.getByRole('button', { name: 'Envoyer ma demande' }).click();

    await page.getByRole('heading', { name: 'Demande envoyée' }).waitFor();
    await page.getByRole('status').getByText(email).waitFor();
    expect((await page.getByTestId('payment-iban').textContent())!.replace(/\s/g, '')).toContain(COOP_IBAN);
    const reference = (await page.getByTestId('payment-reference').textContent())!.trim();
    expect(reference).toMatch(/^SOUS-[0-9A-F]{8}$/);
    problems.push(...(await lookAt(page, 'join-done')));

    // the admin finds the applicant; the confirmation carries the same reference
    const found = await api.http
      .get(`/v1/orgs/${org.slug}/members?search=${encodeURIComponent(email)}`)
      .set(org.admin.auth)
      .expect(200);
    expect(found.body.items).toEqual([
      expect.objectContaining({ status: 'applicant', lastName: 'Dupont', eConsent: true }),
    ]);
    const mail = await waitFor(() => smtp.mails.find((m) => m.to.includes(email)), 15_000, 'the confirmation');
    expect(textOf(mail)).toContain(reference);
  }, 180_000);

  it('asks a legal entity for its SIREN and its representative', async () => {
    await page.goto(`${base}/join/${org.slug}`);
    await page.getByRole('radio', { name: /Personne morale/ }).check();
    await page.getByLabel('Dénomination').fill('Boulangerie du Coin');
    await page.getByLabel('SIREN').fill('123 456 789');
    await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
    await page.getByText('Ce SIREN n’est pas valable').waitFor();
    await page.getByRole('group', { name: 'Son représentant ou sa représentante' }).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    problems.push(...(await lookAt(page, 'join-legal-entity')));
  }, 120_000);

  it('says so when the co-op takes no application', async () => {
    await page.goto(`${base}/join/no-such-coop`);
    await page.getByRole('alert').getByText('ne reçoit pas de demande d’adhésion en ligne').waitFor();
  });

  it('has no serious or critical accessibility problem on any state of the page', () => {
    expect(problems).toEqual([]);
  });
});
