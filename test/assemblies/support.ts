import { createCoop, paidUpMember, TestApi, TestUser } from '../support/app';
import { startSmtp } from '../support/smtp';
import { mailedCodes } from '../support/voting-codes';

/**
 * A fresh co-op for the vote tests (its own electorate), with share class A at 10 € and requests
 * bound to it: `post`/`get`/`patch` as its admin (or as `auth`), a shareholder of one paid-up share
 * (convened by e-mail), a ballot by token or by voting code, and the codes the convocation e-mailed.
 */
export async function votingCoop(api: TestApi, overrides: Record<string, unknown> = {}) {
  const org = await createCoop(api, [{ code: 'A', name: 'A', nominalCents: 1000 }], overrides);
  const post = (p: string, body: object, auth: Record<string, string> = org.admin.auth) =>
    api.http.post(`/v1/orgs/${org.slug}/${p}`).set(auth).send(body);
  const get = (p: string, auth: Record<string, string> = org.admin.auth) =>
    api.http.get(`/v1/orgs/${org.slug}/${p}`).set(auth);
  const patch = (p: string, body: object) => api.http.patch(`/v1/orgs/${org.slug}/${p}`).set(org.admin.auth).send(body);
  /** A member holding one paid-up share, convened by e-mail, with an account linked when asked. */
  const shareholder = (withAccount = false) => paidUpMember(api, org, { withAccount, member: { eConsent: true } });
  const ballot = (resolutionId: string, auth: Record<string, string>, body: object) =>
    post(`resolutions/${resolutionId}/ballots`, body, auth);
  const byCode = (resolutionId: string, code: string, body: object) =>
    api.http.post(`/v1/orgs/${org.slug}/resolutions/${resolutionId}/ballots`).set('X-Voting-Code', code).send(body);
  /** Convenes the assembly and reads each member's code from their e-mail (a worker must run): by member id. */
  const codes = (smtp: Awaited<ReturnType<typeof startSmtp>>, assemblyId: string) =>
    mailedCodes(api, smtp, org, assemblyId);
  return { org, post, get, patch, shareholder, ballot, byCode, codes };
}

/** Opening in an hour, closing in two (opened by hand in the tests). */
export const window = () => ({
  opensAt: new Date(Date.now() + 3600_000).toISOString(),
  closesAt: new Date(Date.now() + 7200_000).toISOString(),
});

/** A simple-majority resolution without quorum, with what the test changes. */
export const motion = (extra: object = {}) => ({
  title: 'Résolution',
  text: 'Le texte.',
  majority: 'simple',
  quorumPercent: 0,
  ...window(),
  ...extra,
});

/** The bearer header of a shareholder created with an account. */
export const auth = (m: { user?: TestUser }) => m.user!.auth;
