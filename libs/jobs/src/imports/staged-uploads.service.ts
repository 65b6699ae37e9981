import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig, DomainError, RequestContext, ValidationError } from '@socius/core';
import { UnrecoverableError } from 'bullmq';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable, Transform } from 'node:stream';
import { DataSource, EntityManager } from 'typeorm';
import { JobContext } from '../job-handler';
import { JobRejectedError } from '../job-runner';
import { StagedUploadRecord } from '../entities/staged-upload.entity';
import { OutboxService } from '../outbox.service';
import { StagedUploadsRepository } from './staged-uploads.repository';

/** 200 MB: about two million member rows. Whatever the path, sync or job. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

/** A staged file is stored, and read back, a megabyte at a time. */
const CHUNK_BYTES = 1024 * 1024;

/** What an import reports to a job while it runs, and how it ends inside its own transaction. */
export interface ImportHooks {
  /** rows read and checked so far; called every batch */
  rowsDone?(rows: number): Promise<void>;
  /**
   * Called inside the import's transaction once everything is written, with what the import
   * answers: the job marks its staged upload consumed there, so the import and the mark commit
   * together (a retry after the commit finds the mark and imports nothing).
   */
  beforeCommit?(em: EntityManager, result: unknown): Promise<void>;
}

/**
 * An import's file: a request's body, or a staged file, read with the EntityManager the import
 * gives it (its transaction's, when it reads the file inside one).
 */
export type ImportInput = Readable | ((em: EntityManager) => Readable);

export function openInput(input: ImportInput, em: EntityManager): Readable {
  return typeof input === 'function' ? input(em) : input;
}

/** What a job handler learns about the upload it imports. */
export interface StagedUpload {
  id: string;
  organizationId: string;
  kind: string;
  /** the request's parameters besides the file (e.g. the opening register's date and capital) */
  params: Record<string, unknown>;
  /** who sent the file: the import's audit entries name them */
  requestedBy: string | null;
}

export interface StageRequest {
  organizationId: string;
  requestedBy: string | null;
  /** what the file is, e.g. `members` */
  kind: string;
  /** the job that imports it */
  jobName: string;
  params?: Record<string, unknown>;
}

/** Whether an upload runs now or as a job, and the body to read either way. */
export interface ImportRoute {
  async: boolean;
  body: Readable;
}

class AlreadyImported extends Error {}

/**
 * Large CSV imports as background jobs. The API streams the file into PostgreSQL (a row per
 * megabyte in `staged_upload_chunks`) and enqueues the job in the same transaction, so API and
 * worker need share nothing but the database, and a file is staged if and only if its job exists.
 * The worker streams the chunks back into the import code the synchronous path runs, and marks
 * the upload consumed inside the import's transaction.
 */
@Injectable()
export class StagedUploadsService {
  private readonly logger = new Logger('StagedUploads');

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: StagedUploadsRepository,
  ) {}

  /**
   * A job when asked (`?async=true`, or `Prefer: respond-async`, RFC 7240) or when the file is
   * larger than IMPORT_SYNC_MAX_BYTES. Without a Content-Length (chunked upload) the first
   * IMPORT_SYNC_MAX_BYTES are read to find out, and handed on with the rest.
   */
  async route(req: IncomingMessage, query: { async?: string }): Promise<ImportRoute> {
    if (query.async === 'false') return { async: false, body: req };
    if (query.async === 'true' || prefersAsync(req)) return { async: true, body: req };
    const max = this.config.IMPORT_SYNC_MAX_BYTES;
    const declared = req.headers['content-length'];
    if (declared !== undefined) return { async: Number(declared) > max, body: req };
    const head = await readUpTo(req, max);
    const body = Readable.from(prefixed(head.chunks, head.ended ? undefined : req), { objectMode: false });
    return { async: !head.ended, body };
  }

  /** Stages the file and enqueues its job, in one transaction; answers the job id. */
  async stage(
    request: StageRequest,
    body: Readable,
    maxBytes = MAX_IMPORT_BYTES,
  ): Promise<{ jobId: string; uploadId: string; bytes: number }> {
    return this.dataSource.transaction(async (em) => {
      const id = await this.repository.insert(em, {
        organizationId: request.organizationId,
        kind: request.kind,
        params: request.params ?? {},
        requestedBy: request.requestedBy,
      });
      let bytes = 0;
      let seq = 0;
      let pending: Buffer[] = [];
      let pendingBytes = 0;
      const flush = async () => {
        if (!pendingBytes) return;
        await this.repository.insertChunk(em, id, seq++, Buffer.concat(pending));
        pending = [];
        pendingBytes = 0;
      };
      for await (const chunk of body.pipe(limitBytes(maxBytes)) as AsyncIterable<Buffer>) {
        bytes += chunk.length;
        pending.push(chunk);
        pendingBytes += chunk.length;
        if (pendingBytes >= CHUNK_BYTES) await flush();
      }
      await flush();
      if (bytes === 0) throw ValidationError.field('body', 'is empty: send the CSV file');
      const jobId = await this.outbox.enqueue(em, {
        organizationId: request.organizationId,
        queue: 'default',
        name: request.jobName,
        payload: { uploadId: id },
      });
      await this.repository.setStaged(em, id, bytes, seq, jobId);
      return { jobId, uploadId: id, bytes };
    });
  }

  /**
   * Runs an import job: streams the staged file into `importFile` with hooks that report progress
   * and mark the upload consumed in the import's transaction. A retry after that commit answers the
   * stored result; a file the import refuses (a 4xx problem: bad rows, wrong totals) ends the job
   * `failed` at once with that problem in its result, as the synchronous path would have answered.
   */
  async run<R>(
    payload: Record<string, unknown>,
    job: JobContext,
    importFile: (upload: StagedUpload, input: ImportInput, hooks: ImportHooks) => Promise<R>,
  ): Promise<R> {
    // a job without an organization has no upload: the find is only asked with one
    const row = job.organizationId
      ? await this.dataSource
          .getRepository(StagedUploadRecord)
          .findOneBy({ id: String(payload.uploadId), organizationId: job.organizationId })
      : null;
    if (!row)
      throw new UnrecoverableError(
        `The file of this import is no longer staged (uploads are deleted after ${this.config.STAGED_UPLOAD_RETENTION_DAYS} days): send it again.`,
      );
    const done = this.outcome<R>(row);
    if (done) return done;

    const upload: StagedUpload = {
      id: row.id,
      organizationId: row.organizationId,
      kind: row.kind,
      params: row.params,
      requestedBy: row.requestedBy,
    };
    // the import's audit entries name who sent the file
    if (upload.requestedBy) RequestContext.assign({ userId: upload.requestedBy });
    const bytesTotal = Number(row.bytes);
    let bytesDone = 0;
    let rows = 0;
    const input = (em: EntityManager) =>
      Readable.from(
        this.chunks(em, upload.id, Number(row.chunks), (n) => (bytesDone += n)),
        { objectMode: false },
      );
    const hooks: ImportHooks = {
      rowsDone: async (n) => {
        rows = n;
        // 100 is for the end: the job is complete only once the import has committed
        await job.progress(Math.min(99, Math.floor((100 * bytesDone) / Math.max(1, bytesTotal))), {
          rowsDone: rows,
          bytesDone,
          bytesTotal,
        });
      },
      beforeCommit: async (em, result) => {
        if ((await this.repository.lockStatus(em, upload.id)) !== 'staged') throw new AlreadyImported();
        await this.repository.markConsumed(em, upload.id, result);
        await this.repository.deleteChunks(em, upload.id);
      },
    };
    try {
      const result = await importFile(upload, input, hooks);
      await job.progress(100, { rowsDone: rows, bytesDone: bytesTotal, bytesTotal });
      return result;
    } catch (error) {
      if (error instanceof AlreadyImported) return this.finishedElsewhere<R>(upload.id);
      if (error instanceof DomainError && error.status < 500) {
        const result = { problem: error.toProblem() };
        const marked = await this.dataSource.transaction(async (em) => {
          const rejected = await this.repository.markRejected(em, upload.id, result);
          if (rejected) await this.repository.deleteChunks(em, upload.id);
          return rejected;
        });
        // a concurrent run of the same job (a stalled one handed out again) may have imported it
        if (!marked) return this.finishedElsewhere<R>(upload.id);
        throw new JobRejectedError(error.message, result);
      }
      throw error;
    }
  }

  /**
   * Deletes staged uploads older than STAGED_UPLOAD_RETENTION_DAYS (a consumed upload's chunks
   * are gone already; its row only kept the outcome for retries), except under a running job.
   */
  async cleanup(): Promise<{ deleted: number }> {
    const deleted = await this.repository.deleteOlderThan(
      this.dataSource.manager,
      this.config.STAGED_UPLOAD_RETENTION_DAYS,
    );
    if (deleted)
      this.logger.log(
        `deleted ${deleted} staged upload(s) older than ${this.config.STAGED_UPLOAD_RETENTION_DAYS} days`,
      );
    return { deleted };
  }

  private outcome<R>(row: Pick<StagedUploadRecord, 'status' | 'result'>): R | undefined {
    if (row.status === 'consumed') return row.result as R;
    if (row.status === 'rejected') {
      const problem = (row.result?.problem ?? {}) as { detail?: string };
      throw new JobRejectedError(problem.detail ?? 'The import was refused.', row.result ?? {});
    }
    return undefined;
  }

  private async finishedElsewhere<R>(uploadId: string): Promise<R> {
    const row = await this.dataSource.getRepository(StagedUploadRecord).findOneBy({ id: uploadId });
    const done = row ? this.outcome<R>(row) : undefined;
    if (done === undefined) throw new Error('the staged upload changed state during the import');
    return done;
  }

  /** The staged file, a chunk at a time (one query each: memory stays at one chunk). */
  private async *chunks(
    em: EntityManager,
    uploadId: string,
    count: number,
    onRead: (bytes: number) => void,
  ): AsyncGenerator<Buffer> {
    for (let seq = 0; seq < count; seq++) {
      const chunk = await this.repository.readChunk(em, uploadId, seq);
      if (!chunk) throw new UnrecoverableError(`chunk ${seq} of the staged file is missing`);
      onRead(chunk.length);
      yield chunk;
    }
  }
}

/** `Prefer: respond-async` (RFC 7240), among other preferences or alone. */
function prefersAsync(req: IncomingMessage): boolean {
  return String(req.headers.prefer ?? '')
    .split(',')
    .some((p) => p.split(';')[0].trim().toLowerCase() === 'respond-async');
}

/**
 * The answer to an import that became a job: 202, `Location` of the job to poll, `{ jobId }`;
 * `Preference-Applied` when the caller sent `Prefer: respond-async`.
 */
export function acceptedJob(req: IncomingMessage, res: ServerResponse, slug: string, jobId: string): void {
  const location = `/v1/orgs/${slug}/jobs/${jobId}`;
  res.statusCode = 202;
  res.setHeader('Location', location);
  if (prefersAsync(req)) res.setHeader('Preference-Applied', 'respond-async');
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ jobId, status: 'pending', location }));
}

/** Refuses a body past `max` bytes with a 413 naming the limit. */
export function limitBytes(max: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      if (seen > max)
        callback(
          new DomainError(
            413,
            'payload-too-large',
            'Payload too large',
            `An import may hold at most ${max / 1024 / 1024} MB.`,
            [{ field: 'body', message: `is larger than ${max} bytes` }],
          ),
        );
      else callback(null, chunk);
    },
  });
}

/** Reads a stream until it ends or more than `max` bytes came; leaves the rest unread (paused). */
function readUpTo(stream: Readable, max: number): Promise<{ chunks: Buffer[]; ended: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      stream.off('data', onData);
      stream.off('end', onEnd);
      stream.off('error', onError);
    };
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size > max) {
        stream.pause();
        stop();
        resolve({ chunks, ended: false });
      }
    };
    const onEnd = () => {
      stop();
      resolve({ chunks, ended: true });
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    stream.on('data', onData);
    stream.on('end', onEnd);
    stream.on('error', onError);
  });
}

async function* prefixed(head: Buffer[], rest?: Readable): AsyncGenerator<Buffer> {
  yield* head;
  if (rest) yield* rest as AsyncIterable<Buffer>;
}
