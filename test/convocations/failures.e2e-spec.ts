import { INestApplicationContext } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { admittedMember, createOrg, startApi, startWorker, TestApi, TestOrg, uniqueEmail } from '../support/app';
import { waitFor } from '../support/smtp';

/** An SMTP server that refuses the recipients in `refused` (550, as for an unknown mailbox). */
async function refusingSmtp() {
  const refused = new Set<string>();
  const received: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refused.has(address.address))
        return callback(Object.assign(new Error('mailbox unavailable'), { responseCode: 550 }));
      callback();
    },
    onData(stream, session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        received.push(...session.envelope.rcptTo.map((r) => r.address));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    refused,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('convocations when the SMTP server refuses some recipients: retried with backoff, failed and visible after the last try', () => {
  let api: TestApi;
  let smtp: Awaited<ReturnType<typeof refusingSmtp>>;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    smtp = await refusingSmtp();
    api = await startApi({ SMTP_URL: smtp.url });
    // retries 1, 2, 4 and 8 s apart instead of 2, 4, 8 and 16 s
    worker = await startWorker({ RUN_OUTBOX_RELAY: 'true', JOB_RETRY_DELAY_MS: '1000' });
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await smtp?.close();
  });

  async function convene(org: TestOrg, emails: string[]) {
    for (const email of emails) await admittedMember(api, org, { email, eConsent: true });
    const assembly = await api.http
      .post(`/v1/orgs/${org.slug}/assemblies`)
      .set(org.admin.auth)
      .send({ title: 'AG', kind: 'ordinary', weighting: 'per_member', secret: false })
      .expect(201);
    const opensAt = new Date(Date.now() + 20 * 86_400_000).toISOString();
    const closesAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
    await api.http
      .post(`/v1/orgs/${org.slug}/assemblies/${assembly.body.id}/resolutions`)
      .set(org.admin.auth)
      .send({ title: 'Comptes', text: 'T.', majority: 'simple', quorumPercent: 0, opensAt, closesAt })
      .expect(201);
    const res = await api.http
      .post(`/v1/orgs/${org.slug}/assemblies/${assembly.body.id}/convocations`)
      .set(org.admin.auth)
      .expect(202);
    return res.body.jobId as string;
  }
  const job = async (org: TestOrg, id: string) =>
    (await api.http.get(`/v1/orgs/${org.slug}/jobs/${id}`).set(org.admin.auth).expect(200)).body;
  const count = (email: string) => smtp.received.filter((r) => r === email).length;

  it('sends to the others, shows the error while it waits to retry, and on the retry sends only to the one refused before', async () => {
    const org = await createOrg(api);
    const emails = [0, 1, 2, 3, 4].map(() => uniqueEmail('retry'));
    smtp.refused.add(emails[2]);
    const jobId = await convene(org, emails);

    const waiting = await waitFor(
      async () => {
        const j = await job(org, jobId);
        return j.error ? j : undefined;
      },
      15_000,
      'the first failure',
    );
    expect(waiting).toEqual(expect.objectContaining({ status: expect.stringMatching(/queued|active/), attempts: 1 }));
    expect(waiting.error).toMatch(/^1 of 5 e-mails could not be sent \(first error: .*550.*\); 4 sent in this try/);
    expect(emails.map(count)).toEqual([1, 1, 0, 1, 1]);

    smtp.refused.delete(emails[2]);
    const done = await waitFor(
      async () => {
        const j = await job(org, jobId);
        return j.status === 'completed' ? j : undefined;
      },
      20_000,
      'the retry',
    );
    expect(done).toEqual(
      expect.objectContaining({
        progress: 100,
        attempts: 2,
        error: null,
        result: expect.objectContaining({ total: 5, sent: 1, failed: 0 }),
      }),
    );
    expect(emails.map(count)).toEqual([1, 1, 1, 1, 1]);
  });

  it('ends failed, with its error, after the fifth try when a recipient is always refused; the others still got exactly one e-mail', async () => {
    const org = await createOrg(api);
    const emails = [0, 1, 2].map(() => uniqueEmail('refused'));
    smtp.refused.add(emails[0]);
    const jobId = await convene(org, emails);
    // five tries, 1 + 2 + 4 + 8 s apart
    const failed = await waitFor(
      async () => {
        const j = await job(org, jobId);
        return j.status === 'failed' ? j : undefined;
      },
      40_000,
      'the job to fail for good',
    );
    expect(failed).toEqual(
      expect.objectContaining({ attempts: 5, error: expect.stringMatching(/^1 of 3 e-mails could not be sent/) }),
    );
    expect(failed.finishedAt).toEqual(expect.any(String));
    expect(emails.map(count)).toEqual([0, 1, 1]);
  }, 60_000);
});
