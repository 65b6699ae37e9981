import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, AppConfig, ForbiddenError, readCookie, setCookie, UnauthorizedError } from '@socius/core';
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import type { AuthUser } from './access.decorators';
import { API_TOKEN_PREFIX, ApiTokenNotAcceptedError } from './api-tokens';
import { Session } from './entities/session.entity';
import type { User } from './entities/user.entity';
import { SessionsRepository } from './sessions.repository';

export const SESSION_COOKIE = 'socius_session';
export const CSRF_HEADER = 'x-csrf-token';

/** What an access token says: the account, and the session it was issued by. */
export interface TokenClaims {
  sub: string;
  email: string;
  sid: string;
}

export interface ClientInfo {
  ip?: string;
  userAgent?: string;
}

/** What a request carries that may authenticate it. */
export interface Credentials {
  method: string;
  authorization?: string;
  cookie?: string;
  csrfToken?: string;
}

export const sha256 = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** A session's `last_used_at` is written at most this often, not on every request. */
const TOUCH_EVERY_MS = 5 * 60_000;

/**
 * Sessions: a browser's cookie or an API client's refresh token, stored hashed. Short-lived access
 * tokens (JWT) name their session, and every request checks that it has not ended, so that
 * signing out, a password reset or ending a session from the list stops them at once.
 */
@Injectable()
export class SessionsService {
  private readonly csrfKey: Buffer;

  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionsRepository,
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.csrfKey = createHmac('sha256', config.JWT_SECRET).update('socius:csrf').digest();
  }

  /** Opens a session for someone who has just proven who they are; its secret is answered once. */
  async open(
    em: EntityManager,
    user: User,
    kind: Session['kind'],
    client: ClientInfo,
    ssoOrganizationId: string | null = null,
  ): Promise<{ session: Session; secret: string }> {
    const secret = randomBytes(32).toString('base64url');
    const now = new Date();
    const session = await em.save(
      em.create(Session, {
        userId: user.id,
        kind,
        secretHash: sha256(secret),
        lastUsedAt: now,
        expiresAt: this.expiry(now),
        ssoOrganizationId,
        ip: client.ip?.slice(0, 64) ?? null,
        userAgent: client.userAgent?.slice(0, 300) ?? null,
      }),
    );
    return { session, secret };
  }

  accessToken(user: Pick<User, 'id' | 'email'>, sessionId: string): Promise<string> {
    return this.jwt.signAsync({ sub: user.id, email: user.email, sid: sessionId } satisfies TokenClaims);
  }

  /** The anti-CSRF token of a cookie session: the browser sends it back in `X-CSRF-Token` on every change. */
  csrfToken(sessionId: string): string {
    return createHmac('sha256', this.csrfKey).update(sessionId).digest('base64url');
  }

  cookie(secret: string, maxAgeSeconds = this.config.SESSION_DAYS * 86_400): string {
    return setCookie(SESSION_COOKIE, secret, {
      maxAgeSeconds,
      path: '/',
      sameSite: 'Lax',
      secure: this.config.PUBLIC_URL.startsWith('https:'),
    });
  }

  /**
   * Who sends the request: a bearer access token, else the session cookie (whose changes must
   * carry the CSRF token). Null when it carries neither; 401 when what it carries is not valid.
   */
  async authenticate(credentials: Credentials): Promise<AuthUser | null> {
    if (credentials.authorization !== undefined) return this.fromBearer(credentials.authorization);
    const secret = readCookie(credentials.cookie, SESSION_COOKIE);
    if (!secret) return null;
    const user = await this.fromSecret(secret, 'cookie');
    if (
      !['GET', 'HEAD', 'OPTIONS'].includes(credentials.method) &&
      !this.csrfMatches(user.sessionId, credentials.csrfToken)
    ) {
      throw new ForbiddenError(
        'A change made with the session cookie needs the X-CSRF-Token header.',
        'csrf-token-missing',
      );
    }
    return user;
  }

  async fromBearer(authorization: string): Promise<AuthUser> {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) throw new UnauthorizedError();
    if (match[1].startsWith(API_TOKEN_PREFIX)) throw new ApiTokenNotAcceptedError();
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(match[1]);
    } catch {
      throw new UnauthorizedError('The bearer token is invalid or expired.');
    }
    if (typeof claims.sid !== 'string') throw new UnauthorizedError('The bearer token is invalid or expired.');
    const session = await this.sessions.live(this.dataSource.manager, claims.sid, claims.sub);
    if (!session) throw new UnauthorizedError('This session has ended: sign in again.');
    await this.touch(claims.sid, session.lastUsedAt);
    return {
      id: claims.sub,
      email: claims.email,
      sessionId: claims.sid,
      via: 'bearer',
      ssoOrganizationId: session.ssoOrganizationId,
    };
  }

  /** The session of a cookie or of a refresh token. */
  async fromSecret(secret: string, kind: Session['kind']): Promise<AuthUser> {
    const row = await this.sessions.bySecret(this.dataSource.manager, sha256(secret), kind);
    if (!row) throw new UnauthorizedError('This session has ended: sign in again.');
    await this.touch(row.id, row.lastUsedAt);
    return {
      id: row.userId,
      email: row.email,
      sessionId: row.id,
      via: kind,
      ssoOrganizationId: row.ssoOrganizationId,
    };
  }

  /** Ends one of the user's sessions; false when it was not theirs or had ended. */
  async end(em: EntityManager, userId: string, sessionId: string): Promise<boolean> {
    const result = await em.update(Session, { id: sessionId, userId, endedAt: IsNull() }, { endedAt: new Date() });
    return (result.affected ?? 0) > 0;
  }

  /** Ends every session of the user but `except` (a password change keeps the one it came from). */
  async endAll(em: EntityManager, userId: string, except?: string): Promise<number> {
    return this.sessions.endAll(em, userId, except ?? null);
  }

  async list(userId: string): Promise<Session[]> {
    return this.dataSource.getRepository(Session).find({
      where: { userId, endedAt: IsNull() },
      order: { lastUsedAt: 'DESC' },
    });
  }

  private csrfMatches(sessionId: string, sent: string | undefined): boolean {
    const expected = Buffer.from(this.csrfToken(sessionId));
    const given = Buffer.from(sent ?? '');
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  /** Sliding expiry: a session used now lasts SESSION_DAYS more. */
  private async touch(sessionId: string, lastUsedAt: Date): Promise<void> {
    const now = new Date();
    if (now.getTime() - new Date(lastUsedAt).getTime() < TOUCH_EVERY_MS) return;
    await this.sessions.touch(this.dataSource.manager, sessionId, now, this.expiry(now));
  }

  private expiry(from: Date): Date {
    return new Date(from.getTime() + this.config.SESSION_DAYS * 86_400_000);
  }
}
