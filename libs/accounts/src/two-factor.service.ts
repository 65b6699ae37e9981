import { Inject, Injectable } from '@nestjs/common';
import {
  AuthService,
  AuthUser,
  hashRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  RecoveryCodesDto,
  SecretBox,
  TOTP_CODE,
  totpStep,
  totpUrl,
  TotpSetupDto,
  User,
} from '@socius/auth';
import { AuditService } from '@socius/audit';
import {
  APP_CONFIG,
  AppConfig,
  BusinessRuleError,
  ConflictError,
  DomainError,
  FieldProblem,
  ValidationError,
} from '@socius/core';
import { DataSource, EntityManager } from 'typeorm';

/** Wrong codes an account may send in this many minutes, on every route together, before all are refused. */
export const TWO_FACTOR_FAILURES_ALLOWED = 10;
export const TWO_FACTOR_FAILURE_MINUTES = 15;

/** Where a code was checked, as the audit log says. */
type CodeCheck = 'sign-in' | 'enable' | 'disable' | 'recovery-codes';

/** How the second factor was proven. */
export interface SecondFactor {
  with: 'authenticator' | 'recovery-code';
  /** after a recovery code: how many are left */
  recoveryCodesLeft?: number;
}

/** A wrong, expired or replayed code: answered as it is, and kept in the audit log once its transaction rolled back. */
class CodeRefusedError extends DomainError {}

/** 401 at sign-in: this account needs its second factor in `totpCode`. */
export class TotpRequiredError extends DomainError {
  constructor() {
    super(
      401,
      'totp-required',
      'Unauthorized',
      'This account signs in with two factors: send the 6-digit code of its authenticator app, or one of its recovery codes, in totpCode.',
      [{ field: 'totpCode', message: 'is required for this account' }],
    );
  }
}

const codeRefused = (at: CodeCheck): CodeRefusedError => {
  const problem: FieldProblem = {
    field: at === 'sign-in' ? 'totpCode' : 'code',
    message: 'is wrong, expired or already used',
  };
  return at === 'sign-in'
    ? new CodeRefusedError(
        401,
        'totp-invalid',
        'Unauthorized',
        'The two-factor code is wrong, expired or already used.',
        [problem],
      )
    : new CodeRefusedError(400, 'validation-error', 'Invalid request', `code: ${problem.message}`, [problem]);
};

/**
 * Two-factor sign-in (TOTP, RFC 6238) of an account: its authenticator app's secret, sealed in the
 * database (AES-256-GCM, the key derived from JWT_SECRET), and ten recovery codes, stored hashed.
 * A code is good once: the last time step accepted is kept. Wrong codes are in the audit log and,
 * past TWO_FACTOR_FAILURES_ALLOWED in TWO_FACTOR_FAILURE_MINUTES, every code of the account is
 * refused for a while (429). No secret or code ever goes to the audit log or any log.
 */
@Injectable()
export class TwoFactorService {
  private readonly box: SecretBox;

  constructor(
    private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.box = new SecretBox(config.JWT_SECRET, 'totp-secret');
  }

  /** A new secret for the authenticator app, pending until `enable` confirms a code of it. */
  async setup(user: AuthUser): Promise<TotpSetupDto> {
    const secret = newTotpSecret();
    const email = await this.dataSource.transaction(async (em) => {
      const account = await this.lock(em, user.id);
      if (account.totpEnabledAt) {
        throw new ConflictError(
          'two-factor-already-enabled',
          'Two-factor sign-in is already on: turn it off first (POST /v1/auth/totp/disable) to move to another app.',
        );
      }
      await em.update(User, { id: user.id }, { totpSecret: this.box.seal(secret, user.id), totpLastStep: null });
      await this.record(em, user.id, 'account.two-factor-setup', {});
      return account.email;
    });
    return { secret, otpauthUrl: totpUrl(secret, email) };
  }

  /** Turns two-factor sign-in on with a code of the pending secret; answers the recovery codes, once. */
  async enable(user: AuthUser, code: string): Promise<RecoveryCodesDto> {
    const recoveryCodes = newRecoveryCodes();
    await this.attempt(user.id, 'enable', async (em) => {
      const account = await this.lock(em, user.id);
      if (account.totpEnabledAt)
        throw new ConflictError('two-factor-already-enabled', 'Two-factor sign-in is already on.');
      if (!account.totpSecret) {
        throw new BusinessRuleError(
          'two-factor-not-set-up',
          'Ask for a secret first (POST /v1/auth/totp/setup), add it to your authenticator app, then send its code.',
        );
      }
      await this.assertNotLocked(em, user.id);
      const step = totpStep(this.box.open(account.totpSecret, account.id), code);
      if (step === null) throw codeRefused('enable');
      await em.update(
        User,
        { id: user.id },
        {
          totpEnabledAt: new Date(),
          totpLastStep: step,
          totpRecoveryCodeHashes: recoveryCodes.map(hashRecoveryCode),
        },
      );
      await this.record(em, user.id, 'account.two-factor-enabled', { recoveryCodes: recoveryCodes.length });
    });
    return { recoveryCodes };
  }

  /** Turns two-factor sign-in off, with the password and a code (or a recovery code). */
  async disable(user: AuthUser, password: string, code: string): Promise<void> {
    await this.checkPassword(user, password);
    await this.attempt(user.id, 'disable', async (em) => {
      const proof = await this.verify(em, await this.enabled(em, user.id), code, 'disable');
      await em.update(
        User,
        { id: user.id },
        { totpSecret: null, totpEnabledAt: null, totpLastStep: null, totpRecoveryCodeHashes: null },
      );
      await this.record(em, user.id, 'account.two-factor-disabled', { with: proof.with });
    });
  }

  /** A new set of recovery codes (the former ones stop working), with the password and a code. */
  async renewRecoveryCodes(user: AuthUser, password: string, code: string): Promise<RecoveryCodesDto> {
    await this.checkPassword(user, password);
    const recoveryCodes = newRecoveryCodes();
    await this.attempt(user.id, 'recovery-codes', async (em) => {
      const proof = await this.verify(em, await this.enabled(em, user.id), code, 'recovery-codes');
      await em.update(User, { id: user.id }, { totpRecoveryCodeHashes: recoveryCodes.map(hashRecoveryCode) });
      await this.record(em, user.id, 'account.recovery-codes-renewed', {
        with: proof.with,
        recoveryCodes: recoveryCodes.length,
      });
    });
    return { recoveryCodes };
  }

  /**
   * Runs a sign-in's transaction (`work`) once the second factor of an account that has it on is
   * proven by `code` in that transaction: null when the account signs in with its password alone.
   * A missing code is 401 `totp-required`, a wrong one 401 `totp-invalid`.
   */
  async signIn<T>(
    user: User,
    code: string | undefined,
    work: (em: EntityManager, proof: SecondFactor | null) => Promise<T>,
  ): Promise<T> {
    if (!user.totpEnabledAt) return this.dataSource.transaction((em) => work(em, null));
    if (code === undefined) throw new TotpRequiredError();
    return this.attempt(user.id, 'sign-in', async (em) => {
      const account = await this.lock(em, user.id);
      // turned off since the password was checked: the password alone signs in
      return work(em, account.totpEnabledAt ? await this.verify(em, account, code, 'sign-in') : null);
    });
  }

  /**
   * Proves the second factor of a locked account: an authenticator code of a time step later than
   * the last one accepted, or an unused recovery code (used up here).
   */
  private async verify(em: EntityManager, account: User, code: string, at: CodeCheck): Promise<SecondFactor> {
    await this.assertNotLocked(em, account.id);
    if (TOTP_CODE.test(code)) {
      const step = totpStep(this.box.open(account.totpSecret!, account.id), code);
      if (step === null || (account.totpLastStep !== null && step <= account.totpLastStep)) throw codeRefused(at);
      await em.update(User, { id: account.id }, { totpLastStep: step });
      return { with: 'authenticator' };
    }
    const hash = hashRecoveryCode(code);
    const left = (account.totpRecoveryCodeHashes ?? []).filter((h) => h !== hash);
    if (left.length === (account.totpRecoveryCodeHashes ?? []).length) throw codeRefused(at);
    await em.update(User, { id: account.id }, { totpRecoveryCodeHashes: left });
    return { with: 'recovery-code', recoveryCodesLeft: left.length };
  }

  /**
   * Runs `work` in a transaction; when it refuses a code, the refusal is written to the audit log
   * (in a transaction of its own, the first having rolled back) before it is answered.
   */
  private async attempt<T>(userId: string, at: CodeCheck, work: (em: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if (error instanceof CodeRefusedError) {
        await this.dataSource.transaction((em) => this.record(em, userId, 'account.two-factor-failed', { at }));
      }
      throw error;
    }
  }

  /**
   * Too many wrong codes lately: every code of the account is refused, the right one too, until
   * the oldest of the last TWO_FACTOR_FAILURES_ALLOWED leaves the window (429 with that wait).
   */
  private async assertNotLocked(em: EntityManager, userId: string): Promise<void> {
    const recent = await this.audit.recentOfAccount(
      em,
      userId,
      'account.two-factor-failed',
      TWO_FACTOR_FAILURE_MINUTES,
      TWO_FACTOR_FAILURES_ALLOWED,
    );
    if (recent.count < TWO_FACTOR_FAILURES_ALLOWED) return;
    const retryAfterSeconds = Math.max(1, recent.secondsUntilOldestLeaves ?? 1);
    throw new DomainError(
      429,
      'too-many-attempts',
      'Too many attempts',
      `Too many wrong two-factor codes for this account: retry in ${retryAfterSeconds} s.`,
      undefined,
      { retryAfterSeconds },
    );
  }

  private async checkPassword(user: AuthUser, password: string): Promise<void> {
    await this.auth.checkCredentials(user.email, password).catch(() => {
      throw ValidationError.field('password', 'is not the current password');
    });
  }

  private async enabled(em: EntityManager, userId: string): Promise<User> {
    const account = await this.lock(em, userId);
    if (!account.totpEnabledAt) throw new BusinessRuleError('two-factor-not-enabled', 'Two-factor sign-in is not on.');
    return account;
  }

  /** The account with its two-factor columns, locked until the transaction ends (no code used twice at once). */
  private async lock(em: EntityManager, userId: string): Promise<User> {
    return em
      .createQueryBuilder(User, 'u')
      .addSelect(['u.totpSecret', 'u.totpLastStep', 'u.totpRecoveryCodeHashes'])
      .where('u.id = :userId', { userId })
      .setLock('pessimistic_write')
      .getOneOrFail();
  }

  private record(em: EntityManager, userId: string, action: string, changes: Record<string, unknown>): Promise<void> {
    return this.audit.record(em, { organizationId: null, action, entityType: 'user', entityId: userId, changes });
  }
}
