import { Injectable } from '@nestjs/common';
import { rows } from '@socius/database';
import { EntityManager } from 'typeorm';

/** A redemption in a live payout batch. */
export interface LiveBatchRow {
  redemptionId: string;
  messageId: string;
}

/** A transfer of a payout batch. */
export interface PayoutItemRow {
  redemptionId: string;
  memberId: string;
  amountCents: string;
}

/** The SQL of SEPA payout batches. */
@Injectable()
export class PayoutBatchesRepository {
  /** The ends (YYYY-MM-DD) of the organization's closed fiscal years. */
  async closedYearEnds(db: EntityManager, organizationId: string): Promise<string[]> {
    const years = await rows<{ endOn: string }>(
      db,
      `SELECT to_char(end_on, 'YYYY-MM-DD') AS "endOn" FROM fiscal_years WHERE organization_id = $1 AND status = 'closed'`,
      [organizationId],
    );
    return years.map((y) => y.endOn);
  }

  /** Which of these redemptions are in a live batch, and its MsgId. */
  async liveBatches(db: EntityManager, redemptionIds: string[]): Promise<LiveBatchRow[]> {
    return rows<LiveBatchRow>(
      db,
      `SELECT i.redemption_id AS "redemptionId", b.message_id AS "messageId" FROM payout_batch_items i JOIN payout_batches b ON b.id = i.batch_id
       WHERE i.live AND i.redemption_id = ANY($1::uuid[])`,
      [redemptionIds],
    );
  }

  /** The batch's transfers, by redemption id. */
  async items(db: EntityManager, batchId: string): Promise<PayoutItemRow[]> {
    return rows<PayoutItemRow>(
      db,
      `SELECT i.redemption_id AS "redemptionId", r.member_id AS "memberId", i.amount_cents AS "amountCents"
         FROM payout_batch_items i JOIN redemptions r ON r.id = i.redemption_id
        WHERE i.batch_id = $1 ORDER BY r.id`,
      [batchId],
    );
  }
}
