import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig, DomainError, redisOptionsFromUrl } from '@socius/core';
import IORedis from 'ioredis';
import { createHash } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

/** Requests limited per client address (and, given a key such as an e-mail, per key too). */
export type ThrottledRequest =
  | 'signup'
  | 'password-reset'
  | 'verify-email-resend'
  | 'membership-application'
  | 'document-verification'
  | 'payment-checkout'
  | 'payment-confirmation';

const HOUR = 3600;

/**
 * Throttling shared by every API process through Redis (keys `${QUEUE_PREFIX}:throttle:*`):
 * - sign-in: attempts per client address (all accounts together), and failed sign-ins per account
 *   whatever the address, which lock the account for a while;
 * - sign-up, password reset, verification e-mails, membership applications: requests per address
 *   (and per e-mail);
 * - voting codes: wrong codes per address (a valid code is never refused).
 * Refusals are 429 `too-many-attempts` problems carrying `retryAfterSeconds` (the `Retry-After`).
 * While Redis is unreachable each process counts in memory instead, so limits still hold, per process.
 */
@Injectable()
export class ThrottleService implements OnApplicationShutdown {
  private readonly logger = new Logger('Throttle');
  private readonly redis: IORedis;
  private readonly signInAddress: RateLimiterRedis;
  private readonly signInAccount: RateLimiterRedis;
  private readonly votingCodes: RateLimiterRedis;
  private readonly requests: Record<ThrottledRequest, { address: RateLimiterRedis; key?: RateLimiterRedis }>;
  private redisDown = false;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    // connected on first use (the worker never uses it); a command waits for one reconnection at
    // most, then the in-memory insurance answers
    this.redis = new IORedis({ ...redisOptionsFromUrl(config.REDIS_URL), lazyConnect: true, maxRetriesPerRequest: 1 });
    this.redis.on('error', (error: Error) => {
      if (!this.redisDown) this.logger.warn(`Redis unreachable, counting in this process: ${error.message}`);
      this.redisDown = true;
    });
    this.redis.on('ready', () => (this.redisDown = false));
    const limiter = (name: string, points: number, seconds: number, blockSeconds = 0) => {
      const options = { keyPrefix: `${config.QUEUE_PREFIX}:throttle:${name}`, points, duration: seconds };
      return new RateLimiterRedis({
        ...options,
        storeClient: this.redis,
        blockDuration: blockSeconds,
        insuranceLimiter: new RateLimiterMemory({ ...options, blockDuration: blockSeconds }),
      });
    };
    const lockSeconds = config.ACCOUNT_LOCK_MINUTES * 60;
    this.signInAddress = limiter('sign-in', config.LOGIN_RATE_LIMIT, Math.ceil(config.LOGIN_RATE_WINDOW_MS / 1000));
    this.signInAccount = limiter('account', config.ACCOUNT_LOCK_FAILURES, lockSeconds, lockSeconds);
    this.votingCodes = limiter('voting-code', config.VOTING_CODE_FAILURE_LIMIT, 60);
    const mailed = (kind: ThrottledRequest) => ({
      address: limiter(kind, config.RESET_RATE_LIMIT, HOUR),
      key: limiter(`${kind}-email`, config.RESET_RATE_LIMIT_PER_EMAIL, HOUR),
    });
    this.requests = {
      signup: { address: limiter('signup', config.SIGNUP_RATE_LIMIT, HOUR) },
      'membership-application': { address: limiter('membership-application', config.APPLICATION_RATE_LIMIT, HOUR) },
      'password-reset': mailed('password-reset'),
      'verify-email-resend': mailed('verify-email-resend'),
      'document-verification': { address: limiter('document-verification', config.VERIFY_RATE_LIMIT, 60) },
      // a public checkout creates a pledge: as many per address as membership applications
      'payment-checkout': { address: limiter('payment-checkout', config.APPLICATION_RATE_LIMIT, HOUR) },
      // notifications come from the provider's few addresses, and landings poll: generous, only against floods
      'payment-confirmation': { address: limiter('payment-confirmation', 600, 60) },
    };
  }

  /**
   * Before checking a password: counts the attempt against the client address and — as a failure
   * until `signInSucceeded` says otherwise — against the account, so parallel guesses cannot get
   * past the limit. Throws 429 when the address is over its limit or the account is locked (the
   * detail says until when). Call it for unknown e-mails too: they answer the same.
   */
  async beforeSignIn(email: string, ip: string): Promise<void> {
    await this.take(this.signInAddress, addressKey(ip), (s) => `Too many sign-in attempts from this address: ${s}`);
    await this.take(
      this.signInAccount,
      emailKey(email),
      (s, until) =>
        `This account is locked after too many failed sign-ins: try again after ${until.toISOString()} (${s}).`,
    );
  }

  /** The password was right: the account's failed attempts are forgotten. */
  async signInSucceeded(email: string): Promise<void> {
    await this.signInAccount.delete(emailKey(email));
  }

  /**
   * One more request of this kind from `ip` (and for `key`, e.g. the e-mail a reset is asked for);
   * throws 429 over the limit of either.
   */
  async consume(kind: ThrottledRequest, ip: string, key?: string): Promise<void> {
    const limits = this.requests[kind];
    await this.take(limits.address, addressKey(ip), (s) => `Too many requests of this kind from this address: ${s}`);
    if (key !== undefined && limits.key)
      await this.take(limits.key, emailKey(key), (s) => `Too many requests for this e-mail address: ${s}`);
  }

  /**
   * A wrong voting code came from `ip`: counted; over the limit it throws 429 (else the caller
   * answers its 401). A valid code is never counted nor refused, so a voter behind the same
   * address as a guesser still votes.
   */
  async votingCodeFailed(ip: string): Promise<void> {
    await this.take(this.votingCodes, addressKey(ip), (s) => `Too many wrong voting codes from this address: ${s}`);
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }

  private async take(
    limiter: RateLimiterRedis,
    key: string,
    detail: (wait: string, until: Date) => string,
  ): Promise<void> {
    try {
      await limiter.consume(key);
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      const retryAfterSeconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
      throw new DomainError(
        429,
        'too-many-attempts',
        'Too many attempts',
        detail(`retry in ${retryAfterSeconds} s`, new Date(Date.now() + retryAfterSeconds * 1000)),
        undefined,
        { retryAfterSeconds },
      );
    }
  }
}

/** An e-mail as a key: normalized, and hashed so that no address sits in Redis. */
function emailKey(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('base64url').slice(0, 32);
}

/**
 * A client address as a key: IPv4 (mapped or not) as is; IPv6 by its /64, since one subscriber
 * usually holds a whole /64 and could otherwise take a new address for every attempt.
 */
export function addressKey(ip: string): string {
  const address = ip.trim().toLowerCase().split('%')[0];
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mapped && isIPv4(mapped[1])) return mapped[1];
  if (!isIPv6(address)) return address || 'unknown';
  const [head, tail] = address.split('::');
  const groups = (part: string | undefined) => (part ? part.split(':') : []);
  // an IPv4 tail stands for two groups
  const tailLength = groups(tail).length + (tail?.includes('.') ? 1 : 0);
  const all =
    tail === undefined
      ? groups(head)
      : [...groups(head), ...Array<string>(8 - groups(head).length - tailLength).fill('0'), ...groups(tail)];
  return `${all
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}
