/**
 * The levels of a Merkle tree hashed four nodes at a time: SHA-256(0x01 ‖ left ‖ right) in
 * WebAssembly SIMD, each 128-bit vector holding the same word of four different nodes. The hash is
 * the same function as node:crypto's (seal-box.spec.ts checks it against node:crypto over many
 * trees); a large box's 100,000 hashes take some 40 % less CPU than the same hashing in plain
 * JavaScript (seal-box.ts `nodeWords`, used where WebAssembly SIMD is missing), and 60 % less than
 * a node:crypto call a node.
 *
 * Layout (`simdIndex`): nodes go by groups of 8 (4 pairs); a group is 16 vectors, the left nodes'
 * words 0–7 then the right nodes' words 0–7, lane q holding pair q's node. `level(iterations)`
 * hashes, in place from address 0, two groups (8 pairs) into one group of the next level per
 * iteration (lanes past the level's end hash whatever is there, and are not read). The module is
 * generated here rather than shipped: the 64 rounds are unrolled, with the second block's constant
 * words (zeros and the length) folded in.
 */

const K = [
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];
const IV = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

/** Where word 0 of node j is, in 32-bit words from address 0 (word k is 4k further). */
export const simdIndex = (j: number): number => (j >> 3) * 64 + (j & 1) * 32 + ((j >> 1) & 3);
/** Bytes the layout needs for a level of `count` nodes, with what `level` reads past its end. */
export const simdBytes = (count: number): number => (Math.ceil(count / 16) * 2 + 2) * 256;

// ---- the module, in WebAssembly's binary format ----------------------------------------------

const uleb = (n: number): number[] => {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
};
const vec = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];
const section = (id: number, body: number[]): number[] => [id, ...uleb(body.length), ...body];
const name = (s: string): number[] => vec([...s].map((c) => [c.charCodeAt(0)]));

// opcodes
const LOCAL_GET = 0x20;
const LOCAL_SET = 0x21;
const LOCAL_TEE = 0x22;
const I32_CONST = 0x41;
const I32_EQZ = 0x45;
const I32_ADD = 0x6a;
const I32_SUB = 0x6b;
const BLOCK = 0x02;
const LOOP = 0x03;
const BR = 0x0c;
const BR_IF = 0x0d;
const END = 0x0b;
const VOID = 0x40;
const I32 = 0x7f;
const V128 = 0x7b;
const SIMD = 0xfd;
const V128_LOAD = 0x00;
const V128_STORE = 0x0b;
const V128_CONST = 0x0c;
const I8X16_SHUFFLE = 0x0d;
const V128_AND = 0x4e;
const V128_OR = 0x50;
const V128_XOR = 0x51;
const I32X4_SHL = 0xab;
const I32X4_SHR_U = 0xad;
const I32X4_ADD = 0xae;

const sigma0 = (x: number) => (((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3)) >>> 0;
const sigma1 = (x: number) => (((x >>> 17) | (x << 15)) ^ ((x >>> 19) | (x << 13)) ^ (x >>> 10)) >>> 0;

/** Bytes written one at a time into a buffer that grows (the module's code: some 70 kB). */
class Code {
  bytes = new Uint8Array(1 << 17);
  length = 0;
  byte(b: number): void {
    if (this.length === this.bytes.length) {
      const bigger = new Uint8Array(this.bytes.length * 2);
      bigger.set(this.bytes);
      this.bytes = bigger;
    }
    this.bytes[this.length++] = b;
  }
  uleb(n: number): void {
    do {
      const b = n & 0x7f;
      n >>>= 7;
      this.byte(n ? b | 0x80 : b);
    } while (n);
  }
  sleb(n: number): void {
    n |= 0;
    for (;;) {
      const b = n & 0x7f;
      n >>= 7;
      if ((n === 0 && !(b & 0x40)) || (n === -1 && b & 0x40)) return this.byte(b);
      this.byte(b | 0x80);
    }
  }
}

let moduleBytes: Uint8Array | undefined;

/** The module: `level(iterations)` and its memory (one page, grown by the caller). */
export function simdModule(): Uint8Array {
  if (moduleBytes) return moduleBytes;
  const out = new Code();
  const op = (b: number) => out.byte(b);
  const simd = (o: number) => {
    out.byte(SIMD);
    out.uleb(o);
  };
  // locals: 0 = iterations (parameter), 1 = src, 2 = dst, then vectors
  let next = 3;
  const local = () => next++;
  const get = (l: number) => {
    op(LOCAL_GET);
    out.uleb(l);
  };
  const set = (l: number) => {
    op(LOCAL_SET);
    out.uleb(l);
  };
  const i32 = (v: number) => {
    op(I32_CONST);
    out.sleb(v);
  };
  const splat = (v: number) => {
    simd(V128_CONST);
    for (let i = 0; i < 4; i++) {
      op(v & 255);
      op((v >>> 8) & 255);
      op((v >>> 16) & 255);
      op((v >>> 24) & 255);
    }
  };
  const memarg = (offset: number) => {
    out.uleb(4); // 16-byte aligned
    out.uleb(offset);
  };
  const load = (offset: number) => {
    get(1);
    simd(V128_LOAD);
    memarg(offset);
  };
  const add = () => simd(I32X4_ADD);
  const xor = () => simd(V128_XOR);
  const and = () => simd(V128_AND);
  const or = () => simd(V128_OR);
  const shl = (n: number) => {
    i32(n);
    simd(I32X4_SHL);
  };
  const shr = (n: number) => {
    i32(n);
    simd(I32X4_SHR_U);
  };
  const rotr = (l: number, n: number) => {
    get(l);
    shr(n);
    get(l);
    shl(32 - n);
    or();
  };

  /** One group's hashing: its message words (a number when known, else in the local), state, feed-forward, result. */
  const group = (base: number) => ({
    base,
    w: Array.from({ length: 16 }, local),
    known: new Array<number | null>(16).fill(null),
    state: Array.from({ length: 8 }, local),
    feed: Array.from({ length: 8 }, local),
    out: Array.from({ length: 8 }, local),
    t1: local(),
  });
  type Group = ReturnType<typeof group>;

  const schedule = (g: Group, i: number) => {
    const { w, known } = g;
    const s = i & 15;
    const s2 = (i - 2) & 15;
    const s7 = (i - 7) & 15;
    const s15 = (i - 15) & 15;
    let constant = 0;
    const terms: (() => void)[] = [];
    if (known[s2] !== null) constant += sigma1(known[s2]!);
    else
      terms.push(() => {
        rotr(w[s2], 17);
        rotr(w[s2], 19);
        xor();
        get(w[s2]);
        shr(10);
        xor();
      });
    if (known[s7] !== null) constant += known[s7]!;
    else terms.push(() => get(w[s7]));
    if (known[s15] !== null) constant += sigma0(known[s15]!);
    else
      terms.push(() => {
        rotr(w[s15], 7);
        rotr(w[s15], 18);
        xor();
        get(w[s15]);
        shr(3);
        xor();
      });
    if (known[s] !== null) constant += known[s]!;
    else terms.push(() => get(w[s]));
    constant >>>= 0;
    if (!terms.length) {
      known[s] = constant;
      return;
    }
    terms.forEach((term, k) => {
      term();
      if (k) add();
    });
    if (constant) {
      splat(constant);
      add();
    }
    set(w[s]);
    known[s] = null;
  };

  const round = (g: Group, i: number) => {
    if (i >= 16) schedule(g, i);
    // the working variables rotate their names instead of their values
    const v = (k: number) => g.state[(k - i + 64) & 7];
    const [a, b, c, d, e, f, gg, h] = [v(0), v(1), v(2), v(3), v(4), v(5), v(6), v(7)];
    // t1 = h + Σ1(e) + Ch(e, f, g) + K[i] + W[i]
    get(h);
    rotr(e, 6);
    rotr(e, 11);
    xor();
    rotr(e, 25);
    xor();
    add();
    get(gg);
    get(e);
    get(f);
    get(gg);
    xor();
    and();
    xor();
    add();
    const s = i & 15;
    if (g.known[s] !== null) {
      splat((K[i] + g.known[s]!) >>> 0);
      add();
    } else {
      splat(K[i]);
      add();
      get(g.w[s]);
      add();
    }
    set(g.t1);
    // d += t1; h = t1 + Σ0(a) + Maj(a, b, c)
    get(d);
    get(g.t1);
    add();
    set(d);
    get(g.t1);
    rotr(a, 2);
    rotr(a, 13);
    xor();
    rotr(a, 22);
    xor();
    add();
    get(a);
    get(b);
    and();
    get(c);
    get(a);
    get(b);
    or();
    and();
    or();
    add();
    set(h);
  };

  const firstBlock = (g: Group) => {
    // 0x01, the left node, the right node but its last byte: the words shift by a byte
    for (let k = 0; k < 16; k++) {
      g.known[k] = null;
      if (k === 0) {
        load(g.base);
        shr(8);
        splat(0x01000000);
        or();
      } else {
        load(g.base + (k - 1) * 16);
        shl(24);
        load(g.base + k * 16);
        shr(8);
        or();
      }
      set(g.w[k]);
    }
    for (let k = 0; k < 8; k++) {
      splat(IV[k]);
      set(g.state[k]);
    }
  };
  const secondBlock = (g: Group) => {
    for (let k = 0; k < 8; k++) {
      get(g.state[k]);
      splat(IV[k]);
      add();
      op(LOCAL_TEE);
      out.uleb(g.feed[k]);
      set(g.state[k]);
    }
    // the right node's last byte, the padding bit, zeros, the length (520 bits)
    load(g.base + 15 * 16);
    shl(24);
    splat(0x00800000);
    or();
    set(g.w[0]);
    g.known[0] = null;
    for (let k = 1; k < 15; k++) g.known[k] = 0;
    g.known[15] = 520;
  };
  const finish = (g: Group) => {
    for (let k = 0; k < 8; k++) {
      get(g.state[k]);
      get(g.feed[k]);
      add();
      set(g.out[k]);
    }
  };

  const A = group(0);
  const B = group(256);
  op(BLOCK);
  op(VOID);
  op(LOOP);
  op(VOID);
  get(0);
  op(I32_EQZ);
  op(BR_IF);
  out.uleb(1);
  firstBlock(A);
  firstBlock(B);
  for (let i = 0; i < 64; i++) {
    round(A, i);
    round(B, i);
  }
  secondBlock(A);
  secondBlock(B);
  for (let i = 0; i < 64; i++) {
    round(A, i);
    round(B, i);
  }
  finish(A);
  finish(B);
  // the next level's group: pairs 0–1 from A's lanes, 2–3 from B's, left nodes then right ones
  for (let side = 0; side < 2; side++) {
    for (let k = 0; k < 8; k++) {
      get(2);
      get(A.out[k]);
      get(B.out[k]);
      simd(I8X16_SHUFFLE);
      for (const lane of [side, 2 + side, 4 + side, 6 + side]) for (let b = 0; b < 4; b++) op(4 * lane + b);
      simd(V128_STORE);
      memarg((side * 8 + k) * 16);
    }
  }
  get(1);
  i32(512);
  op(I32_ADD);
  set(1);
  get(2);
  i32(256);
  op(I32_ADD);
  set(2);
  get(0);
  i32(1);
  op(I32_SUB);
  set(0);
  op(BR);
  out.uleb(0);
  op(END);
  op(END);
  op(END);

  const code = out.bytes.subarray(0, out.length);
  const locals = vec([[...uleb(2), I32], [...uleb(next - 3), V128]]);
  const bodySize = locals.length + code.length;
  const head = [
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vec([[0x60, ...vec([[I32]]), 0x00]])), // type: (i32) → ()
    ...section(3, vec([[0x00]])), // function 0 of type 0
    ...section(5, vec([[0x00, ...uleb(1)]])), // memory: one page, growable
    ...section(7, vec([[...name('level'), 0x00, 0x00], [...name('memory'), 0x02, 0x00]])),
  ];
  // code section: one body (its size, its locals, its code)
  const bodyHead = [...uleb(bodySize), ...locals];
  const sectionSize = 1 + bodyHead.length + code.length; // the body count (1) fits a byte
  const bytes = new Uint8Array(head.length + 1 + uleb(sectionSize).length + sectionSize);
  bytes.set([...head, 10, ...uleb(sectionSize), 1, ...bodyHead]);
  bytes.set(code, bytes.length - code.length);
  return (moduleBytes = bytes);
}

/** The little of WebAssembly used here (this project's TypeScript libraries do not declare it). */
declare const WebAssembly: {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: unknown };
};

export interface SimdLevels {
  level(iterations: number): void;
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
}

let instance: SimdLevels | null | undefined;

/** This thread's instance of the module, or null where WebAssembly SIMD is missing. */
export function simdLevels(): SimdLevels | null {
  if (instance !== undefined) return instance;
  try {
    const bytes = simdModule();
    instance = WebAssembly.validate(bytes) ? (new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports as unknown as SimdLevels) : null;
  } catch {
    instance = null;
  }
  return instance;
}
