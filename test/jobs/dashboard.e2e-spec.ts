import { expectProblem, signup, startApi, TestApi, uniqueEmail } from '../support/app';

const cookieOf = (res: { headers: Record<string, unknown> }) => {
  const set = res.headers['set-cookie'] as string[] | undefined;
  return set?.find((c) => c.startsWith('socius_queue_dashboard='));
};

describe('queue dashboard for platform operators (/admin/queues)', () => {
  describe('without PLATFORM_OPERATOR_EMAILS', () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await startApi({ PLATFORM_OPERATOR_EMAILS: '' });
    });
    afterAll(() => api.close());

    it('is not there at all: 404 problem+json, even for a logged-in user', async () => {
      const user = await signup(api, 'someone');
      expectProblem(await api.http.get('/admin/queues'), 404);
      expectProblem(await api.http.get('/admin/queues').set(user.auth), 404);
      expectProblem(await api.http.post('/admin/queues/session').set(user.auth), 404);
      expectProblem(await api.http.get('/admin/queues/api/queues').set(user.auth), 404);
    });
  });

  describe('with operators', () => {
    let api: TestApi;
    const operatorEmail = uniqueEmail('ops');
    const origin = 'http://localhost:3000'; // PUBLIC_URL's origin

    beforeAll(async () => {
      api = await startApi({ PLATFORM_OPERATOR_EMAILS: `someone.else@example.coop, ${operatorEmail.toUpperCase()}` });
    });
    afterAll(async () => {
      await api.close();
      process.env.PLATFORM_OPERATOR_EMAILS = '';
    });

    let operatorAuth: { Authorization: string } | undefined;
    const operator = async () => {
      if (!operatorAuth) {
        const res = await api.http
          .post('/v1/auth/signup')
          .send({ email: operatorEmail, password: 'correct horse battery', name: 'Ops' })
          .expect(201);
        operatorAuth = { Authorization: `Bearer ${res.body.accessToken}` };
        // an operator's address is theirs once verified: until then, 403
        const unverified = await api.http.get('/admin/queues/api/queues').set(operatorAuth);
        expectProblem(unverified, 403);
        expect(unverified.body.type).toBe('/problems/email-not-verified');
        await api.db.query(`UPDATE users SET email_verified_at = now() WHERE id = $1`, [res.body.user.id]);
      }
      return operatorAuth;
    };

    it('refuses anyone without credentials, or with bad ones: 401 problem+json', async () => {
      for (const path of [
        '/admin/queues',
        '/admin/queues/',
        '/admin/queues/api/queues',
        '/admin/queues/static/css/x.css',
      ]) {
        const res = await api.http.get(path);
        expectProblem(res, 401);
        expect(res.headers['www-authenticate']).toBe('Bearer');
        expect(res.body.requestId).toEqual(expect.any(String));
      }
      expectProblem(await api.http.get('/admin/queues').set('Authorization', 'Bearer not-a-token'), 401);
      expectProblem(await api.http.get('/admin/queues').set('Authorization', 'Basic b3BzOm9wcw=='), 401);
      expectProblem(await api.http.get('/admin/queues').set('Cookie', 'socius_queue_dashboard=forged.token.here'), 401);
      expectProblem(await api.http.put('/admin/queues/api/queues/default/pause'), 401);
    });

    it('refuses a user who is not an operator: 403', async () => {
      const user = await signup(api, 'user');
      expectProblem(await api.http.get('/admin/queues').set(user.auth), 403);
      expectProblem(await api.http.get('/admin/queues/api/queues').set(user.auth), 403);
      expectProblem(await api.http.post('/admin/queues/session').set(user.auth), 403);
    });

    it('shows the dashboard to an operator with the bearer token, with every queue', async () => {
      const auth = await operator();
      const page = await api.http.get('/admin/queues').set(auth).expect(200);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.text).toContain('<title>Socius queues</title>');
      expect(page.text).toContain('<base href="/admin/queues/"');
      expect(page.headers['cache-control']).toBe('no-store');
      // its assets come from the same place, behind the same check
      const script = /src="(static\/js\/main\.[\w.]+\.js)"/.exec(page.text)![1];
      const asset = await api.http.get(`/admin/queues/${script}`).set(auth).expect(200);
      expect(asset.headers['content-type']).toMatch(/javascript/);
      expectProblem(await api.http.get(`/admin/queues/${script}`), 401);
      const queues = await api.http.get('/admin/queues/api/queues').set(auth).expect(200);
      expect(queues.body.queues.map((q: { name: string }) => q.name).sort()).toEqual(['default', 'mail', 'schedules']);
    });

    it('opens a browser session with the bearer token: a short-lived cookie that is not an API token', async () => {
      const auth = await operator();
      const opened = await api.http.post('/admin/queues/session').set(auth).expect(204);
      const cookie = cookieOf(opened)!;
      expect(cookie).toMatch(
        /^socius_queue_dashboard=[\w-]+\.[\w-]+\.[\w-]+; Path=\/admin\/queues; Max-Age=1800; HttpOnly; SameSite=Strict$/,
      );
      const value = cookie.split(';')[0];
      const page = await api.http.get('/admin/queues').set('Cookie', value).expect(200);
      expect(page.text).toContain('Socius queues');
      await api.http.get('/admin/queues/api/queues').set('Cookie', value).expect(200);

      // the session token is good for the dashboard only, and cannot renew itself
      expectProblem(await api.http.get('/v1/orgs').set('Authorization', `Bearer ${value.split('=')[1]}`), 401);
      expectProblem(await api.http.post('/admin/queues/session').set('Cookie', value).set('Origin', origin), 401);

      // writes with the cookie must come from the dashboard's own origin
      expectProblem(await api.http.put('/admin/queues/api/queues/default/pause').set('Cookie', value), 403);
      expectProblem(
        await api.http
          .put('/admin/queues/api/queues/default/pause')
          .set('Cookie', value)
          .set('Origin', 'https://evil.example'),
        403,
      );
      await api.http
        .put('/admin/queues/api/queues/default/pause')
        .set('Cookie', value)
        .set('Origin', origin)
        .expect(200);
      await api.http
        .put('/admin/queues/api/queues/default/resume')
        .set('Cookie', value)
        .set('Origin', origin)
        .expect(200);

      // logging out clears the cookie
      const closed = await api.http
        .delete('/admin/queues/session')
        .set('Cookie', value)
        .set('Origin', origin)
        .expect(204);
      expect(cookieOf(closed)).toMatch(/^socius_queue_dashboard=; Path=\/admin\/queues; Max-Age=0;/);
    });

    it('lets operators retry, promote, pause and resume, and nothing that would leave the outbox out of step', async () => {
      const auth = await operator();
      await api.http.put('/admin/queues/api/queues/mail/pause').set(auth).expect(200);
      await api.http.put('/admin/queues/api/queues/mail/resume').set(auth).expect(200);
      await api.http.put('/admin/queues/api/queues/mail/retry/failed').set(auth).expect(200);
      for (const [method, path] of [
        ['post', '/admin/queues/api/queues/default/add'],
        ['put', '/admin/queues/api/queues/default/empty'],
        ['put', '/admin/queues/api/queues/default/obliterate'],
        ['put', '/admin/queues/api/queues/default/clean/failed'],
        ['put', '/admin/queues/api/queues/default/retry/completed'],
        ['patch', '/admin/queues/api/queues/default/00000000-0000-4000-8000-000000000000/update-data'],
        ['put', '/admin/queues/api/queues/schedules/job-schedulers/shares.capital-report-sweep/remove'],
      ] as const) {
        expectProblem(await api.http[method](path).set(auth).send({}), 403);
      }
    });
  });
});
