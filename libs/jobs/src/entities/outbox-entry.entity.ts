import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { JobStatus, QueueName } from '../queues';

/**
 * The transactional outbox, and the job's record. A producer inserts a row in the same
 * transaction as the change that causes it; the relay moves it to BullMQ (jobId = id); the
 * worker reports status and progress here, so job status reads never need Redis.
 */
@Entity('outbox')
@Index('outbox_pending_idx', ['availableAt'], { where: `"status" = 'pending'` })
@Index('outbox_org_idx', ['organizationId', 'createdAt'])
@Check('outbox_status_check', `"status" IN ('pending', 'queued', 'active', 'completed', 'failed')`)
export class OutboxEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ type: 'varchar', length: 40 })
  queue: QueueName;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** ids, never copies of data: the handler reads the current state */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  payload: Record<string, unknown>;

  @Column({ type: 'varchar', length: 20, default: 'pending' })
  status: JobStatus;

  @Column({ type: 'smallint', default: 0 })
  progress: number;

  /** what the progress counts, as the handler reports it (an import: rows done, bytes read of the total) */
  @Column({ type: 'jsonb', nullable: true })
  progressDetail: Record<string, unknown> | null;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: 'jsonb', nullable: true })
  result: Record<string, unknown> | null;

  /** not before: scheduled jobs (resolution closing, reminders) wait here */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  availableAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
