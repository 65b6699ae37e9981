import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { Piscina } from 'piscina';
import { Box, BoxRoom, boxRoot, rootOfRuns, RUN } from './seal-box';
import type { BoxQuery, SealTask } from './seal-worker';

/** Up to this many ballots a box is sealed on the event loop (a few milliseconds), without threads. */
export const SEAL_INLINE_MAX = 4096;
/** Threads stop after this long without a seal. */
const IDLE_MS = 60_000;

/**
 * Seals ballot boxes (their Merkle root, seal-box.ts) on worker threads: 100,000 ballots are 100,000
 * SHA-256, some 50 ms of CPU even four at a time, which would otherwise hold the event loop, and
 * which split over the threads. One thread puts the rows in receipt order, then each hashes its
 * share of whole runs of leaves, and the runs' roots make the root. A small box is sealed on the
 * event loop. So is a large one while the threads are not running: they start after it (booting
 * two threads and compiling their code is more CPU than that seal, and would slow the close that
 * waits for them), for the next seals, and stop after a minute without one.
 */
export class SealPool {
  private pool: Piscina | undefined;
  /** the threads have answered once: their code is loaded and compiled */
  private ready: Promise<void> | undefined;
  private isReady = false;
  private rooms: BoxRoom[] = [];
  private busy = 0;
  private idle: NodeJS.Timeout | undefined;

  constructor(private readonly threads = Math.min(2, availableParallelism())) {}

  /** Starts the threads, resolved once they answer (tests, benches: seals on threads from then on). */
  async started(): Promise<void> {
    this.start();
    await this.ready;
  }

  /**
   * Room for a box of up to `capacity` rows: one that a finished seal gave back (`release`) when
   * large enough, else a new one.
   */
  room(capacity: number): BoxRoom {
    const i = this.rooms.findIndex((r) => r.capacity >= capacity);
    return i >= 0 ? this.rooms.splice(i, 1)[0] : new BoxRoom(capacity);
  }

  /** A room back, for the next seal (the two largest are kept while the threads run). */
  release(room: BoxRoom): void {
    this.rooms = [...this.rooms, room].sort((a, b) => b.capacity - a.capacity).slice(0, 2);
  }

  /**
   * The Merkle root of a box (seal-box.ts), on the threads when large (its arrays in shared memory:
   * as read into a room, else copied there), its order in `order` when given (shared, `box.count` long).
   */
  async root(box: Box, order?: Int32Array): Promise<string> {
    const n = box.count;
    if (n <= SEAL_INLINE_MAX || this.threads <= 0 || !this.isReady) {
      const root = boxRoot(box, order);
      if (n > SEAL_INLINE_MAX && this.threads > 0) this.start();
      return root;
    }
    const pool = this.start();
    this.busy++;
    try {
      box = { ...box, rows: shared(box.rows), keys: shared(box.keys), leaves: shared(box.leaves) };
      const into = order?.length === n && order.buffer instanceof SharedArrayBuffer ? order : new Int32Array(new SharedArrayBuffer(n * 4));
      await pool.run({ kind: 'order', box, order: into } satisfies SealTask);
      return await this.runs(pool, box, into);
    } finally {
      this.busy--;
      this.stopWhenIdle();
    }
  }

  /**
   * Once the threads are up, has each open its connection and read a box of up to `rows` rows (a
   * fresh connection and a cold read cost some 40 ms more than the next ones): the next
   * `readAndSeal` finds them warm.
   */
  prepare(query: BoxQuery, rows: number): void {
    const pool = this.pool;
    void this.ready?.then(() => {
      if (this.pool === pool && pool) return Promise.allSettled(Array.from({ length: this.threads }, () => pool.run({ kind: 'read', query, room: new BoxRoom(rows) } satisfies SealTask)));
    });
  }

  /** Whether the threads are up: a large box is then best read on one of them (`readAndSeal`). */
  get running(): boolean {
    return this.isReady;
  }

  /**
   * Reads a box on a thread, on a connection of the thread's own (seal-worker.ts), into `room`, and
   * seals it there: the event loop only waits.
   */
  async readAndSeal(query: BoxQuery, room: BoxRoom): Promise<string> {
    const pool = this.start();
    this.busy++;
    try {
      const { box, order } = (await pool.run({ kind: 'read', query, room } satisfies SealTask)) as { box: Box; order: Int32Array };
      return await this.runs(pool, box, order);
    } finally {
      this.busy--;
      this.stopWhenIdle();
    }
  }

  /** The root of an ordered box: its runs (seal-box.ts `RUN`) hashed on the threads, each a contiguous share. */
  private async runs(pool: Piscina, box: Box, order: Int32Array): Promise<string> {
    const n = box.count;
    const runs = Math.ceil(n / RUN);
    const shares: [number, number][] = [];
    for (let t = 0, first = 0; t < this.threads && first < runs; t++) {
      const last = Math.round(((t + 1) * runs) / this.threads);
      if (last > first) shares.push([first * RUN, Math.min(n, last * RUN)]);
      first = last;
    }
    const settled = await Promise.allSettled(shares.map(([from, to]) => pool.run({ kind: 'runs', box, order, from, to, run: RUN } satisfies SealTask) as Promise<Uint8Array>));
    const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) throw failed.reason;
    return rootOfRuns(Buffer.concat(settled.map((s) => (s as PromiseFulfilledResult<Uint8Array>).value)));
  }

  async destroy(): Promise<void> {
    clearTimeout(this.idle);
    this.rooms = [];
    const pool = this.pool;
    const wasReady = this.isReady;
    this.pool = undefined;
    this.ready = undefined;
    this.isReady = false;
    if (!pool) return;
    // the threads' connections closed first (one task a thread, as they are all idle)
    if (wasReady) await Promise.allSettled(Array.from({ length: this.threads }, () => pool.run(null, { name: 'close' })));
    await pool.destroy();
  }

  private start(): Piscina {
    clearTimeout(this.idle);
    if (!this.pool) {
      // built: seal-worker.js; run from TypeScript (tests, benches): seal-worker.ts through ts-node
      const typescript = path.extname(__filename) === '.ts';
      this.pool = new Piscina({
        filename: path.join(__dirname, `seal-worker${typescript ? '.ts' : '.js'}`),
        minThreads: this.threads,
        maxThreads: this.threads,
        execArgv: typescript ? ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register'] : [],
      });
      const pool = this.pool;
      this.ready = Promise.all(Array.from({ length: this.threads }, () => pool.run(null, { name: 'ping' }))).then(
        () => {
          if (this.pool === pool) this.isReady = true;
        },
        () => undefined,
      );
    }
    this.stopWhenIdle();
    return this.pool;
  }

  private stopWhenIdle(): void {
    clearTimeout(this.idle);
    this.idle = setTimeout(() => {
      if (!this.busy) void this.destroy();
    }, IDLE_MS).unref();
  }
}

/** A typed array in shared memory: itself, or a copy. */
function shared<T extends Uint8Array | Uint32Array | Int32Array>(array: T): T {
  if (array.buffer instanceof SharedArrayBuffer) return array;
  const copy = new (array.constructor as new (buffer: SharedArrayBuffer) => T)(new SharedArrayBuffer(array.byteLength));
  copy.set(array as never);
  return copy;
}
