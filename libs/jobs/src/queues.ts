import type { AppConfig } from '@socius/core';

/** Every queue Socius uses. A job name belongs to exactly one queue and one handler. */
export const QUEUES = ['default', 'mail'] as const;
export type QueueName = (typeof QUEUES)[number];

export const JOB_STATUSES = ['pending', 'queued', 'active', 'completed', 'failed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** Retries: 5 tries, `JOB_RETRY_DELAY_MS` (2 s), then 4, 8 and 16 s apart; the last failure stays visible. */
export function retryOptions(config: Pick<AppConfig, 'JOB_RETRY_DELAY_MS'>) {
  return { attempts: 5, backoff: { type: 'exponential', delay: config.JOB_RETRY_DELAY_MS } } as const;
}

/**
 * Worker options read from the environment when the processor classes load: decorator options
 * cannot take the injected configuration. `JOB_LOCK_MS` is validated with the rest at boot.
 */
export const WORKER_LOCK_MS = Number(process.env.JOB_LOCK_MS) || 30_000;
