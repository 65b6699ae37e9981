import { isIP } from 'node:net';
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { plainToInstance, Transform } from 'class-transformer';
import { isRedisUrl } from './redis';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  registerDecorator,
  validateSync,
  ValidateIf,
} from 'class-validator';

const DEV_JWT_SECRET = 'socius-local-development-secret-do-not-use-in-production';

/** Every setting Socius reads from the environment, with its local default. */
export class Env {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  /** The application's role (API, worker, seed): it reads and writes, and may only add to the ledger. */
  @IsServiceUrl(['postgres:', 'postgresql:'])
  DATABASE_URL = 'postgres://socius:socius@127.0.0.1:5433/socius';

  /**
   * The owner of the tables, for migrations only (docs/operations.md#database-roles). Empty: the
   * application's role migrates and owns the tables, and the ledger's protection is weaker (warned at boot).
   */
  @ValidateIf((env: Env) => env.DATABASE_OWNER_URL !== '')
  @IsServiceUrl(['postgres:', 'postgresql:'])
  DATABASE_OWNER_URL = '';

  /** `redis://…`, `rediss://…` or `redis+sentinel://…` (redis.ts) */
  @IsRedisUrl()
  REDIS_URL = 'redis://127.0.0.1:6380';

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  /** The address the API listens on: `127.0.0.1` behind a proxy on the same host. */
  @IsString()
  @MaxLength(100)
  HOST = '0.0.0.0';

  /**
   * API processes sharing the port (node:cluster): 1 serves from this process; more fork that many
   * workers under a supervisor that restarts them. Set it to the CPUs the API may use.
   */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(64)
  API_WORKERS = 1;

  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters long' })
  @ValidateIf((env: Env) => env.NODE_ENV === 'production')
  JWT_SECRET = DEV_JWT_SECRET;

  /**
   * The secret the keys of secret ballots are derived from (docs/ballot-secrecy.md): never in the
   * database, its backups or the logs. Required in production (32+ characters); in development and
   * tests, derived from JWT_SECRET when unset. Changing it makes the open secret ballots uncountable.
   */
  @IsString()
  @ValidateIf((env: Env) => env.BALLOT_SECRET !== '')
  @MinLength(32, { message: 'BALLOT_SECRET must be at least 32 characters long' })
  BALLOT_SECRET = '';

  @IsString()
  @MaxLength(20)
  JWT_EXPIRES_IN = '15m';

  /** How long a session (a browser's cookie, an API client's refresh token) lasts unused. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(365)
  SESSION_DAYS = 30;

  @IsServiceUrl(['smtp:', 'smtps:'])
  SMTP_URL = 'smtp://127.0.0.1:1025';

  @IsString()
  @MaxLength(200)
  MAIL_FROM = 'Socius <no-reply@socius.local>';

  @IsServiceUrl(['http:', 'https:'])
  @Transform(({ value }) => (typeof value === 'string' ? value.replace(/\/+$/, '') : value))
  PUBLIC_URL = 'http://localhost:3000';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @IsString()
  @MaxLength(50)
  QUEUE_PREFIX = 'socius';

  @Transform(({ value }) => value === true || value === 'true' || value === '1')
  @IsBoolean()
  RUN_MIGRATIONS = false;

  @Transform(({ value }) => value === true || value === 'true' || value === '1')
  @IsBoolean()
  RUN_OUTBOX_RELAY = true;

  /** The first retry of a failed job waits this long; each next one twice as long (5 tries in all). */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(10)
  @Max(3_600_000)
  JOB_RETRY_DELAY_MS = 2_000;

  /**
   * How long a worker's hold on a running job lasts between renewals: a job whose worker died is
   * handed to another after at most twice this. Read when the worker starts.
   */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1_000)
  @Max(600_000)
  JOB_LOCK_MS = 30_000;

  /**
   * Which proxies may tell the client's address (`X-Forwarded-For`), as Express's `trust proxy`:
   * `false` (none: the peer is the client), a number of hops, or a comma-separated list of
   * addresses, CIDRs and `loopback` / `linklocal` / `uniquelocal`. Never every address: a client
   * could then pick its own address and step around the per-address limits.
   */
  @IsTrustProxy()
  TRUST_PROXY = 'loopback';

  /** Sign-in attempts per client address per `LOGIN_RATE_WINDOW_MS`, all accounts together (counted in Redis). */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(10000)
  LOGIN_RATE_LIMIT = 30;

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1000)
  LOGIN_RATE_WINDOW_MS = 60_000;

  /**
   * Failed sign-ins to one account, from whatever addresses, that lock it for `ACCOUNT_LOCK_MINUTES`
   * (counted over that many minutes; a successful sign-in clears the count).
   */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(1000)
  ACCOUNT_LOCK_FAILURES = 10;

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(1440)
  ACCOUNT_LOCK_MINUTES = 15;

  /** Sign-ups per client address per hour. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(10000)
  SIGNUP_RATE_LIMIT = 20;

  /** Membership applications (the public form `/join/{slug}`) per client address per hour. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(10000)
  APPLICATION_RATE_LIMIT = 10;

  /** Document verifications (`/v1/verify`, by code or by file) per client address per minute: a code cannot be guessed by trying them all. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(100000)
  VERIFY_RATE_LIMIT = 30;

  /** Password-reset requests (and, counted apart, verification e-mail resends) per client address per hour. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(10000)
  RESET_RATE_LIMIT = 10;

  /** The same requests per e-mail address per hour, whatever the client address. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(1000)
  RESET_RATE_LIMIT_PER_EMAIL = 3;

  /** Wrong voting codes per client address per minute; past it a wrong code answers 429 (a valid one still votes). */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(10000)
  VOTING_CODE_FAILURE_LIMIT = 20;

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 20;

  /**
   * How long a request waits for a free database connection before it is answered 503
   * (`database-busy`) and gives up its place: a full pool never stays full.
   */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(100)
  @Max(600_000)
  DATABASE_POOL_WAIT_MS = 10_000;

  /**
   * A connection straight to the primary, not through a transaction-mode pooler (PgBouncer): for
   * what needs a session of its own — the outbox relay's LISTEN, and migrations' advisory lock when
   * DATABASE_OWNER_URL is unset. Empty: DATABASE_URL (which then must not be a transaction pooler).
   */
  @ValidateIf((env: Env) => env.DATABASE_DIRECT_URL !== '')
  @IsServiceUrl(['postgres:', 'postgresql:'])
  DATABASE_DIRECT_URL = '';

  /**
   * A streaming read replica for the accountants' exports (never ballots or money). An export uses it
   * once it has replayed the primary's WAL as of the request, else the primary; empty: the primary.
   */
  @ValidateIf((env: Env) => env.DATABASE_REPLICA_URL !== '')
  @IsServiceUrl(['postgres:', 'postgresql:'])
  DATABASE_REPLICA_URL = '';

  /** How long an export waits for the replica to catch up with the primary before it reads the primary. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  @Max(60_000)
  DATABASE_REPLICA_MAX_LAG_MS = 2_000;

  /** Connections to the replica per process (exports hold one for the whole download). */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_REPLICA_POOL_SIZE = 10;

  /** Where issued documents' bytes live: `local` (DOCUMENTS_DIR, one host) or `s3` (a bucket every replica shares). */
  @IsIn(['local', 's3'])
  DOCUMENTS_STORAGE: 'local' | 's3' = 'local';

  /** The directory of `DOCUMENTS_STORAGE=local` (relative to the working directory). */
  @IsString()
  @MaxLength(1000)
  DOCUMENTS_DIR = '.data/documents';

  /** The bucket of `DOCUMENTS_STORAGE=s3` (it must exist). */
  @ValidateIf((env: Env) => env.DOCUMENTS_STORAGE === 's3')
  @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { message: 'S3_BUCKET must be a bucket name (DOCUMENTS_STORAGE=s3)' })
  S3_BUCKET = '';

  /** Keys under this prefix in the bucket (e.g. `socius/`); empty: at the bucket's root. */
  @Matches(/^([a-z0-9-]+\/)*$/, { message: 'S3_PREFIX must be empty or lower-case words each followed by /' })
  S3_PREFIX = '';

  /** An S3-compatible service's address (MinIO, Scaleway, OVH, Garage…); empty: AWS's for S3_REGION. */
  @ValidateIf((env: Env) => env.S3_ENDPOINT !== '')
  @IsServiceUrl(['http:', 'https:'])
  S3_ENDPOINT = '';

  @IsString()
  @MaxLength(50)
  S3_REGION = 'us-east-1';

  /** Addresses as `{endpoint}/{bucket}/{key}` rather than `{bucket}.{endpoint}/{key}` (most S3-compatible servers). */
  @Transform(({ value }) => value === true || value === 'true' || value === '1')
  @IsBoolean()
  S3_FORCE_PATH_STYLE = false;

  /** Credentials; both empty: the AWS SDK's own chain (AWS_ACCESS_KEY_ID…, an instance role). */
  @IsString()
  @MaxLength(200)
  S3_ACCESS_KEY_ID = '';

  @IsString()
  @MaxLength(200)
  S3_SECRET_ACCESS_KEY = '';

  /**
   * Threads that draw PDFs beside the event loop (started on the first drawing, stopped when idle).
   * Default: one per CPU. 0 draws on the event loop itself.
   */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  @Max(64)
  PDF_RENDER_THREADS = availableParallelism();

  /**
   * Who may open the queue dashboard (`/admin/queues`): comma-separated e-mails of Socius
   * accounts. Empty: the dashboard is not mounted (404).
   */
  @Transform(({ value }) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((e) => e.trim().toLowerCase())
          .filter(Boolean)
      : value,
  )
  @IsEmail({}, { each: true, message: 'PLATFORM_OPERATOR_EMAILS must be a comma-separated list of e-mail addresses' })
  @ArrayMaxSize(100)
  PLATFORM_OPERATOR_EMAILS: string[] = [];

  /**
   * The bearer token Prometheus presents to `GET /metrics` (docs/operations.md#metrics); 32+
   * characters. Empty: the route does not exist (404).
   */
  @IsString()
  @ValidateIf((env: Env) => env.METRICS_TOKEN !== '')
  @MinLength(32, { message: 'METRICS_TOKEN must be at least 32 characters long' })
  METRICS_TOKEN = '';

  /** Lifetime of the dashboard session cookie set by `POST /admin/queues/session`. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(720)
  QUEUE_DASHBOARD_SESSION_MINUTES = 30;

  /**
   * CSV imports (members, opening register) larger than this many bytes run as background jobs
   * (202 and a job to follow) instead of inside the request.
   */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  IMPORT_SYNC_MAX_BYTES = 5 * 1024 * 1024;

  /** Days a staged upload of an import job is kept when its job did not consume it. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(365)
  STAGED_UPLOAD_RETENTION_DAYS = 7;

  /**
   * Webhooks may target `http://` loopback addresses (127.0.0.1, ::1, localhost): for tests and
   * development only, refused in production. Otherwise a webhook URL is `https://` and never a
   * loopback, private, link-local or otherwise internal address (checked again at each sending).
   */
  @Transform(({ value }) => value === true || value === 'true' || value === '1')
  @IsBoolean()
  WEBHOOK_ALLOW_LOOPBACK = false;

  /**
   * Identity providers (single sign-on) may be reached over `http://`: for tests and development
   * only, refused in production. Otherwise an issuer is `https://`.
   */
  @Transform(({ value }) => value === true || value === 'true' || value === '1')
  @IsBoolean()
  SSO_ALLOW_HTTP_ISSUERS = false;

  /** Tries of a webhook delivery before it counts as failed. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(20)
  WEBHOOK_MAX_ATTEMPTS = 8;

  /** The wait before a delivery's second try; each next wait is four times longer (at most 12 hours). */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(10)
  @Max(86_400_000)
  WEBHOOK_RETRY_BASE_MS = 60_000;

  /** Failed deliveries in a row (each after all its tries) that disable an endpoint and tell the organization's admins. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(1000)
  WEBHOOK_DISABLE_AFTER_FAILURES = 10;

  /** How long a receiver has to answer a delivery. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(100)
  @Max(60_000)
  WEBHOOK_TIMEOUT_MS = 10_000;

  /** After a secret's rotation, the old secret keeps signing beside the new one this long. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  @Max(720)
  WEBHOOK_SECRET_GRACE_HOURS = 24;

  /**
   * When the monthly capital report is sent to accountants: a cron pattern read in
   * Europe/Paris time (minute hour day-of-month month day-of-week), or `off`.
   */
  @Matches(/^(off|([\d*/,\-A-Za-z?LW#]+\s+){4,5}[\d*/,\-A-Za-z?LW#]+)$/, {
    message: 'CAPITAL_REPORT_CRON must be a cron pattern such as "0 6 1 * *", or "off"',
  })
  CAPITAL_REPORT_CRON = '0 6 1 * *';
}

export type AppConfig = Readonly<Env>;

/** Thrown at boot when the environment is wrong: the message names every bad variable. */
export class ConfigError extends Error {}

function IsServiceUrl(protocols: string[]) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isServiceUrl',
      target: target.constructor,
      propertyName,
      validator: {
        validate(value: unknown) {
          if (typeof value !== 'string') return false;
          try {
            return protocols.includes(new URL(value).protocol);
          } catch {
            return false;
          }
        },
        defaultMessage: () => `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`,
      },
    });
}

function IsRedisUrl() {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isRedisUrl',
      target: target.constructor,
      propertyName,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isRedisUrl(value),
        defaultMessage: () =>
          'must be redis://[user:password@]host[:port][/db], rediss://… or redis+sentinel://[user:password@]host:port[,host:port…]/MASTER[/db]',
      },
    });
}

const TRUST_PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/**
 * `TRUST_PROXY` as Express's `trust proxy` takes it: `false`, a number of hops, or a list of
 * addresses, CIDRs and names. Throws on anything else (`true` included).
 */
export function parseTrustProxy(value: string): false | number | string[] {
  const v = value.trim().toLowerCase();
  if (v === 'false') return false;
  if (/^\d{1,2}$/.test(v)) return Number(v);
  const items = v.split(',').map((item) => item.trim());
  for (const item of items) {
    const [address, bits, ...rest] = item.split('/');
    const version = isIP(address);
    const ok =
      TRUST_PROXY_NAMES.includes(item) ||
      (version > 0 &&
        !rest.length &&
        (bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128))));
    if (!ok) throw new Error(`"${item}" is not an address, a CIDR, loopback, linklocal or uniquelocal`);
  }
  return items;
}

function IsTrustProxy() {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isTrustProxy',
      target: target.constructor,
      propertyName,
      validator: {
        validate(value: unknown) {
          try {
            return typeof value === 'string' && (parseTrustProxy(value), true);
          } catch {
            return false;
          }
        },
        defaultMessage: () =>
          'must be false, a number of hops, or a comma-separated list of addresses, CIDRs, loopback, linklocal, uniquelocal (never every address)',
      },
    });
}

/** Reads and validates the environment; throws a ConfigError naming each bad variable. */
export function loadConfig(raw: Record<string, unknown> = process.env): AppConfig {
  const defaults = new Env();
  const input: Record<string, unknown> = {};
  for (const key of Object.keys(defaults) as (keyof Env)[]) {
    const v = raw[key];
    input[key] = v === undefined || v === '' ? defaults[key] : v;
  }
  const env = plainToInstance(Env, input);
  const problems: string[] = [];
  for (const error of validateSync(env)) {
    problems.push(
      `${error.property}: ${Object.values(error.constraints ?? {}).join('; ')} (got "${String(raw[error.property] ?? '')}")`,
    );
  }
  if (env.NODE_ENV === 'production' && env.JWT_SECRET === DEV_JWT_SECRET) {
    problems.push('JWT_SECRET: must be set in production');
  }
  if (env.NODE_ENV === 'production' && !env.BALLOT_SECRET) {
    problems.push('BALLOT_SECRET: must be set in production (the keys of secret ballots are derived from it)');
  }
  const database = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1));
  if (env.NODE_ENV === 'production' && env.WEBHOOK_ALLOW_LOOPBACK) {
    problems.push('WEBHOOK_ALLOW_LOOPBACK: is for tests and development only, never in production');
  }
  if (env.NODE_ENV === 'production' && env.SSO_ALLOW_HTTP_ISSUERS) {
    problems.push('SSO_ALLOW_HTTP_ISSUERS: is for tests and development only, never in production');
  }
  if (env.DATABASE_OWNER_URL && !problems.length && database(env.DATABASE_OWNER_URL) !== database(env.DATABASE_URL)) {
    problems.push(
      `DATABASE_OWNER_URL: names the database "${database(env.DATABASE_OWNER_URL)}" and DATABASE_URL "${database(env.DATABASE_URL)}": the owner must migrate the database the application uses`,
    );
  }
  if (!env.BALLOT_SECRET)
    env.BALLOT_SECRET = createHash('sha256').update(`socius-ballot:${env.JWT_SECRET}`).digest('hex');
  if (problems.length) {
    throw new ConfigError(
      `Invalid configuration:\n  - ${problems.join('\n  - ')}\nSee README.md, section Configuration.`,
    );
  }
  return Object.freeze(env);
}

export const APP_CONFIG = Symbol('APP_CONFIG');
