import { Injectable } from '@nestjs/common';
import { firstRow, run } from '@socius/database';
import { EntityManager } from 'typeorm';

/** The SQL of redemptions: the queue of those waiting for the capital, and erasure of payees. */
@Injectable()
export class RedemptionsRepository {
  /** Whether the fiscal year ending `endOn` is closed. */
  async isYearClosed(db: EntityManager, organizationId: string, endOn: string): Promise<boolean> {
    const row = await firstRow<{ closed: number }>(
      db,
      `SELECT 1 AS closed FROM fiscal_years WHERE organization_id = $1 AND end_on = $2 AND status = 'closed'`,
      [organizationId, endOn],
    );
    return row !== undefined;
  }

  /** How many other redemptions wait for the capital to grow. */
  async waitingOthers(db: EntityManager, organizationId: string, redemptionId: string): Promise<number> {
    const row = await firstRow<{ n: number }>(
      db,
      `SELECT count(*)::int AS n FROM redemptions WHERE organization_id = $1 AND status = 'waiting' AND id <> $2`,
      [organizationId, redemptionId],
    );
    return row!.n;
  }

  /** The waiting redemption's place in the queue (1: first), by request time then id. */
  async queuePosition(db: EntityManager, organizationId: string, redemptionId: string): Promise<number> {
    const row = await firstRow<{ n: number }>(
      db,
      `SELECT count(*)::int AS n FROM redemptions WHERE organization_id = $1 AND status = 'waiting' AND (requested_at, id) <= (SELECT requested_at, id FROM redemptions WHERE id = $2)`,
      [organizationId, redemptionId],
    );
    return row!.n;
  }

  /** Shares of the class the member already asked to redeem (pending or waiting). */
  async requestedQuantity(
    db: EntityManager,
    organizationId: string,
    memberId: string,
    shareClassId: string,
  ): Promise<number> {
    const row = await firstRow<{ q: number }>(
      db,
      `SELECT coalesce(sum(quantity), 0)::int AS q FROM redemptions WHERE organization_id = $1 AND member_id = $2 AND share_class_id = $3 AND status IN ('pending', 'waiting')`,
      [organizationId, memberId, shareClassId],
    );
    return row!.q;
  }

  /** An erased member's redemptions: the payee's name becomes the pseudonym, the bank details go. */
  async erasePayee(db: EntityManager, organizationId: string, memberId: string, pseudonym: string): Promise<void> {
    await run(
      db,
      `UPDATE redemptions
          SET payee_name = CASE WHEN payee_name IS NULL THEN NULL ELSE $3 END, payee_iban = NULL, payee_bic = NULL
        WHERE organization_id = $1 AND member_id = $2`,
      [organizationId, memberId, pseudonym],
    );
  }
}
