import { bigintCents } from '@socius/core';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Subscription } from './subscription.entity';

/** Appel de fonds: the board calls part of the unpaid capital of a subscription, due at a date. */
@Entity('capital_calls')
@Index('capital_calls_subscription_idx', ['organizationId', 'subscriptionId'])
@Check('capital_calls_amount_check', `"amount_cents" > 0`)
@Check('capital_calls_dates_check', `"due_on" >= "called_on"`)
export class CapitalCall {
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
      foreignKeyConstraintName: 'capital_calls_subscription_fk',
    },
    { name: 'subscription_id', referencedColumnName: 'id', foreignKeyConstraintName: 'capital_calls_subscription_fk' },
  ])
  subscription?: Subscription;

  @Column({ type: 'bigint', transformer: bigintCents })
  amountCents: number;

  @Column({ type: 'date' })
  calledOn: string;

  @Column({ type: 'date' })
  dueOn: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
