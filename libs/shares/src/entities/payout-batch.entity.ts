import { bigintCents } from '@socius/core';
import { Organization } from '@socius/organizations';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Redemption } from './redemption.entity';

export const PAYOUT_BATCH_STATUSES = ['issued', 'cancelled'] as const;
export type PayoutBatchStatus = (typeof PAYOUT_BATCH_STATUSES)[number];

/**
 * One SEPA credit-transfer file (pain.001.001.03) paying redemptions: its message id comes from
 * the batch id, its bytes are kept so a second download gives the same file, and it is booked in
 * the share-capital journal. A batch the bank did not execute can be cancelled, which frees its
 * redemptions for another file.
 */
@Entity('payout_batches')
@Index('payout_batches_message_id_key', ['messageId'], { unique: true })
@Index('payout_batches_org_created_idx', ['organizationId', 'createdAt'])
@Check('payout_batches_status_check', `"status" IN ('issued', 'cancelled')`)
@Check('payout_batches_cancelled_check', `("status" = 'cancelled') = ("cancelled_at" IS NOT NULL)`)
@Check('payout_batches_totals_check', `"transfer_count" > 0 AND "total_cents" > 0`)
export class PayoutBatch {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'payout_batches_organization_fk' })
  organization?: Organization;

  /** GrpHdr/MsgId and PmtInfId: `SOC` and the 32 hex digits of the batch id, 35 characters */
  @Column({ type: 'varchar', length: 35 })
  messageId: string;

  @Column({ type: 'varchar', length: 20, default: 'issued' })
  status: PayoutBatchStatus;

  /** ReqdExctnDt, and the date the payment is booked (D 4567 / C 512) */
  @Column({ type: 'date' })
  executionOn: string;

  @Column({ type: 'varchar', length: 200 })
  debtorName: string;

  @Column({ type: 'varchar', length: 34 })
  debtorIban: string;

  @Column({ type: 'varchar', length: 11, nullable: true })
  debtorBic: string | null;

  @Column({ type: 'int' })
  transferCount: number;

  @Column({ type: 'bigint', transformer: bigintCents })
  totalCents: number;

  /** the file as issued (UTF-8) */
  @Column({ type: 'text' })
  xml: string;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  cancelReason: string | null;
}

/**
 * A redemption paid by a batch. `live` goes false when the batch is cancelled; the partial unique
 * index lets a redemption be in one live batch at most, whatever the application does.
 */
@Entity('payout_batch_items')
@Index('payout_batch_items_live_key', ['redemptionId'], { unique: true, where: '"live"' })
@Check('payout_batch_items_amount_check', `"amount_cents" > 0`)
export class PayoutBatchItem {
  @PrimaryColumn({ type: 'uuid' })
  batchId: string;

  @ManyToOne(() => PayoutBatch, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'batch_id', foreignKeyConstraintName: 'payout_batch_items_batch_fk' })
  batch?: PayoutBatch;

  @PrimaryColumn({ type: 'uuid' })
  redemptionId: string;

  @ManyToOne(() => Redemption, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'redemption_id', foreignKeyConstraintName: 'payout_batch_items_redemption_fk' })
  redemption?: Redemption;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'bigint', transformer: bigintCents })
  amountCents: number;

  @Column({ type: 'boolean', default: true })
  live: boolean;
}
