import { Injectable } from '@nestjs/common';
import { firstRow, rows, run } from '@socius/database';
import type { MemberKind } from '@socius/members';
import { EntityManager } from 'typeorm';
import type { HashedMovement, MovementKind } from './ledger';

/** A row of ledger_movements, every column (bigints as strings). */
export interface MovementRow {
  id: string;
  organizationId: string;
  sequence: string;
  effectiveOn: string;
  memberId: string;
  shareClassId: string;
  kind: MovementKind;
  quantity: number;
  unitCents: string;
  amountCents: string;
  operationType: string;
  operationId: string | null;
  reversesSequence: string | null;
  recordedBy: string | null;
  recordedAt: Date;
  previousHash: string;
  hash: string;
  hashVersion: number;
}

/** A movement with its class's code, as the register lists it. */
export interface ListedMovementRow extends MovementRow {
  shareClassCode: string;
}

/** A listed movement with who it is about. */
export interface MemberMovementRow extends ListedMovementRow {
  memberKind: MemberKind;
  firstName: string | null;
  lastName: string | null;
  companyName: string | null;
  membershipNumber: string | null;
}

export interface LedgerHeadRow {
  lastSequence: string;
  lastHash: string;
  capitalCents: string;
  highestCapitalCents: string;
}

/** A chain head recorded in the audit log (`ledger.anchored`). */
export interface AnchorRow {
  sequence: string;
  hash: string;
  source: string | null;
  at: Date;
}

const MOVEMENT_COLUMNS = `l.id, l.organization_id AS "organizationId", l.sequence, l.effective_on AS "effectiveOn",
  l.member_id AS "memberId", l.share_class_id AS "shareClassId", l.kind, l.quantity, l.unit_cents AS "unitCents",
  l.amount_cents AS "amountCents", l.operation_type AS "operationType", l.operation_id AS "operationId",
  l.reverses_sequence AS "reversesSequence", l.recorded_by AS "recordedBy", l.recorded_at AS "recordedAt",
  l.previous_hash AS "previousHash", l.hash, l.hash_version AS "hashVersion"`;

const HEAD_COLUMNS = `last_sequence AS "lastSequence", last_hash AS "lastHash", capital_cents AS "capitalCents",
  highest_capital_cents AS "highestCapitalCents"`;

/** The SQL of the register: ledger_movements, ledger_heads and the holdings they move. */
@Injectable()
export class LedgerRepository {
  async movement(db: EntityManager, organizationId: string, id: string): Promise<ListedMovementRow | undefined> {
    return firstRow<ListedMovementRow>(
      db,
      `SELECT ${MOVEMENT_COLUMNS}, c.code AS "shareClassCode" FROM ledger_movements l JOIN share_classes c ON c.id = l.share_class_id
        WHERE l.organization_id = $1 AND l.id = $2`,
      [organizationId, id],
    );
  }

  /** Inserts chained movements in one statement. */
  async insertMovements(
    db: EntityManager,
    organizationId: string,
    movements: (HashedMovement & { hash: string })[],
    hashVersion: number,
  ): Promise<void> {
    const col = <K extends keyof HashedMovement | 'hash'>(k: K) => movements.map((r) => r[k]);
    await run(
      db,
      `INSERT INTO ledger_movements (id, organization_id, sequence, effective_on, member_id, share_class_id, kind, quantity, unit_cents, amount_cents,
                                     operation_type, operation_id, recorded_by, recorded_at, previous_hash, hash, reverses_sequence, hash_version)
       SELECT u.id, $1, u.sequence, u.effective_on, u.member_id, u.share_class_id, u.kind, u.quantity, u.unit_cents, u.amount_cents,
              u.operation_type, u.operation_id, u.recorded_by, u.recorded_at, u.previous_hash, u.hash, u.reverses_sequence, $18
         FROM unnest($2::bigint[], $3::date[], $4::uuid[], $5::uuid[], $6::text[], $7::int[], $8::bigint[], $9::bigint[],
                     $10::text[], $11::uuid[], $12::uuid[], $13::timestamptz[], $14::text[], $15::text[], $16::bigint[], $17::uuid[])
           AS u(sequence, effective_on, member_id, share_class_id, kind, quantity, unit_cents, amount_cents,
                operation_type, operation_id, recorded_by, recorded_at, previous_hash, hash, reverses_sequence, id)`,
      [
        organizationId,
        col('sequence'),
        col('effectiveOn'),
        col('memberId'),
        col('shareClassId'),
        col('kind'),
        col('quantity'),
        col('unitCents'),
        col('amountCents'),
        col('operationType'),
        col('operationId'),
        col('recordedBy'),
        col('recordedAt'),
        col('previousHash'),
        col('hash'),
        col('reversesSequence'),
        col('id'),
        hashVersion,
      ],
    );
  }

  /**
   * Adds `quantity` to the member's holding of the class, creating it. Not INSERT ... ON CONFLICT:
   * PostgreSQL checks the CHECK on the proposed row (a negative quantity) before it sees the
   * conflict, so every outgoing movement would be refused. The caller holds the ledger head lock,
   * which serializes these statements per organization.
   */
  async moveHolding(
    db: EntityManager,
    organizationId: string,
    memberId: string,
    shareClassId: string,
    quantity: number,
  ): Promise<void> {
    await run(
      db,
      `WITH moved AS (UPDATE holdings SET quantity = quantity + $4 WHERE organization_id = $1 AND member_id = $2 AND share_class_id = $3 RETURNING 1)
       INSERT INTO holdings (organization_id, member_id, share_class_id, quantity) SELECT $1, $2, $3, $4 WHERE NOT EXISTS (SELECT 1 FROM moved)`,
      [organizationId, memberId, shareClassId, quantity],
    );
  }

  async advanceHead(
    db: EntityManager,
    organizationId: string,
    sequence: number,
    hash: string,
    capitalCents: number,
  ): Promise<void> {
    await run(
      db,
      `UPDATE ledger_heads SET last_sequence = $2, last_hash = $3, capital_cents = $4, highest_capital_cents = GREATEST(highest_capital_cents, $4) WHERE organization_id = $1`,
      [organizationId, sequence, hash, capitalCents],
    );
  }

  async shareClassCodes(
    db: EntityManager,
    organizationId: string,
    ids: string[],
  ): Promise<{ id: string; code: string }[]> {
    return rows<{ id: string; code: string }>(
      db,
      `SELECT id, code FROM share_classes WHERE organization_id = $1 AND id = ANY($2::uuid[])`,
      [organizationId, ids],
    );
  }

  /** The organization's head, locked until commit (FOR UPDATE); undefined when it has none yet. */
  async lockHead(db: EntityManager, organizationId: string): Promise<LedgerHeadRow | undefined> {
    return firstRow<LedgerHeadRow>(
      db,
      `SELECT ${HEAD_COLUMNS} FROM ledger_heads WHERE organization_id = $1 FOR UPDATE`,
      [organizationId],
    );
  }

  async createHead(db: EntityManager, organizationId: string, genesisHash: string): Promise<void> {
    await run(
      db,
      `INSERT INTO ledger_heads (organization_id, last_sequence, last_hash) VALUES ($1, 0, $2) ON CONFLICT DO NOTHING`,
      [organizationId, genesisHash],
    );
  }

  /** The organization's head, unlocked. */
  async head(db: EntityManager, organizationId: string): Promise<LedgerHeadRow | undefined> {
    return firstRow<LedgerHeadRow>(db, `SELECT ${HEAD_COLUMNS} FROM ledger_heads WHERE organization_id = $1`, [
      organizationId,
    ]);
  }

  /** `where`: conditions on `l` (ledger_movements) with their parameters. */
  async count(db: EntityManager, where: string[], params: unknown[]): Promise<number> {
    const row = await firstRow<{ n: number }>(
      db,
      `SELECT count(*)::int AS n FROM ledger_movements l WHERE ${where.join(' AND ')}`,
      params,
    );
    return row!.n;
  }

  /** Movements with their member, in sequence order; `where`: conditions on `l` with their parameters. */
  async listWithMembers(
    db: EntityManager,
    where: string[],
    params: unknown[],
    limit: number,
  ): Promise<MemberMovementRow[]> {
    return rows<MemberMovementRow>(
      db,
      `SELECT ${MOVEMENT_COLUMNS}, c.code AS "shareClassCode",
              m.kind AS "memberKind", m.first_name AS "firstName", m.last_name AS "lastName",
              m.company_name AS "companyName", m.membership_number AS "membershipNumber"
         FROM ledger_movements l
         JOIN share_classes c ON c.id = l.share_class_id
         JOIN members m ON m.organization_id = l.organization_id AND m.id = l.member_id
        WHERE ${where.join(' AND ')} ORDER BY l.sequence LIMIT ${limit}`,
      params,
    );
  }

  /** Every distinct chain head the audit log recorded as published. */
  async anchors(db: EntityManager, organizationId: string, action: string): Promise<AnchorRow[]> {
    return rows<AnchorRow>(
      db,
      `SELECT DISTINCT ON (changes->>'sequence', changes->>'hash') changes->>'sequence' AS sequence, changes->>'hash' AS hash,
              changes->>'source' AS source, at
         FROM audit_log WHERE organization_id = $1 AND entity_type = 'ledger' AND action = $2
        ORDER BY changes->>'sequence', changes->>'hash', id`,
      [organizationId, action],
    );
  }

  /** Up to `limit` movements after `sequence`, in order. */
  async movementsAfter(
    db: EntityManager,
    organizationId: string,
    sequence: number,
    limit: number,
  ): Promise<MovementRow[]> {
    return rows<MovementRow>(
      db,
      `SELECT ${MOVEMENT_COLUMNS} FROM ledger_movements l WHERE l.organization_id = $1 AND l.sequence > $2 ORDER BY l.sequence LIMIT ${limit}`,
      [organizationId, sequence],
    );
  }
}
