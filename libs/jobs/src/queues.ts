/** Every queue Socius uses. A job name belongs to exactly one queue and one handler. */
export const QUEUES = ['default', 'mail'] as const;
export type QueueName = (typeof QUEUES)[number];

export const JOB_STATUSES = ['pending', 'queued', 'active', 'completed', 'failed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** Retries: 5 tries, 2 s, 4 s, 8 s, 16 s apart; the last failure stays visible. */
export const DEFAULT_JOB_OPTIONS = { attempts: 5, backoff: { type: 'exponential', delay: 2_000 } } as const;
