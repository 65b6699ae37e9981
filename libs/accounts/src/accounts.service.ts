import { Inject, Injectable } from '@nestjs/common';
import {
  assertStrongPassword,
  AuthService,
  AuthUser,
  ClientInfo,
  hashPassword,
  LoginDto,
  LoginResponseDto,
  SessionListDto,
  SessionsService,
  sha256,
  SignupDto,
  SignupResponseDto,
  ThrottleService,
  TokensDto,
  toUserDto,
  User,
  UserToken,
  UserTokenPurpose,
} from '@socius/auth';
import { AuditService } from '@socius/audit';
import { APP_CONFIG, AppConfig, ConflictError, NotFoundError, RequestContext, ValidationError } from '@socius/core';
import { PG, pgCode } from '@socius/database';
import { OutboxService } from '@socius/jobs';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager, IsNull, MoreThan } from 'typeorm';
import { TwoFactorService } from './two-factor.service';

export const VERIFY_EMAIL_JOB = 'account.verify-email';
export const PASSWORD_RESET_JOB = 'account.password-reset';

/** How long the links sent by e-mail stay good. */
export const TOKEN_HOURS: Record<UserTokenPurpose, number> = { 'verify-email': 72, 'password-reset': 1 };

/**
 * People's accounts: signing up (with the e-mail's verification), signing in and out, sessions,
 * and passwords (reset by e-mail, change). Every change is in the audit log, under no organization.
 */
@Injectable()
export class AccountsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly throttle: ThrottleService,
    private readonly twoFactor: TwoFactorService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A new account, signed in at once, with a verification link on its way. */
  async signup(dto: SignupDto, client: ClientInfo): Promise<SignupResponseDto> {
    await this.throttle.consume('signup', client.ip ?? '');
    assertStrongPassword(dto.password, [dto.email, dto.name]);
    const passwordHash = await hashPassword(dto.password);
    try {
      return await this.dataSource.transaction(async (em) => {
        const user = await em.save(
          em.create(User, { email: dto.email, name: dto.name.trim(), passwordHash, emailVerifiedAt: null }),
        );
        RequestContext.assign({ userId: user.id, actor: user.email });
        await this.record(em, user.id, 'account.signed-up', { email: user.email });
        await this.outbox.enqueue(em, {
          organizationId: null,
          queue: 'mail',
          name: VERIFY_EMAIL_JOB,
          payload: { userId: user.id },
        });
        return { ...(await this.bearerSession(em, user, client)), user: toUserDto(user) };
      });
    } catch (error) {
      if (pgCode(error) === PG.uniqueViolation) {
        throw new ConflictError('email-taken', 'An account already uses this e-mail address.', undefined, [
          { field: 'email', message: 'is already registered' },
        ]);
      }
      throw error;
    }
  }

  /** An account whose address is known to be its owner's (the demo seed): no link to follow. */
  async createVerified(dto: SignupDto): Promise<User> {
    assertStrongPassword(dto.password, [dto.email, dto.name]);
    const passwordHash = await hashPassword(dto.password);
    return this.dataSource.transaction(async (em) => {
      const user = await em.save(
        em.create(User, { email: dto.email, name: dto.name.trim(), passwordHash, emailVerifiedAt: new Date() }),
      );
      await this.record(em, user.id, 'account.created-verified', { email: user.email });
      return user;
    });
  }

  /**
   * Signs in: a bearer session (tokens) for API clients, or a cookie session for browsers. An
   * account with two-factor sign-in on needs its code too, checked after the password.
   */
  async login(dto: LoginDto, client: ClientInfo): Promise<{ body: LoginResponseDto; cookie?: string }> {
    // counted before the password is checked: guesses sent in parallel cannot pass the lock
    await this.throttle.beforeSignIn(dto.email, client.ip ?? '');
    const user = await this.auth.checkCredentials(dto.email, dto.password);
    await this.throttle.signInSucceeded(dto.email);
    RequestContext.assign({ userId: user.id, actor: user.email });
    return this.twoFactor.signIn(user, dto.totpCode, async (em, secondFactor) => {
      await this.record(em, user.id, 'account.signed-in', {
        session: dto.session ?? 'bearer',
        ...(secondFactor ? { secondFactor } : {}),
      });
      if (dto.session === 'cookie') {
        const { session, secret } = await this.sessions.open(em, user, 'cookie', client);
        return {
          body: { user: toUserDto(user), csrfToken: this.sessions.csrfToken(session.id) },
          cookie: this.sessions.cookie(secret),
        };
      }
      return { body: { ...(await this.bearerSession(em, user, client)), user: toUserDto(user) } };
    });
  }

  /** A new access token for a bearer session still open. */
  async refresh(refreshToken: string): Promise<{ accessToken: string; expiresIn: number }> {
    const user = await this.sessions.fromSecret(refreshToken, 'bearer');
    return { accessToken: await this.sessions.accessToken(user, user.sessionId), expiresIn: this.accessSeconds() };
  }

  /** Ends the session the request comes from; its access tokens stop working at once. */
  async logout(user: AuthUser): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      if (await this.sessions.end(em, user.id, user.sessionId))
        await this.record(em, user.id, 'account.signed-out', { sessionId: user.sessionId });
    });
  }

  async listSessions(user: AuthUser): Promise<SessionListDto> {
    const items = (await this.sessions.list(user.id)).map((s) => ({
      id: s.id,
      kind: s.kind,
      createdAt: s.createdAt,
      lastUsedAt: s.lastUsedAt,
      expiresAt: s.expiresAt,
      ip: s.ip,
      userAgent: s.userAgent,
      current: s.id === user.sessionId,
    }));
    return { items, total: items.length, nextCursor: null };
  }

  async endSession(user: AuthUser, sessionId: string): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      if (!(await this.sessions.end(em, user.id, sessionId))) throw new NotFoundError('session');
      await this.record(em, user.id, 'account.session-ended', { sessionId });
    });
  }

  /** Follows the verification link: the address is the account's from now on. */
  async verifyEmail(token: string): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const used = await this.useToken(em, token, 'verify-email');
      await em.update(User, { id: used.userId, emailVerifiedAt: IsNull() }, { emailVerifiedAt: new Date() });
      await this.record(em, used.userId, 'account.email-verified', {});
    });
  }

  /** Sends the verification link again (an unverified account only). */
  async resendVerification(user: AuthUser, ip: string): Promise<void> {
    await this.throttle.consume('verify-email-resend', ip, user.email);
    await this.dataSource.transaction(async (em) => {
      const account = await em.findOneByOrFail(User, { id: user.id });
      if (account.emailVerifiedAt)
        throw new ConflictError('email-already-verified', 'This address is already verified.');
      await this.outbox.enqueue(em, {
        organizationId: null,
        queue: 'mail',
        name: VERIFY_EMAIL_JOB,
        payload: { userId: user.id },
      });
    });
  }

  /** Sends a reset link when an account has this address; answers the same either way. */
  async requestPasswordReset(email: string, ip: string): Promise<void> {
    await this.throttle.consume('password-reset', ip, email);
    await this.dataSource.transaction(async (em) => {
      const user = await em.findOneBy(User, { email });
      if (!user) return;
      await this.record(em, user.id, 'account.password-reset-requested', {});
      await this.outbox.enqueue(em, {
        organizationId: null,
        queue: 'mail',
        name: PASSWORD_RESET_JOB,
        payload: { userId: user.id },
      });
    });
  }

  /** Sets a new password from a reset link, and ends every session of the account. */
  async confirmPasswordReset(token: string, password: string): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const used = await this.useToken(em, token, 'password-reset');
      const user = await em.findOneByOrFail(User, { id: used.userId });
      assertStrongPassword(password, [user.email, user.name]);
      await em.update(User, { id: user.id }, { passwordHash: await hashPassword(password) });
      // following the link proves the address too
      if (!user.emailVerifiedAt) await em.update(User, { id: user.id }, { emailVerifiedAt: new Date() });
      const ended = await this.sessions.endAll(em, user.id);
      await this.record(em, user.id, 'account.password-reset', { sessionsEnded: ended });
    });
  }

  /** Changes the password of a signed-in account; its other sessions end. */
  async changePassword(user: AuthUser, currentPassword: string, newPassword: string): Promise<void> {
    const account = await this.auth.checkCredentials(user.email, currentPassword).catch(() => {
      throw ValidationError.field('currentPassword', 'is not the current password');
    });
    assertStrongPassword(newPassword, [account.email, account.name], 'newPassword');
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (em) => {
      await em.update(User, { id: user.id }, { passwordHash });
      const ended = await this.sessions.endAll(em, user.id, user.sessionId);
      await this.record(em, user.id, 'account.password-changed', { sessionsEnded: ended });
    });
  }

  /**
   * A new single-use link token for the account (for the mail job): stored hashed, expiring; the
   * earlier unused ones of the same purpose stop working.
   */
  async mintToken(userId: string, purpose: UserTokenPurpose): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.dataSource.transaction(async (em) => {
      await em.update(UserToken, { userId, purpose, usedAt: IsNull() }, { usedAt: new Date() });
      await em.insert(UserToken, {
        userId,
        purpose,
        tokenHash: sha256(token),
        expiresAt: new Date(Date.now() + TOKEN_HOURS[purpose] * 3_600_000),
      });
    });
    return token;
  }

  findUser(userId: string): Promise<User | null> {
    return this.dataSource.getRepository(User).findOneBy({ id: userId });
  }

  private async useToken(em: EntityManager, token: string, purpose: UserTokenPurpose): Promise<UserToken> {
    const found = await em.findOne(UserToken, {
      where: { tokenHash: sha256(token), purpose, usedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      lock: { mode: 'pessimistic_write' },
    });
    if (!found)
      throw ValidationError.field('token', 'is not valid: it was used already, replaced by a newer link, or expired');
    await em.update(UserToken, { id: found.id }, { usedAt: new Date() });
    return found;
  }

  private async bearerSession(em: EntityManager, user: User, client: ClientInfo): Promise<TokensDto> {
    const { session, secret } = await this.sessions.open(em, user, 'bearer', client);
    return {
      accessToken: await this.sessions.accessToken(user, session.id),
      expiresIn: this.accessSeconds(),
      refreshToken: secret,
    };
  }

  /** JWT_EXPIRES_IN in seconds ('15m', '12h', '900'). */
  private accessSeconds(): number {
    const m = /^(\d+)\s*([smhd]?)$/.exec(this.config.JWT_EXPIRES_IN.trim());
    if (!m) return 900;
    return Number(m[1]) * ({ '': 1, s: 1, m: 60, h: 3600, d: 86_400 } as const)[m[2] as '' | 's' | 'm' | 'h' | 'd'];
  }

  private record(em: EntityManager, userId: string, action: string, changes: Record<string, unknown>): Promise<void> {
    return this.audit.record(em, { organizationId: null, action, entityType: 'user', entityId: userId, changes });
  }
}
