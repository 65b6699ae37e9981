import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
  OnModuleInit,
} from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { APP_CONFIG, AppConfig } from '@socius/core';
import { Job, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { JOB_HANDLER_KEY } from '../job-handler';
import { OutboxRepository } from '../outbox.repository';
import { OutboxService } from '../outbox.service';
import { QueueName, retryOptions } from '../queues';
import { SCHEDULE_KEY, SCHEDULE_QUEUE, SCHEDULE_TZ, ScheduleOptions } from './scheduled';

export interface JobSchedule {
  /** the job name, also the id of its BullMQ job scheduler */
  name: string;
  /** null: disabled by configuration */
  pattern: string | null;
  tz: string;
  queue: QueueName;
}

const SYNC_TIMEOUT_MS = 10_000;
const SYNC_RETRY_MS = 30_000;

/**
 * Finds every `@Scheduled` job handler at boot and keeps the BullMQ job schedulers of the
 * `schedules` queue equal to them: upserts each (same id, so every worker replica may do it),
 * removes those no longer declared or disabled. Redis down at boot: retried every 30 s.
 */
@Injectable()
export class JobSchedules implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('JobSchedules');
  private readonly schedules = new Map<string, JobSchedule>();
  private retry?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    @InjectQueue(SCHEDULE_QUEUE) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) continue;
      const prototype = Object.getPrototypeOf(instance);
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const options = this.reflector.get<ScheduleOptions | undefined>(SCHEDULE_KEY, prototype[method]);
        if (!options) continue;
        const name = this.reflector.get<string | undefined>(JOB_HANDLER_KEY, prototype[method]);
        if (!name) throw new Error(`@Scheduled on ${prototype.constructor.name}.${method}, which is not a @JobHandler`);
        if (this.schedules.has(name)) throw new Error(`Job "${name}" is scheduled twice`);
        const raw = typeof options.pattern === 'function' ? options.pattern(this.config) : options.pattern;
        const pattern = raw && raw.trim() !== 'off' ? raw.trim() : null;
        this.schedules.set(name, { name, pattern, tz: options.tz ?? SCHEDULE_TZ, queue: options.queue ?? 'default' });
      }
    }
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.syncOrRetry();
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    clearTimeout(this.retry);
  }

  get(name: string): JobSchedule | undefined {
    return this.schedules.get(name);
  }

  list(): JobSchedule[] {
    return [...this.schedules.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  /** Makes the job schedulers in Redis match the declared schedules. */
  async sync(): Promise<void> {
    const active = this.list().filter((s) => s.pattern);
    for (const s of active) {
      await this.queue.upsertJobScheduler(
        s.name,
        { pattern: s.pattern!, tz: s.tz },
        {
          name: s.name,
          data: {},
          opts: {
            ...retryOptions(this.config),
            removeOnComplete: { count: 100 },
            removeOnFail: { age: 30 * 24 * 3600 },
          },
        },
      );
    }
    const wanted = new Set(active.map((s) => s.name));
    for (const existing of await this.queue.getJobSchedulers(0, -1)) {
      const id = existing.id ?? existing.key;
      if (!wanted.has(id)) {
        await this.queue.removeJobScheduler(id);
        this.logger.log(`removed the job scheduler "${id}" (no longer declared, or disabled)`);
      }
    }
  }

  private async syncOrRetry(): Promise<void> {
    if (this.stopped) return;
    try {
      await withTimeout(this.sync(), SYNC_TIMEOUT_MS);
    } catch (error) {
      this.logger.warn(
        `cannot register the job schedulers, retrying in ${SYNC_RETRY_MS / 1000} s: ${(error as Error).message}`,
      );
      this.retry = setTimeout(() => void this.syncOrRetry(), SYNC_RETRY_MS);
      this.retry.unref();
    }
  }
}

/**
 * Runs the ticks of the job schedulers: each puts the scheduled job into the outbox, where the
 * relay picks it up like any other job. The same tick delivered twice (a retry after the commit)
 * finds the row it already wrote and adds nothing.
 */
@Injectable()
@Processor(SCHEDULE_QUEUE, { concurrency: 1 })
export class ScheduleTickProcessor extends WorkerHost {
  constructor(
    private readonly schedules: JobSchedules,
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly outboxRows: OutboxRepository,
  ) {
    super();
  }

  async process(job: Job): Promise<{ outboxId?: string; duplicate?: boolean; skipped?: string }> {
    const schedule = this.schedules.get(job.name);
    if (!schedule?.pattern) return { skipped: 'no such schedule in this version' };
    // prevMillis is the instant the scheduler fired for: stable across retries of this tick
    const scheduledAt = new Date(job.opts.prevMillis ?? job.timestamp).toISOString();
    return this.dataSource.transaction(async (em) => {
      await this.outboxRows.lockSchedule(em, job.name);
      const existing = await this.outboxRows.scheduledTick(em, job.name, scheduledAt);
      if (existing) return { outboxId: existing, duplicate: true };
      const outboxId = await this.outbox.enqueue(em, {
        organizationId: null,
        queue: schedule.queue,
        name: job.name,
        payload: { scheduledAt },
      });
      return { outboxId };
    });
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise,
    new Promise<never>(
      (_, reject) => (timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms} ms`)), ms)),
    ),
  ]).finally(() => clearTimeout(timer));
}
