import { randomBytes } from 'node:crypto';
import { merkleRootOf } from './merkle';
import { BOX_ROW, boxOrder, boxRoot, boxRow, boxRunRoots, BoxReader, BoxRoom, merkleRootOfWords, readBox, rootOfRuns } from './seal-box';
import { SEAL_INLINE_MAX, SealPool } from './seal-pool';
import { simdLevels } from './sha256-simd';

type Row = { receipt: string; leaf: string };
const randomRows = (n: number): Row[] => Array.from({ length: n }, () => ({ receipt: randomBytes(32).toString('hex'), leaf: randomBytes(32).toString('hex') }));
/** A ballot box as the close reads it (CopyData messages: receipt hash, tab, leaf hash, newline), rows in the order given. */
const rowsOf = (rows: Row[]): Buffer => Buffer.concat(rows.map((r) => boxRow(r.receipt, r.leaf)));
/** The seal as the close computed it before: leaves in the order of their receipt hashes (byte order: these are ASCII), merkleRootOf. */
const sealOf = (rows: Row[]) => merkleRootOf(Buffer.from([...rows].sort((a, b) => (a.receipt < b.receipt ? -1 : a.receipt > b.receipt ? 1 : 0)).map((r) => r.leaf).join(''), 'hex'));

describe('hashing on words and four at a time', () => {
  it('has WebAssembly SIMD here (else the seal hashes on words only)', () => {
    expect(simdLevels()).not.toBeNull();
  });

  it('hashes nodes on words as node:crypto does (merkleRootOfWords = merkleRootOf)', () => {
    for (let n = 0; n <= 300; n++) {
      const leaves = randomBytes(32 * n);
      expect(merkleRootOfWords(leaves)).toBe(merkleRootOf(leaves));
    }
    for (const fill of [0x00, 0xff, 0x80, 0x7f, 0x01]) expect(merkleRootOfWords(Buffer.alloc(32 * 37, fill))).toBe(merkleRootOf(Buffer.alloc(32 * 37, fill)));
    const large = randomBytes(32 * 100_000);
    expect(merkleRootOfWords(large)).toBe(merkleRootOf(large));
  });

  it('seals a box as merkleRootOf over its leaves in receipt order, whatever its size (SIMD from 32 leaves a run)', () => {
    for (const n of [...Array.from({ length: 301 }, (_, n) => n), 1023, 1024, 1025, 4095, 4097, 100_000]) {
      const rows = randomRows(n);
      expect(boxRoot(readBox(rowsOf(rows)))).toBe(sealOf(rows));
    }
    // leaves of extreme bits
    for (const fill of ['0', 'f', '8', '7']) {
      const rows = randomRows(77).map((r) => ({ ...r, leaf: fill.repeat(64) }));
      expect(boxRoot(readBox(rowsOf(rows)))).toBe(sealOf(rows));
    }
  });
});

describe('the seal computed in runs', () => {
  it('is the root of the roots of runs of 2^m leaves, the last one shorter (n = 0..300, every run size; and large n)', () => {
    const cases: [number, number[]][] = Array.from({ length: 301 }, (_, n) => [n, [1, 2, 4, 8, 16, 32, 64, 128, 256, 512]]);
    cases.push([100_000, [1024, 8192, 65_536]], [131_073, [1024, 131_072]]);
    for (const [n, runs] of cases) {
      const rows = randomRows(n);
      const box = readBox(rowsOf(rows));
      const order = boxOrder(box);
      const expected = sealOf(rows);
      for (const run of runs) {
        // in shares of whole runs, as the threads take them
        const cut = Math.floor(Math.ceil(n / run) / 2) * run;
        const roots = Buffer.concat([boxRunRoots(box, order, 0, cut, run), boxRunRoots(box, order, cut, n, run)]);
        expect(rootOfRuns(roots)).toBe(expected);
      }
    }
  });

  it('orders the box by receipt hash, byte by byte, whatever the rows share or hold', () => {
    const rows = randomRows(2000);
    // receipts equal on their first 8, 16 and 63 digits, and a run of 40 equal on their first 8
    for (const [i, j, digits] of [[0, 1, 8], [2, 3, 16], [4, 5, 63], [6, 7, 8], [7, 8, 8]]) rows[j].receipt = rows[i].receipt.slice(0, digits) + rows[j].receipt.slice(digits);
    for (let j = 100; j < 140; j++) rows[j].receipt = rows[99].receipt.slice(0, 8) + rows[j].receipt.slice(8);
    const box = readBox(rowsOf(rows));
    expect([...boxOrder(box)].map((i) => rows[i].receipt)).toEqual(rows.map((r) => r.receipt).sort());
    expect(boxRoot(box)).toBe(sealOf(rows));
    // not lowercase hex (never written so, but the order stays byte order)
    const odd = randomRows(50).map((r, i) => (i % 3 ? r : { ...r, receipt: r.receipt.toUpperCase() }));
    expect(boxRoot(readBox(rowsOf(odd)))).toBe(sealOf(odd));
    // a leaf written in capitals decodes as PostgreSQL's decode(…, 'hex') would
    const upper = rows.slice(0, 40).map((r) => ({ ...r, leaf: r.leaf.toUpperCase() }));
    expect(boxRoot(readBox(rowsOf(upper)))).toBe(sealOf(rows.slice(0, 40)));
  });

  it('reads a box as it comes, in pieces of any length, its buffer replaced as it grows', () => {
    const rows = randomRows(3000);
    const bytes = rowsOf(rows);
    const reader = new BoxReader(new BoxRoom(10, false));
    let buffer = new Uint8Array(0);
    for (let at = 0; at < bytes.length; ) {
      const next = Math.min(bytes.length, at + 1 + Math.floor(Math.random() * 700));
      if (next > buffer.length) buffer = Uint8Array.from([...buffer, ...new Uint8Array(Math.max(next, buffer.length * 2) - buffer.length)]);
      buffer.set(bytes.subarray(at, next), at);
      reader.take(buffer, next);
      at = next;
    }
    expect(boxRoot(reader.done(bytes.length))).toBe(sealOf(rows));
  });

  it('refuses a box that is not rows of receipt hash and leaf hash', () => {
    expect(() => readBox(Buffer.alloc(BOX_ROW + 1))).toThrow(/135-byte rows/);
    expect(() => readBox(Buffer.alloc(BOX_ROW))).toThrow(/receipt hash <tab> leaf hash/);
    expect(() => readBox(rowsOf([{ receipt: 'a'.repeat(64), leaf: 'z'.repeat(64) }]))).toThrow(/not hex/);
  });
});

describe('SealPool', () => {
  const pool = new SealPool(2);
  afterAll(() => pool.destroy());

  it('seals a large box on this thread while its threads are not running, and starts them', async () => {
    const rows = randomRows(SEAL_INLINE_MAX + 100);
    expect(await pool.root(readBox(rowsOf(rows)))).toBe(sealOf(rows));
    await pool.started();
  }, 60_000);

  it('seals on threads what a box sealed on this thread would, from shared memory or not', async () => {
    for (const n of [0, 1, SEAL_INLINE_MAX, SEAL_INLINE_MAX + 1, 5000, 100_000]) {
      const rows = randomRows(n);
      const bytes = rowsOf(rows);
      const shared = new Uint8Array(new SharedArrayBuffer(bytes.length + 200), 100, bytes.length);
      shared.set(bytes);
      expect(await pool.root(readBox(bytes))).toBe(sealOf(rows));
      expect(await pool.root(readBox(shared, true))).toBe(sealOf(rows));
    }
  }, 60_000);

  it('lends rooms for boxes and takes them back, the order put in the room given', async () => {
    const room = pool.room(5000);
    expect(room.capacity).toBe(5000);
    const rows = randomRows(4500);
    const reader = new BoxReader(room);
    const bytes = rowsOf(rows);
    room.rows.set(bytes);
    reader.take(room.rows, bytes.length);
    const box = reader.done(bytes.length);
    expect(await pool.root(box, room.order.subarray(0, box.count))).toBe(sealOf(rows));
    expect([...room.order.subarray(0, 3)].map((i) => rows[i].receipt)).toEqual(rows.map((r) => r.receipt).sort().slice(0, 3));
    pool.release(room);
    expect(pool.room(100)).toBe(room); // large enough: the same
    expect(pool.room(100)).not.toBe(room); // lent already
  });

  it('fails a task that fails, and seals the next box', async () => {
    const rows = randomRows(SEAL_INLINE_MAX + 10);
    const box = readBox(rowsOf(rows));
    await expect(pool.root({ ...box, leaves: undefined as never })).rejects.toThrow();
    expect(await pool.root(box)).toBe(sealOf(rows));
  }, 60_000);
});
