import { INestApplicationContext } from '@nestjs/common';
import { Webhook } from 'standardwebhooks';
import { createCoop, createMember, createOrg, paidUpMember, startWorker, TestOrg } from '../support/app';
import { waitFor } from '../support/smtp';
import { signedHeaders, startReceiver } from '../support/webhook-receiver';
import { lookAt, openBrowserStack, type BrowserStack } from './browser';

/**
 * An administrator adds a webhook address in the console, copies its secret (shown once), reads the
 * delivery log of a delivery the receiver refused, and sends it again once the receiver is fixed.
 */
describe('the console’s webhooks page', () => {
  let stack: BrowserStack;
  let worker: INestApplicationContext;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let org: TestOrg;
  const problems: string[] = [];

  beforeAll(async () => {
    receiver = await startReceiver();
    stack = await openBrowserStack({ WEBHOOK_ALLOW_LOOPBACK: 'true', WEBHOOK_MAX_ATTEMPTS: '1' });
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
