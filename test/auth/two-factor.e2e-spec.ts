import { Logger, PinoLogger } from 'nestjs-pino';
import { createHash } from 'node:crypto';
import { TOTP } from 'otpauth';
import pino from 'pino';
import { createOrg, expectProblem, signup, startApi, TestApi, TestUser, userWithRole } from '../support/app';

const PASSWORD = 'correct horse battery';
const STEP_MS = 30_000;

/** What the person's authenticator app shows for `secret`, `steps` periods from now. */
const appCode = (secret: string, steps = 0) =>
  new TOTP({ secret, algorithm: 'SHA1', digits: 6, period: 30 }).generate({ timestamp: Date.now() + steps * STEP_MS });

/** A code that is not the app's: each digit of the right one moved by five. */
const wrongCode = (secret: string) =>
  appCode(secret)
    .split('')
    .map((d) => (Number(d) + 5) % 10)
    .join('');

/**
 * Two-factor sign-in (TOTP) as people use it: an authenticator app set up and confirmed, its code
 * asked after the password and good once, recovery codes good once each, turning it off; an
 * organization requiring it of its admins; every step in the audit log and no secret in any log.
 */
describe('two-factor sign-in', () => {
  let api: TestApi;
  let logs: () => string;
  beforeAll(async () => {
    api = await startApi();
    logs = captureLogs(api);
  });
  afterAll(() => api.close());

  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const login = (email: string, extra: Record<string, unknown> = {}) =>
    api.http.post('/v1/auth/login').send({ email, password: PASSWORD, ...extra });
  const me = async (user: TestUser) => (await api.http.get('/v1/auth/me').set(user.auth).expect(200)).body;
  interface AuditRow {
    organization_id: string | null;
    action: string;
    changes: unknown;
  }
  const audit = async (user: TestUser): Promise<AuditRow[]> =>
    api.db.query(
      `SELECT organization_id, action, changes FROM audit_log WHERE entity_type = 'user' AND entity_id = $1 ORDER BY id`,
      [user.id],
    );

  /** Sets up the app and turns two-factor sign-in on with its code of this step. */
  async function enableTwoFactor(user: TestUser): Promise<{ secret: string; recoveryCodes: string[] }> {
    const setup = await api.http.post('/v1/auth/totp/setup').set(user.auth).expect(200);
    const enabled = await api.http
      .post('/v1/auth/totp/enable')
      .set(user.auth)
      .send({ code: appCode(setup.body.secret) })
      .expect(200);
    return { secret: setup.body.secret, recoveryCodes: enabled.body.recoveryCodes };
  }

  it('turns two-factor sign-in on only with a right code of the app, and keeps the secret sealed and the recovery codes hashed', async () => {
    const person = await signup(api, 'careful');
    expect((await me(person)).twoFactorEnabled).toBe(false);

    const setup = await api.http.post('/v1/auth/totp/setup').set(person.auth).expect(200);
    expect(setup.headers['cache-control']).toBe('no-store');
    const { secret, otpauthUrl } = setup.body;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const url = new URL(otpauthUrl);
    expect(url.protocol).toBe('otpauth:');
    expect(decodeURIComponent(url.pathname)).toBe(`/Socius:${person.email}`);
    expect(url.searchParams.get('secret')).toBe(secret);
    expect(url.searchParams.get('issuer')).toBe('Socius');

    // a wrong code, or anything not six digits, does not turn it on
    expectProblem(
      await api.http
        .post('/v1/auth/totp/enable')
        .set(person.auth)
        .send({ code: wrongCode(secret) }),
      400,
      'code',
    );
    expectProblem(await api.http.post('/v1/auth/totp/enable').set(person.auth).send({ code: '12345' }), 400, 'code');
    expect((await me(person)).twoFactorEnabled).toBe(false);
    await login(person.email).expect(200);

    const enabled = await api.http
      .post('/v1/auth/totp/enable')
      .set(person.auth)
      .send({ code: appCode(secret) })
      .expect(200);
    expect(enabled.headers['cache-control']).toBe('no-store');
    const codes: string[] = enabled.body.recoveryCodes;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z0-9]{5}-[a-z0-9]{5}$/);
    expect(await me(person)).toEqual(expect.objectContaining({ twoFactorEnabled: true }));

    const [row] = await api.db.query(`SELECT totp_secret, totp_recovery_code_hashes FROM users WHERE id = $1`, [
      person.id,
    ]);
    expect(row.totp_secret).toMatch(/^v1\./);
    expect(row.totp_secret).not.toContain(secret);
    expect(JSON.stringify(row)).not.toContain(codes[0]);
    expect(row.totp_recovery_code_hashes).toEqual(
      codes.map((c) => createHash('sha256').update(c.replace('-', '')).digest('hex')),
    );

    // it stays with this app: another setup or enable is refused, the secret unchanged
    const again = await api.http.post('/v1/auth/totp/setup').set(person.auth);
    expectProblem(again, 409);
    expect(again.body.type).toBe('/problems/two-factor-already-enabled');
    const [after] = await api.db.query(`SELECT totp_secret FROM users WHERE id = $1`, [person.id]);
    expect(after.totp_secret).toBe(row.totp_secret);
  });

  it('asks for the code after the password, refuses a wrong code, and takes each code only once', async () => {
    const person = await signup(api, 'signer');
    const { secret } = await enableTwoFactor(person);
    const next = appCode(secret, 1);

    // a wrong password is the plain 401 first, whatever the code
    const badPassword = await api.http.post('/v1/auth/login').send({ email: person.email, password: 'not it' });
    expectProblem(badPassword, 401);
    expect(badPassword.body.type).toBe('/problems/unauthorized');
    const badPasswordWithCode = await api.http
      .post('/v1/auth/login')
      .send({ email: person.email, password: 'not it', totpCode: next });
    expect(badPasswordWithCode.body.type).toBe('/problems/unauthorized');

    // the right password alone: the code is asked for
    const required = await login(person.email);
    expectProblem(required, 401, 'totpCode');
    expect(required.body.type).toBe('/problems/totp-required');
    expect(required.body.accessToken).toBeUndefined();

    const wrong = await login(person.email, { totpCode: wrongCode(secret) });
    expectProblem(wrong, 401, 'totpCode');
    expect(wrong.body.type).toBe('/problems/totp-invalid');
    expectProblem(await login(person.email, { totpCode: 'abc' }), 400, 'totpCode');

    const signedIn = await login(person.email, { totpCode: next }).expect(200);
    expect(signedIn.body.user).toEqual(expect.objectContaining({ email: person.email, twoFactorEnabled: true }));
    await api.http.get('/v1/auth/me').set(bearer(signedIn.body.accessToken)).expect(200);

    // the same code again (someone who saw it typed) is refused, and so is the one before it
    const replay = await login(person.email, { totpCode: next });
    expectProblem(replay, 401, 'totpCode');
    expect(replay.body.type).toBe('/problems/totp-invalid');
    expect((await login(person.email, { totpCode: appCode(secret) })).body.type).toBe('/problems/totp-invalid');

    // only the one sign-in with a code opened a session
    const sessions = await api.http.get('/v1/auth/sessions').set(person.auth).expect(200);
    expect(sessions.body.items).toHaveLength(2);
  });

  it('accepts each recovery code once in place of the app code, and renews them', async () => {
    const person = await signup(api, 'lost-phone');
    const { secret, recoveryCodes } = await enableTwoFactor(person);

    await login(person.email, { totpCode: recoveryCodes[0] }).expect(200);
    const usedAgain = await login(person.email, { totpCode: recoveryCodes[0] });
    expectProblem(usedAgain, 401, 'totpCode');
    expect(usedAgain.body.type).toBe('/problems/totp-invalid');
    // as typed from paper: capitals, no dash; a browser session too
    const cookie = await login(person.email, {
      totpCode: recoveryCodes[1].toUpperCase().replace('-', ''),
      session: 'cookie',
    }).expect(200);
    expect(cookie.headers['set-cookie'][0]).toMatch(/^socius_session=/);

    // renewing takes the password and a code; the former codes stop working
    expectProblem(
      await api.http
        .post('/v1/auth/totp/recovery-codes')
        .set(person.auth)
        .send({ password: 'not it', code: appCode(secret, 1) }),
      400,
      'password',
    );
    const renewed = await api.http
      .post('/v1/auth/totp/recovery-codes')
      .set(person.auth)
      .send({ password: PASSWORD, code: appCode(secret, 1) })
      .expect(200);
    expect(renewed.headers['cache-control']).toBe('no-store');
    const fresh: string[] = renewed.body.recoveryCodes;
    expect(fresh).toHaveLength(10);
    expect(fresh).not.toContain(recoveryCodes[2]);
    expect((await login(person.email, { totpCode: recoveryCodes[2] })).body.type).toBe('/problems/totp-invalid');
    await login(person.email, { totpCode: fresh[0] }).expect(200);
  });

  it('turns two-factor sign-in off with the password and a code, a recovery code too; then the password alone signs in', async () => {
    const person = await signup(api, 'leaving');
    const { secret, recoveryCodes } = await enableTwoFactor(person);

    expectProblem(
      await api.http
        .post('/v1/auth/totp/disable')
        .set(person.auth)
        .send({ password: 'not it', code: recoveryCodes[0] }),
      400,
      'password',
    );
    expectProblem(
      await api.http
        .post('/v1/auth/totp/disable')
        .set(person.auth)
        .send({ password: PASSWORD, code: wrongCode(secret) }),
      400,
      'code',
    );
    expectProblem(
      await api.http.post('/v1/auth/totp/disable').set(person.auth).send({ password: PASSWORD, code: 'qqqqq-qqqqq' }),
      400,
      'code',
    );
    expect((await me(person)).twoFactorEnabled).toBe(true);
    expect((await login(person.email)).body.type).toBe('/problems/totp-required');

    await api.http
      .post('/v1/auth/totp/disable')
      .set(person.auth)
      .send({ password: PASSWORD, code: recoveryCodes[0] })
      .expect(204);
    expect((await me(person)).twoFactorEnabled).toBe(false);
    await login(person.email).expect(200);
    const [row] = await api.db.query(
      `SELECT totp_secret, totp_enabled_at, totp_recovery_code_hashes FROM users WHERE id = $1`,
      [person.id],
    );
    expect(row).toEqual({ totp_secret: null, totp_enabled_at: null, totp_recovery_code_hashes: null });
    const off = await api.http
      .post('/v1/auth/totp/disable')
      .set(person.auth)
      .send({ password: PASSWORD, code: recoveryCodes[1] });
    expectProblem(off, 422);
    expect(off.body.type).toBe('/problems/two-factor-not-enabled');

    // it can be set up again, with a new secret
    const second = await enableTwoFactor(person);
    expect(second.secret).not.toBe(secret);
    expect((await login(person.email)).body.type).toBe('/problems/totp-required');
  });

  it('refuses every code of an account, the right one too, after ten wrong ones', async () => {
    const person = await signup(api, 'guessed');
    const { secret } = await enableTwoFactor(person);
    for (let sent = 0, i = 0; sent < 10; i++) {
      const code = String((Number(wrongCode(secret)) + i) % 1_000_000).padStart(6, '0');
      if ([-1, 0, 1].some((s) => appCode(secret, s) === code)) continue;
      expectProblem(
        await api.http.post('/v1/auth/totp/disable').set(person.auth).send({ password: PASSWORD, code }),
        400,
        'code',
      );
      sent++;
    }
    const locked = await login(person.email, { totpCode: appCode(secret, 1) });
    expectProblem(locked, 429);
    expect(locked.body.type).toBe('/problems/too-many-attempts');
    // until the first of the ten wrong codes is 15 minutes old
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(14 * 60);
    expect(Number(locked.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
    expectProblem(
      await api.http
        .post('/v1/auth/totp/disable')
        .set(person.auth)
        .send({ password: PASSWORD, code: appCode(secret, 1) }),
      429,
    );
    expect((await me(person)).twoFactorEnabled).toBe(true);
  });

  it('lets an organization require two-factor sign-in of its admins: an admin without it is kept out until they turn it on', async () => {
    const org = await createOrg(api);
    const read = await api.http.get(`/v1/orgs/${org.slug}`).set(org.admin.auth).expect(200);
    expect(read.body.requireAdminTwoFactor).toBe(false);

    // an admin without two-factor sign-in cannot require it (they would lock themselves out)
    const refused = await api.http
      .patch(`/v1/orgs/${org.slug}`)
      .set(org.admin.auth)
      .send({ requireAdminTwoFactor: true });
    expectProblem(refused, 422, 'requireAdminTwoFactor');
    expect(refused.body.type).toBe('/problems/two-factor-not-enabled');
    expect(
      (await api.http.get(`/v1/orgs/${org.slug}`).set(org.admin.auth).expect(200)).body.requireAdminTwoFactor,
    ).toBe(false);

    const otherAdmin = await userWithRole(api, org, 'admin');
    const accountant = await userWithRole(api, org, 'accountant');
    await enableTwoFactor(org.admin);
    const patched = await api.http
      .patch(`/v1/orgs/${org.slug}`)
      .set(org.admin.auth)
      .send({ requireAdminTwoFactor: true })
      .expect(200);
    expect(patched.body.requireAdminTwoFactor).toBe(true);

    // the other admin, without it, is refused on every route of the organization
    for (const path of [``, `/users`, `/members`, `/audit`]) {
      const blocked = await api.http.get(`/v1/orgs/${org.slug}${path}`).set(otherAdmin.auth);
      expectProblem(blocked, 403);
      expect(blocked.body.type).toBe('/problems/two-factor-required');
    }
    expect(
      (await api.http.patch(`/v1/orgs/${org.slug}`).set(otherAdmin.auth).send({ requireAdminTwoFactor: false })).body
        .type,
    ).toBe('/problems/two-factor-required');
    // other roles, and the admin who has it, go on as before
    await api.http.get(`/v1/orgs/${org.slug}`).set(accountant.auth).expect(200);
    await api.http.get(`/v1/orgs/${org.slug}/users`).set(org.admin.auth).expect(200);

    // the account's own routes stay open: they turn it on, and are let in
    await enableTwoFactor(otherAdmin);
    await api.http.get(`/v1/orgs/${org.slug}/users`).set(otherAdmin.auth).expect(200);

    const [entry] = await api.db.query(
      `SELECT changes FROM audit_log WHERE organization_id = $1 AND action = 'organization.updated'`,
      [org.id],
    );
    expect(entry.changes).toEqual({ requireAdminTwoFactor: { from: false, to: true } });
  });

  it('keeps every two-factor step in the audit log, and no secret, code or password in it or in any log line', async () => {
    const person = await signup(api, 'audited');
    const setup = await api.http.post('/v1/auth/totp/setup').set(person.auth).expect(200);
    const secret: string = setup.body.secret;
    const refusedCode = wrongCode(secret);
    await api.http.post('/v1/auth/totp/enable').set(person.auth).send({ code: refusedCode }).expect(400);
    const enableCode = appCode(secret);
    const enabled = await api.http.post('/v1/auth/totp/enable').set(person.auth).send({ code: enableCode }).expect(200);
    const recoveryCodes: string[] = enabled.body.recoveryCodes;
    const signInCode = appCode(secret, 1);
    await login(person.email, { totpCode: signInCode }).expect(200);
    await login(person.email, { totpCode: signInCode }).expect(401);
    await login(person.email, { totpCode: recoveryCodes[0] }).expect(200);
    const renewed = await api.http
      .post('/v1/auth/totp/recovery-codes')
      .set(person.auth)
      .send({ password: PASSWORD, code: recoveryCodes[1] })
      .expect(200);
    await api.http
      .post('/v1/auth/totp/disable')
      .set(person.auth)
      .send({ password: PASSWORD, code: renewed.body.recoveryCodes[0] })
      .expect(204);

    const entries = await audit(person);
    expect(entries.every((e) => e.organization_id === null)).toBe(true);
    expect(entries.map((e) => e.action)).toEqual([
      'account.signed-up',
      'account.two-factor-setup',
      'account.two-factor-failed',
      'account.two-factor-enabled',
      'account.signed-in',
      'account.two-factor-failed',
      'account.signed-in',
      'account.recovery-codes-renewed',
      'account.two-factor-disabled',
    ]);
    expect(entries.map((e) => e.changes)).toEqual([
      expect.anything(),
      {},
      { at: 'enable' },
      { recoveryCodes: 10 },
      { session: 'bearer', secondFactor: { with: 'authenticator' } },
      { at: 'sign-in' },
      { session: 'bearer', secondFactor: { with: 'recovery-code', recoveryCodesLeft: 9 } },
      { with: 'recovery-code', recoveryCodes: 10 },
      { with: 'recovery-code' },
    ]);

    // nothing secret anywhere: not in the audit log, not in what the API logged (which is there)
    const secrets = [
      secret,
      refusedCode,
      enableCode,
      signInCode,
      PASSWORD,
      ...recoveryCodes,
      ...renewed.body.recoveryCodes,
    ];
    const auditText = JSON.stringify(entries);
    const logged = logs();
    expect(logged).toContain('"url":"/v1/auth/totp/enable"');
    expect(logged).toContain('"url":"/v1/auth/login"');
    for (const s of secrets) {
      // a code on its own, not six digits inside a longer number (a timestamp)
      const alone = new RegExp(`(?<![0-9A-Za-z])${s}(?![0-9A-Za-z])`, 'i');
      expect(auditText).not.toMatch(alone);
      expect(logged).not.toMatch(alone);
    }
  });
});

/**
 * From now on, logs the requests as in production (pino at `debug`, Nest's own logger through it
 * too) and keeps the lines instead of writing them out. The API was booted silent, so its start
 * prints nothing.
 */
function captureLogs(api: TestApi): () => string {
  let text = '';
  const root = PinoLogger.root;
  const stream = (root as unknown as Record<symbol, { write(chunk: string): boolean }>)[pino.symbols.streamSym];
  stream.write = (chunk: string) => {
    text += chunk;
    return true;
  };
  root.level = 'debug';
  api.app.useLogger(api.app.get(Logger));
  api.app.flushLogs(); // Nest buffers its own lines until it is given a logger that prints
  return () => text;
}
