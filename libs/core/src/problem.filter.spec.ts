import type { ArgumentsHost } from '@nestjs/common';
import { ProblemDetailsFilter } from './problem.filter';
import { QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
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

describe('ProblemDetailsFilter when PostgreSQL cannot be reached', () => {
  const pgError = (code: string, message: string) => Object.assign(new Error(message), { code });
  const unavailable = [
    [
      'an administrator shut the server down (57P01)',
      pgError('57P01', 'terminating connection due to administrator command'),
    ],
    ['the server is starting up (57P03)', pgError('57P03', 'the database system is starting up')],
    ['a connection failure (08006)', pgError('08006', 'connection failure')],
    ['no connection slot left (53300)', pgError('53300', 'sorry, too many clients already')],
    ['connection refused', pgError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['connection reset', pgError('ECONNRESET', 'read ECONNRESET')],
    ['a connection lost without a SQLSTATE', new Error('Connection terminated unexpectedly')],
    [
      'a query on a client whose connection broke',
      new Error('Client has encountered a connection error and is not queryable'),
    ],
    ['a transaction whose connection the server cut', new QueryRunnerAlreadyReleasedError()],
    ['a query of that transaction after the cut', new QueryRunnerProviderAlreadyReleasedError()],
    [
      'a query that TypeORM wrapped',
      new QueryFailedError('SELECT 1', [], pgError('57P01', 'terminating connection due to administrator command')),
    ],
  ] as const;

  it.each(unavailable)('answers 503 database-unavailable with Retry-After when %s', (_, error) => {
    const res = answer(error);
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBe('2');
    expect(res.body).toEqual(
      expect.objectContaining({ type: '/problems/database-unavailable', status: 503, title: 'Service unavailable' }),
    );
    expect(res.body.detail).not.toMatch(/ECONN|57P|terminat/);
  });

  it('still answers 500 for an error that is not about the connection, and 409 for a duplicate', () => {
    expect(answer(new Error('Cannot read properties of undefined')).status).toBe(500);
    expect(answer(new QueryFailedError('INSERT', [], pgError('23505', 'duplicate key'))).status).toBe(409);
    expect(answer(pgError('42P01', 'relation "x" does not exist')).status).toBe(500);
  });
});
