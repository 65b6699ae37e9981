import { Client, type ClientConfig } from 'pg';
import { CopyRows } from './copy-rows';
import { Box, BOX_ROW, boxOrder, BoxReader, BoxRoom, boxRow, boxRunRoots } from './seal-box';

/** Where a thread reads a box itself: a connection of its own (pg Client options), the statements. */
export interface BoxQuery {
  connection: ClientConfig;
  /** run first, in one round trip (a transaction and its settings) */
  setup: string;
  /** the COPY TO of the box's rows (seal-box.ts) */
  copy: string;
}

/** A step of sealing a ballot box (see SealPool), on a thread: the box's arrays and its order are shared memory. */
export type SealTask =
  | { kind: 'read'; query: BoxQuery; room: BoxRoom }
  | { kind: 'order'; box: Box; order: Int32Array }
  | { kind: 'runs'; box: Box; order: Int32Array; from: number; to: number; run: number };

/** An answer once the thread is up (SealPool: the threads are ready). */
export const ping = (): boolean => true;

export default function seal(task: SealTask): Uint8Array | null | Promise<{ box: Box; order: Int32Array }> {
  if (task.kind === 'read') return read(task.query, task.room);
  // a box as the warm-up made it: a box cloned from another thread has another shape, which
  // optimized code would not take (and would be thrown away at the first real seal)
  const box = shaped(task.box);
  if (task.kind === 'order') {
    boxOrder(box, task.order);
    return null;
  }
  return Uint8Array.from(boxRunRoots(box, task.order, task.from, task.to, task.run));
}

const shaped = (box: Box): Box => ({ rows: box.rows, count: box.count | 0, keys: box.keys, leaves: box.leaves, keyed: box.keyed === true });

// ---- reading a box on this thread ----------------------------------------------------------------
//
// The socket's buffers of a large box (13 MB for 100,000 ballots) are then allocated here, not on the
// API's event loop, where they would have V8 collect the API's whole heap every other close; and
// the rows are keyed and decoded here as they come. The connection stays open between seals, and
// closes after 30 s without one, or at once after a failure.

let reader: { key: string; client: Client; idle?: NodeJS.Timeout } | undefined;

function closeReader(): Promise<void> {
  const current = reader;
  reader = undefined;
  if (!current) return Promise.resolve();
  clearTimeout(current.idle);
  return current.client.end().catch(() => undefined);
}

/** Closes this thread's connection, if any (SealPool, before stopping the threads). */
export const close = (): Promise<void> => closeReader();

async function read(query: BoxQuery, room: BoxRoom): Promise<{ box: Box; order: Int32Array }> {
  const key = JSON.stringify(query.connection);
  if (reader && reader.key !== key) void closeReader();
  if (!reader) {
    const client = new Client(query.connection);
    client.on('error', () => {
      if (reader?.client === client) void closeReader();
    });
    reader = { key, client };
    try {
      await client.connect();
    } catch (error) {
      await closeReader();
      throw error;
    }
  }
  const { client } = reader;
  clearTimeout(reader.idle);
  try {
    await client.query(query.setup);
    const boxReader = new BoxReader(room);
    const copy = new CopyRows(query.copy, room.rows, (rows, length) => boxReader.take(rows, length));
    client.query(copy);
    const rows = await copy.result;
    await client.query('COMMIT');
    const box = boxReader.done(rows.length);
    const order = box.count <= room.order.length ? room.order.subarray(0, box.count) : new Int32Array(new SharedArrayBuffer(Math.max(4, box.count * 4)));
    boxOrder(box, order);
    return { box, order };
  } catch (error) {
    // a COPY cut short may leave rows on the socket, a transaction may be open: not kept
    await closeReader();
    throw error;
  } finally {
    if (reader?.client === client) reader.idle = setTimeout(() => void closeReader(), 30_000).unref();
  }
}

// A thread starts after a seal made on the event loop (SealPool), for the next ones: the ordering
// and the hashing are compiled now, on a made-up box in shared memory like the real ones, a few times
// over (V8 optimizes a function called again, not only its loops), with every path a real box takes
// (receipts with equal keys, runs whose levels have an odd node): code first run in a real seal
// would be optimized away there, at some 10 ms a time.
{
  const n = 2100;
  const rows = new Uint8Array(new SharedArrayBuffer(n * BOX_ROW));
  rows.set(Buffer.concat(Array.from({ length: n }, () => boxRow('0'.repeat(64), '0'.repeat(64)))));
  for (let i = 0, x = 0x9e3779b9; i < n; i++) {
    for (const at of [5, 70]) {
      for (let c = 0; c < 64; c++) {
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        rows[i * BOX_ROW + at + c] = '0123456789abcdef'.charCodeAt(x & 15);
      }
    }
    // receipts that start as the one before: by pairs, and three in a row
    if (i % 100 === 1 || i % 1000 === 2) rows.copyWithin(i * BOX_ROW + 5, (i - 1) * BOX_ROW + 5, (i - 1) * BOX_ROW + 5 + (i % 200 === 1 ? 16 : 8));
  }
  for (let k = 0; k < 4; k++) {
    // read as a COPY's messages come, in pieces, then ordered and hashed as the tasks do it
    const room = new BoxRoom(n);
    const reader = new BoxReader(room);
    const copy = new CopyRows('', room.rows, (bytes, length) => reader.take(bytes, length));
    const messages = Buffer.concat([Buffer.from([0x48, 0, 0, 0, 11, 0, 0, 2, 0, 0, 0, 0]), rows, Buffer.from([0x63, 0, 0, 0, 4])]);
    // cut inside a header, then inside a row, as sockets cut (messages start at 12 + 135 i)
    for (let at = 0, j = 0; at < messages.length; j++) {
      const next = Math.min(messages.length, 12 + (j * 25 + 20) * BOX_ROW + (j % 2 ? 2 : 70));
      copy['read'](messages.subarray(at, next));
      at = next;
    }
    const box = reader.done(rows.length);
    const order = new Int32Array(new SharedArrayBuffer(n * 4));
    seal({ kind: 'order', box, order });
    seal({ kind: 'runs', box, order, from: 0, to: 1024, run: 1024 });
    seal({ kind: 'runs', box, order, from: 1024, to: n, run: 1024 });
  }
}
