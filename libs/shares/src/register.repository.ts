import { Injectable } from '@nestjs/common';
import { firstRow, rows, run } from '@socius/database';
import { EntityManager } from 'typeorm';

/** A member as the opening import matches its lines. */
export interface OpeningMemberRow {
  id: string;
  externalRef: string | null;
  membershipNumber: number | null;
  status: string;
}

/** The operation a movement belongs to. */
export interface MovementOperationRow {
  operationType: string;
  operationId: string | null;
}

/** A movement to reverse. */
export interface ReversibleMovementRow {
  sequence: string;
  memberId: string;
  shareClassId: string;
  quantity: number;
  unitCents: string;
}

/** The SQL of the register's commands: the opening import, corrections, closing years, settings. */
@Injectable()
export class RegisterRepository {
  async openingMembers(db: EntityManager, organizationId: string): Promise<OpeningMemberRow[]> {
    return rows<OpeningMemberRow>(
      db,
      `SELECT id, external_ref AS "externalRef", membership_number AS "membershipNumber", status FROM members WHERE organization_id = $1`,
      [organizationId],
    );
  }

  async insertOpening(
    db: EntityManager,
    organizationId: string,
    openedOn: string,
    declaredCapitalCents: number,
    movements: number,
    operationId: string,
  ): Promise<void> {
    await run(
      db,
      `INSERT INTO register_openings (organization_id, opened_on, declared_capital_cents, movements, operation_id) VALUES ($1, $2, $3, $4, $5)`,
      [organizationId, openedOn, declaredCapitalCents, movements, operationId],
    );
  }

  async operationOf(
    db: EntityManager,
    organizationId: string,
    sequence: number,
  ): Promise<MovementOperationRow | undefined> {
    return firstRow<MovementOperationRow>(
      db,
      `SELECT operation_type AS "operationType", operation_id AS "operationId" FROM ledger_movements WHERE organization_id = $1 AND sequence = $2`,
      [organizationId, sequence],
    );
  }

  /** The movements of the operation (or the one movement `sequence`, when it has none) not yet reversed, in order. */
  async unreversed(
    db: EntityManager,
    organizationId: string,
    operationId: string | null,
    sequence: number,
  ): Promise<ReversibleMovementRow[]> {
    return rows<ReversibleMovementRow>(
      db,
      `SELECT l.sequence, l.member_id AS "memberId", l.share_class_id AS "shareClassId", l.quantity, l.unit_cents AS "unitCents"
         FROM ledger_movements l
        WHERE l.organization_id = $1 AND l.operation_id IS NOT DISTINCT FROM $2::uuid AND (l.operation_id IS NOT NULL OR l.sequence = $3)
          AND NOT EXISTS (SELECT 1 FROM ledger_movements r WHERE r.organization_id = $1 AND r.reverses_sequence = l.sequence)
        ORDER BY l.sequence`,
      [organizationId, operationId, sequence],
    );
  }

  /** The end of the first open fiscal year ending before `endOn`, if any. */
  async earlierOpenYear(db: EntityManager, organizationId: string, endOn: string): Promise<string | undefined> {
    const row = await firstRow<{ endOn: string }>(
      db,
      `SELECT end_on AS "endOn" FROM fiscal_years WHERE organization_id = $1 AND status = 'open' AND end_on < $2 ORDER BY end_on LIMIT 1`,
      [organizationId, endOn],
    );
    return row?.endOn;
  }

  async setAccountingSettings(
    db: EntityManager,
    organizationId: string,
    settings: Record<string, string>,
  ): Promise<void> {
    await run(db, `UPDATE organizations SET accounting_settings = $2 WHERE id = $1`, [
      organizationId,
      JSON.stringify(settings),
    ]);
  }

  /** Which of these college codes the organization has. */
  async collegeCodes(db: EntityManager, organizationId: string, codes: string[]): Promise<string[]> {
    const found = await rows<{ code: string }>(
      db,
      `SELECT code FROM colleges WHERE organization_id = $1 AND code = ANY($2)`,
      [organizationId, codes],
    );
    return found.map((r) => r.code);
  }
}
