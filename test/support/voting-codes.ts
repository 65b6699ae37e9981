import { TestApi, TestOrg } from './app';
import { CapturedMail, header, startSmtp, textOf, waitFor } from './smtp';

type Smtp = Awaited<ReturnType<typeof startSmtp>>;

/** The code of the personal link `{PUBLIC_URL}/vote#code=…` in an e-mail, if any. */
export const codeIn = (mail: CapturedMail): string | undefined =>
  /\/vote#code=([0-9A-Z]{4}(?:-[0-9A-Z]{4}){3})/.exec(textOf(mail))?.[1];

/** The member an e-mail of Socius went to, from its Message-ID `<kind.subject.member@socius>`. */
export const memberOf = (mail: CapturedMail): string | undefined =>
  /<[\w-]+\.[\w-]+\.([\w-]+)@socius>/.exec(header(mail.raw, 'Message-ID'))?.[1];

/** Waits until the organization's job has completed (throws if it failed); answers it. */
export async function jobDone(api: TestApi, org: TestOrg, jobId: string) {
  return waitFor(
    async () => {
      const res = await api.http.get(`/v1/orgs/${org.slug}/jobs/${jobId}`).set(org.admin.auth).expect(200);
      if (res.body.status === 'failed') throw new Error(`job failed: ${res.body.error}`);
      return res.body.status === 'completed' ? res.body : undefined;
    },
    30_000,
    `job ${jobId}`,
  );
}

/**
 * Convenes the assembly as its admin would, lets the worker send the convocations, and reads from
 * the e-mails the voting code each member without an account was sent, by member id. Members
 * reached by an earlier convocation of the assembly are in the map too. (The members need an e-mail
 * address and `eConsent`; a worker must be running.)
 */
export async function mailedCodes(
  api: TestApi,
  smtp: Smtp,
  org: TestOrg,
  assemblyId: string,
): Promise<Map<string, string>> {
  const res = await api.http
    .post(`/v1/orgs/${org.slug}/assemblies/${assemblyId}/convocations`)
    .set(org.admin.auth)
    .expect(202);
  await jobDone(api, org, res.body.jobId);
  const codes = new Map<string, string>();
  for (const mail of smtp.mails) {
    if (!header(mail.raw, 'Message-ID').startsWith(`<convocation.${assemblyId}.`)) continue;
    const code = codeIn(mail);
    if (code) codes.set(memberOf(mail)!, code);
  }
  return codes;
}

/** Issues the member a new code (revoking theirs) and reads it from the e-mail the worker sends them. */
export async function reissuedCode(
  api: TestApi,
  smtp: Smtp,
  org: TestOrg,
  assemblyId: string,
  memberId: string,
): Promise<string> {
  const res = await api.http
    .post(`/v1/orgs/${org.slug}/assemblies/${assemblyId}/members/${memberId}/voting-code`)
    .set(org.admin.auth)
    .expect(202);
  await jobDone(api, org, res.body.jobId);
  // the job completes once the SMTP server has accepted the message: it is captured by now
  const mail = [...smtp.mails]
    .reverse()
    .find((m) => header(m.raw, 'Message-ID').startsWith('<voting-code.') && memberOf(m) === memberId);
  return codeIn(mail!)!;
}
