import { bigintCents } from '@socius/core';
import { Member } from '@socius/members';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { ShareClass } from './share-class.entity';

export const REDEMPTION_STATUSES = ['pending', 'waiting', 'approved', 'paid', 'rejected', 'cancelled'] as const;
export type RedemptionStatus = (typeof REDEMPTION_STATUSES)[number];

/**
 * Remboursement de parts: requested, then approved (the shares leave the register at the effective
 * date) or held `waiting` while it would break the capital floor, first come first served; paid at
 * most five years later at nominal less the member's share of the losses of the year it took effect.
 */
@Entity('redemptions')
@Index('redemptions_org_status_idx', ['organizationId', 'status', 'requestedAt'])
@Index('redemptions_org_member_idx', ['organizationId', 'memberId'])
@Check('redemptions_status_check', `"status" IN ('pending', 'waiting', 'approved', 'paid', 'rejected', 'cancelled')`)
@Check('redemptions_quantity_check', `"quantity" > 0`)
@Check(
  'redemptions_value_check',
  `"loss_per_share_cents" >= 0 AND "loss_per_share_cents" <= "unit_cents" AND "payout_cents" = "quantity" * ("unit_cents" - "loss_per_share_cents")`,
)
@Check(
  'redemptions_due_check',
  `"due_on" IS NULL OR ("due_on" >= "effective_on" AND "due_on" <= "effective_on" + interval '5 years')`,
)
@Check('redemptions_paid_check', `("status" = 'paid') = ("paid_on" IS NOT NULL)`)
export class Redemption {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'uuid' })
  memberId: string;

  @ManyToOne(() => Member, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'organization_id',
      referencedColumnName: 'organizationId',
      foreignKeyConstraintName: 'redemptions_member_fk',
    },
    { name: 'member_id', referencedColumnName: 'id', foreignKeyConstraintName: 'redemptions_member_fk' },
  ])
  member?: Member;

  @Column({ type: 'uuid' })
  shareClassId: string;

  @ManyToOne(() => ShareClass, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'organization_id',
      referencedColumnName: 'organizationId',
      foreignKeyConstraintName: 'redemptions_share_class_fk',
    },
    { name: 'share_class_id', referencedColumnName: 'id', foreignKeyConstraintName: 'redemptions_share_class_fk' },
  ])
  shareClass?: ShareClass;

  @Column({ type: 'int' })
  quantity: number;

  /** nominal value */
  @Column({ type: 'bigint', transformer: bigintCents })
  unitCents: number;

  /** the member's share of the losses per share (loi 47-1775 art. 18), known when the year closes */
  @Column({ type: 'bigint', default: 0, transformer: bigintCents })
  lossPerShareCents: number;

  /** what the member (or the heirs) receive */
  @Column({ type: 'bigint', transformer: bigintCents })
  payoutCents: number;

  @Column({ type: 'date' })
  effectiveOn: string;

  @Column({ type: 'varchar', length: 20, default: 'pending' })
  status: RedemptionStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  /** why it waits (the capital floor), or why it was rejected */
  @Column({ type: 'varchar', length: 500, nullable: true })
  statusReason: string | null;

  /** queue order of waiting requests: first come, first served */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  requestedAt: Date;

  @Column({ type: 'date', nullable: true })
  decidedOn: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  decisionRef: string | null;

  /** payout due (at most five years after the effective date) */
  @Column({ type: 'date', nullable: true })
  dueOn: string | null;

  @Column({ type: 'date', nullable: true })
  paidOn: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  paymentReference: string | null;

  /** who is paid: the member, or the heirs of a deceased member */
  @Column({ type: 'varchar', length: 200, nullable: true })
  payeeName: string | null;

  @Column({ type: 'varchar', length: 34, nullable: true })
  payeeIban: string | null;

  @Column({ type: 'varchar', length: 11, nullable: true })
  payeeBic: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
