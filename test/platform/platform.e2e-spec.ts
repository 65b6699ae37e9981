import { expectProblem, startApi, TestApi } from '../support/app';

describe('platform: health, OpenAPI, errors, headers', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startApi()));
  afterAll(() => api.close());

  it('reports PostgreSQL and Redis up on /health without a token', async () => {
    const res = await api.http.get('/health').expect(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.info).toEqual(expect.objectContaining({ postgres: { status: 'up' }, redis: { status: 'up' } }));
  });

  it('serves the OpenAPI document with every route and its security, and the docs page', async () => {
    const res = await api.http.get('/openapi.json').expect(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/v1/auth/signup',
        '/v1/orgs',
        '/v1/orgs/{slug}/users',
        '/v1/orgs/{slug}/jobs/{id}',
        '/health',
      ]),
    );
    expect(res.body.paths['/v1/orgs/{slug}/users'].post.security).toEqual([{ bearer: [] }, { session: [] }]);
    await api.http.get('/docs').expect(200).expect('Content-Type', /html/);
  });

  it('answers unknown routes with a 404 problem', async () => {
    expectProblem(await api.http.get('/v1/nothing-here'), 404);
  });

  it('sets security headers and echoes a request id', async () => {
    const res = await api.http.get('/health').set('X-Request-Id', 'trace-me-42');
    expect(res.headers['x-request-id']).toBe('trace-me-42');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
    const generated = await api.http.get('/health');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a body over 1 MB with 413 problem', async () => {
    const res = await api.http
      .post('/v1/auth/login')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ email: 'a@b.c', password: 'x'.repeat(1_100_000) }));
    expectProblem(res, 413);
  });
});
