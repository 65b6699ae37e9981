import { Injectable } from '@nestjs/common';
import { firstRow, rows, run } from '@socius/database';
import type { EntityManager } from 'typeorm';
import type { QueueName } from './queues';

/** A due outbox row, as the relay publishes it. */
export interface PendingOutboxRow {
  id: string;
  organization_id: string | null;
  queue: QueueName;
  name: string;
  payload: Record<string, unknown>;
  delay_ms: number;
}

export interface PublishedOutboxRow {
  id: string;
  queue: QueueName;
}

/** The jobs due and not yet handed to BullMQ: how many, and the oldest one's age (null when none). */
export interface OutboxLagRow {
  lag: number | null;
  pending: string;
}

export interface NewOutboxRow {
  organizationId: string | null;
  queue: QueueName;
  name: string;
  payload: Record<string, unknown>;
  availableAt: Date | null;
}

/** The outbox's SQL: enqueueing, publishing to BullMQ, and the job's state as it runs. */
@Injectable()
export class OutboxRepository {
  async insert(em: EntityManager, row: NewOutboxRow): Promise<string> {
    const inserted = await firstRow<{ id: string }>(
      em,
      `INSERT INTO outbox (organization_id, queue, name, payload, available_at)
       VALUES ($1, $2, $3, $4, COALESCE($5, now())) RETURNING id`,
      [row.organizationId, row.queue, row.name, JSON.stringify(row.payload), row.availableAt],
    );
    return inserted!.id;
  }

  /** Wakes the relay at commit (NOTIFY is transactional). */
  async notify(em: EntityManager, channel: string): Promise<void> {
    await run(em, `SELECT pg_notify($1, '')`, [channel]);
  }

  /** Due rows, oldest first, locked; rows another relay holds are skipped. */
  lockPending(em: EntityManager, limit: number): Promise<PendingOutboxRow[]> {
    return rows<PendingOutboxRow>(
      em,
      `SELECT id, organization_id, queue, name, payload,
                GREATEST(0, EXTRACT(EPOCH FROM (available_at - now())) * 1000)::int AS delay_ms
           FROM outbox
          WHERE status = 'pending' AND available_at <= now() + interval '1 minute'
          ORDER BY available_at, created_at
          LIMIT ${limit}
          FOR UPDATE SKIP LOCKED`,
    );
  }

  async markQueued(em: EntityManager, ids: string[]): Promise<void> {
    await run(em, `UPDATE outbox SET status = 'queued', published_at = now() WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /** Rows published to Redis and not finished, oldest publication first. */
  published(em: EntityManager, limit: number): Promise<PublishedOutboxRow[]> {
    return rows<PublishedOutboxRow>(
      em,
      `SELECT id, queue FROM outbox WHERE status IN ('queued', 'active') ORDER BY published_at LIMIT ${limit}`,
    );
  }

  /** Puts these rows back to pending if they are still queued or active; answers how many. */
  async resetToPending(em: EntityManager, ids: string[]): Promise<number> {
    const reset = await firstRow<{ n: number }>(
      em,
      `WITH reset AS (UPDATE outbox SET status = 'pending' WHERE id = ANY($1::uuid[]) AND status IN ('queued', 'active') RETURNING id)
       SELECT count(*)::int AS n FROM reset`,
      [ids],
    );
    return reset!.n;
  }

  /** Marks a try started; false when the row is completed already. */
  async markActive(em: EntityManager, id: string, attempt: number): Promise<boolean> {
    const started = await run(
      em,
      `UPDATE outbox SET status = 'active', attempts = $2 WHERE id = $1 AND status <> 'completed' RETURNING id`,
      [id, attempt],
    );
    return started.affected > 0;
  }

  async writeProgress(
    em: EntityManager,
    id: string,
    percent: number,
    detail: Record<string, unknown> | undefined,
  ): Promise<void> {
    await run(
      em,
      `UPDATE outbox SET progress = $2, progress_detail = COALESCE($3::jsonb, progress_detail) WHERE id = $1`,
      [id, percent, detail ? JSON.stringify(detail) : null],
    );
  }

  async markCompleted(em: EntityManager, id: string, result: unknown): Promise<void> {
    await run(
      em,
      `UPDATE outbox SET status = 'completed', progress = 100, result = $2, last_error = NULL, finished_at = now() WHERE id = $1`,
      [id, result === undefined ? null : JSON.stringify(result)],
    );
  }

  /** A failed try: `failed` for good (`final`) or back to `queued` for BullMQ's retry. */
  async markFailed(
    em: EntityManager,
    id: string,
    final: boolean,
    error: string,
    rejectedResult: string | null,
  ): Promise<void> {
    await run(
      em,
      `UPDATE outbox SET status = $2, last_error = $3, finished_at = CASE WHEN $4 THEN now() END, result = COALESCE($5::jsonb, result) WHERE id = $1`,
      [id, final ? 'failed' : 'queued', error, final, rejectedResult],
    );
  }

  /** The oldest job due and not yet handed to BullMQ (outbox_pending_idx), and how many are. */
  async pendingLag(em: EntityManager): Promise<OutboxLagRow> {
    const row = await firstRow<OutboxLagRow>(
      em,
      `SELECT extract(epoch FROM now() - min(available_at))::float8 AS lag, count(*) AS pending
             FROM outbox WHERE status = 'pending' AND available_at <= now()`,
    );
    return row!;
  }

  /** One tick of a schedule at a time, until the commit. */
  async lockSchedule(em: EntityManager, name: string): Promise<void> {
    await run(em, `SELECT pg_advisory_xact_lock(hashtext($1))`, [`schedule:${name}`]);
  }

  /** The row a tick of this schedule wrote already, if any (ticks are kept a week). */
  async scheduledTick(em: EntityManager, name: string, scheduledAt: string): Promise<string | undefined> {
    const row = await firstRow<{ id: string }>(
      em,
      `SELECT id FROM outbox
          WHERE organization_id IS NULL AND name = $1 AND payload->>'scheduledAt' = $2 AND created_at > now() - interval '7 days'
          LIMIT 1`,
      [name, scheduledAt],
    );
    return row?.id;
  }
}
