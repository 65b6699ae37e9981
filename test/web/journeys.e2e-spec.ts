import { INestApplicationContext } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { motion, votingCoop } from '../assemblies/support';
import { startApi, startWorker, TestApi, uniqueEmail } from '../support/app';
import { header, startSmtp, textOf, waitFor } from '../support/smtp';
import { mailedCodes, memberOf } from '../support/voting-codes';
import { launchChromium, lookAt } from './browser';

declare const document: { cookie: string };

/**
 * The web app in Chromium against the real API, PostgreSQL, Redis and SMTP: a person signs up,
 * confirms their address from the e-mail and signs in; a member votes with the code of their
 * convocation; anyone checks a document. Each page is looked at in French and English, at 1280
 * and 360 px, with axe-core.
 */
describe('the web app in a browser', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let base: string;
  const problems: string[] = [];

  beforeAll(async () => {
    smtp = await startSmtp();
    api = await startApi({ SMTP_URL: smtp.url });
    await api.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}`;
    // links in e-mails point to the address the browser uses
    process.env.PUBLIC_URL = base;
    worker = await startWorker({ RUN_OUTBOX_RELAY: 'true', PUBLIC_URL: base });
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await worker?.close();
    await api?.close();
    await smtp?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });
  afterEach(() => context.close());

  it('signs up, confirms the address from the e-mail, and signs in', async () => {
    const email = uniqueEmail('web');
    await page.goto(`${base}/signup`);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    problems.push(...(await lookAt(page, 'signup')));
    await page.getByLabel('Nom et prénom').fill('Camille Martin');
    await page.getByLabel('Adresse e-mail').fill(email);
    // a weak password is refused next to its field
    await page.getByLabel('Mot de passe').fill('password123');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.getByText(/est trop facile à deviner/).waitFor();
    await page.getByLabel('Mot de passe').fill('une phrase de passe solide');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.getByRole('status').getByText(email).waitFor();

    const mail = await waitFor(() => smtp.mails.find((m) => m.to.includes(email)), 15_000, 'the verification e-mail');
    const link = /https?:\/\/\S+\/verify-email\?token=[\w-]+/.exec(textOf(mail))![0];
    expect(link.startsWith(base)).toBe(true);
    await page.goto(link);
    await page.getByText('Votre adresse est confirmée.').waitFor();
    problems.push(...(await lookAt(page, 'verify-email')));

    await page.goto(`${base}/login`);
    problems.push(...(await lookAt(page, 'login')));
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe').fill('not the password');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('alert').getByText('Adresse e-mail ou mot de passe incorrect.').waitFor();
    await page.getByLabel('Mot de passe').fill('une phrase de passe solide');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { name: 'Mon espace' }).waitFor();
    problems.push(...(await lookAt(page, 'home')));
    // the session is an HttpOnly cookie: nothing the page's scripts can read
    expect(await page.evaluate(() => document.cookie)).toBe('');
    expect((await context.cookies()).find((c) => c.name === 'socius_session')).toEqual(
      expect.objectContaining({ httpOnly: true, sameSite: 'Lax' }),
    );

    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByRole('link', { name: 'Se connecter' }).waitFor();
    expect((await page.request.get(`${base}/v1/auth/me`)).status()).toBe(401);
  }, 120_000);

  it('votes by keyboard with the code of the convocation and shows the receipt', async () => {
    const { post, shareholder, org } = await votingCoop(api);
    const voter = await shareholder();
    await shareholder();
    const assembly = (
      await post('assemblies', { title: 'AG 2026', kind: 'ordinary', weighting: 'per_member', secret: true }).expect(
        201,
      )
    ).body;
    const r = (
      await post(
        `assemblies/${assembly.id}/resolutions`,
        motion({ title: 'Approbation des comptes', text: 'L’assemblée approuve les comptes 2025.' }),
      ).expect(201)
    ).body;
    await post(`resolutions/${r.id}/open`, {}).expect(200);
    // the member follows the personal link of the convocation e-mail the worker sent them
    await mailedCodes(api, smtp, org, assembly.id);
    const mail = smtp.mails.find(
      (m) => memberOf(m) === voter.id && header(m.raw, 'Message-ID').startsWith('<convocation.'),
    )!;
    const link = /https?:\/\/\S+\/vote#code=[0-9A-Z-]+/.exec(textOf(mail))![0];
    expect(link.startsWith(`${base}/vote#code=`)).toBe(true);

    await page.goto(link);
    await page.getByRole('heading', { name: /Approbation des comptes/ }).waitFor();
    problems.push(...(await lookAt(page, 'vote')));
    // by keyboard alone: tab to the choices, pick "Pour", tab to "Voter", press Enter
    await page.getByRole('radio', { name: 'Pour' }).focus();
    await page.keyboard.press('Space');
    expect(await page.getByRole('radio', { name: 'Pour' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Voter' }).focus();
    await page.keyboard.press('Enter');
    const receipt = (await page.getByTestId('receipt').textContent())!.trim();
    expect(receipt).toMatch(/^[\w-]{20,}$/);
    problems.push(...(await lookAt(page, 'vote-receipt')));

    const [{ n }] = await api.db.query(
      `SELECT count(*)::int AS n FROM participations WHERE resolution_id = $1 AND member_id = $2`,
      [r.id, voter.id],
    );
    expect(n).toBe(1);
    await page.reload();
    await page.getByText('Vous avez déjà voté sur cette résolution.').waitFor();
    expect(org.slug).toBeTruthy();

    // a wrong code is told as such
    await page.goto(`${base}/vote#code=not-a-real-code`);
    await page.getByRole('alert').getByText('Ce code de vote n’est pas valable.').waitFor();
  }, 120_000);

  it('answers a verification code that matches no document', async () => {
    await page.goto(`${base}/verify/NOT-A-CODE`);
    await page.getByRole('alert').getByText('Aucun document valable ne correspond à ce code.').waitFor();
    problems.push(...(await lookAt(page, 'verify-document')));
  }, 60_000);

  it('has no serious or critical accessibility problem on the pages it went through', () => {
    expect(problems).toEqual([]);
  });
});
