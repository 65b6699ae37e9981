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

export const SUBSCRIPTION_STATUSES = ['pending', 'approved', 'rejected', 'issued', 'cancelled', 'defaulted'] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

/**
 * Souscription: pending → approved | rejected | cancelled; approved and paid → issued. Paid by
 * instalments (where the class allows it), the shares are issued once the first quarter is paid and
 * the rest is called later; a call left unpaid after its due date makes the subscription defaulted.
 */
@Entity('subscriptions')
@Index('subscriptions_org_id_key', ['organizationId', 'id'], { unique: true })
@Index('subscriptions_org_member_idx', ['organizationId', 'memberId'])
@Index('subscriptions_org_status_idx', ['organizationId', 'status', 'createdAt'])
@Check(
  'subscriptions_status_check',
  `"status" IN ('pending', 'approved', 'rejected', 'issued', 'cancelled', 'defaulted')`,
)
@Check('subscriptions_quantity_check', `"quantity" > 0`)
@Check('subscriptions_amount_check', `"amount_cents" = "quantity" * "unit_cents"`)
@Check('subscriptions_paid_check', `"paid_cents" >= 0 AND "paid_cents" <= "amount_cents"`)
@Check('subscriptions_called_check', `"called_cents" >= 0 AND "called_cents" <= "amount_cents"`)
@Check('subscriptions_refunded_check', `"refunded_cents" >= 0 AND "refunded_cents" <= "paid_cents"`)
export class Subscription {
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
      foreignKeyConstraintName: 'subscriptions_member_fk',
    },
    { name: 'member_id', referencedColumnName: 'id', foreignKeyConstraintName: 'subscriptions_member_fk' },
  ])
  member?: Member;

  @Column({ type: 'uuid' })
  shareClassId: string;

  @ManyToOne(() => ShareClass, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'organization_id',
      referencedColumnName: 'organizationId',
      foreignKeyConstraintName: 'subscriptions_share_class_fk',
    },
    { name: 'share_class_id', referencedColumnName: 'id', foreignKeyConstraintName: 'subscriptions_share_class_fk' },
  ])
  shareClass?: ShareClass;

  @Column({ type: 'int' })
  quantity: number;

  /** nominal at subscription */
  @Column({ type: 'bigint', transformer: bigintCents })
  unitCents: number;

  @Column({ type: 'bigint', transformer: bigintCents })
  amountCents: number;

  @Column({ type: 'bigint', default: 0, transformer: bigintCents })
  paidCents: number;

  /** paid by instalments: only `calledCents` is due now, the rest on capital calls */
  @Column({ type: 'boolean', default: false })
  instalments: boolean;

  /** the part called so far (the whole amount unless paid by instalments) */
  @Column({ type: 'bigint', transformer: bigintCents })
  calledCents: number;

  /** money returned (a rejected or cancelled subscription that had been paid) */
  @Column({ type: 'bigint', default: 0, transformer: bigintCents })
  refundedCents: number;

  @Column({ type: 'varchar', length: 20, default: 'pending' })
  status: SubscriptionStatus;

  @Column({ type: 'date' })
  subscribedOn: string;

  @Column({ type: 'date', nullable: true })
  decidedOn: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  decisionRef: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  rejectionReason: string | null;

  /** date the shares were issued (the last payment's date) */
  @Column({ type: 'date', nullable: true })
  issuedOn: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
