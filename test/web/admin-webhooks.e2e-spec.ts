import { INestApplicationContext } from '@nestjs/common';
import { Webhook } from 'standardwebhooks';
import { createMember, createOrg, startWorker, TestOrg } from '../support/app';
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
});
