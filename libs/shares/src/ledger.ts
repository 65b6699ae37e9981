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

/** The hash version new movements get: 2 covers every column of the row. */
export const HASH_VERSION = 2;

/** A row of ledger_movements, every column but the hash itself. */
export interface HashedMovement {
  id: string;
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
  reversesSequence: number | null;
  /** the user whose request recorded it; null for the system */
  recordedBy: string | null;
  recordedAt: string;
  previousHash: string;
  /** 1: movements recorded before issue 14, whose hash leaves out id, reversesSequence and recordedBy */
  hashVersion: number;
}

/** What a caller gives to record a movement: the ledger sets the rest (sequence, amount, chain, recorder). */
export type NewMovement = Pick<
  HashedMovement,
  'effectiveOn' | 'memberId' | 'shareClassId' | 'kind' | 'quantity' | 'unitCents' | 'operationType' | 'operationId'
> & { reversesSequence?: number | null };

/** A movement as the register shows it (LedgerItemDto implements it): its class by code, with its hash. */
export type LedgerItem = Pick<
  HashedMovement,
  | 'sequence'
  | 'effectiveOn'
  | 'memberId'
  | 'kind'
  | 'quantity'
  | 'unitCents'
  | 'amountCents'
  | 'operationType'
  | 'operationId'
  | 'recordedAt'
  | 'previousHash'
> & { shareClassCode: string; hash: string };

/**
 * SHA-256 of a canonical encoding of the movement. Version 2 (every movement recorded since issue
 * 14): the JSON array of every column in a fixed order, led by a domain tag — JSON, so that no
 * value can pass for two fields. Version 1 (before): some fields joined by "|". Changing any field
 * of any movement changes its hash, and so every later hash: the register is tamper-evident.
 */
export function movementHash(m: HashedMovement): string {
  const line =
    m.hashVersion === 1
      ? [
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
        ].join('|')
      : JSON.stringify([
          'socius-ledger-movement',
          m.hashVersion,
          m.id,
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
          m.operationId,
          m.reversesSequence,
          m.recordedBy,
          m.recordedAt,
          m.previousHash,
        ]);
  return createHash('sha256').update(line, 'utf8').digest('hex');
}

/** A chain head published outside the database (on a statement, an export) and what it said. */
export interface PublishedAnchor {
  sequence: number;
  hash: string;
  /** where it was published: capital-statement, fec-export, fiscal-year-close, query… */
  source: string;
  publishedAt: string | null;
}

export interface ChainBreak {
  sequence: number;
  reason: 'sequence-gap' | 'previous-hash-mismatch' | 'hash-mismatch' | 'anchor-mismatch';
  /** for an anchor-mismatch: the published head the chain no longer gives */
  anchor?: PublishedAnchor;
}

/**
 * Walks movements in sequence order and returns the first broken link, if any. `expected` is
 * the state before the first movement given (sequence 0 and the genesis hash at the start, hash
 * version 1 at least). A movement whose hash version is lower than an earlier one's is a forgery
 * (its hash covers less). `anchors` by sequence: a movement whose hash is not the one published
 * at its sequence breaks the chain too — a chain recomputed after a change no longer matches.
 */
export function verifyChain(
  movements: Iterable<HashedMovement & { hash: string }>,
  expected: { sequence: number; hash: string; hashVersion?: number } = { sequence: 0, hash: GENESIS_HASH },
  anchors: ReadonlyMap<number, PublishedAnchor[]> = new Map(),
): ChainBreak | null {
  let { sequence, hash } = expected;
  let version = expected.hashVersion ?? 1;
  for (const m of movements) {
    if (m.sequence !== sequence + 1) return { sequence: sequence + 1, reason: 'sequence-gap' };
    if (m.previousHash !== hash) return { sequence: m.sequence, reason: 'previous-hash-mismatch' };
    if (m.hashVersion < version || m.hashVersion > HASH_VERSION || movementHash(m) !== m.hash)
      return { sequence: m.sequence, reason: 'hash-mismatch' };
    const anchor = anchors.get(m.sequence)?.find((a) => a.hash !== m.hash);
    if (anchor) return { sequence: m.sequence, reason: 'anchor-mismatch', anchor };
    sequence = m.sequence;
    hash = m.hash;
    version = m.hashVersion;
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

/**
 * The head of the chain as the capital statements print it (CSV lines: label, value), so that a
 * copy kept outside Socius can later be checked with `GET ledger/verify?sequence=&hash=`.
 */
export function ledgerHeadLines(head: { sequence: number; hash: string }): [string, string | number][] {
  return [
    ['Registre des mouvements : dernier mouvement n°', head.sequence],
    ['Registre des mouvements : empreinte SHA-256', head.hash],
  ];
}
