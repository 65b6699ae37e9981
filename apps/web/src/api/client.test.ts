import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiProblem, call, client, rememberCsrf } from './client';

const problem = (status: number, body: object) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json' } });

describe('calls to the API', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    rememberCsrf(undefined);
  });

  it('turns a problem+json answer into an ApiProblem naming the fields at fault', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        problem(400, {
          type: '/problems/validation-error',
          title: 'Invalid request',
          status: 400,
          detail: 'quantity: must not be greater than 40',
          errors: [{ field: 'quantity', message: 'must not be greater than 40' }],
        }),
      ),
    );
    const error = await call(client.POST('/v1/auth/password-reset', { body: { email: 'a@b.c' } })).catch((e) => e);
    expect(error).toBeInstanceOf(ApiProblem);
    expect(error.status).toBe(400);
    expect(error.code).toBe('validation-error');
    expect(error.about('quantity')).toBe('must not be greater than 40');
    expect(error.about('email')).toBeUndefined();
  });

  it('sends the session’s CSRF token on a change, and never on a read', async () => {
    const seen: Request[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (request: Request) => {
        seen.push(request);
        return new Response(null, { status: 204 });
      }),
    );
    rememberCsrf('token-1');
    await call(client.POST('/v1/auth/logout'));
    await call(client.GET('/v1/orgs'));
    expect(seen[0].headers.get('X-CSRF-Token')).toBe('token-1');
    expect(seen[1].headers.get('X-CSRF-Token')).toBeNull();
  });

  it('asks the session for its CSRF token after a reload, before the first change', async () => {
    const seen: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (request: Request) => {
        seen.push(`${request.method} ${new URL(request.url).pathname} ${request.headers.get('X-CSRF-Token')}`);
        if (request.method === 'GET')
          return new Response(JSON.stringify({ id: 'u', email: 'e', name: 'n', csrfToken: 'token-2' }), {
            headers: { 'Content-Type': 'application/json' },
          });
        return new Response(null, { status: 204 });
      }),
    );
    await call(client.POST('/v1/auth/logout'));
    expect(seen).toEqual(['GET /v1/auth/me null', 'POST /v1/auth/logout token-2']);
  });
});
