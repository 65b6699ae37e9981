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
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { PaymentProviderName } from './payment-account.entity';

export const CHECKOUT_STATUSES = ['pending', 'paid', 'abandoned', 'unmatched'] as const;
/**
 * pending: started, not paid yet; paid: the provider confirmed it and the payment is recorded;
 * abandoned: the person came back without paying (a later confirmation may still find it paid);
 * unmatched: the provider says paid but not what was asked, or it could not be recorded — for an admin.
 */
export type CheckoutStatus = (typeof CHECKOUT_STATUSES)[number];
export type CheckoutPurpose = 'contribution' | 'subscription';

/** A payment started at the provider for one contribution or one share subscription. */
@Entity('payment_checkouts')
@Index('payment_checkouts_provider_reference_key', ['provider', 'providerReference'], { unique: true })
@Index('payment_checkouts_provider_payment_key', ['provider', 'providerPaymentId'], { unique: true })
@Index('payment_checkouts_org_created_idx', ['organizationId', 'createdAt'])
@Check('payment_checkouts_amount_check', `"amount_cents" > 0`)
@Check('payment_checkouts_status_check', `"status" IN ('pending', 'paid', 'abandoned', 'unmatched')`)
@Check(
  'payment_checkouts_purpose_check',
  `("purpose" = 'contribution' AND "contribution_id" IS NOT NULL AND "subscription_id" IS NULL)
          OR ("purpose" = 'subscription' AND "subscription_id" IS NOT NULL AND "contribution_id" IS NULL)`,
)
@Check('payment_checkouts_paid_check', `"status" <> 'paid' OR "provider_payment_id" IS NOT NULL`)
export class PaymentCheckout {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'payment_checkouts_organization_fk' })
  organization?: Organization;

  @Column({ type: 'varchar', length: 20 })
  provider: PaymentProviderName;

  /** the provider's id of the checkout (HelloAsso: the checkout intent's id); null until created there */
  @Column({ type: 'varchar', length: 100, nullable: true })
  providerReference: string | null;

  @Column({ type: 'varchar', length: 20 })
  purpose: CheckoutPurpose;

  @Column({ type: 'uuid', nullable: true })
  contributionId: string | null;

  @Column({ type: 'uuid', nullable: true })
  subscriptionId: string | null;

  @Column({ type: 'bigint', transformer: bigintCents })
  amountCents: number;

  @Column({ type: 'varchar', length: 20, default: 'pending' })
  status: CheckoutStatus;

  /** the provider's id of the payment that paid it: recorded once */
  @Column({ type: 'varchar', length: 100, nullable: true })
  providerPaymentId: string | null;

  /** why it is unmatched, for an admin */
  @Column({ type: 'varchar', length: 300, nullable: true })
  problem: string | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  redirectUrl: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  paidAt: Date | null;

  /** the last time the provider was asked */
  @Column({ type: 'timestamptz', nullable: true })
  checkedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
