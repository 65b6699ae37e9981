import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig, redisOptionsFromUrl } from '@socius/core';
import { OutboxService, QUEUES, SCHEDULE_QUEUE } from '@socius/jobs';
import { Queue } from 'bullmq';
import type { NextFunction, Request, Response } from 'express';
import IORedis from 'ioredis';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** A scrape waits this long at most for Redis or PostgreSQL: a missing figure beats a hung scrape. */
const SOURCE_TIMEOUT_MS = 2_000;
const JOB_STATES = ['waiting', 'active', 'delayed', 'failed'] as const;

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * What /metrics shows operators (docs/operations.md#metrics), in a registry of this process: the
 * requests by route pattern, method and status, with their durations; the BullMQ queues' job
 * counts; the outbox's lag; and Node's own process figures. Queues and outbox are read at each scrape.
 */
@Injectable()
export class Metrics implements OnApplicationShutdown {
  readonly registry = new Registry();
  private readonly logger = new Logger('Metrics');
  private readonly requests: Counter<'method' | 'route' | 'status'>;
  private readonly durations: Histogram<'method' | 'route' | 'status'>;
  private readonly redis: IORedis;
  private readonly queues: Queue[];
  /** the last source that failed, logged once until it answers again */
  private readonly failing = new Set<string>();

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly outboxService: OutboxService,
  ) {
    collectDefaultMetrics({ register: this.registry });
    this.requests = new Counter({
      name: 'socius_http_requests_total',
      help: 'HTTP requests answered, by method, route pattern and status',
      labelNames: ['method', 'route', 'status'],
      registers: [this.registry],
    });
    this.durations = new Histogram({
      name: 'socius_http_request_duration_seconds',
      help: 'Time to answer HTTP requests, by method, route pattern and status',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [this.registry],
    });

    // its own connection, failing fast while Redis is away (as the queue dashboard's)
    this.redis = new IORedis({
      ...redisOptionsFromUrl(config.REDIS_URL),
      lazyConnect: true,
      maxRetriesPerRequest: 1,
    });
    this.redis.on('error', () => undefined);
    this.queues = [...QUEUES, SCHEDULE_QUEUE].map((name) => {
      const queue = new Queue(name, { connection: this.redis, prefix: config.QUEUE_PREFIX });
      queue.on('error', () => undefined);
      return queue;
    });
    const queueJobs: Gauge<'queue' | 'state'> = new Gauge({
      name: 'socius_queue_jobs',
      help: 'Jobs in each BullMQ queue by state (waiting, active, delayed, failed); absent while Redis does not answer',
      labelNames: ['queue', 'state'],
      registers: [this.registry],
      collect: async () => {
        queueJobs.reset();
        const counts = await this.read('redis', () =>
          Promise.all(this.queues.map((q) => q.getJobCounts(...JOB_STATES))),
        );
        counts?.forEach((count, i) => {
          for (const state of JOB_STATES) queueJobs.set({ queue: this.queues[i].name, state }, count[state] ?? 0);
        });
      },
    });
    const outbox = { lag: 0, pending: 0, ok: false };
    const readOutboxNow = async () => {
      const read = await this.read('postgres', () => this.outboxService.pendingLag());
      outbox.ok = !!read;
      if (read) Object.assign(outbox, { lag: read.lagSeconds, pending: read.pending });
    };
    // both outbox gauges are collected together in a scrape: one query serves them
    let reading: Promise<void> | undefined;
    const readOutbox = () => (reading ??= readOutboxNow().finally(() => (reading = undefined)));
    const outboxLag: Gauge = new Gauge({
      name: 'socius_outbox_lag_seconds',
      help: 'Age of the oldest outbox job that is due and not yet queued (0: none); absent while PostgreSQL does not answer',
      registers: [this.registry],
      collect: async () => {
        outboxLag.reset();
        await readOutbox();
        if (outbox.ok) outboxLag.set(outbox.lag);
      },
    });
    const outboxPending: Gauge = new Gauge({
      name: 'socius_outbox_pending_jobs',
      help: 'Outbox jobs due and not yet queued',
      registers: [this.registry],
      collect: async () => {
        outboxPending.reset();
        await readOutbox();
        if (outbox.ok) outboxPending.set(outbox.pending);
      },
    });
  }

  /** Express middleware: counts and times every request once answered, by the route it matched. */
  middleware() {
    return (req: Request, res: Response, next: NextFunction) => {
      const started = process.hrtime.bigint();
      res.once('finish', () => {
        const labels = { method: req.method, route: routeOf(req), status: String(res.statusCode) };
        this.requests.inc(labels);
        this.durations.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
      });
      next();
    };
  }

  async text(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }

  private async read<T>(source: string, fn: () => Promise<T>): Promise<T | undefined> {
    try {
      const value = await within(fn(), SOURCE_TIMEOUT_MS);
      this.failing.delete(source);
      return value;
    } catch (error) {
      if (!this.failing.has(source))
        this.logger.warn(`metrics: ${source} does not answer (${(error as Error).message}); its figures are left out`);
      this.failing.add(source);
      return undefined;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    for (const queue of this.queues) await queue.close().catch(() => undefined);
    this.redis.disconnect();
  }
}

/**
 * The route pattern a request matched (`/v1/orgs/:slug/members/:id`), never its URL: one series per
 * route, whatever the ids. Requests no route took (files of the web app, unknown paths) are `none`.
 */
export function routeOf(req: Request): string {
  const pattern = (req.route as { path?: unknown } | undefined)?.path;
  // Nest answers what no route takes with a catch-all route (`/{*path}`): that is no route either
  if (typeof pattern !== 'string' || /^\/?(\{\*\w*\}|\*\w*)$/.test(pattern)) return 'none';
  return `${req.baseUrl ?? ''}${pattern}` || '/';
}
