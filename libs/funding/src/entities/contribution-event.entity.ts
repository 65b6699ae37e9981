import { bigintCents } from '@socius/core';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Campaign } from './campaign.entity';
import { Contribution } from './contribution.entity';

export const CONTRIBUTION_EVENT_KINDS = ['pledge', 'payment', 'refund', 'cancellation', 'refund_due'] as const;
export type ContributionEventKind = (typeof CONTRIBUTION_EVENT_KINDS)[number];

/**
 * The campaign ledger: every pledge, payment, refund and cancellation, in the order recorded.
 * Append-only (a trigger refuses UPDATE and DELETE); figures over time are read from it.
 */
@Entity('contribution_events')
@Index('contribution_events_org_campaign_idx', ['organizationId', 'campaignId', 'recordedAt'])
@Index('contribution_events_contribution_idx', ['organizationId', 'contributionId'])
@Check('contribution_events_kind_check', `"kind" IN ('pledge', 'payment', 'refund', 'cancellation', 'refund_due')`)
@Check('contribution_events_amount_check', `"amount_cents" >= 0`)
export class ContributionEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'uuid' })
  campaignId: string;

  @ManyToOne(() => Campaign, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'organization_id',
      referencedColumnName: 'organizationId',
      foreignKeyConstraintName: 'contribution_events_campaign_fk',
    },
    { name: 'campaign_id', referencedColumnName: 'id', foreignKeyConstraintName: 'contribution_events_campaign_fk' },
  ])
  campaign?: Campaign;

  @Column({ type: 'uuid' })
  contributionId: string;

  @ManyToOne(() => Contribution, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'organization_id',
      referencedColumnName: 'organizationId',
      foreignKeyConstraintName: 'contribution_events_contribution_fk',
    },
    {
      name: 'contribution_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'contribution_events_contribution_fk',
    },
  ])
  contribution?: Contribution;

  @Column({ type: 'varchar', length: 20 })
  kind: ContributionEventKind;

  @Column({ type: 'bigint', transformer: bigintCents })
  amountCents: number;

  /** the date of the payment, refund or decision */
  @Column({ type: 'date' })
  occurredOn: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  method: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  reference: string | null;

  /** the journal entry that records it (donations and fees: journal DON; shares: the CAP entry of the subscription) */
  @Column({ type: 'uuid', nullable: true })
  accountingEntryId: string | null;

  @Column({ type: 'uuid', nullable: true })
  recordedBy: string | null;

  /** clock time, not the transaction's: the lines one command writes keep their order */
  @CreateDateColumn({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  recordedAt: Date;
}
