import type { Connection } from 'pg';

const COPY_DATA = 0x64; // d
const COPY_DONE = 0x63; // c
const COPY_OUT_RESPONSE = 0x48; // H
const ERROR_RESPONSE = 0x45; // E
/** messages the server may send in the middle of a COPY (notice, parameter status, notification) */
const ASIDE = new Set([0x4e, 0x53, 0x41]);

/**
 * The rows of a `COPY (…) TO STDOUT`, read off the connection's socket into one shared buffer, for
 * a pg client's `query()`. The server sends a CopyData message per row: pg-copy-streams hands them
 * on as a stream, at a few hundred nanoseconds each (40–60 ms of the event loop for the 100,000
 * rows of a large ballot box); here the socket's chunks are only cut where messages start, and the
 * CopyData messages kept as they are, copied in runs (a copy per chunk, not per row). The socket is
 * taken as pg-copy-streams takes it (its one 'data' listener set aside, given back with what
 * follows the COPY: the command's end, or an error, which pg reads as usual and reports here).
 *
 * `result`: the CopyData messages one after the other, verbatim ('d', the message's length in 4
 * bytes, the row in COPY text ending with a newline), from the start of `into` (a SharedArrayBuffer
 * of `into` bytes when a number) and in a larger SharedArrayBuffer if need be, so that threads read
 * it as is. `progress`, if given, sees the bytes kept so far after each chunk (the buffer itself: it
 * changes when it grows), to work on the rows while the next ones are on their way; what it throws
 * fails the COPY.
 */
export class CopyRows {
  readonly result: Promise<Uint8Array>;
  private resolve!: (rows: Uint8Array) => void;
  private reject!: (error: Error) => void;
  private settled = false;
  private out: Uint8Array;
  private length = 0;
  private failure: Error | undefined;
  // the message being read: its header (5 bytes: kind, length) when cut between chunks, its kind,
  // the bytes of its body left to read (-1: at a header)
  private readonly head = Buffer.alloc(5);
  private headLength = 0;
  private kind = 0;
  private left = -1;
  private connection: Connection | undefined;
  private pgOnData: ((chunk: Buffer) => void) | undefined;
  private readonly onData = (chunk: Buffer) => this.read(chunk);

  constructor(
    private readonly text: string,
    into: Uint8Array | number,
    private readonly progress?: (rows: Uint8Array, length: number) => void,
  ) {
    this.out = typeof into === 'number' ? new Uint8Array(new SharedArrayBuffer(Math.max(1024, into))) : into;
    this.result = new Promise((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
    this.result.catch(() => undefined); // the caller awaits it; a failure before it does is not unhandled
  }

  /** Called by pg when the query's turn comes on the connection. */
  submit(connection: Connection): void {
    this.connection = connection;
    const stream = connection.stream;
    const listeners = stream.listeners('data') as ((chunk: Buffer) => void)[];
    if (listeners.length !== 1) {
      this.fail(new Error(`CopyRows: expected the connection's one data listener, found ${listeners.length}`));
      return;
    }
    this.pgOnData = listeners[0];
    stream.removeListener('data', this.pgOnData);
    stream.on('data', this.onData);
    connection.query(this.text);
  }

  private read(chunk: Buffer): void {
    const n = chunk.length;
    let i = 0;
    // where the CopyData messages to keep start in this chunk (at its start when it goes on with one)
    let keep = this.left > 0 && this.kind === COPY_DATA ? 0 : -1;
    while (i < n) {
      if (this.left < 0) {
        // a message's header, whole in this chunk or cut between chunks
        let start = i;
        if (this.headLength === 0 && i + 5 <= n) {
          this.kind = chunk[i];
          this.left = chunk.readUInt32BE(i + 1) - 4;
          i += 5;
        } else {
          if (this.headLength === 0 && keep >= 0) {
            this.keep(chunk, keep, i);
            keep = -1;
          }
          const take = Math.min(5 - this.headLength, n - i);
          chunk.copy(this.head, this.headLength, i, i + take);
          this.headLength += take;
          i += take;
          if (this.headLength < 5) return;
          this.headLength = 0;
          this.kind = this.head[0];
          this.left = this.head.readUInt32BE(1) - 4;
          start = -1; // the header is in this.head
        }
        if (this.kind === COPY_DATA) {
          if (start < 0) {
            this.keep(this.head, 0, 5);
            keep = i;
          } else if (keep < 0) keep = start;
        } else {
          if (keep >= 0) this.keep(chunk, keep, start);
          keep = -1;
          if (this.kind === COPY_DONE) {
            // then CommandComplete and ReadyForQuery, for pg
            this.report();
            this.detach(chunk.subarray(i));
            return;
          }
          if (this.kind !== COPY_OUT_RESPONSE && !ASIDE.has(this.kind)) {
            // an error (or not a COPY TO at all): pg reads it from its start and reports it
            if (this.kind !== ERROR_RESPONSE) this.failure = new Error(`CopyRows: unexpected message ${String.fromCharCode(this.kind)} in a COPY TO`);
            this.detach(start >= 0 ? chunk.subarray(start) : Buffer.concat([this.head, chunk.subarray(i)]));
            return;
          }
        }
      }
      const take = Math.min(this.left, n - i);
      i += take;
      this.left -= take;
      if (this.left === 0) this.left = -1;
    }
    if (keep >= 0) this.keep(chunk, keep, n);
    this.report();
  }

  private report(): void {
    if (!this.progress || this.failure) return;
    try {
      this.progress(this.out, this.length);
    } catch (error) {
      this.failure = error as Error;
    }
  }

  /** Appends bytes [from, to) of a chunk to the result. */
  private keep(chunk: Uint8Array, from: number, to: number): void {
    if (this.length + to - from > this.out.length) this.grow(this.length + to - from);
    this.out.set(chunk.subarray(from, to), this.length);
    this.length += to - from;
  }

  private grow(needed: number): void {
    const bigger = new Uint8Array(new SharedArrayBuffer(Math.max(needed, this.out.length * 2, 1024)));
    bigger.set(this.out.subarray(0, this.length));
    this.out = bigger;
  }

  /** The socket back to pg, with the bytes that follow the COPY's rows. */
  private detach(rest: Buffer): void {
    const stream = this.connection?.stream;
    if (!stream || !this.pgOnData) return;
    stream.removeListener('data', this.onData);
    stream.on('data', this.pgOnData);
    const pgOnData = this.pgOnData;
    this.pgOnData = undefined;
    if (rest.length) pgOnData(rest);
  }

  private fail(error: Error): void {
    this.detach(Buffer.alloc(0));
    if (this.settled) return;
    this.settled = true;
    this.reject(error);
  }

  // ---- what pg calls on a query ----

  handleError(error: Error): void {
    this.fail(error);
  }

  handleReadyForQuery(): void {
    if (this.settled) return;
    this.settled = true;
    if (this.failure || this.pgOnData) this.reject(this.failure ?? new Error('CopyRows: the COPY ended before its rows'));
    else this.resolve(this.out.subarray(0, this.length));
  }

  handleCommandComplete(): void {}
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyData(): void {}
  handleCopyInResponse(connection: Connection): void {
    this.failure ??= new Error('CopyRows: a COPY FROM, not TO');
    (connection as unknown as { sendCopyFail(message: string): void }).sendCopyFail('not a COPY TO');
  }
}
