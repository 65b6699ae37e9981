import { expectProblem, signup, startApi, TestApi, uniqueEmail } from '../support/app';

describe('accounts: sign-up and log-in', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startApi({ ACCOUNT_LOCK_FAILURES: '5' })));
  afterAll(() => api.close());

  it('signs up and returns a token and the user, never the password hash', async () => {
    const email = uniqueEmail('alice');
    const res = await api.http
      .post('/v1/auth/signup')
      .send({ email, password: 'a long passphrase', name: 'Alice Ł. Müller' })
      .expect(201);
    expect(res.body.accessToken).toEqual(expect.any(String));
    expect(res.body.user).toEqual(expect.objectContaining({ id: expect.any(String), email, name: 'Alice Ł. Müller' }));
    expect(JSON.stringify(res.body)).not.toMatch(/argon2|passwordHash/);
    const stored = await api.db.query(`SELECT password_hash FROM users WHERE email = $1`, [email]);
    expect(stored[0].password_hash).toMatch(/^\$argon2id\$/);
  });

  it('logs in with the right password (e-mail case does not matter), refuses a wrong one with 401', async () => {
    const user = await signup(api, 'bob');
    const ok = await api.http
      .post('/v1/auth/login')
      .send({ email: user.email.toUpperCase(), password: 'correct horse battery' })
      .expect(200);
    expect(ok.body.accessToken).toEqual(expect.any(String));
    await api.http.get('/v1/auth/me').set('Authorization', `Bearer ${ok.body.accessToken}`).expect(200);
    expectProblem(await api.http.post('/v1/auth/login').send({ email: user.email, password: 'wrong password' }), 401);
    expectProblem(
      await api.http.post('/v1/auth/login').send({ email: uniqueEmail('nobody'), password: 'whatever it is' }),
      401,
    );
  });

  it('refuses a second account with the same e-mail (409, naming the field)', async () => {
    const user = await signup(api, 'carol');
    const res = await api.http
      .post('/v1/auth/signup')
      .send({ email: user.email.toUpperCase(), password: 'another passphrase', name: 'Carol' });
    expectProblem(res, 409, 'email');
  });

  it('answers 400 problem+json naming every bad field, and refuses unknown fields', async () => {
    const res = await api.http
      .post('/v1/auth/signup')
      .send({ email: 'not-an-email', password: 'short', name: '', isAdmin: true });
    expectProblem(res, 400);
    const fields = res.body.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(expect.arrayContaining(['email', 'password', 'name', 'isAdmin']));
  });

  it('answers 400 problem+json to malformed JSON', async () => {
    const res = await api.http
      .post('/v1/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"email": "x@y.z", ');
    expectProblem(res, 400, 'body');
  });

  it('requires a valid bearer token on protected routes', async () => {
    expectProblem(await api.http.get('/v1/auth/me'), 401);
    expectProblem(await api.http.get('/v1/auth/me').set('Authorization', 'Bearer not.a.jwt'), 401);
    expectProblem(await api.http.post('/v1/orgs').send({}), 401);
  });

  it('locks an account for a while after repeated wrong passwords: 429, even with the right one', async () => {
    const user = await signup(api, 'dave');
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      statuses.push(
        (await api.http.post('/v1/auth/login').send({ email: user.email, password: `guess ${i} wrong` })).status,
      );
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    const limited = await api.http
      .post('/v1/auth/login')
      .send({ email: user.email, password: 'correct horse battery' });
    expectProblem(limited, 429);
    expect(limited.headers['retry-after']).toBeDefined();
  });
});
