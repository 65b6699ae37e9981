import type { PoolClient } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { Readable, Transform, type TransformCallback, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DomainError } from '@socius/core';
import type { ReadReplica } from './read-replica';

/**
 * Streaming reads straight from PostgreSQL: `COPY (SELECT ...) TO STDOUT` on a dedicated client —
 * of the read replica's pool when one is set and caught up, else of the primary's (ReadReplica) —
 * through pg-copy-streams. The server formats the rows; Node only moves bytes
 * (or splits lines), so memory stays flat and the cost stays close to a bare `psql \copy`.
 *
 * COPY takes no bind parameters: every value inlined in the query goes through `literal()`
 * (the driver's `escapeLiteral`) and an explicit cast.
 */

/** Quotes a value for inlining into SQL: `'it''s'`. */
export type Literal = (value: string) => string;

/**
 * Exports hold a pooled connection for as long as the download lasts. At most half of the pool
 * serves them (ReadReplica.exportLimit), so that a few slow downloads never starve the rest of the API.
 */
let exportsRunning = 0;

export class ExportsBusyError extends DomainError {
  constructor() {
    super(
      503,
      'exports-busy',
      'Service unavailable',
      'Too many exports are running at the moment: retry in a minute.',
      undefined,
      {
        retryAfterSeconds: 30,
      },
    );
  }
}

/** A client kept for the whole export (refused when too many are out). */
export async function poolClient(reads: ReadReplica): Promise<PoolClient> {
  if (exportsRunning >= reads.exportLimit) throw new ExportsBusyError();
  exportsRunning++;
  try {
    return (await reads.connect()).client;
  } catch (error) {
    exportsRunning--;
    throw error;
  }
}

/**
 * Releases the client. A client whose COPY did not run to its end (the HTTP client went away, or
 * an error) still has rows in flight on its socket: it is closed instead of going back to the pool.
 */
export function releaseClient(client: PoolClient, clean: boolean): void {
  exportsRunning--;
  try {
    client.release(clean ? undefined : new Error('export interrupted'));
  } catch {
    // already released
  }
}

export interface CopyOptions {
  /** `text` (tab-separated, backslash escapes, `\N` for null) or `csv`. */
  format: 'text' | 'csv';
  /** csv only; default `;` */
  delimiter?: string;
}

/**
 * A read-only transaction for the export, without JIT: compiling the query costs up to a second
 * and buys nothing for a plan that mostly moves rows.
 */
async function begin(client: PoolClient): Promise<void> {
  await client.query('BEGIN READ ONLY');
  await client.query('SET LOCAL jit = off');
}

export function copyStatement(select: string, options: CopyOptions): string {
  const with_ =
    options.format === 'csv' ? `FORMAT csv, DELIMITER '${options.delimiter ?? ';'}', HEADER false` : 'FORMAT text';
  return `COPY (${select}) TO STDOUT WITH (${with_})`;
}

/**
 * Runs `build(literal)` as a COPY on its own pool client and pipes the bytes through `stages` into
 * `out`, after `head` (written once the transaction is open: a busy pool or a dead database still
 * gets a problem+json answer, not a cut download). Resolves when `out` has finished; rejects
 * (destroying every stream) on an error or when `out` closes early. The client is always released.
 */
export async function pipeCopy(
  reads: ReadReplica,
  build: (literal: Literal) => string,
  options: CopyOptions,
  stages: (Transform | Writable)[],
  out: Writable,
  head?: string | Buffer,
): Promise<void> {
  const client = await poolClient(reads);
  let clean = false;
  try {
    await begin(client);
    const copy = client.query(
      copyTo(
        copyStatement(
          build((v) => client.escapeLiteral(v)),
          options,
        ),
      ),
    );
    if (head !== undefined) out.write(head);
    await pipeline([copy, ...stages, out] as unknown as [Readable, ...Writable[]]);
    await client.query('COMMIT');
    clean = true;
  } finally {
    releaseClient(client, clean);
  }
}

/** Parsed rows of a running COPY; `close()` stops it early (idempotent). */
export interface CopyRowSource<T> extends AsyncIterable<T> {
  close(): Promise<void>;
}

/**
 * Same, as an async iterable of parsed rows (COPY text format), for consumers that are not streams
 * (exceljs). The COPY is running when this resolves; iterate it to the end, or call `close()`.
 */
export async function openCopyRows<T>(
  reads: ReadReplica,
  build: (literal: Literal) => string,
  map: (fields: (string | null)[]) => T,
): Promise<CopyRowSource<T>> {
  const client = await poolClient(reads);
  let copy: Readable;
  try {
    await begin(client);
    copy = client.query(
      copyTo(
        copyStatement(
          build((v) => client.escapeLiteral(v)),
          { format: 'text' },
        ),
      ),
    );
  } catch (error) {
    releaseClient(client, false);
    throw error;
  }
  const rows = new CopyTextRows(map);
  copy.on('error', (err) => rows.destroy(err));
  copy.pipe(rows);
  let released = false;
  const finish = async (clean: boolean) => {
    if (released) return;
    released = true;
    if (clean) {
      try {
        await client.query('COMMIT');
      } catch {
        clean = false;
      }
    } else {
      copy.unpipe(rows);
      copy.destroy();
      rows.destroy();
    }
    releaseClient(client, clean);
  };
  return {
    async *[Symbol.asyncIterator]() {
      let clean = false;
      try {
        for await (const row of rows) yield row as T;
        clean = true;
      } finally {
        await finish(clean);
      }
    },
    close: () => finish(false),
  };
}

const NEWLINE = 0x0a;
const QUOTE = 0x22;
const CRLF = Buffer.from('\r\n');

/**
 * LF → CRLF for COPY's CSV output, record separators only: an LF inside a quoted field (a name
 * typed with a line break) is data and stays as it is. The quote state carries across chunks;
 * a doubled quote `""` toggles twice, so escaping needs no special case.
 */
export class CsvCrlf extends Transform {
  private inQuotes = false;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    callback(null, this.convert(chunk));
  }

  convert(chunk: Buffer): Buffer {
    const breaks: number[] = [];
    let pos = 0;
    let nextQuote = -2; // not searched yet
    const length = chunk.length;
    while (pos < length) {
      if (this.inQuotes) {
        const close = chunk.indexOf(QUOTE, pos);
        if (close === -1) break;
        this.inQuotes = false;
        pos = close + 1;
        nextQuote = -2;
        continue;
      }
      const nl = chunk.indexOf(NEWLINE, pos);
      if (nextQuote !== -1 && nextQuote < pos) nextQuote = chunk.indexOf(QUOTE, pos);
      if (nextQuote !== -1 && (nl === -1 || nextQuote < nl)) {
        this.inQuotes = true;
        pos = nextQuote + 1;
        continue;
      }
      if (nl === -1) break;
      breaks.push(nl);
      pos = nl + 1;
    }
    if (breaks.length === 0) return chunk;
    const out = Buffer.allocUnsafe(length + breaks.length);
    let from = 0;
    let to = 0;
    for (const nl of breaks) {
      to += chunk.copy(out, to, from, nl);
      out[to++] = CRLF[0];
      out[to++] = CRLF[1];
      from = nl + 1;
    }
    chunk.copy(out, to, from, length);
    return out;
  }
}

/**
 * Parses COPY's text format (one row per LF, fields separated by tab, backslash escapes, `\N` for
 * null) into one object per row, made by `map`. Chunks are cut at the last LF, so a multi-byte
 * UTF-8 character is never split.
 */
export class CopyTextRows<T> extends Transform {
  /** the bytes after the last LF seen: the start of a row still to come */
  private rest: Buffer | null = null;

  constructor(private readonly toRow: (fields: (string | null)[]) => T) {
    super({ readableObjectMode: true, writableObjectMode: false, readableHighWaterMark: 1024 });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    const bytes = this.rest ? Buffer.concat([this.rest, chunk]) : chunk;
    const last = bytes.lastIndexOf(NEWLINE);
    if (last === -1) {
      this.rest = bytes;
      callback();
      return;
    }
    this.rest = last + 1 < bytes.length ? Buffer.from(bytes.subarray(last + 1)) : null;
    try {
      this.lines(bytes.toString('utf8', 0, last + 1));
    } catch (err) {
      callback(err as Error);
      return;
    }
    callback();
  }

  override _flush(callback: TransformCallback): void {
    const rest = this.rest;
    this.rest = null;
    try {
      if (rest?.length) this.lines(`${rest.toString('utf8')}\n`);
    } catch (err) {
      callback(err as Error);
      return;
    }
    callback();
  }

  /** `text` holds whole rows, each ended by LF. */
  private lines(text: string): void {
    let pos = 0;
    const end = text.length;
    while (pos < end) {
      const nl = text.indexOf('\n', pos);
      const line = text.slice(pos, nl);
      pos = nl + 1;
      const fields: (string | null)[] = line.split('\t');
      if (line.includes('\\'))
        for (let i = 0; i < fields.length; i++) fields[i] = unescapeCopyText(fields[i] as string);
      this.push(this.toRow(fields));
    }
  }
}

const ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

/** One field of COPY text output: `\N` is null, `\t` a tab, `\\` a backslash ... */
export function unescapeCopyText(field: string): string | null {
  if (field === '\\N') return null;
  if (!field.includes('\\')) return field;
  return field.replace(/\\([0-7]{1,3}|x[0-9a-fA-F]{1,2}|.)/g, (_, c: string) => {
    if (c.length > 1 || /[0-7]/.test(c)) {
      return c[0] === 'x' ? String.fromCharCode(parseInt(c.slice(1), 16)) : String.fromCharCode(parseInt(c, 8));
    }
    return ESCAPES[c] ?? c;
  });
}
