import { RistrettoPoint } from '@noble/curves/ed25519';
import { createHash, hkdfSync } from 'node:crypto';

/**
 * The encryption of secret ballots (docs/ballot-secrecy.md): exponential ElGamal over ristretto255
 * (`@noble/curves`), as Helios does it, so that the close adds ballots up while they are still
 * encrypted and decrypts only the sums.
 *
 * - Each secret resolution has a key pair: the private key is derived (HKDF-SHA256, `node:crypto`)
 *   from the server's `BALLOT_SECRET` and the resolution id, and is never stored; the public key is
 *   stored on the resolution when it opens.
 * - A ballot is one ciphertext per option — a motion: `for`, `against` (an abstention is neither);
 *   an election: each candidate, then `abstain` — encrypting 1 or 0: `(r·G, m·G + r·PK)`.
 * - Each option's randomness `r` is derived from the voter's receipt (HKDF-SHA256), which only the
 *   voter holds: with it, and only with it, the ballot can be recomputed for each possible choice.
 *
 * Only library primitives: the group, its encoding and scalar arithmetic are `@noble/curves`;
 * hashing and key derivation are `node:crypto`. What is here is the scheme's glue.
 */

type Point = InstanceType<typeof RistrettoPoint>;
const G = RistrettoPoint.BASE as Point;
const ZERO = RistrettoPoint.ZERO as Point;
const Fn = RistrettoPoint.Fn;
/** bytes of one encoded point, and of one ciphertext (two points) */
const POINT = 32;
export const CIPHERTEXT_BYTES = 2 * POINT;

/** A uniform non-zero scalar from 64 pseudo-random bytes (the bias of the reduction is 2^-258). */
function scalarOf(bytes: ArrayBuffer): bigint {
  const n = Fn.create(BigInt('0x' + Buffer.from(bytes).toString('hex')));
  if (n === 0n) throw new Error('ballot-crypto: zero scalar');
  return n;
}

/** The options a secret ballot encrypts, in their order in the ciphertexts. */
export function optionsOf(resolution: { kind: 'motion' | 'election'; candidates: { key: string }[] }): string[] {
  return resolution.kind === 'motion' ? ['for', 'against'] : [...resolution.candidates.map((c) => c.key), 'abstain'];
}

export interface BallotKey {
  /** the encoded public key, hex, as stored on the resolution */
  publicKey: string;
  point: Point;
}

const publicKeys = new Map<string, BallotKey>();

/** The private key of a resolution's box: from the server secret and its id, never stored. */
export function privateKeyOf(secret: string, resolutionId: string): bigint {
  return scalarOf(hkdfSync('sha256', secret, 'socius/ballot-key/v1', resolutionId, 64));
}

/** The public key of a resolution's box (kept in memory, with its multiplication table). */
export function publicKeyOf(secret: string, resolutionId: string): BallotKey {
  const cacheKey = createHash('sha256').update(secret).update('\0').update(resolutionId).digest('hex');
  let key = publicKeys.get(cacheKey);
  if (!key) {
    const point = G.multiply(privateKeyOf(secret, resolutionId)).precompute(8);
    key = { publicKey: point.toHex(), point };
    if (publicKeys.size >= 1_000) publicKeys.clear();
    publicKeys.set(cacheKey, key);
  }
  return key;
}

/** The randomness of option `index` of the ballot of `receipt`. */
function randomnessOf(receipt: string, resolutionId: string, index: number): bigint {
  return scalarOf(hkdfSync('sha256', receipt, resolutionId, `socius/ballot-randomness/v1/${index}`, 64));
}

function encryptOne(pk: Point, m: 0 | 1, r: bigint): Buffer {
  const c1 = G.multiply(r);
  const c2 = pk.multiply(r).add(m ? G : ZERO);
  return Buffer.concat([c1.toRawBytes(), c2.toRawBytes()]);
}

/**
 * The ciphertexts of a checked choice (each option 1 if chosen, else 0), concatenated.
 * Deterministic given the receipt: `choiceOf` recomputes them.
 */
export function encryptChoice(
  key: BallotKey,
  resolutionId: string,
  receipt: string,
  options: string[],
  choice: string[],
): Buffer {
  return Buffer.concat(
    options.map((o, i) => encryptOne(key.point, choice.includes(o) ? 1 : 0, randomnessOf(receipt, resolutionId, i))),
  );
}

/**
 * The choice a ballot's ciphertexts encrypt, recomputed from the receipt (the voter's check): null
 * when they are not the encryption, under this receipt, of any choice.
 */
export function choiceOf(
  key: BallotKey,
  resolutionId: string,
  receipt: string,
  options: string[],
  ciphertexts: Buffer,
): string[] | null {
  if (ciphertexts.length !== options.length * CIPHERTEXT_BYTES) return null;
  const chosen: string[] = [];
  for (let i = 0; i < options.length; i++) {
    const r = randomnessOf(receipt, resolutionId, i);
    const stored = ciphertexts.subarray(i * CIPHERTEXT_BYTES, (i + 1) * CIPHERTEXT_BYTES);
    if (encryptOne(key.point, 1, r).equals(stored)) chosen.push(options[i]);
    else if (!encryptOne(key.point, 0, r).equals(stored)) return null;
  }
  // a motion encrypts for and against: neither is an abstention
  if (!options.includes('abstain')) return chosen.length === 0 ? ['abstain'] : chosen.length === 1 ? chosen : null;
  return chosen.length ? chosen : null;
}

/** Sums of ciphertexts, added up while encrypted. */
export class EncryptedSum {
  c1 = ZERO;
  c2 = ZERO;

  add(ciphertext: Uint8Array): void {
    this.c1 = this.c1.add(RistrettoPoint.fromHex(ciphertext.subarray(0, POINT)) as Point);
    this.c2 = this.c2.add(RistrettoPoint.fromHex(ciphertext.subarray(POINT, CIPHERTEXT_BYTES)) as Point);
  }

  plus(other: EncryptedSum): EncryptedSum {
    const s = new EncryptedSum();
    s.c1 = this.c1.add(other.c1);
    s.c2 = this.c2.add(other.c2);
    return s;
  }

  /** this sum `times` a public integer (the weight of its ballots) */
  times(factor: number): EncryptedSum {
    const s = new EncryptedSum();
    if (factor === 0) return s;
    s.c1 = this.c1.multiplyUnsafe(BigInt(factor));
    s.c2 = this.c2.multiplyUnsafe(BigInt(factor));
    return s;
  }
}

/** The largest sum a `Decryptor` recovers (baby-step giant-step: 2^20 steps at most each way). */
export const MAX_DECRYPTED = 2 ** 40;

/**
 * Decrypts sums whose plaintexts are known to lie in [0, max] (a sum is at most its ballots, or
 * their total weight): `m·G = c2 − sk·c1`, then m by baby-step giant-step, the table of baby steps
 * made once for every sum of a close.
 */
export class Decryptor {
  private readonly steps: number;
  private readonly baby = new Map<string, number>();
  private readonly giant: Point;

  constructor(
    private readonly sk: bigint,
    max: number,
  ) {
    if (!Number.isSafeInteger(max) || max < 0 || max > MAX_DECRYPTED)
      throw new Error(`ballot-crypto: cannot decrypt sums bounded by ${max}`);
    this.steps = Math.ceil(Math.sqrt(max + 1));
    let p = ZERO;
    for (let j = 0; j < this.steps; j++) {
      this.baby.set(p.toHex(), j);
      p = p.add(G);
    }
    this.giant = G.multiplyUnsafe(BigInt(this.steps)).negate();
  }

  /** the plaintext of `sum`, known to be at most `max` (at most the constructor's) */
  decrypt(sum: EncryptedSum, max: number): number {
    let q = sum.c2.subtract(sum.c1.multiply(this.sk));
    for (let i = 0; i * this.steps <= max; i++) {
      const j = this.baby.get(q.toHex());
      if (j !== undefined && i * this.steps + j <= max) return i * this.steps + j;
      q = q.add(this.giant);
    }
    throw new Error('ballot-crypto: a sum does not decrypt to a count (wrong BALLOT_SECRET, or a tampered box)');
  }
}
