import { merkleRootOf } from './merkle';
import { simdBytes, simdIndex, simdLevels } from './sha256-simd';

/**
 * The seal of a ballot box (merkle.ts: leaves in the order of their receipt hashes, node =
 * SHA-256(0x01 ‖ left ‖ right), an odd node carried up), computed from the box as the close reads
 * it: `COPY (SELECT receipt_hash, leaf_hash ...) TO STDOUT`, in no order, the server's messages kept
 * as they come (copy-rows.ts), a row each of exactly 135 bytes ('d', the message's length, then 64
 * hex characters, a tab, 64 hex characters, a newline).
 *
 * - As rows come (`BoxReader.take`, while the rest of the box is on its way): each receipt's first
 *   8 hex digits as a sort key, each leaf decoded to 32-bit words.
 * - `boxOrder`: the rows in the order of their receipt hashes compared byte by byte (PostgreSQL's
 *   `ORDER BY receipt_hash COLLATE "C"`, which `verify` uses; for these lowercase hex strings the
 *   order of any collation): a radix sort of the keys, then equal keys by the whole hash.
 * - `boxRunRoots`: over leaves cut in runs of 2^m (the last one shorter), the root is the root of
 *   the runs' roots (`rootOfRuns`), the carry-up rule being the same at every level: a run starts on
 *   a multiple of 2^m, so its nodes pair up as they would alone, and a short last run ends carried
 *   up as its own root. Runs can so be hashed on several threads (seal-pool.ts), each four nodes
 *   at a time where WebAssembly SIMD is there (sha256-simd.ts), else on words here (`nodeWords`).
 */

/** Bytes per row of the box as read by the close: a CopyData message of `receipt_hash \t leaf_hash \n`. */
export const BOX_ROW = 135;
/** Where the receipt hash, the tab, the leaf hash and the newline are in a row. */
const AT_RECEIPT = 5;
const AT_TAB = 69;
const AT_LEAF = 70;
const AT_NEWLINE = 134;

/** A box row as the server sends it (tests, benches, the threads' warm-up). */
export function boxRow(receiptHashHex: string, leafHashHex: string): Buffer {
  const row = Buffer.from(`d\0\0\0\0${receiptHashHex}\t${leafHashHex}\n`, 'latin1');
  row.writeUInt32BE(row.length - 1, 1);
  return row;
}

/** Hex digit values: lowercase only (their order is the order of their bytes) … */
const LOWER_HEX = new Int8Array(256).fill(-1);
/** … and either case, for decoding a leaf as PostgreSQL's decode(…, 'hex') would. */
const ANY_HEX = new Int8Array(256).fill(-1);
for (let i = 0; i < 16; i++) {
  LOWER_HEX['0123456789abcdef'.charCodeAt(i)] = i;
  ANY_HEX['0123456789abcdef'.charCodeAt(i)] = i;
  ANY_HEX['0123456789ABCDEF'.charCodeAt(i)] = i;
}

/** A box read: its rows, their sort keys, their leaves (8 words a row, in row order). */
export interface Box {
  rows: Uint8Array;
  count: number;
  keys: Uint32Array;
  leaves: Int32Array;
  /** every receipt starts with 8 lowercase hex digits: the keys order the rows */
  keyed: boolean;
}

/**
 * Room for a box of up to `capacity` rows, in shared memory for the threads: its rows as read, their
 * keys, their leaves, their order. Reused from one seal to the next (SealPool.room): some 17 MB
 * allocated afresh for every large close would have V8 collect the API's whole heap each time.
 */
export class BoxRoom {
  readonly rows: Uint8Array;
  readonly keys: Uint32Array;
  readonly leaves: Int32Array;
  readonly order: Int32Array;

  constructor(
    readonly capacity: number,
    shared = true,
  ) {
    const memory = (bytes: number) => (shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
    const rows = Math.max(1, capacity);
    this.rows = new Uint8Array(memory(rows * BOX_ROW));
    this.keys = new Uint32Array(memory(rows * 4));
    this.leaves = new Int32Array(memory(rows * 32));
    this.order = new Int32Array(memory(rows * 4));
  }
}

/** Takes a box's rows as they come, into its room (grown out of it if the box is larger). */
export class BoxReader {
  private box: Box;
  private error: Error | undefined;

  constructor(room: BoxRoom) {
    this.box = { rows: new Uint8Array(0), count: 0, keys: room.keys, leaves: room.leaves, keyed: true };
  }

  /** The rows complete in `rows[0, length)` not taken yet: checked, keyed, their leaves decoded. */
  take(rows: Uint8Array, length: number): void {
    const box = this.box;
    box.rows = rows;
    const n = Math.floor(length / BOX_ROW);
    if (n > box.keys.length) {
      const shared = box.keys.buffer instanceof SharedArrayBuffer;
      const memory = (bytes: number) => (shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
      const capacity = Math.max(n, box.keys.length * 2);
      const keys = new Uint32Array(memory(capacity * 4));
      keys.set(box.keys.subarray(0, box.count));
      const leaves = new Int32Array(memory(capacity * 32));
      leaves.set(box.leaves.subarray(0, box.count * 8));
      box.keys = keys;
      box.leaves = leaves;
    }
    const from = box.count;
    if (n <= from) return;
    box.count = n;
    const status = readRows(rows, from, n, box.keys, box.leaves);
    if (status & NOT_KEYED) box.keyed = false;
    if (status & BAD_ROW) this.error ??= new Error(`ballot box: row ${badRow} is not "receipt hash <tab> leaf hash"`);
    if (status & BAD_LEAF) this.error ??= new Error(`ballot box: the leaf hash of row ${badRow} is not hex`);
  }

  /** The box, once `rows[0, length)` is all of it. */
  done(length: number): Box {
    if (length !== this.box.count * BOX_ROW) throw new Error(`ballot box: ${length} bytes is not a whole number of ${BOX_ROW}-byte rows`);
    if (this.error) throw this.error;
    return this.box;
  }
}

const NOT_KEYED = 1;
const BAD_ROW = 2;
const BAD_LEAF = 4;
/** The first row that `readRows` found wrong. */
let badRow = -1;

/**
 * Rows [from, to): each checked, its receipt's key and its leaf's words written. A function of its
 * own, of typed arrays and numbers only, so that V8 optimizes its loop once and for all (in a method
 * reading and writing the reader's fields around it, the code after an optimized loop lacked type
 * feedback and was thrown away at every chunk).
 */
function readRows(rows: Uint8Array, from: number, to: number, keys: Uint32Array, leaves: Int32Array): number {
  let status = 0;
  for (let i = from, o = from * BOX_ROW; i < to; i++, o += BOX_ROW) {
    if (rows[o] !== 0x64 || rows[o + 1] || rows[o + 2] || rows[o + 3] || rows[o + 4] !== BOX_ROW - 1 || rows[o + AT_TAB] !== 9 || rows[o + AT_NEWLINE] !== 10) {
      if (!(status & (BAD_ROW | BAD_LEAF))) badRow = i;
      status |= BAD_ROW;
      continue;
    }
    let key = 0;
    for (let c = o + AT_RECEIPT; c < o + AT_RECEIPT + 8; c++) {
      const v = LOWER_HEX[rows[c]];
      if (v < 0) status |= NOT_KEYED;
      key = (key << 4) | v;
    }
    keys[i] = key >>> 0;
    let bad = 0;
    for (let c = o + AT_LEAF, w = i * 8; c < o + AT_NEWLINE; c += 8, w++) {
      const d0 = ANY_HEX[rows[c]], d1 = ANY_HEX[rows[c + 1]], d2 = ANY_HEX[rows[c + 2]], d3 = ANY_HEX[rows[c + 3]];
      const d4 = ANY_HEX[rows[c + 4]], d5 = ANY_HEX[rows[c + 5]], d6 = ANY_HEX[rows[c + 6]], d7 = ANY_HEX[rows[c + 7]];
      bad |= d0 | d1 | d2 | d3 | d4 | d5 | d6 | d7;
      leaves[w] = (d0 << 28) | (d1 << 24) | (d2 << 20) | (d3 << 16) | (d4 << 12) | (d5 << 8) | (d6 << 4) | d7;
    }
    if (bad < 0) {
      if (!(status & (BAD_ROW | BAD_LEAF))) badRow = i;
      status |= BAD_LEAF;
    }
  }
  return status;
}

/** A box read from its rows at once (tests, benches), in a room of its own. */
export function readBox(rows: Uint8Array, shared = false): Box {
  const reader = new BoxReader(new BoxRoom(Math.floor(rows.length / BOX_ROW), shared));
  reader.take(rows, rows.length);
  return reader.done(rows.length);
}

/** Byte-wise comparison of the receipt hashes of rows a and b. */
function compareReceipts(rows: Uint8Array, a: number, b: number): number {
  const oa = a * BOX_ROW + AT_RECEIPT;
  const ob = b * BOX_ROW + AT_RECEIPT;
  for (let c = 0; c < 64; c++) {
    const d = rows[oa + c] - rows[ob + c];
    if (d) return d;
  }
  return 0;
}

/**
 * The rows in the order of their receipt hashes, byte by byte: `order[p]` is the row of the leaf at
 * position p. A radix sort on the keys (the first 8 hex digits), then rows whose keys are equal
 * (rare) by the whole receipt hash; receipts that are not lowercase hex (never written so) fall
 * back to a plain comparison sort, in the same order.
 */
export function boxOrder(box: Box, order: Int32Array = new Int32Array(box.count)): Int32Array {
  const { rows, keys, count: n } = box;
  if (order.length !== n) throw new Error('boxOrder: order and box differ in length');
  if (!box.keyed) {
    order.set(Array.from({ length: n }, (_, i) => i).sort((a, b) => compareReceipts(rows, a, b) || a - b));
    return order;
  }
  // least significant 16 bits, then most significant (each pass stable)
  const tmp = new Int32Array(n);
  const counts = new Uint32Array(65536);
  for (let i = 0; i < n; i++) counts[keys[i] & 0xffff]++;
  startsOf(counts);
  for (let i = 0; i < n; i++) tmp[counts[keys[i] & 0xffff]++] = i;
  counts.fill(0);
  for (let i = 0; i < n; i++) counts[keys[i] >>> 16]++;
  startsOf(counts);
  for (let p = 0; p < n; p++) {
    const i = tmp[p];
    order[counts[keys[i] >>> 16]++] = i;
  }
  // runs of equal keys (rare): by the whole hash
  for (let p = 1; p < n; p++) {
    if (keys[order[p]] !== keys[order[p - 1]]) continue;
    let end = p + 1;
    while (end < n && keys[order[end]] === keys[order[p]]) end++;
    order.set(Array.from(order.subarray(p - 1, end)).sort((a, b) => compareReceipts(rows, a, b) || a - b), p - 1);
    p = end;
  }
  return order;
}

/** Counts per digit → where each digit's rows start. */
function startsOf(counts: Uint32Array): void {
  for (let d = 0, sum = 0; d < counts.length; d++) {
    const c = counts[d];
    counts[d] = sum;
    sum += c;
  }
}

/** The root of the leaves at positions [from, to) (at least one), as 8 words into out[o, o + 8). */
function runRoot(box: Box, order: Int32Array, from: number, to: number, out: Int32Array, o: number): void {
  const count = to - from;
  const leaves = box.leaves;
  const simd = count >= 32 ? simdLevels() : null;
  if (!simd) {
    const words = new Int32Array(count * 8);
    for (let p = from; p < to; p++) words.set(leaves.subarray(order[p] * 8, order[p] * 8 + 8), (p - from) * 8);
    reduceWords(words, count);
    out.set(words.subarray(0, 8), o);
    return;
  }
  const bytes = simdBytes(count);
  if (simd.memory.buffer.byteLength < bytes) simd.memory.grow(Math.ceil((bytes - simd.memory.buffer.byteLength) / 65536));
  const words = new Int32Array(simd.memory.buffer);
  for (let p = from; p < to; p++) {
    const l = order[p] * 8;
    const w = simdIndex(p - from);
    words[w] = leaves[l];
    words[w + 4] = leaves[l + 1];
    words[w + 8] = leaves[l + 2];
    words[w + 12] = leaves[l + 3];
    words[w + 16] = leaves[l + 4];
    words[w + 20] = leaves[l + 5];
    words[w + 24] = leaves[l + 6];
    words[w + 28] = leaves[l + 7];
  }
  for (let n = count; n > 1; ) {
    const pairs = n >> 1;
    // an odd node is carried up as is: kept aside, as the level writes over where it was
    const last = n & 1 ? simdIndex(n - 1) : -1;
    const carried = last < 0 ? null : Int32Array.from({ length: 8 }, (_, k) => words[last + 4 * k]);
    simd.level(Math.ceil(pairs / 8));
    if (carried) for (let k = 0, w = simdIndex(pairs); k < 8; k++) words[w + 4 * k] = carried[k];
    n = pairs + (carried ? 1 : 0);
  }
  for (let k = 0; k < 8; k++) out[o + k] = words[4 * k];
}

/**
 * The roots of the runs of `run` leaves (a power of two) at positions [from, to) of the box, one
 * after the other (`from` a multiple of `run`; the last run may be shorter when `to` ends the box).
 */
export function boxRunRoots(box: Box, order: Int32Array, from: number, to: number, run: number): Buffer {
  if (run < 1 || (run & (run - 1)) !== 0 || from % run) throw new Error('boxRunRoots: runs are a power of two, starting on a multiple of it');
  const runs = Math.ceil((to - from) / run);
  const roots = new Int32Array(runs * 8);
  for (let r = 0; r < runs; r++) runRoot(box, order, from + r * run, Math.min(to, from + (r + 1) * run), roots, r * 8);
  return wordsToBytes(roots);
}

/** The seal from runs' roots (`boxRunRoots` over the whole box, in order). */
export const rootOfRuns = (roots: Uint8Array): string => merkleRootOf(roots);

/** Leaves hashed as one run on a thread (a power of two): 33 kB of WebAssembly memory. */
export const RUN = 1024;

/** The seal of a box, on this thread; its order into `order` when given (`box.count` long). */
export function boxRoot(box: Box, order?: Int32Array): string {
  return rootOfRuns(boxRunRoots(box, boxOrder(box, order?.length === box.count ? order : undefined), 0, box.count, RUN));
}

const wordsToBytes = (words: Int32Array): Buffer => {
  const out = Buffer.allocUnsafe(words.length * 4);
  for (let i = 0; i < words.length; i++) out.writeInt32BE(words[i], i * 4);
  return out;
};

// ---- SHA-256 of a node, on words -------------------------------------------------------------
//
// A node is SHA-256(0x01 ‖ left ‖ right): 65 bytes, two blocks once padded. node:crypto costs more
// in its call than in the hash (an object and a buffer each time): on words in place, with no
// allocation, the hashes of a large box take about a third less CPU. Where WebAssembly SIMD is
// missing, and for runs too short for it; checked against node:crypto by seal-box.spec.ts.

const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
const IV = new Int32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
const W = new Int32Array(64);
const STATE = new Int32Array(8);

/** One SHA-256 compression of the block in W[0, 16) into STATE. */
function compress(): void {
  for (let i = 16; i < 64; i++) {
    const w15 = W[i - 15];
    const w2 = W[i - 2];
    const s0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3);
    const s1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10);
    W[i] = (W[i - 16] + s0 + W[i - 7] + s1) | 0;
  }
  let a = STATE[0], b = STATE[1], c = STATE[2], d = STATE[3], e = STATE[4], f = STATE[5], g = STATE[6], h = STATE[7];
  for (let i = 0; i < 64; i++) {
    const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (h + s1 + (g ^ (e & (f ^ g))) + K[i] + W[i]) | 0;
    const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (s0 + ((a & b) | (c & (a | b)))) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  STATE[0] = (STATE[0] + a) | 0;
  STATE[1] = (STATE[1] + b) | 0;
  STATE[2] = (STATE[2] + c) | 0;
  STATE[3] = (STATE[3] + d) | 0;
  STATE[4] = (STATE[4] + e) | 0;
  STATE[5] = (STATE[5] + f) | 0;
  STATE[6] = (STATE[6] + g) | 0;
  STATE[7] = (STATE[7] + h) | 0;
}

/** words[out, out + 8) = SHA-256(0x01 ‖ words[left, left + 8) ‖ words[right, right + 8)) (out may be left). */
function nodeWords(words: Int32Array, left: number, right: number, out: number): void {
  // block 1: 0x01, the left node, the right node but its last byte: the bytes shift by one
  let carry = 0x01;
  for (let k = 0; k < 8; k++) {
    const x = words[left + k];
    W[k] = (carry << 24) | (x >>> 8);
    carry = x;
  }
  for (let k = 0; k < 8; k++) {
    const x = words[right + k];
    W[8 + k] = (carry << 24) | (x >>> 8);
    carry = x;
  }
  STATE.set(IV);
  compress();
  // block 2: the last byte, the padding bit, zeros, the length (65 bytes = 520 bits)
  W[0] = (carry << 24) | 0x00800000;
  for (let k = 1; k < 15; k++) W[k] = 0;
  W[15] = 520;
  compress();
  for (let k = 0; k < 8; k++) words[out + k] = STATE[k];
}

/** The root of `count` (≥ 1) nodes given as words, level by level in place: words[0, 8) at the end. */
function reduceWords(words: Int32Array, count: number): void {
  while (count > 1) {
    const next = Math.ceil(count / 2);
    for (let i = 0, j = 0; i < count; i += 2, j++) {
      if (i + 1 < count) nodeWords(words, i * 8, i * 8 + 8, j * 8);
      else words.copyWithin(j * 8, i * 8, i * 8 + 8);
    }
    count = next;
  }
}

/** `merkleRootOf` hashed on words (tests: this hashing against node:crypto's). */
export function merkleRootOfWords(leaves: Uint8Array): string {
  if (leaves.length % 32) throw new Error('merkleRootOfWords: leaves must be 32-byte hashes');
  if (!leaves.length) return merkleRootOf(leaves);
  const view = new DataView(leaves.buffer, leaves.byteOffset, leaves.byteLength);
  const words = new Int32Array(leaves.length / 4);
  for (let i = 0; i < words.length; i++) words[i] = view.getInt32(i * 4);
  reduceWords(words, leaves.length / 32);
  return wordsToBytes(words.subarray(0, 8)).toString('hex');
}
