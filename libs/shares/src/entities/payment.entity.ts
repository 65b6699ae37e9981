import { bigintCents } from '@socius/core';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Subscription } from './subscription.entity';

export const PAYMENT_METHODS = ['transfer', 'check', 'card', 'cash', 'direct_debit', 'other'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** A payment (libération) towards a subscription: partial payments add up to its amount. */
@Entity('subscription_payments')
@Index('subscription_payments_subscription_idx', ['organizationId', 'subscriptionId'])
@Check('subscription_payments_amount_check', `"amount_cents" > 0`)
@Check(
  'subscription_payments_method_check',
  `"method" IN ('transfer', 'check', 'card', 'cash', 'direct_debit', 'other')`,
)
export class SubscriptionPayment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'uuid' })
  subscriptionId: string;

  @ManyToOne(() => Subscription, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'organization_id',
      referencedColumnName: 'organizationId',
      foreignKeyConstraintName: 'subscription_payments_subscription_fk',
    },
    {
      name: 'subscription_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'subscription_payments_subscription_fk',
    },
  ])
  subscription?: Subscription;

  @Column({ type: 'bigint', transformer: bigintCents })
  amountCents: number;

  @Column({ type: 'date' })
  paidOn: string;

  @Column({ type: 'varchar', length: 20 })
  method: PaymentMethod;

  @Column({ type: 'varchar', length: 200, nullable: true })
  reference: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt: Date;
}
