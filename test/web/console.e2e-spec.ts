import { createCoop, paidUpMember, TestOrg, TestUser, userWithRole } from '../support/app';
import { startOidcProvider } from '../support/oidc-provider';
import { lookAt, openBrowserStack, type BrowserStack } from './browser';

/**
 * The frame of the admin console and the accountant workspace: each role finds its way in from
 * the co-op's page, and someone who types a URL that is not theirs is told so (the API refuses too).
 */
describe('the admin console and the accountant workspace: who gets in', () => {
  let stack: BrowserStack;
  let org: TestOrg;
  let accountant: TestUser;
  let member: { id: string; user?: TestUser };
  const problems: string[] = [];

  beforeAll(async () => {
    // the test provider speaks http on loopback
    stack = await openBrowserStack({ SSO_ALLOW_HTTP_ISSUERS: 'true' });
    org = await createCoop(stack.api, [{ code: 'A', nominalCents: 5000 }]);
    accountant = await userWithRole(stack.api, org, 'accountant');
    member = await paidUpMember(stack.api, org, { nominalCents: 5000, quantity: 2, withAccount: true });
  }, 120_000);
  afterAll(() => stack?.close());

  it('takes an admin from the co-op’s page to the console', async () => {
    const page = await stack.signedIn(org.admin.email);
    await page.goto(`${stack.base}/o/${org.slug}`);
    await page.getByRole('link', { name: 'Administration' }).click();
    await page.getByRole('navigation', { name: 'Administration de la coopérative' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/o/${org.slug}/admin`);
    problems.push(...(await lookAt(page, 'console-frame')));
  }, 120_000);

  it('lets an accountant into the workspace but not the console', async () => {
    const page = await stack.signedIn(accountant.email);
    await page.goto(`${stack.base}/o/${org.slug}`);
    await page.getByRole('link', { name: 'Comptabilité' }).click();
    await page.getByRole('navigation', { name: 'Espace comptable' }).waitFor();
    await page.goto(`${stack.base}/o/${org.slug}/admin`);
    await page.getByRole('alert').getByText('Vous n’avez pas accès à cette page', { exact: false }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Administration de la coopérative' }).count()).toBe(0);
  }, 120_000);

  it('tells a member who types an admin URL that it is not allowed, and the API refuses them', async () => {
    const page = await stack.signedIn(member.user!.email);
    await page.goto(`${stack.base}/o/${org.slug}/admin`);
    await page.getByRole('alert').getByText('Vous n’avez pas accès à cette page', { exact: false }).waitFor();
    await page.goto(`${stack.base}/o/${org.slug}/accounting`);
    await page.getByRole('alert').getByText('Vous n’avez pas accès à cette page', { exact: false }).waitFor();
    problems.push(...(await lookAt(page, 'console-not-allowed')));
    await stack.api.http.get(`/v1/orgs/${org.slug}/audit`).set(member.user!.auth).expect(403);
    await stack.api.http.get(`/v1/orgs/${org.slug}/exports/ledger.csv`).set(member.user!.auth).expect(403);
  }, 120_000);

  it('offers an organization’s single sign-on on its sign-in page, and says why a sign-in failed', async () => {
    // listed only (no discovery needed): the round trip itself is test/sso/sso.e2e-spec.ts
    const [{ id }] = await stack.api.db.query(
      `INSERT INTO identity_providers (organization_id, name, issuer, client_id, client_secret)
       VALUES ($1, 'Keycloak de la coop', 'https://sso.example.coop', 'socius', 'v1.sealed') RETURNING id`,
      [org.id],
    );
    const context = await stack.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${stack.base}/login?org=${org.slug}&sso-error=sso-state-mismatch`);
    const button = page.getByRole('link', { name: 'Se connecter avec Keycloak de la coop' });
    await button.waitFor();
    expect(await button.getAttribute('href')).toBe(`/v1/auth/sso/${org.slug}/${id}/start?returnTo=%2Fo%2F${org.slug}`);
    await page.getByRole('alert').getByText('ne correspond pas à cette connexion', { exact: false }).waitFor();
    problems.push(...(await lookAt(page, 'login-sso')));
    await context.close();
  }, 120_000);

  it('lets an admin add an identity provider, with the redirect URI to register, and disable it', async () => {
    const idp = await startOidcProvider([
      {
        client_id: 'socius',
        client_secret: 'socius-client-secret',
        redirect_uris: ['http://localhost/v1/auth/sso/callback'],
      },
    ]);
    try {
      const page = await stack.signedIn(org.admin.email);
      await page.goto(`${stack.base}/o/${org.slug}/admin`);
      await page.getByRole('link', { name: 'Fournisseurs d’identité' }).click();
      await page.getByRole('heading', { name: 'Fournisseurs d’identité', level: 2 }).waitFor();
      const add = page.getByRole('region', { name: 'Ajouter un fournisseur' });
      await add.getByLabel('Nom').fill('Nextcloud de la coop');
      await add.getByLabel('Émetteur (issuer)').fill('ftp://sso.example.coop');
      await add.getByLabel('Identifiant du client (client id)').fill('socius');
      await add.getByLabel('Secret du client').fill('socius-client-secret');
      await add.getByRole('button', { name: 'Vérifier et ajouter' }).click();
      // the API's 400 on the issuer, in French, next to the field
      await add.getByText('doit commencer par https://').waitFor();
      await add.getByLabel('Émetteur (issuer)').fill(idp.issuer);
      await add.getByRole('button', { name: 'Vérifier et ajouter' }).click();
      await add.getByRole('status').getByText('« Nextcloud de la coop » est ajouté.').waitFor();

      const list = page.getByRole('table', { name: 'Fournisseurs de l’organisation' });
      const listed = async () =>
        (
          await stack.api.http.get(`/v1/orgs/${org.slug}/identity-providers`).set(org.admin.auth).expect(200)
        ).body.items.find((p: { name: string }) => p.name === 'Nextcloud de la coop');
      const provider = await listed();
      expect(provider).toMatchObject({ name: 'Nextcloud de la coop', issuer: idp.issuer, enabled: true });
      await list
        .getByRole('row', { name: /Nextcloud de la coop/ })
        .getByText(provider.redirectUri)
        .waitFor();
      expect(provider.redirectUri).toMatch(/\/v1\/auth\/sso\/callback$/);
      await page.getByRole('link', { name: `${stack.base}/login?org=${org.slug}` }).waitFor();

      await list.getByRole('button', { name: 'Désactiver Nextcloud de la coop' }).click();
      await list
        .getByRole('row', { name: /Nextcloud de la coop/ })
        .getByText('Désactivé', { exact: true })
        .waitFor();
      expect((await listed()).enabled).toBe(false);
      problems.push(...(await lookAt(page, 'settings-identity-providers')));
    } finally {
      await idp.close();
    }
  }, 120_000);

  it('finds no accessibility problem on these pages', () => {
    expect(problems).toEqual([]);
  });
});
