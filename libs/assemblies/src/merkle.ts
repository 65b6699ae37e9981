import { createHash } from 'node:crypto';

/**
 * The seal of a ballot box: a Merkle root over its ballots, each leaf the hash of a receipt's hash
 * and the choice, leaves sorted by receipt hash (an order that says nothing about who voted when).
 * A voter holding a receipt can check that their ballot, as cast, is under the published root.
 */

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

export const receiptHash = (receipt: string) => sha(`receipt:${receipt}`);

export function leafHash(receiptHashHex: string, choice: string[]): string {
  return sha(`leaf:${receiptHashHex}:${choice.join(',')}`);
}

export interface ProofStep {
  hash: string;
  side: 'left' | 'right';
}

/** Root of leaves given in their order; an odd node is carried up as is. Empty box: hash of nothing. */
export function merkleRoot(leaves: string[]): string {
  if (!leaves.length) return sha('empty');
  let level = leaves;
  while (level.length > 1) {
    const next: string[] = [];
    for (let i = 0; i < level.length; i += 2) next.push(i + 1 < level.length ? sha(`node:${level[i]}${level[i + 1]}`) : level[i]);
    level = next;
  }
  return level[0];
}

/** The path from leaf `index` to the root. */
export function merkleProof(leaves: string[], index: number): ProofStep[] {
  const proof: ProofStep[] = [];
  let level = leaves;
  let i = index;
  while (level.length > 1) {
    const sibling = i % 2 === 0 ? i + 1 : i - 1;
    if (sibling < level.length) proof.push({ hash: level[sibling], side: i % 2 === 0 ? 'right' : 'left' });
    const next: string[] = [];
    for (let j = 0; j < level.length; j += 2) next.push(j + 1 < level.length ? sha(`node:${level[j]}${level[j + 1]}`) : level[j]);
    level = next;
    i = Math.floor(i / 2);
  }
  return proof;
}

export function verifyProof(leaf: string, proof: ProofStep[], root: string): boolean {
  let h = leaf;
  for (const step of proof) h = step.side === 'right' ? sha(`node:${h}${step.hash}`) : sha(`node:${step.hash}${h}`);
  return h === root;
}
