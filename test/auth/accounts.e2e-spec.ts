import { INestApplicationContext } from '@nestjs/common';
import {
  createMember,
  createOrg,
  expectProblem,
  signup,
  startApi,
  startWorker,
  TestApi,
  uniqueEmail,
  uniqueSlug,
} from '../support/app';
import { CapturedMail, startSmtp, textOf, waitFor } from '../support/smtp';

const PASSWORD = 'correct horse battery';

/**
 * Accounts as people use them: the address verified by a link, roles only for verified accounts,
 * invitations, passwords reset by e-mail, cookie sessions with CSRF protection, sign-out.
 */
describe('accounts', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  beforeAll(async () => {
    smtp = await startSmtp();
    api = await startApi({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://socius.example.coop' });
    worker = await startWorker({ RUN_OUTBOX_RELAY: 'true' });
  });
  afterAll(async () => {
    await worker?.close();
    await api.close();
    await smtp.close();
  });

  /** The next e-mail to `to` whose subject matches, and the token of its link. */
  async function linkMail(
    to: string,
    subject: RegExp,
    after = 0,
  ): Promise<{ mail: CapturedMail; text: string; token: string }> {
    const mail = await waitFor(
      () => smtp.mails.slice(after).find((m) => m.to.includes(to) && subject.test(m.subject)),
      15_000,
      `a mail to ${to}`,
    );
    const text = textOf(mail);
    const token = /token=([A-Za-z0-9_-]+)/.exec(text)?.[1];
    if (!token) throw new Error(`no link token in: ${text}`);
    return { mail, text, token };
  }
  const mailsTo = (to: string) => smtp.mails.filter((m) => m.to.includes(to)).length;
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const newAccount = async (email = uniqueEmail('person'), name = 'Camille Durand') => {
    const res = await api.http.post('/v1/auth/signup').send({ email, password: PASSWORD, name }).expect(201);
    return {
      email,
      id: res.body.user.id as string,
      auth: bearer(res.body.accessToken),
      refreshToken: res.body.refreshToken as string,
    };
  };

  it('e-mails a single-use verification link at sign-up; no role goes to an unverified address', async () => {
    const org = await createOrg(api);
    const person = await newAccount();
    expect((await api.http.get('/v1/auth/me').set(person.auth).expect(200)).body).toEqual(
      expect.objectContaining({ email: person.email, emailVerified: false }),
    );
    // the admin cannot give it a role, nor can it be an operator
    const refused = await api.http
      .post(`/v1/orgs/${org.slug}/users`)
      .set(org.admin.auth)
      .send({ email: person.email, role: 'accountant' });
    expectProblem(refused, 422, 'email');
    expect(refused.body.type).toBe('/problems/email-not-verified');

    const { text, token } = await linkMail(person.email, /confirm/i);
    expect(text).toContain(`https://socius.example.coop/verify-email?token=${token}`);
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM user_tokens WHERE token_hash = $1`, [token]);
    expect(n).toBe(0); // stored hashed
    await api.http.post('/v1/auth/verify-email').send({ token }).expect(204);
    expectProblem(await api.http.post('/v1/auth/verify-email').send({ token }), 400, 'token');
    expect((await api.http.get('/v1/auth/me').set(person.auth).expect(200)).body.emailVerified).toBe(true);
    await api.http
      .post(`/v1/orgs/${org.slug}/users`)
      .set(org.admin.auth)
      .send({ email: person.email, role: 'accountant' })
      .expect(201);

    const audit = await api.db.query(
      `SELECT action FROM audit_log WHERE entity_type = 'user' AND entity_id = $1 ORDER BY id`,
      [person.id],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual(
      expect.arrayContaining(['account.signed-up', 'account.email-verified']),
    );
  });

  it('refuses a weak password, and an organization slug the app reserves', async () => {
    const weak = await api.http
      .post('/v1/auth/signup')
      .send({ email: uniqueEmail('weak'), password: 'password123', name: 'Weak' });
    expectProblem(weak, 400, 'password');
    const someone = await signup(api, 'slugger');
    for (const slug of ['admin', 'api', 'www', 'login']) {
      expectProblem(
        await api.http
          .post('/v1/orgs')
          .set(someone.auth)
          .send({ name: 'X', slug, legalForm: 'SCIC_SAS', fiscalYearEnd: '12-31', minimumCapitalCents: 0 }),
        400,
        'slug',
      );
    }
  });

  it('invites an address to a role and a member record; only the verified account of that address accepts', async () => {
    const org = await createOrg(api);
    const member = await createMember(api, org);
    const email = uniqueEmail('invitee');
    const created = await api.http
      .post(`/v1/orgs/${org.slug}/invitations`)
      .set(org.admin.auth)
      .send({ email, role: 'member', memberId: member.id })
      .expect(201);
    expect(created.body).toEqual(
      expect.objectContaining({ email, role: 'member', memberId: member.id, status: 'pending' }),
    );
    const first = await linkMail(email, /Coop Test/);
    expect(first.text).toContain('Coop Test');
    expect(first.text).toContain(`/invitations/accept?token=${first.token}`);

    // sent again: a new link, the former stops working
    const before = smtp.mails.length;
    await api.http.post(`/v1/orgs/${org.slug}/invitations/${created.body.id}/resend`).set(org.admin.auth).expect(200);
    const second = await linkMail(email, /Coop Test/, before);
    expect(second.token).not.toBe(first.token);
    const listed = await api.http.get(`/v1/orgs/${org.slug}/invitations`).set(org.admin.auth).expect(200);
    expect(listed.body.items).toEqual([expect.objectContaining({ id: created.body.id, sentCount: 2 })]);

    // someone else's account, verified, is refused
    const stranger = await signup(api, 'stranger');
    const wrong = await api.http.post('/v1/invitations/accept').set(stranger.auth).send({ token: second.token });
    expectProblem(wrong, 403);
    expect(wrong.body.type).toBe('/problems/invitation-for-another-account');
    // the invitee signs up with that address: unverified, refused; verified, accepted
    const invitee = await newAccount(email);
    const unverified = await api.http.post('/v1/invitations/accept').set(invitee.auth).send({ token: second.token });
    expect(unverified.body.type).toBe('/problems/email-not-verified');
    expectProblem(
      await api.http.post('/v1/invitations/accept').set(invitee.auth).send({ token: first.token }),
      400,
      'token',
    );
    await api.http
      .post('/v1/auth/verify-email')
      .send({ token: (await linkMail(email, /confirm/i)).token })
      .expect(204);
    const accepted = await api.http
      .post('/v1/invitations/accept')
      .set(invitee.auth)
      .send({ token: second.token })
      .expect(200);
    expect(accepted.body).toEqual({ organizationSlug: org.slug, organizationName: 'Coop Test', role: 'member' });
    const users = await api.http.get(`/v1/orgs/${org.slug}/users`).set(org.admin.auth).expect(200);
    expect(users.body.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ email, role: 'member', memberId: member.id })]),
    );
    expectProblem(
      await api.http.post('/v1/invitations/accept').set(invitee.auth).send({ token: second.token }),
      400,
      'token',
    );
    expect((await api.http.get(`/v1/orgs/${org.slug}/invitations`).set(org.admin.auth).expect(200)).body.items).toEqual(
      [],
    );

    // a revoked invitation cannot be accepted
    const other = uniqueEmail('revoked');
    const revoked = await api.http
      .post(`/v1/orgs/${org.slug}/invitations`)
      .set(org.admin.auth)
      .send({ email: other, role: 'accountant' })
      .expect(201);
    const { token } = await linkMail(other, /Coop Test/);
    await api.http.delete(`/v1/orgs/${org.slug}/invitations/${revoked.body.id}`).set(org.admin.auth).expect(204);
    const late = await newAccount(other);
    await api.db.query(`UPDATE users SET email_verified_at = now() WHERE id = $1`, [late.id]);
    expectProblem(await api.http.post('/v1/invitations/accept').set(late.auth).send({ token }), 400, 'token');

    const actions = await api.db.query(
      `SELECT action FROM audit_log WHERE organization_id = $1 AND entity_type = 'invitation' ORDER BY id`,
      [org.id],
    );
    expect(actions.map((a: { action: string }) => a.action)).toEqual([
      'invitation.created',
      'invitation.resent',
      'invitation.accepted',
      'invitation.created',
      'invitation.revoked',
    ]);
  });

  it('resets a password by a link that works once and ends every session; 202 for any address', async () => {
    const person = await newAccount();
    const cookieLogin = await api.http
      .post('/v1/auth/login')
      .send({ email: person.email, password: PASSWORD, session: 'cookie' })
      .expect(200);
    const cookie = cookieLogin.headers['set-cookie'][0].split(';')[0];
    await api.http.get('/v1/auth/me').set('Cookie', cookie).expect(200);

    const ghost = uniqueEmail('ghost');
    await api.http.post('/v1/auth/password-reset').send({ email: ghost }).expect(202);
    await api.http.post('/v1/auth/password-reset').send({ email: person.email }).expect(202);
    const { text, token } = await linkMail(person.email, /mot de passe/);
    expect(text).toContain(`https://socius.example.coop/reset-password?token=${token}`);
    expectProblem(
      await api.http.post('/v1/auth/password-reset/confirm').send({ token, password: 'azertyuiop' }),
      400,
      'password',
    );
    await api.http
      .post('/v1/auth/password-reset/confirm')
      .send({ token, password: 'un nouveau mot de passe solide' })
      .expect(204);
    expectProblem(
      await api.http.post('/v1/auth/password-reset/confirm').send({ token, password: 'encore un autre mot de passe' }),
      400,
      'token',
    );

    // every earlier session stops working: the bearer token, its refresh token, the cookie
    expectProblem(await api.http.get('/v1/auth/me').set(person.auth), 401);
    expectProblem(await api.http.post('/v1/auth/refresh').send({ refreshToken: person.refreshToken }), 401);
    expectProblem(await api.http.get('/v1/auth/me').set('Cookie', cookie), 401);
    expectProblem(await api.http.post('/v1/auth/login').send({ email: person.email, password: PASSWORD }), 401);
    await api.http
      .post('/v1/auth/login')
      .send({ email: person.email, password: 'un nouveau mot de passe solide' })
      .expect(200);
    expect(mailsTo(ghost)).toBe(0);
  });

  it('signs a browser in with an HttpOnly cookie whose changes need the CSRF token, and signs out at once', async () => {
    const person = await newAccount();
    const login = await api.http
      .post('/v1/auth/login')
      .send({ email: person.email, password: PASSWORD, session: 'cookie' })
      .expect(200);
    expect(login.body.accessToken).toBeUndefined();
    const setCookie = login.headers['set-cookie'][0];
    expect(setCookie).toMatch(/^socius_session=[\w-]+; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Lax; Secure$/);
    const cookie = setCookie.split(';')[0];
    const me = await api.http.get('/v1/auth/me').set('Cookie', cookie).expect(200);
    expect(me.body.csrfToken).toBe(login.body.csrfToken);

    // a change with the cookie alone (a forged cross-site request) is refused
    const forged = await api.http
      .post('/v1/orgs')
      .set('Cookie', cookie)
      .send({ name: 'X', slug: uniqueSlug(), legalForm: 'SCIC_SAS', fiscalYearEnd: '12-31', minimumCapitalCents: 0 });
    expectProblem(forged, 403);
    expect(forged.body.type).toBe('/problems/csrf-token-missing');
    await api.http
      .post('/v1/orgs')
      .set('Cookie', cookie)
      .set('X-CSRF-Token', login.body.csrfToken)
      .send({ name: 'X', slug: uniqueSlug(), legalForm: 'SCIC_SAS', fiscalYearEnd: '12-31', minimumCapitalCents: 0 })
      .expect(201);

    const out = await api.http
      .post('/v1/auth/logout')
      .set('Cookie', cookie)
      .set('X-CSRF-Token', login.body.csrfToken)
      .expect(204);
    expect(out.headers['set-cookie'][0]).toMatch(/^socius_session=; .*Max-Age=0/);
    expectProblem(await api.http.get('/v1/auth/me').set('Cookie', cookie), 401);

    // a bearer token stops at once too, and its refresh token with it
    await api.http.post('/v1/auth/logout').set(person.auth).expect(204);
    expectProblem(await api.http.get('/v1/auth/me').set(person.auth), 401);
    expectProblem(await api.http.post('/v1/auth/refresh').send({ refreshToken: person.refreshToken }), 401);
  });

  it('renews a short-lived access token with the refresh token; lists and ends sessions; a password change ends the others', async () => {
    const person = await newAccount();
    const refreshed = await api.http.post('/v1/auth/refresh').send({ refreshToken: person.refreshToken }).expect(200);
    expect(refreshed.body.expiresIn).toBe(900);
    await api.http.get('/v1/auth/me').set(bearer(refreshed.body.accessToken)).expect(200);

    const laptop = await api.http
      .post('/v1/auth/login')
      .set('User-Agent', 'Laptop')
      .send({ email: person.email, password: PASSWORD })
      .expect(200);
    const sessions = await api.http.get('/v1/auth/sessions').set(person.auth).expect(200);
    expect(sessions.body.items).toHaveLength(2);
    const other = sessions.body.items.find((s: { current: boolean }) => !s.current);
    expect(other).toEqual(expect.objectContaining({ kind: 'bearer', userAgent: 'Laptop' }));
    await api.http.delete(`/v1/auth/sessions/${other.id}`).set(person.auth).expect(204);
    expectProblem(await api.http.get('/v1/auth/me').set(bearer(laptop.body.accessToken)), 401);

    const phone = await api.http.post('/v1/auth/login').send({ email: person.email, password: PASSWORD }).expect(200);
    expectProblem(
      await api.http
        .post('/v1/auth/password')
        .set(person.auth)
        .send({ currentPassword: 'not it', newPassword: 'une phrase de passe neuve' }),
      400,
      'currentPassword',
    );
    await api.http
      .post('/v1/auth/password')
      .set(person.auth)
      .send({ currentPassword: PASSWORD, newPassword: 'une phrase de passe neuve' })
      .expect(204);
    await api.http.get('/v1/auth/me').set(person.auth).expect(200);
    expectProblem(await api.http.get('/v1/auth/me').set(bearer(phone.body.accessToken)), 401);
  });
});
