import request from 'supertest';
import { createOrg, expectProblem, signup, startApi, TestApi, TestOrg, uniqueEmail } from '../support/app';
import { startOidcProvider, TestProvider, throughProvider } from '../support/oidc-provider';

const PUBLIC_URL = 'http://localhost:3000';
const REDIRECT_URI = `${PUBLIC_URL}/v1/auth/sso/callback`;
const CLIENT = { client_id: 'socius', client_secret: 'socius-client-secret', redirect_uris: [REDIRECT_URI] };

const cookieOf = (res: request.Response, name: string): string => {
  const all = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  const found = all.find((c) => c.startsWith(`${name}=`));
  if (!found) throw new Error(`no ${name} cookie in ${JSON.stringify(all)}`);
  return found.split(';')[0];
};

/**
 * Single sign-on against a real OpenID Connect provider (oidc-provider in a child process): PKCE,
 * state, nonce, issuer and expiry checks, how a provider's people are matched to accounts, and the
 * confinement of such a session to the organization whose provider opened it.
 */
describe('single sign-on (OpenID Connect)', () => {
  let api: TestApi;
  let idp: TestProvider;
  let lateIdp: TestProvider;

  beforeAll(async () => {
    [idp, lateIdp] = await Promise.all([
      startOidcProvider([CLIENT]),
      startOidcProvider([CLIENT], { clockSkewSeconds: 3600 }),
    ]);
    api = await startApi({ PUBLIC_URL, SSO_ALLOW_HTTP_ISSUERS: 'true' });
  });
  afterAll(async () => {
    await api?.close();
    await Promise.all([idp?.close(), lateIdp?.close()]);
  });

  const addProvider = async (org: TestOrg, issuer = idp.issuer, name = 'Keycloak') => {
    const res = await api.http
      .post(`/v1/orgs/${org.slug}/identity-providers`)
      .set(org.admin.auth)
      .send({ name, issuer, clientId: CLIENT.client_id, clientSecret: CLIENT.client_secret })
      .expect(201);
    return res.body.id as string;
  };

  /** Starts a sign-in: the provider's address and the flow cookie. */
  const start = async (org: TestOrg, providerId: string, returnTo?: string) => {
    const res = await api.http
      .get(`/v1/auth/sso/${org.slug}/${providerId}/start`)
      .query(returnTo ? { returnTo } : {})
      .expect(302);
    return { location: res.headers.location as string, flow: cookieOf(res, 'socius_sso_flow') };
  };
  const callback = (url: URL, flow: string) => api.http.get(`${url.pathname}${url.search}`).set('Cookie', flow);
  /** The whole round trip as a browser makes it; answers the callback's response. */
  const signIn = async (
    org: TestOrg,
    providerId: string,
    account: { sub: string; email?: string; email_verified?: boolean; name?: string },
    provider = idp,
  ) => {
    const { location, flow } = await start(org, providerId, `/o/${org.slug}/my`);
    await provider.nextLogin(account);
    return callback(await throughProvider(location), flow);
  };
  const failure = (res: request.Response) => new URL(res.headers.location, PUBLIC_URL).searchParams.get('sso-error');

  it('lets an admin register, list, change and delete providers, never answering the secret', async () => {
    const org = await createOrg(api);
    const bad = await api.http
      .post(`/v1/orgs/${org.slug}/identity-providers`)
      .set(org.admin.auth)
      .send({ name: 'x', issuer: 'http://127.0.0.1:1/nothing', clientId: 'a', clientSecret: 'b' });
    expectProblem(bad, 400, 'issuer');
    // the provider's discovery document names 127.0.0.1, not localhost: another issuer
    const wrongIssuer = await api.http
      .post(`/v1/orgs/${org.slug}/identity-providers`)
      .set(org.admin.auth)
      .send({ name: 'x', issuer: idp.issuer.replace('127.0.0.1', 'localhost'), clientId: 'a', clientSecret: 'b' });
    expectProblem(wrongIssuer, 400, 'issuer');

    const id = await addProvider(org);
    const list = await api.http.get(`/v1/orgs/${org.slug}/identity-providers`).set(org.admin.auth).expect(200);
    expect(list.body.items).toEqual([
      expect.objectContaining({ id, name: 'Keycloak', issuer: idp.issuer, enabled: true, redirectUri: REDIRECT_URI }),
    ]);
    expect(JSON.stringify(list.body)).not.toContain(CLIENT.client_secret);
    const [row] = await api.db.query(`SELECT client_secret FROM identity_providers WHERE id = $1`, [id]);
    expect(row.client_secret).not.toContain(CLIENT.client_secret); // sealed at rest
    const patched = await api.http
      .patch(`/v1/orgs/${org.slug}/identity-providers/${id}`)
      .set(org.admin.auth)
      .send({ name: 'Nextcloud', clientSecret: CLIENT.client_secret })
      .expect(200);
    expect(patched.body).toEqual(expect.objectContaining({ name: 'Nextcloud' }));
    expect(JSON.stringify(patched.body)).not.toContain(CLIENT.client_secret);
    const buttons = await api.http.get(`/v1/auth/sso/${org.slug}`).expect(200);
    expect(buttons.body.items).toEqual([{ id, name: 'Nextcloud', startUrl: `/v1/auth/sso/${org.slug}/${id}/start` }]);
    const member = await signup(api, 'member');
    await api.http
      .post(`/v1/orgs/${org.slug}/users`)
      .set(org.admin.auth)
      .send({ email: member.email, role: 'member' })
      .expect(201);
    expectProblem(await api.http.get(`/v1/orgs/${org.slug}/identity-providers`).set(member.auth), 403);
    await api.http.delete(`/v1/orgs/${org.slug}/identity-providers/${id}`).set(org.admin.auth).expect(204);
    await api.http.get(`/v1/orgs/${org.slug}/identity-providers/${id}`).set(org.admin.auth).expect(404);
  });

  it('signs a verified account in with PKCE S256, state and nonce, and lands on the page asked for', async () => {
    const org = await createOrg(api);
    const providerId = await addProvider(org);
    const { location, flow } = await start(org, providerId, `/o/${org.slug}/my`);
    const asked = new URL(location);
    expect(asked.origin).toBe(idp.issuer);
    expect(asked.searchParams.get('redirect_uri')).toBe(REDIRECT_URI);
    await idp.nextLogin({ sub: 'admin-sub', email: org.admin.email, email_verified: true });
    const back = await throughProvider(location);
    const seen = await idp.lastAuthorization();
    expect(seen).toEqual(
      expect.objectContaining({
        code_challenge_method: 'S256',
        code_challenge: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
        state: expect.any(String),
        nonce: expect.any(String),
      }),
    );
    const res = await callback(back, flow).expect(302);
    expect(res.headers.location).toBe(`/o/${org.slug}/my`);
    const session = cookieOf(res, 'socius_session');
    expect(cookieOf(res, 'socius_sso_flow')).toBe('socius_sso_flow='); // used once, cleared
    const me = await api.http.get('/v1/auth/me').set('Cookie', session).expect(200);
    expect(me.body).toEqual(expect.objectContaining({ id: org.admin.id, email: org.admin.email }));
    await api.http.get(`/v1/orgs/${org.slug}`).set('Cookie', session).expect(200);
    // the same flow cannot be replayed: the code is used, the cookie gone
    expect(failure(await callback(back, flow).expect(302))).toBe('sso-failed');
    expect(failure(await api.http.get(`${back.pathname}${back.search}`).expect(302))).toBe('sso-flow-expired');
    // returnTo is a path of this site only
    expect((await start(org, providerId, 'https://evil.example/x')).location).toBeTruthy();
    const evil = await start(org, providerId, '//evil.example/x');
    await idp.nextLogin({ sub: 'admin-sub', email: org.admin.email, email_verified: true });
    const landed = await callback(await throughProvider(evil.location), evil.flow).expect(302);
    expect(landed.headers.location).toBe(`/o/${org.slug}`);
  });

  it('refuses a changed state, a changed nonce, a wrong issuer and an expired ID token', async () => {
    const org = await createOrg(api);
    const providerId = await addProvider(org);
    const account = { sub: uniqueEmail('sub'), email: org.admin.email, email_verified: true };

    const a = await start(org, providerId);
    await idp.nextLogin(account);
    const back = await throughProvider(a.location);
    back.searchParams.set('state', 'forged');
    expect(failure(await callback(back, a.flow).expect(302))).toBe('sso-state-mismatch');

    const b = await start(org, providerId);
    const forgedNonce = new URL(b.location);
    forgedNonce.searchParams.set('nonce', 'another-nonce');
    await idp.nextLogin(account);
    expect(failure(await callback(await throughProvider(forgedNonce.href), b.flow).expect(302))).toBe(
      'sso-nonce-mismatch',
    );

    const c = await start(org, providerId);
    await idp.nextLogin(account);
    const fromElsewhere = await throughProvider(c.location);
    fromElsewhere.searchParams.set('iss', 'https://evil.example');
    expect(failure(await callback(fromElsewhere, c.flow).expect(302))).toBe('sso-wrong-issuer');

    const lateId = await addProvider(org, lateIdp.issuer, 'Late clock');
    const late = await signIn(org, lateId, account, lateIdp);
    expect(late.status).toBe(302);
    expect(failure(late)).toBe('sso-token-expired');
    expect(late.headers.location).toMatch(/^\/login\?/);
    expect(([] as string[]).concat(late.headers['set-cookie'] ?? []).join()).not.toContain('socius_session=');
  });

  it('matches people: a link first, else a verified address on both sides, else a new account', async () => {
    const org = await createOrg(api);
    const providerId = await addProvider(org);
    const unverified = await signup(api, 'unverified', { verified: false });
    expect(failure(await signIn(org, providerId, { sub: 'u1', email: unverified.email, email_verified: true }))).toBe(
      'sso-account-not-verified',
    );
    const known = await signup(api, 'known');
    expect(failure(await signIn(org, providerId, { sub: 'k1', email: known.email, email_verified: false }))).toBe(
      'sso-email-not-verified',
    );
    const linked = await signIn(org, providerId, { sub: 'k1', email: known.email, email_verified: true });
    expect(linked.status).toBe(302);
    expect(failure(linked)).toBeNull();
    // the link holds even when the provider's address changes later
    const again = await signIn(org, providerId, { sub: 'k1', email: 'renamed@example.coop', email_verified: false });
    const me = await api.http.get('/v1/auth/me').set('Cookie', cookieOf(again, 'socius_session')).expect(200);
    expect(me.body.id).toBe(known.id);

    const newcomer = uniqueEmail('newcomer');
    const created = await signIn(org, providerId, {
      sub: 'n1',
      email: newcomer.toUpperCase(),
      email_verified: true,
      name: 'Nouvelle Personne',
    });
    const newMe = await api.http.get('/v1/auth/me').set('Cookie', cookieOf(created, 'socius_session')).expect(200);
    expect(newMe.body).toEqual(
      expect.objectContaining({ email: newcomer, name: 'Nouvelle Personne', emailVerified: true }),
    );
    // no role yet: an admin grants one as to any verified account
    await api.http.get(`/v1/orgs/${org.slug}`).set('Cookie', cookieOf(created, 'socius_session')).expect(404);
  });

  it("confines a session to the organization whose provider opened it: another org's admin cannot reach further", async () => {
    // a victim, admin of their own co-op, and a hostile org whose admin controls its provider
    const victimOrg = await createOrg(api);
    const hostile = await createOrg(api);
    const providerId = await addProvider(hostile);
    await api.http
      .post(`/v1/orgs/${hostile.slug}/users`)
      .set(hostile.admin.auth)
      .send({ email: victimOrg.admin.email, role: 'member' })
      .expect(201);
    const res = await signIn(hostile, providerId, { sub: 'v', email: victimOrg.admin.email, email_verified: true });
    const session = cookieOf(res, 'socius_session');
    await api.http.get(`/v1/orgs/${hostile.slug}`).set('Cookie', session).expect(200);
    expectProblem(await api.http.get(`/v1/orgs/${victimOrg.slug}`).set('Cookie', session), 403);
    expect((await api.http.get(`/v1/orgs/${victimOrg.slug}/members`).set('Cookie', session)).body.type).toMatch(
      /sso-session-confined$/,
    );
    const orgs = await api.http.get('/v1/orgs').set('Cookie', session).expect(200);
    expect(orgs.body.items.map((o: { slug: string }) => o.slug)).toEqual([hostile.slug]);
    // nor the account itself: sessions list, two-factor, password
    const me = await api.http.get('/v1/auth/me').set('Cookie', session).expect(200);
    expectProblem(await api.http.get('/v1/auth/sessions').set('Cookie', session), 403);
    expectProblem(
      await api.http.post('/v1/auth/totp/setup').set('Cookie', session).set('X-CSRF-Token', me.body.csrfToken),
      403,
    );
    // a bearer token of the victim's own password session is untouched
    await api.http.get(`/v1/orgs/${victimOrg.slug}`).set(victimOrg.admin.auth).expect(200);
  });

  it('requires single sign-on when asked, turned on only by an admin signed in that way', async () => {
    const org = await createOrg(api);
    const providerId = await addProvider(org);
    const refused = await api.http.patch(`/v1/orgs/${org.slug}`).set(org.admin.auth).send({ requireSso: true });
    expectProblem(refused, 422, 'requireSso');
    const res = await signIn(org, providerId, { sub: 'boss', email: org.admin.email, email_verified: true });
    const session = cookieOf(res, 'socius_session');
    const { csrfToken } = (await api.http.get('/v1/auth/me').set('Cookie', session).expect(200)).body;
    const on = await api.http
      .patch(`/v1/orgs/${org.slug}`)
      .set('Cookie', session)
      .set('X-CSRF-Token', csrfToken)
      .send({ requireSso: true })
      .expect(200);
    expect(on.body.requireSso).toBe(true);

    // the password session of the same admin: a clear 403
    const passwordSession = await api.http.get(`/v1/orgs/${org.slug}/members`).set(org.admin.auth);
    expectProblem(passwordSession, 403);
    expect(passwordSession.body.type).toMatch(/sso-required$/);
    await api.http.get(`/v1/orgs/${org.slug}/members`).set('Cookie', session).expect(200);
    // its last provider stays while it is required
    expectProblem(
      await api.http
        .delete(`/v1/orgs/${org.slug}/identity-providers/${providerId}`)
        .set('Cookie', session)
        .set('X-CSRF-Token', csrfToken),
      422,
    );
  });
});
