import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { NotFoundError } from '@socius/core';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { OutboxEntry } from './entities/outbox-entry.entity';
import { OutboxRepository } from './outbox.repository';
import { JobStatus, QueueName } from './queues';

export interface EnqueueRequest {
  organizationId: string | null;
  queue: QueueName;
  name: string;
  payload?: Record<string, unknown>;
  /** run not before this instant */
  availableAt?: Date;
}

export interface JobView {
  id: string;
  name: string;
  status: JobStatus;
  progress: number;
  /** what the progress counts, when the job says (an import: `rowsDone`, `bytesDone`, `bytesTotal`) */
  progressDetail: Record<string, unknown> | null;
  attempts: number;
  error: string | null;
  result: Record<string, unknown> | null;
  createdAt: Date;
  finishedAt: Date | null;
}

/** The jobs due and not yet handed to BullMQ. */
export interface OutboxLag {
  /** age of the oldest one in seconds, 0 when there is none */
  lagSeconds: number;
  pending: number;
}

export const OUTBOX_CHANNEL = 'socius_outbox';

@Injectable()
export class OutboxService {
  constructor(
    @InjectRepository(OutboxEntry) private readonly outbox: Repository<OutboxEntry>,
    private readonly repository: OutboxRepository,
    private readonly dataSource: DataSource,
  ) {}

  /** Call inside the transaction of the change that causes the job: both commit or neither. */
  async enqueue(em: EntityManager, request: EnqueueRequest): Promise<string> {
    const id = await this.repository.insert(em, {
      organizationId: request.organizationId,
      queue: request.queue,
      name: request.name,
      payload: request.payload ?? {},
      availableAt: request.availableAt ?? null,
    });
    // wakes the relay at commit (NOTIFY is transactional); polling remains the safety net
    await this.repository.notify(em, OUTBOX_CHANNEL);
    return id;
  }

  /** What the outbox has yet to hand to BullMQ (the metrics read it at each scrape). */
  async pendingLag(): Promise<OutboxLag> {
    const row = await this.repository.pendingLag(this.dataSource.manager);
    return { lagSeconds: Math.max(0, row.lag ?? 0), pending: Number(row.pending) };
  }

  async view(organizationId: string, id: string): Promise<JobView> {
    const row = await this.outbox.findOneBy({ organizationId, id });
    if (!row) throw new NotFoundError('job');
    return {
      id: row.id,
      name: row.name,
      status: row.status,
      progress: row.progress,
      progressDetail: row.progressDetail,
      attempts: row.attempts,
      error: row.status === 'completed' ? null : row.lastError,
      result: row.result,
      createdAt: row.createdAt,
      finishedAt: row.finishedAt,
    };
  }
}
