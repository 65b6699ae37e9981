import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig, redisOptionsFromUrl } from '@socius/core';
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { OutboxJobData } from './job-runner';
import { OutboxRepository, PendingOutboxRow } from './outbox.repository';
import { OUTBOX_CHANNEL } from './outbox.service';
import { QueueName, QUEUES, retryOptions } from './queues';

const BATCH = 200;
const POLL_MS = 1_000;
const PUBLISH_TIMEOUT_MS = 5_000;
/** how often published rows are checked against Redis (and at start, and when Redis is back) */
const RECOVER_MS = 60_000;
const RECOVER_BATCH = 1_000;

/**
 * Moves outbox rows to BullMQ. Rows are locked with SKIP LOCKED so several relays can run;
 * a row is marked queued only after Redis accepted the job, in the same transaction, so a
 * Redis outage leaves rows pending and a crash between the two at worst publishes again, which
 * BullMQ ignores because the job id is the outbox id. A Redis that comes back without its data
 * (no persistence, a failover) has lost jobs already published: `recoverLost` finds the rows
 * whose job Redis no longer knows and publishes them again.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OutboxRelay');
  private redis?: IORedis;
  private queues = new Map<QueueName, Queue>();
  private listener?: Client;
  private timer?: NodeJS.Timeout;
  private recoverTimer?: NodeJS.Timeout;
  private running = false;
  private draining?: Promise<void>;
  private again = false;
  private redisDownSince?: number;
  private recovering?: Promise<unknown>;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    // tests build a relay of their own with a dead Redis: the repository holds no state
    private readonly outbox: OutboxRepository = new OutboxRepository(),
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.RUN_OUTBOX_RELAY) await this.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.redis = new IORedis({
      ...redisOptionsFromUrl(this.config.REDIS_URL),
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
    });
    this.redis.on('error', () => undefined); // reported by publish failures, not once per reconnect
    for (const name of QUEUES) {
      const queue = new Queue(name, { connection: this.redis, prefix: this.config.QUEUE_PREFIX });
      queue.on('error', () => undefined); // a Redis outage is reported once by kick(), not per reconnect
      this.queues.set(name, queue);
    }
    try {
      // a session of its own: a transaction-mode pooler (DATABASE_URL) would drop the LISTEN
      this.listener = new Client({ connectionString: this.config.DATABASE_DIRECT_URL || this.config.DATABASE_URL });
      this.listener.on('error', () => undefined);
      await this.listener.connect();
      await this.listener.query(`LISTEN ${OUTBOX_CHANNEL}`);
      this.listener.on('notification', () => this.kick());
    } catch (error) {
      this.logger.warn(`LISTEN unavailable, polling only: ${(error as Error).message}`);
    }
    this.timer = setInterval(() => this.kick(), POLL_MS);
    this.recoverTimer = setInterval(() => this.recover(), RECOVER_MS);
    this.recover();
    this.kick();
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    clearInterval(this.timer);
    clearInterval(this.recoverTimer);
    await this.recovering;
    await this.draining;
    await this.listener?.end().catch(() => undefined);
    for (const queue of this.queues.values()) await queue.close().catch(() => undefined);
    this.queues.clear();
    this.redis?.disconnect();
  }

  private kick(): void {
    if (!this.running) return;
    if (this.draining) {
      this.again = true;
      return;
    }
    this.draining = (async () => {
      do {
        this.again = false;
        try {
          while (this.running && (await this.publishPending()) === BATCH);
        } catch (error) {
          if (!this.redisDownSince) {
            this.redisDownSince = Date.now();
            this.logger.warn(`cannot publish jobs, they wait in the outbox: ${(error as Error).message}`);
          }
          return;
        }
      } while (this.again && this.running);
    })().finally(() => (this.draining = undefined));
  }

  /** Publishes one batch of due rows; returns how many. Throws when Redis refuses. */
  async publishPending(): Promise<number> {
    const count = await this.dataSource.transaction(async (em) => {
      const rows = await this.outbox.lockPending(em, BATCH);
      if (rows.length === 0) return 0;
      const byQueue = new Map<QueueName, PendingOutboxRow[]>();
      for (const row of rows) byQueue.set(row.queue, [...(byQueue.get(row.queue) ?? []), row]);
      for (const [name, batch] of byQueue) {
        const queue = this.queues.get(name);
        if (!queue) throw new Error(`outbox row for unknown queue "${name}"`);
        await withTimeout(
          queue.addBulk(
            batch.map((row) => ({
              name: row.name,
              data: {
                outboxId: row.id,
                organizationId: row.organization_id,
                payload: row.payload,
              } satisfies OutboxJobData,
              opts: {
                ...retryOptions(this.config),
                jobId: row.id,
                delay: row.delay_ms,
                removeOnComplete: { age: 24 * 3600, count: 10_000 },
                removeOnFail: { age: 30 * 24 * 3600 },
              },
            })),
          ),
          PUBLISH_TIMEOUT_MS,
        );
      }
      await this.outbox.markQueued(
        em,
        rows.map((r) => r.id),
      );
      return rows.length;
    });
    if (count && this.redisDownSince) {
      this.logger.log(
        `Redis is back after ${Math.round((Date.now() - this.redisDownSince) / 1000)} s; publishing the outbox`,
      );
      this.redisDownSince = undefined;
      this.recover();
    }
    return count;
  }

  private recover(): void {
    if (!this.running || this.recovering) return;
    this.recovering = this.recoverLost()
      .then((lost) => {
        if (lost) this.logger.warn(`${lost} published job(s) were missing from Redis: published again`);
        if (lost) this.kick();
      })
      .catch(() => undefined) // Redis or PostgreSQL away: the next round tries again
      .finally(() => (this.recovering = undefined));
  }

  /**
   * Rows marked queued or active whose job Redis does not know (it lost its data) go back to
   * pending, for the next publishing round. A row becomes queued only once its job is in Redis, and
   * stays there until the job ends, so a job Redis does not know was lost. Answers how many.
   */
  async recoverLost(): Promise<number> {
    const rows = await this.outbox.published(this.dataSource.manager, RECOVER_BATCH);
    const lost: string[] = [];
    for (const row of rows) {
      const queue = this.queues.get(row.queue);
      if (queue && (await withTimeout(queue.getJobState(row.id), PUBLISH_TIMEOUT_MS)) === 'unknown') lost.push(row.id);
    }
    if (!lost.length) return 0;
    return this.outbox.resetToPending(this.dataSource.manager, lost);
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
