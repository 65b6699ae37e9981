import { Injectable, Logger } from '@nestjs/common';
import { RequestContext } from '@socius/core';
import { outsideTransaction } from '@socius/database';
import { Job, UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { JobHandlerRegistry } from './job-handler';
import { OutboxRepository } from './outbox.repository';

export interface OutboxJobData {
  outboxId: string;
  organizationId: string | null;
  payload: Record<string, unknown>;
}

/**
 * A final failure whose details stay readable in the job's `result` (an import refused because of
 * bad rows keeps the rows and fields there). Not retried: the same input would fail the same way.
 */
export class JobRejectedError extends UnrecoverableError {
  constructor(
    message: string,
    readonly result: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'JobRejectedError';
  }
}

/** Runs one BullMQ job through its handler and mirrors its state into the outbox row. */
@Injectable()
export class JobRunner {
  private readonly logger = new Logger('Jobs');

  constructor(
    private readonly dataSource: DataSource,
    private readonly registry: JobHandlerRegistry,
    private readonly outbox: OutboxRepository,
  ) {}

  async run(job: Job<OutboxJobData>): Promise<unknown> {
    const { outboxId, organizationId, payload } = job.data;
    const attempt = job.attemptsMade + 1;
    const em = this.dataSource.manager;
    if (!(await this.outbox.markActive(em, outboxId, attempt))) return { skipped: 'already completed' };
    const handler = this.registry.get(job.name);
    // Progress is written beside the job, in order, and never awaited by it: a job reports it from
    // inside its own transaction (an import), which must not wait for a second connection.
    let progressWritten: Promise<void> = Promise.resolve();
    const writeProgress = async (percent: number, detail?: Record<string, unknown>) => {
      const p = Math.max(0, Math.min(100, Math.round(percent)));
      await this.outbox.writeProgress(em, outboxId, p, detail);
      await job.updateProgress(p);
    };
    try {
      if (!handler) throw new UnrecoverableError(`No handler for job "${job.name}"`);
      const result = await RequestContext.run({ actor: `worker:${job.name}`, requestId: outboxId }, () =>
        handler(payload ?? {}, {
          outboxId,
          organizationId,
          attempt,
          progress: async (percent, detail) => {
            progressWritten = progressWritten
              .then(() => outsideTransaction(() => writeProgress(percent, detail)))
              .catch((error) =>
                this.logger.warn(`job ${job.name} ${outboxId}: progress not recorded (${(error as Error).message})`),
              );
          },
        }),
      );
      await progressWritten;
      await this.outbox.markCompleted(em, outboxId, result);
      return result;
    } catch (error) {
      await progressWritten;
      const message = error instanceof Error ? error.message : String(error);
      const final = error instanceof UnrecoverableError || attempt >= (job.opts.attempts ?? 1);
      this.logger.warn(`job ${job.name} ${outboxId} try ${attempt} failed${final ? ' for good' : ''}: ${message}`);
      const rejected = error instanceof JobRejectedError ? JSON.stringify(error.result) : null;
      await this.outbox.markFailed(em, outboxId, final, message.slice(0, 2000), rejected);
      throw error;
    }
  }
}
