import type { ArgumentsHost } from '@nestjs/common';
import { ProblemDetailsFilter } from './problem.filter';
import { DomainError } from './problems';

/** What the filter answers to `exception`: status, headers and body. */
function answer(exception: unknown) {
  const headers: Record<string, string> = {};
  const sent: { status?: number; body?: string } = {};
  const res = {
    headersSent: false,
    getHeader: (name: string) => headers[name.toLowerCase()],
    setHeader: (name: string, value: string) => void (headers[name.toLowerCase()] = value),
    status: (status: number) => ((sent.status = status), res),
    type: () => res,
    send: (body: string) => void (sent.body = body),
  };
  const host = {
    switchToHttp: () => ({ getRequest: () => ({ originalUrl: '/v1/x' }), getResponse: () => res }),
  } as unknown as ArgumentsHost;
  new ProblemDetailsFilter().catch(exception, host);
  return { status: sent.status, headers, body: JSON.parse(sent.body!) };
}

describe('ProblemDetailsFilter and Retry-After', () => {
  it('tells a throttled client to retry when the problem says, not after a fixed minute', () => {
    const locked = answer(
      new DomainError(429, 'too-many-attempts', 'Too many attempts', 'Locked.', undefined, { retryAfterSeconds: 900 }),
    );
    expect(locked.status).toBe(429);
    expect(locked.headers['retry-after']).toBe('900');
    expect(locked.body.retryAfterSeconds).toBe(900);
  });

  it('says a minute when the problem does not say', () => {
    expect(answer(new DomainError(429, 'too-many-attempts', 'Too many', 'Slow down.')).headers['retry-after']).toBe(
      '60',
    );
  });
});
