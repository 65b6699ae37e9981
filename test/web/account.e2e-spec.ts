import type { AddressInfo } from 'node:net';
import { TOTP } from 'otpauth';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { signup, startApi, TestApi, TestUser } from '../support/app';
import { launchChromium, lookAt } from './browser';

const totp = (secret: string) => new TOTP({ secret, algorithm: 'SHA1', digits: 6, period: 30 }).generate();

/**
 * A person's account in Chromium: two-factor sign-in set up from its QR code's secret, a sign-in
 * that then asks for a code (a recovery code here), the open sessions, a password change.
 */
describe('my account in a browser', () => {
  let api: TestApi;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let base: string;
  let user: TestUser;
  const problems: string[] = [];

  beforeAll(async () => {
    api = await startApi();
    await api.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}`;
    browser = await launchChromium();
    user = await signup(api, 'account');
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  }, 60_000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await api?.close();
  });

  const signIn = async (password: string) => {
    await page.goto(`${base}/login`);
    await page.getByLabel('Adresse e-mail').fill(user.email);
    await page.getByLabel('Mot de passe').fill(password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
  };

  it('turns on two-step verification, then signs in with a recovery code', async () => {
    await signIn('correct horse battery');
    await page.getByRole('heading', { name: 'Mon espace' }).waitFor();
    await page.getByRole('link', { name: 'Mon compte' }).click();
    await page.getByRole('button', { name: 'Activer la validation en deux étapes' }).click();
    await page.getByRole('img', { name: 'Code QR du secret de l’application d’authentification' }).waitFor();
    const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
    problems.push(...(await lookAt(page, 'account-totp-setup')));

    // a wrong code is refused next to the field, the right one turns it on
    await page.getByLabel('Code de vérification').fill('000000');
    await page.getByRole('button', { name: 'Activer', exact: true }).click();
    await page.getByRole('alert').or(page.locator('.mantine-InputWrapper-error')).first().waitFor();
    await page.getByLabel('Code de vérification').fill(totp(secret));
    await page.getByRole('button', { name: 'Activer', exact: true }).click();
    await page.getByText('Vos codes de secours').waitFor();
    const codes = (await page.getByTestId('recovery-codes').innerText()).split(/\s+/).filter(Boolean);
    expect(codes).toHaveLength(10);
    await page.getByText('La validation en deux étapes est active', { exact: false }).waitFor();
    problems.push(...(await lookAt(page, 'account-totp-on')));

    await page.goto(`${base}/`);
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await signIn('correct horse battery');
    await page.getByLabel('Code de vérification').fill(codes[0]);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { name: 'Mon espace' }).waitFor();
  }, 120_000);

  it('lists the open sessions and changes the password', async () => {
    await page.goto(`${base}/account`);
    await page.getByText('Cette session', { exact: true }).waitFor();
    await page.getByLabel('Mot de passe actuel').fill('correct horse battery');
    await page.getByLabel('Nouveau mot de passe').fill('password1234');
    await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await page.getByText(/est trop facile à deviner/).waitFor();
    await page.getByLabel('Nouveau mot de passe').fill('une autre phrase de passe solide');
    await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await page.getByRole('status').getByText('Votre mot de passe est changé', { exact: false }).waitFor();
    problems.push(...(await lookAt(page, 'account')));
    // the bearer session opened by the test's sign-up was another session: it ended
    expect((await api.http.get('/v1/auth/me').set(user.auth)).status).toBe(401);
  }, 120_000);

  it('has no serious or critical accessibility problem on the pages it went through', () => {
    expect(problems).toEqual([]);
  });
});
