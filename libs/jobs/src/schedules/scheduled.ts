import { SetMetadata } from '@nestjs/common';
import type { AppConfig } from '@socius/core';
import type { QueueName } from '../queues';

export const SCHEDULE_KEY = 'socius:schedule';

/**
 * The BullMQ queue that holds the job schedulers. Its jobs are only ticks: each tick puts the
 * scheduled job into the outbox, and the job then runs like any other (status, retries, one
 * handler). It is not in QUEUES because the outbox relay never publishes to it.
 */
export const SCHEDULE_QUEUE = 'schedules';

/** The time zone schedules are read in unless they say otherwise. */
export const SCHEDULE_TZ = 'Europe/Paris';

export interface ScheduleOptions {
  /** a cron pattern (`0 6 1 * *`), or one read from the config; `null` or `off` disables the schedule */
  pattern: string | ((config: AppConfig) => string | null);
  /** the time zone the pattern is read in (Europe/Paris by default) */
  tz?: string;
  /** the queue the job runs on (`default` unless given) */
  queue?: QueueName;
}

/** What a scheduled job receives as payload. */
export interface ScheduledPayload {
  /** the instant the schedule fired for (ISO 8601), the same for every retry of the tick */
  scheduledAt?: string;
}

/**
 * Runs a `@JobHandler` on a cron schedule: at boot the worker registers one BullMQ job scheduler
 * per decorated handler (id = the job name), and each tick enqueues the job through the outbox.
 * The handler must be idempotent: a tick can be delivered twice in rare failures.
 *
 * ```ts
 * @JobHandler('shares.capital-report-sweep')
 * @Scheduled({ pattern: (config) => config.CAPITAL_REPORT_CRON })
 * async sweep(payload: ScheduledPayload, ctx: JobContext) { … }
 * ```
 */
export const Scheduled = (options: ScheduleOptions) => SetMetadata(SCHEDULE_KEY, options);
