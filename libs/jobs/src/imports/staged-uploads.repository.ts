import { Injectable } from '@nestjs/common';
import { firstRow, run } from '@socius/database';
import type { EntityManager } from 'typeorm';

export interface NewStagedUpload {
  organizationId: string;
  kind: string;
  params: Record<string, unknown>;
  requestedBy: string | null;
}

/** The staged uploads' SQL: the file in megabyte chunks, and how its import ended. */
@Injectable()
export class StagedUploadsRepository {
  async insert(em: EntityManager, upload: NewStagedUpload): Promise<string> {
    const row = await firstRow<{ id: string }>(
      em,
      `INSERT INTO staged_uploads (organization_id, kind, params, requested_by) VALUES ($1, $2, $3, $4) RETURNING id`,
      [upload.organizationId, upload.kind, JSON.stringify(upload.params), upload.requestedBy],
    );
    return row!.id;
  }

  async insertChunk(em: EntityManager, uploadId: string, seq: number, data: Buffer): Promise<void> {
    await run(em, `INSERT INTO staged_upload_chunks (upload_id, seq, data) VALUES ($1, $2, $3)`, [uploadId, seq, data]);
  }

  async setStaged(em: EntityManager, id: string, bytes: number, chunks: number, outboxId: string): Promise<void> {
    await run(em, `UPDATE staged_uploads SET bytes = $2, chunks = $3, outbox_id = $4 WHERE id = $1`, [
      id,
      bytes,
      chunks,
      outboxId,
    ]);
  }

  async readChunk(em: EntityManager, uploadId: string, seq: number): Promise<Buffer | undefined> {
    const chunk = await firstRow<{ data: Buffer }>(
      em,
      `SELECT data FROM staged_upload_chunks WHERE upload_id = $1 AND seq = $2`,
      [uploadId, seq],
    );
    return chunk?.data;
  }

  /** The upload's status, its row locked until the commit; undefined when it is gone. */
  async lockStatus(em: EntityManager, id: string): Promise<string | undefined> {
    const row = await firstRow<{ status: string }>(em, `SELECT status FROM staged_uploads WHERE id = $1 FOR UPDATE`, [
      id,
    ]);
    return row?.status;
  }

  async markConsumed(em: EntityManager, id: string, result: unknown): Promise<void> {
    await run(em, `UPDATE staged_uploads SET status = 'consumed', result = $2, finished_at = now() WHERE id = $1`, [
      id,
      JSON.stringify(result),
    ]);
  }

  /** Marks a still staged upload rejected; false when it is not staged any more. */
  async markRejected(em: EntityManager, id: string, result: unknown): Promise<boolean> {
    const updated = await run(
      em,
      `UPDATE staged_uploads SET status = 'rejected', result = $2, finished_at = now() WHERE id = $1 AND status = 'staged' RETURNING id`,
      [id, JSON.stringify(result)],
    );
    return updated.affected > 0;
  }

  async deleteChunks(em: EntityManager, uploadId: string): Promise<void> {
    await run(em, `DELETE FROM staged_upload_chunks WHERE upload_id = $1`, [uploadId]);
  }

  /** Deletes the uploads older than this many days, except under a running job; answers how many. */
  async deleteOlderThan(em: EntityManager, days: number): Promise<number> {
    const deleted = await run(
      em,
      `DELETE FROM staged_uploads u
        WHERE u.created_at < now() - make_interval(days => $1)
          AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.id = u.outbox_id AND o.status = 'active')
       RETURNING u.id`,
      [days],
    );
    return deleted.affected;
  }
}
