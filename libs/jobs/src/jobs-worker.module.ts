import { BullModule } from '@nestjs/bullmq';
import { BeforeApplicationShutdown, Injectable, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { APP_CONFIG, AppConfig, redisOptionsFromUrl } from '@socius/core';
import { type ConnectionOptions, Job } from 'bullmq';
import { JobHandlerRegistry } from './job-handler';
import { JobRunner, OutboxJobData } from './job-runner';
import { OutboxRelay } from './outbox-relay';
import { OutboxRepository } from './outbox.repository';
import { QUEUES, WORKER_LOCK_MS } from './queues';

/**
 * Runs each job through the JobRunner. On shutdown the worker finishes its running jobs before
 * anything they use (the database, the mailer's pool) closes: Nest closes those in
 * onApplicationShutdown, which comes after every beforeApplicationShutdown.
 */
@Injectable()
abstract class DrainingWorkerHost extends WorkerHost implements BeforeApplicationShutdown {
  constructor(private readonly runner: JobRunner) {
    super();
  }

  process(job: Job<OutboxJobData>): Promise<unknown> {
    return this.runner.run(job);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.worker.close();
  }
}

@Injectable()
@Processor('default', { concurrency: 4, lockDuration: WORKER_LOCK_MS, stalledInterval: WORKER_LOCK_MS })
export class DefaultQueueProcessor extends DrainingWorkerHost {}

@Injectable()
@Processor('mail', { concurrency: 16, lockDuration: WORKER_LOCK_MS, stalledInterval: WORKER_LOCK_MS })
export class MailQueueProcessor extends DrainingWorkerHost {}

/** The worker side: BullMQ workers for every queue, the handler registry and the relay. */
@Module({
  imports: [
    DiscoveryModule,
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        // ioredis's options (BullMQ types them with its own copy of ioredis)
        connection: { ...redisOptionsFromUrl(config.REDIS_URL), maxRetriesPerRequest: null } as ConnectionOptions,
        prefix: config.QUEUE_PREFIX,
      }),
    }),
    ...QUEUES.map((name) => BullModule.registerQueue({ name })),
  ],
  providers: [JobHandlerRegistry, JobRunner, OutboxRelay, OutboxRepository, DefaultQueueProcessor, MailQueueProcessor],
  exports: [OutboxRelay, JobHandlerRegistry],
})
export class JobsWorkerModule {}
