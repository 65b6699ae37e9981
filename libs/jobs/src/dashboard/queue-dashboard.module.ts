import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Inject, Logger, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { AuthModule, SessionsService } from '@socius/auth';
import { APP_CONFIG, AppConfig, redisOptionsFromUrl } from '@socius/core';
import { Queue } from 'bullmq';
import type { Express } from 'express';
import IORedis from 'ioredis';
import { DataSource } from 'typeorm';
import { QUEUES } from '../queues';
import { SCHEDULE_QUEUE } from '../schedules/scheduled';
import { DASHBOARD_PATH, DashboardAccess } from './dashboard-access';

/**
 * The queue dashboard for platform operators (bull-board) at /admin/queues in the API: every
 * queue of QUEUES and the `schedules` queue, under QUEUE_PREFIX. Mounted only when
 * PLATFORM_OPERATOR_EMAILS names someone (otherwise the path is the API's ordinary 404), behind
 * DashboardAccess. It is mounted during onModuleInit, that is after Nest's middleware (request
 * id, request context, logging) and before Nest's 404 handler.
 */
@Module({ imports: [AuthModule] })
export class QueueDashboardModule implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('QueueDashboard');
  private redis?: IORedis;
  private queues: Queue[] = [];

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly jwt: JwtService,
    private readonly sessions: SessionsService,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    if (!this.config.PLATFORM_OPERATOR_EMAILS.length) return;
    const http = this.adapterHost.httpAdapter?.getInstance<Express>();
    if (!http) return; // not an HTTP application (the worker, a CLI)
    // its own connection: commands fail fast while Redis is away instead of hanging a page
    this.redis = new IORedis({
      ...redisOptionsFromUrl(this.config.REDIS_URL),
      lazyConnect: true,
      maxRetriesPerRequest: 1,
    });
    this.redis.on('error', () => undefined);
    this.queues = [...QUEUES, SCHEDULE_QUEUE].map((name) => {
      const queue = new Queue(name, { connection: this.redis!, prefix: this.config.QUEUE_PREFIX });
      queue.on('error', () => undefined);
      return queue;
    });
    const board = new ExpressAdapter();
    board.setBasePath(DASHBOARD_PATH);
    createBullBoard({
      queues: this.queues.map((q) => new BullMQAdapter(q)),
      serverAdapter: board,
      options: { uiConfig: { boardTitle: 'Socius queues' } },
    });
    const access = new DashboardAccess(this.jwt, this.sessions, this.dataSource, this.config);
    http.use(DASHBOARD_PATH, access.middleware(), board.getRouter());
    this.logger.log(
      `queue dashboard at ${DASHBOARD_PATH} for ${this.config.PLATFORM_OPERATOR_EMAILS.length} operator(s)`,
    );
  }

  async onApplicationShutdown(): Promise<void> {
    for (const queue of this.queues) await queue.close().catch(() => undefined);
    this.queues = [];
    this.redis?.disconnect();
  }
}
