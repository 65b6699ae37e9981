import { createHash } from 'node:crypto';

/**
 * The seal of a ballot box: a Merkle root over its ballots, each leaf the hash of a receipt's hash
 * and the choice, leaves sorted by receipt hash (an order that says nothing about who voted when).
 * A voter holding a receipt can check that their ballot, as cast, is under the published root.
 */

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const LEAF = Buffer.from([0]);
const NODE = Buffer.from([1]);
const node = (left: Buffer, right: Buffer) => createHash('sha256').update(NODE).update(left).update(right).digest();

export const receiptHash = (receipt: string) => sha(`receipt:${receipt}`);

/** A second, unrelated hash of a secret ballot's receipt, kept with the voter's participation. */
export const ownerHash = (receipt: string) => sha(`owner:${receipt}`);

export function leafHash(receiptHashHex: string, choice: string[]): string {
  return createHash('sha256').update(LEAF).update(Buffer.from(receiptHashHex, 'hex')).update(choice.join(','), 'utf8').digest('hex');
}

export interface ProofStep {
  hash: string;
  side: 'left' | 'right';
}

/** Root of leaves given in their order; an odd node is carried up as is. Empty box: hash of nothing. */
export function merkleRoot(leaves: string[]): string {
  if (!leaves.length) return sha('empty');
  let level: Buffer[] = leaves.map((l) => Buffer.from(l, 'hex'));
  while (level.length > 1) level = up(level);
  return level[0].toString('hex');
}

function up(level: Buffer[]): Buffer[] {
  const next: Buffer[] = [];
  for (let i = 0; i < level.length; i += 2) next.push(i + 1 < level.length ? node(level[i], level[i + 1]) : level[i]);
  return next;
}

/** The path from leaf `index` to the root. */
export function merkleProof(leaves: string[], index: number): ProofStep[] {
  const proof: ProofStep[] = [];
  let level: Buffer[] = leaves.map((l) => Buffer.from(l, 'hex'));
  let i = index;
  while (level.length > 1) {
    const sibling = i % 2 === 0 ? i + 1 : i - 1;
    if (sibling < level.length) proof.push({ hash: level[sibling].toString('hex'), side: i % 2 === 0 ? 'right' : 'left' });
    level = up(level);
    i = Math.floor(i / 2);
  }
  return proof;
}

export function verifyProof(leaf: string, proof: ProofStep[], root: string): boolean {
  let h: Buffer = Buffer.from(leaf, 'hex');
  for (const step of proof) h = step.side === 'right' ? node(h, Buffer.from(step.hash, 'hex')) : node(Buffer.from(step.hash, 'hex'), h);
  return h.toString('hex') === root;
}
