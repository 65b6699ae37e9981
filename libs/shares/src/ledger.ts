import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export const MOVEMENT_KINDS = [
  'issue',
  'transfer_in',
  'transfer_out',
  'redemption',
  'cancellation',
  'conversion_in',
  'conversion_out',
  'opening',
] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

/** What a movement's hash covers: every field that has legal meaning, and the previous hash. */
export interface HashedMovement {
  organizationId: string;
  sequence: number;
  effectiveOn: string;
  memberId: string;
  shareClassId: string;
  kind: MovementKind;
  quantity: number;
  unitCents: number;
  amountCents: number;
  operationType: string;
  operationId: string | null;
  recordedAt: string;
  previousHash: string;
}

/**
 * SHA-256 of a canonical line: fields in a fixed order, separated by "|". Changing any field
 * of any movement changes its hash, and so every later hash: the register is tamper-evident.
 */
export function movementHash(m: HashedMovement): string {
  const line = [
    m.organizationId,
    m.sequence,
    m.effectiveOn,
    m.memberId,
    m.shareClassId,
    m.kind,
    m.quantity,
    m.unitCents,
    m.amountCents,
    m.operationType,
    m.operationId ?? '',
    m.recordedAt,
    m.previousHash,
  ].join('|');
  return createHash('sha256').update(line, 'utf8').digest('hex');
}

export interface ChainBreak {
  sequence: number;
  reason: 'sequence-gap' | 'previous-hash-mismatch' | 'hash-mismatch';
}

/**
 * Walks movements in sequence order and returns the first broken link, if any. `expected` is
 * the state before the first movement given (sequence 0 and the genesis hash at the start).
 */
export function verifyChain(
  movements: Iterable<HashedMovement & { hash: string }>,
  expected = { sequence: 0, hash: GENESIS_HASH },
): ChainBreak | null {
  let { sequence, hash } = expected;
  for (const m of movements) {
    if (m.sequence !== sequence + 1) return { sequence: sequence + 1, reason: 'sequence-gap' };
    if (m.previousHash !== hash) return { sequence: m.sequence, reason: 'previous-hash-mismatch' };
    if (movementHash(m) !== m.hash) return { sequence: m.sequence, reason: 'hash-mismatch' };
    sequence = m.sequence;
    hash = m.hash;
  }
  return null;
}

/**
 * The capital floor (loi 47-1775 art. 13): redemptions may not bring the capital below the larger
 * of the statutory minimum and a fraction (¼ by law, more if the statutes say so) of the highest
 * capital ever recorded.
 */
export function capitalFloorCents(
  statutoryMinimumCents: number,
  highestCapitalCents: number,
  fraction: { numerator: number; denominator: number } = { numerator: 1, denominator: 4 },
): number {
  return Math.max(statutoryMinimumCents, Math.ceil((highestCapitalCents * fraction.numerator) / fraction.denominator));
}
