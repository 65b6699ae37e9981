import { Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { User, type SessionsService } from '@socius/auth';
import { readCookie } from '@socius/core';
import {
  AppConfig,
  DomainError,
  ForbiddenError,
  ProblemDetailsFilter,
  RequestContext,
  UnauthorizedError,
} from '@socius/core';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { createHmac, createSecretKey, KeyObject } from 'node:crypto';
import { DataSource } from 'typeorm';

export const DASHBOARD_PATH = '/admin/queues';
export const DASHBOARD_COOKIE = 'socius_queue_dashboard';
const SESSION_PURPOSE = 'queue-dashboard';

interface SessionClaims {
  sub: string;
  email: string;
  purpose: string;
}

type Operator = { id: string; email: string; via: 'bearer' | 'cookie' };

const JOB_ID = '(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|repeat(?::|%3A)[^/]+)';
/**
 * The dashboard's writes an operator may make: retry failed jobs, promote delayed ones, pause and
 * resume queues. Every other write (add a job, edit its data, remove, clean, empty, obliterate,
 * edit a scheduler…) is refused: the outbox row is the record of a job (its status, the job
 * status API, what the relay published), and those would leave it lying.
 */
const ALLOWED_WRITES: RegExp[] = [
  /^\/api\/queues\/(pause|resume)$/,
  /^\/api\/queues\/[^/]+\/(pause|resume|promote)$/,
  /^\/api\/queues\/[^/]+\/retry\/failed$/,
  new RegExp(`^/api/queues/[^/]+/${JOB_ID}/(retry|promote)$`, 'i'),
];

/**
 * Who may open the queue dashboard. It is mounted on Express, outside Nest's router, so the
 * global AccessGuard never sees it: this middleware is its guard, and it denies by default.
 *
 * Credentials (the choice, and why):
 * - `Authorization: Bearer <access token>`: the same JWT as the API, verified with the app's
 *   JwtService; for scripts and for opening a session.
 * - a session cookie, because a browser opening the page cannot send a bearer header:
 *   `POST /admin/queues/session` with the bearer token answers 204 and sets
 *   `socius_queue_dashboard`, a JWT signed with a key derived from JWT_SECRET for this purpose
 *   only (so it is not an API token, and an API token is not a session), valid
 *   QUEUE_DASHBOARD_SESSION_MINUTES, HttpOnly, SameSite=Strict, Path=/admin/queues, Secure
 *   over HTTPS. `DELETE /admin/queues/session` ends it. The dashboard's own writes (retry,
 *   clean, pause…) made with the cookie must also come from this origin (Origin header): with
 *   SameSite=Strict that keeps cross-site requests out.
 *   HTTP Basic with a shared password was rejected: one secret for all operators, no identity
 *   in the logs, and nothing to revoke when one operator leaves but changing it for all.
 *
 * Either way the caller's e-mail — read again from the users table, so a changed address stops
 * counting at once — must be in PLATFORM_OPERATOR_EMAILS: otherwise 403. No credentials or bad
 * ones: 401. Of the dashboard's writes only those in ALLOWED_WRITES pass (403 otherwise).
 * Errors are application/problem+json like the rest of the API.
 */
export class DashboardAccess {
  private readonly logger = new Logger('QueueDashboard');
  private readonly problems = new ProblemDetailsFilter();
  private readonly sessionKey: KeyObject;
  private readonly operators: Set<string>;

  constructor(
    private readonly jwt: JwtService,
    private readonly sessions: SessionsService,
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {
    this.sessionKey = createSecretKey(
      createHmac('sha256', config.JWT_SECRET).update('socius:queue-dashboard-session').digest(),
    );
    this.operators = new Set(config.PLATFORM_OPERATOR_EMAILS.map((e) => e.toLowerCase()));
  }

  /** Runs before the dashboard: lets operators through, answers everyone else, serves /session. */
  middleware(): RequestHandler {
    return (req: Request, res: Response, next: NextFunction) => {
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('X-Robots-Tag', 'noindex');
      this.handle(req, res, next).catch((error) => this.sendProblem(req, res, error));
    };
  }

  private async handle(req: Request, res: Response, next: NextFunction): Promise<void> {
    const operator = await this.authenticate(req);
    RequestContext.assign({ userId: operator.id, actor: operator.email });
    const safe = req.method === 'GET' || req.method === 'HEAD';
    if (operator.via === 'cookie' && !safe && !this.sameOrigin(req)) {
      throw new ForbiddenError(
        'A change made with the dashboard session must come from the dashboard itself (Origin header).',
        'cross-origin',
      );
    }
    if (req.path === '/session' && (req.method === 'POST' || req.method === 'DELETE')) {
      if (req.method === 'POST') {
        if (operator.via !== 'bearer')
          throw new UnauthorizedError('Opening a dashboard session needs the bearer token.');
        const minutes = this.config.QUEUE_DASHBOARD_SESSION_MINUTES;
        const token = await this.jwt.signAsync(
          { sub: operator.id, email: operator.email, purpose: SESSION_PURPOSE } satisfies SessionClaims,
          {
            secret: this.sessionKey as never,
            algorithm: 'HS256',
            expiresIn: minutes * 60,
          },
        );
        res.setHeader('Set-Cookie', this.cookie(req, token, minutes * 60));
        res.status(204).end();
        return;
      }
      if (req.method === 'DELETE') {
        res.setHeader('Set-Cookie', this.cookie(req, '', 0));
        res.status(204).end();
        return;
      }
    }
    if (!safe && !ALLOWED_WRITES.some((r) => r.test(req.path))) {
      throw new ForbiddenError(
        'The dashboard may retry failed jobs, promote delayed ones, and pause or resume queues; other changes would leave the outbox out of step.',
        'dashboard-action-not-allowed',
      );
    }
    next();
  }

  private async authenticate(req: Request): Promise<Operator> {
    const header = req.headers.authorization;
    let claims: { sub?: unknown; email?: unknown };
    let via: Operator['via'];
    if (header) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      if (!match) throw new UnauthorizedError();
      via = 'bearer';
      const user = await this.sessions.fromBearer(header);
      // an organization's single sign-on vouches for its people in that organization, never for an operator
      if (user.ssoOrganizationId)
        throw new ForbiddenError('Operators sign in with their password.', 'sso-session-confined');
      claims = { sub: user.id, email: user.email };
    } else {
      const session = readCookie(req.headers.cookie, DASHBOARD_COOKIE);
      if (!session)
        throw new UnauthorizedError(
          'A bearer token, or a dashboard session (POST /admin/queues/session), is required.',
        );
      via = 'cookie';
      try {
        const c = await this.jwt.verifyAsync<SessionClaims>(session, {
          secret: this.sessionKey as never,
          algorithms: ['HS256'],
        });
        if (c.purpose !== SESSION_PURPOSE) throw new Error('not a dashboard session');
        claims = c;
      } catch {
        throw new UnauthorizedError(
          'The dashboard session is invalid or expired: open a new one with POST /admin/queues/session.',
        );
      }
    }
    if (typeof claims.sub !== 'string' || !/^[0-9a-f-]{36}$/i.test(claims.sub))
      throw new UnauthorizedError('The token names no user.');
    const user = await this.dataSource.manager.findOne(User, {
      select: { email: true, emailVerifiedAt: true },
      where: { id: claims.sub },
    });
    if (!user) throw new UnauthorizedError('The token names no user.');
    // an address someone typed at sign-up is not yet theirs: operators are verified accounts
    if (!user.emailVerifiedAt)
      throw new ForbiddenError(
        'Verify your e-mail address first: the queue dashboard is for verified platform operators.',
        'email-not-verified',
      );
    const email = user.email.toLowerCase();
    if (!this.operators.has(email))
      throw new ForbiddenError('The queue dashboard is for platform operators only.', 'not-platform-operator');
    return { id: claims.sub, email, via };
  }

  private sameOrigin(req: Request): boolean {
    const origin = req.headers.origin;
    if (!origin) return false;
    const allowed = [new URL(this.config.PUBLIC_URL).origin, `${req.protocol}://${req.get('host')}`];
    return allowed.includes(origin);
  }

  private cookie(req: Request, value: string, maxAgeSeconds: number): string {
    const secure = req.secure || this.config.PUBLIC_URL.startsWith('https:');
    return [
      `${DASHBOARD_COOKIE}=${value}`,
      `Path=${DASHBOARD_PATH}`,
      `Max-Age=${maxAgeSeconds}`,
      'HttpOnly',
      'SameSite=Strict',
      ...(secure ? ['Secure'] : []),
    ].join('; ');
  }

  private sendProblem(req: Request, res: Response, error: unknown): void {
    const body = this.problems.toProblem(error);
    body.instance = req.originalUrl?.split('?')[0];
    const requestId = RequestContext.current().requestId ?? (req as { id?: unknown }).id;
    if (requestId) body.requestId = String(requestId);
    if (!(error instanceof DomainError))
      this.logger.error({ err: error, requestId }, error instanceof Error ? error.message : 'unknown error');
    if (res.headersSent) return;
    if (body.status === 401) res.setHeader('WWW-Authenticate', 'Bearer');
    res.status(body.status).type('application/problem+json').send(JSON.stringify(body));
  }
}
