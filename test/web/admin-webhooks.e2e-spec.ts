import { INestApplicationContext } from '@nestjs/common';
import { Webhook } from 'standardwebhooks';
import { createCoop, createMember, createOrg, paidUpMember, startWorker, TestOrg } from '../support/app';
import { waitFor } from '../support/smtp';
import { startHelloAssoStandin } from '../support/helloasso-standin';
import { signedHeaders, startReceiver } from '../support/webhook-receiver';
import { lookAt, openBrowserStack, type BrowserStack } from './browser';

/**
 * An administrator adds a webhook address in the console, copies its secret (shown once), reads the
 * delivery log of a delivery the receiver refused, and sends it again once the receiver is fixed.
 * Then sets a HelloAsso account up (a local stand-in), and a visitor gives by card on the public
 * campaign page.
 */
describe('the console’s webhooks page', () => {
  let stack: BrowserStack;
  let worker: INestApplicationContext;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let org: TestOrg;
  const problems: string[] = [];

  beforeAll(async () => {
    receiver = await startReceiver();
    // PUBLIC_URL: where HelloAsso sends the payer back, routed to the API below
    stack = await openBrowserStack({
      WEBHOOK_ALLOW_LOOPBACK: 'true',
      WEBHOOK_MAX_ATTEMPTS: '1',
      PUBLIC_URL: 'http://socius.test',
    });
    worker = await startWorker({ RUN_OUTBOX_RELAY: 'true' });
    org = await createOrg(stack.api);
  }, 120_000);
  afterAll(async () => {
    await worker?.close();
    await stack?.close();
    await receiver?.close();
  });

  it('adds an address, shows its secret once, and replays a refused delivery', async () => {
    const page = await stack.signedIn(org.admin.email);
    await page.goto(`${stack.base}/o/${org.slug}/admin/webhooks`);
    await page.getByRole('heading', { name: 'Webhooks', level: 2 }).waitFor();
    await page.getByText('Aucune adresse : aucun événement n’est envoyé.').waitFor();

    await page.getByLabel('Adresse (URL)').fill(receiver.url);
    await page.getByLabel('member.created').check();
    await page.getByLabel('Registre des associé·es (noms, e-mails, adresses)').check();
    await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
    const secret = (await page.getByRole('status').locator('pre, code').first().textContent())!.trim();
    expect(secret).toMatch(/^whsec_/);
    await page.getByRole('table', { name: 'Adresses' }).getByText(receiver.url).waitFor();
    problems.push(...(await lookAt(page, 'settings-webhooks-created')));

    // the receiver refuses the first delivery (one try only in this run): it is failed in the log
    receiver.answer = () => 500;
    const member = await createMember(stack.api, org, { lastName: 'Rousseau' });
    await waitFor(() => receiver.received.length === 1, 15_000, 'the refused delivery');
    await page.getByRole('button', { name: `Envois vers ${receiver.url}` }).click();
    const log = page.getByRole('table', { name: 'Journal des envois' });
    await log.getByText('échoué').waitFor();
    await log.getByText(/^HTTP 500 · \d+ ms$/).waitFor();
    problems.push(...(await lookAt(page, 'settings-webhooks-deliveries')));

    // fixed: sent again, with the same id, received, verified with the secret the page showed once
    receiver.answer = () => 200;
    await page.getByRole('button', { name: /^Renvoyer member\.created/ }).click();
    await log.getByText('reçu').waitFor({ timeout: 15_000 });
    expect(receiver.received).toHaveLength(2);
    const [first, again] = receiver.received;
    expect(again.id).toBe(first.id);
    expect(new Webhook(secret).verify(again.raw, signedHeaders(again))).toEqual(
      expect.objectContaining({ data: expect.objectContaining({ memberId: member.id }) }),
    );
    expect(problems).toEqual([]);
  }, 180_000);

  it('sets HelloAsso up, and a visitor gives by card on the public campaign page', async () => {
    const problems: string[] = [];
    const standin = await startHelloAssoStandin();
    try {
      // the stand-in's address is none of the page's two choices: it is set up through the API first
      await stack.api.http
        .put(`/v1/orgs/${org.slug}/payments/account`)
        .set(org.admin.auth)
        .send({
          provider: 'helloasso',
          accountRef: standin.organizationSlug,
          clientId: standin.clientId,
          clientSecret: standin.clientSecret,
          baseUrl: standin.url,
        })
        .expect(200);
      const page = await stack.signedIn(org.admin.email);
      await page.goto(`${stack.base}/o/${org.slug}/admin/payments`);
      await page.getByRole('heading', { name: 'Paiements', level: 2 }).waitFor();
      await page.getByText(`http://socius.test/v1/payments/helloasso/${org.slug}/notifications`).waitFor();
      expect(await page.getByLabel('Client id').inputValue()).toBe(standin.clientId);
      // a secret HelloAsso refuses is refused here, beside its field
      await page.getByLabel('Client secret').fill('not the secret');
      await page.getByRole('button', { name: 'Vérifier et enregistrer' }).click();
      await page
        .locator('.mantine-InputWrapper-error')
        .getByText(/HelloAsso/)
        .waitFor();
      await page.getByLabel('Client secret').fill(standin.clientSecret);
      await page.getByRole('button', { name: 'Vérifier et enregistrer' }).click();
      await page.getByText('HelloAsso a accepté ces identifiants : enregistré.').waitFor();
      problems.push(...(await lookAt(page, 'settings-payments')));

      const post = (p: string, body: object) =>
        stack.api.http.post(`/v1/orgs/${org.slug}/${p}`).set(org.admin.auth).send(body);
      const today = new Date().toISOString().slice(0, 10);
      const campaign = await post('campaigns', {
        title: 'Un four à pain partagé',
        description: 'Pour le fournil du village.',
        goalCents: 300_000,
        startsOn: today,
        endsOn: '2099-12-31',
        mode: 'keep_it_all',
        public: true,
      }).expect(201);
      await post(`campaigns/${campaign.body.id}/open`, {}).expect(200);

      const context = await stack.browser.newContext({ viewport: { width: 1280, height: 900 } });
      // HelloAsso sends the payer back to PUBLIC_URL: here, the API on its loopback port
      await context.route('http://socius.test/**', (route) => {
        const back = new URL(route.request().url());
        return route.fulfill({ status: 302, headers: { location: `${stack.base}${back.pathname}${back.search}` } });
      });
      const visitor = await context.newPage();
      await visitor.goto(`${stack.base}/campaigns/${org.slug}/${campaign.body.id}`);
      await visitor.getByRole('button', { name: 'Donner par carte' }).waitFor();
      await visitor.getByLabel('Montant (€)').fill('25');
      await visitor.getByLabel('Prénom').fill('Léa');
      await visitor.getByLabel('Nom', { exact: true }).fill('Dupont');
      await visitor.getByLabel('Adresse e-mail').fill('lea.dupont@example.org');
      problems.push(...(await lookAt(visitor, 'campaign-card-donation')));
      await visitor.getByRole('button', { name: 'Donner par carte' }).click();
      await visitor.waitForURL(`${standin.url}/pay/**`);
      await visitor.getByRole('button', { name: 'Payer' }).click();
      await visitor.getByText('Paiement de 25,00 € reçu. Merci !').waitFor();
      problems.push(...(await lookAt(visitor, 'campaign-card-paid')));
      await context.close();

      const checkouts = await stack.api.http
        .get(`/v1/orgs/${org.slug}/payments/checkouts`)
        .set(org.admin.auth)
        .expect(200);
      expect(checkouts.body.items).toEqual([expect.objectContaining({ status: 'paid', amountCents: 2500 })]);
      const contribution = await stack.api.http
        .get(`/v1/orgs/${org.slug}/contributions/${checkouts.body.items[0].contributionId}`)
        .set(org.admin.auth)
        .expect(200);
      expect(contribution.body).toEqual(expect.objectContaining({ status: 'paid', paidCents: 2500 }));
      expect(problems).toEqual([]);
    } finally {
      await standin.close();
    }
  }, 180_000);

  it('exports the organization, imports it into an empty one, and shows a member’s ids on other platforms', async () => {
    const api = stack.api;
    const source = await createCoop(api, [{ code: 'A', nominalCents: 1000 }]);
    const member = await paidUpMember(api, source, { quantity: 3, member: { lastName: 'Garnier' } });
    await api.http
      .put(`/v1/orgs/${source.slug}/members/${member.id}/external-refs/helloasso`)
      .set(source.admin.auth)
      .send({ externalId: 'ha-7' })
      .expect(200);
    const page = await stack.signedIn(source.admin.email);
    await page.goto(`${stack.base}/o/${source.slug}/admin/portability`);
    await page.getByRole('heading', { name: 'Export et import des données', level: 2 }).waitFor();
    await page.getByRole('button', { name: 'Lancer l’export' }).click();
    const link = page.getByRole('link', { name: 'Télécharger le zip' });
    await link.waitFor({ timeout: 30_000 });
    problems.push(...(await lookAt(page, 'settings-portability-export')));
    const zip = await api.http
      .get((await link.getAttribute('href'))!)
      .set(source.admin.auth)
      .buffer(true)
      .parse((res, done) => {
        const parts: Buffer[] = [];
        res.on('data', (c: Buffer) => parts.push(c));
        res.on('end', () => done(null, Buffer.concat(parts)));
      })
      .expect(200);

    // the same admin, a new empty organization: the zip goes in after a confirmation
    const target = await createOrg(api, source.admin);
    await page.goto(`${stack.base}/o/${target.slug}/admin/portability`);
    await page.locator('input[type=file]').setInputFiles({
      name: 'export.zip',
      mimeType: 'application/zip',
      buffer: zip.body as Buffer,
    });
    await page.getByRole('button', { name: 'Importer le fichier' }).click();
    const dialog = page.getByRole('dialog', { name: 'Importer ce fichier dans cette organisation ?' });
    await dialog.getByText(/Les comptes ne sont pas repris/).waitFor();
    await dialog.getByRole('button', { name: 'Importer', exact: true }).click();
    await page
      .getByText(/^Import terminé : .*\. Mouvements du registre : 1, chaîne vérifiée\.$/)
      .waitFor({ timeout: 30_000 });
    problems.push(...(await lookAt(page, 'settings-portability-imported')));
    const verify = await api.http.get(`/v1/orgs/${target.slug}/ledger/verify`).set(target.admin.auth).expect(200);
    expect(verify.body).toMatchObject({ valid: true, movements: 1 });

    // the imported member's page shows the id the other platform knows them by
    const found = await api.http
      .get(`/v1/orgs/${target.slug}/external-refs/helloasso/ha-7`)
      .set(target.admin.auth)
      .expect(200);
    await page.goto(`${stack.base}/o/${target.slug}/admin/members/${found.body.memberId}`);
    const refs = page.getByRole('table', { name: 'Identifiants sur d’autres plateformes' });
    await refs.getByText('ha-7').waitFor();
    problems.push(...(await lookAt(page, 'registry-member-external-refs')));
    expect(problems).toEqual([]);
  }, 180_000);
});
