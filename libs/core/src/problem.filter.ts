import {
  ArgumentsHost,
  BadRequestException,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { DomainError, FieldProblem, PROBLEM_BASE, ProblemBody } from './problems';
import { RequestContext } from './request-context';

const PG_TO_PROBLEM: Record<string, { status: number; code: string; title: string; detail: string }> = {
  '23505': { status: 409, code: 'conflict', title: 'Conflict', detail: 'This would duplicate an existing record.' },
  '23503': {
    status: 409,
    code: 'conflict',
    title: 'Conflict',
    detail: 'This refers to a record that does not exist or is still in use.',
  },
  '23514': {
    status: 422,
    code: 'constraint-violated',
    title: 'Business rule violated',
    detail: 'The database refused a value that breaks a rule.',
  },
  '23502': { status: 400, code: 'validation-error', title: 'Invalid request', detail: 'A required value is missing.' },
  '22001': { status: 400, code: 'validation-error', title: 'Invalid request', detail: 'A value is too long.' },
  // a NUL character in text (the validation pipe refuses them first; imports read files)
  '22021': {
    status: 400,
    code: 'validation-error',
    title: 'Invalid request',
    detail: 'A text contains a character that cannot be stored (NUL).',
  },
  '22P05': {
    status: 400,
    code: 'validation-error',
    title: 'Invalid request',
    detail: 'A text contains a character that cannot be stored (NUL).',
  },
  '22P02': { status: 400, code: 'validation-error', title: 'Invalid request', detail: 'A value has the wrong format.' },
  '22003': { status: 400, code: 'validation-error', title: 'Invalid request', detail: 'A number is out of range.' },
  '40001': {
    status: 409,
    code: 'concurrent-update',
    title: 'Conflict',
    detail: 'A concurrent change got there first; retry.',
  },
  '40P01': {
    status: 409,
    code: 'concurrent-update',
    title: 'Conflict',
    detail: 'A concurrent change got there first; retry.',
  },
};

const POOL_WAIT_TIMEOUT = 'timeout exceeded when trying to connect';

/**
 * PostgreSQL down, restarting or unreachable: SQLSTATE class 08 (connection exception), 57P01–03
 * (shut down by an administrator or a crash, still starting up), 53300 (no connection slot left),
 * the socket's errors, and the words pg uses for a connection lost without a SQLSTATE.
 */
const DB_UNAVAILABLE_CODES =
  /^(08...|57P0[123]|53300|ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|EAI_AGAIN)$/;
const DB_UNAVAILABLE_MESSAGES = [
  'Connection terminated unexpectedly',
  'Connection terminated due to connection timeout',
  'Client has encountered a connection error and is not queryable',
  'timeout expired',
];

/** Whether an error (a pg error, a socket's, or one wrapping either) says the database cannot be reached now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    const { code, message, driverError, cause } = e as {
      code?: unknown;
      message?: unknown;
      driverError?: unknown;
      cause?: unknown;
    };
    if (typeof code === 'string' && DB_UNAVAILABLE_CODES.test(code)) return true;
    if (typeof message === 'string' && DB_UNAVAILABLE_MESSAGES.includes(message)) return true;
    // TypeORM lets go of a transaction's connection when the server cuts it; the next query says so
    if (e instanceof QueryRunnerAlreadyReleasedError || e instanceof QueryRunnerProviderAlreadyReleasedError)
      return true;
    e = driverError ?? cause;
  }
  return false;
}

const TITLES: Record<number, string> = {
  400: 'Invalid request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  429: 'Too many requests',
  503: 'Service unavailable',
};

/** Turns every error into RFC 9457 application/problem+json; 500s never leak internals. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    const body = this.toProblem(exception);
    body.instance = req.originalUrl?.split('?')[0];
    const requestId = RequestContext.current().requestId ?? (req as { id?: string }).id;
    if (requestId) body.requestId = String(requestId);
    if (body.status >= 500) {
      this.logger.error(
        { err: exception, requestId },
        exception instanceof Error ? exception.message : 'unknown error',
      );
    }
    if (res.headersSent) return;
    if (body.status === 429 && !res.getHeader('Retry-After')) {
      const seconds = body.retryAfterSeconds;
      res.setHeader('Retry-After', typeof seconds === 'number' && seconds > 0 ? String(Math.ceil(seconds)) : '60');
    }
    if (body.status === 503 && !res.getHeader('Retry-After'))
      res.setHeader('Retry-After', typeof body.retryAfterSeconds === 'number' ? String(body.retryAfterSeconds) : '5');
    res.status(body.status).type('application/problem+json').send(JSON.stringify(body));
  }

  toProblem(exception: unknown): ProblemBody {
    if (exception instanceof DomainError) return exception.toProblem();
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      let detail = exception.message;
      if (typeof response === 'object' && response && 'message' in response) {
        const m = (response as { message: unknown }).message;
        detail = Array.isArray(m) ? m.join('; ') : String(m);
      }
      if (status === 404 && detail.startsWith('Cannot ')) detail = 'No such route.';
      // Nest turns body-parser's SyntaxError into a plain BadRequestException with its message
      if (status === 400 && exception.constructor === BadRequestException && /JSON/.test(detail)) {
        return this.validation(
          [{ field: 'body', message: `is not well-formed JSON (${detail})` }],
          'The request body is not well-formed JSON.',
        );
      }
      return {
        type: status === 404 ? PROBLEM_BASE + 'not-found' : 'about:blank',
        title: TITLES[status] ?? HttpStatus[status] ?? 'Error',
        status,
        detail,
      };
    }
    // body-parser errors (malformed JSON, too large, bad charset) carry their own status
    const bodyParser = exception as { type?: string; status?: number; expose?: boolean; message?: string };
    if (bodyParser && typeof bodyParser.status === 'number' && bodyParser.expose && bodyParser.status < 500) {
      if (bodyParser.type === 'entity.parse.failed') {
        return this.validation(
          [{ field: 'body', message: 'is not well-formed JSON' }],
          'The request body is not well-formed JSON.',
        );
      }
      return {
        type: 'about:blank',
        title: TITLES[bodyParser.status] ?? 'Error',
        status: bodyParser.status,
        detail: bodyParser.message,
      };
    }
    if (exception instanceof QueryFailedError) {
      const code = (exception.driverError as { code?: string })?.code ?? '';
      const mapped = PG_TO_PROBLEM[code];
      // the constraint's name, the table and the SQL stay in the log: they map the schema for an attacker
      if (mapped)
        return { type: PROBLEM_BASE + mapped.code, title: mapped.title, status: mapped.status, detail: mapped.detail };
    }
    // pg-pool's words when no connection came free in DATABASE_POOL_WAIT_MS (the request held none)
    if (exception instanceof Error && exception.message === POOL_WAIT_TIMEOUT) {
      return {
        type: PROBLEM_BASE + 'database-busy',
        title: TITLES[503],
        status: 503,
        detail: 'The database is busy: no connection came free in time. Retry in a few seconds.',
      };
    }
    // a restart of PostgreSQL takes seconds, and the pool connects again by itself: the client
    // retries (with the same Idempotency-Key, a command it sent is then done once)
    if (isDatabaseUnavailable(exception)) {
      return {
        type: PROBLEM_BASE + 'database-unavailable',
        title: TITLES[503],
        status: 503,
        detail:
          'The database cannot be reached just now (it may be restarting). Retry in a few seconds: a request sent with an Idempotency-Key is done once, however often it is sent.',
        retryAfterSeconds: 2,
      };
    }
    return {
      type: 'about:blank',
      title: 'Internal Server Error',
      status: 500,
      detail: 'An unexpected error occurred. It has been logged; quote the requestId if you report it.',
    };
  }

  private validation(errors: FieldProblem[], detail: string): ProblemBody {
    return { type: PROBLEM_BASE + 'validation-error', title: 'Invalid request', status: 400, detail, errors };
  }
}
