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

export const CAMPAIGN_MODES = ['keep_it_all', 'all_or_nothing'] as const;
export type CampaignMode = (typeof CAMPAIGN_MODES)[number];
export const CAMPAIGN_STATUSES = ['draft', 'open', 'succeeded', 'failed', 'closed'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

/**
 * A funding campaign for a shared tool or project: draft → open → succeeded (goal reached), failed
 * (an all-or-nothing campaign that missed it: settled) or closed (a keep-it-all campaign that missed
 * it keeps what it raised). It closes the day after `endsOn` (a daily job) or by hand.
 */
@Entity('campaigns')
@Index('campaigns_org_id_key', ['organizationId', 'id'], { unique: true })
@Index('campaigns_org_created_idx', ['organizationId', 'createdAt'])
@Index('campaigns_status_ends_idx', ['status', 'endsOn'])
@Check('campaigns_status_check', `"status" IN ('draft', 'open', 'succeeded', 'failed', 'closed')`)
@Check('campaigns_mode_check', `"mode" IN ('keep_it_all', 'all_or_nothing')`)
@Check('campaigns_goal_check', `"goal_cents" > 0`)
@Check('campaigns_dates_check', `"ends_on" >= "starts_on"`)
export class Campaign {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'campaigns_organization_fk' })
  organization?: Organization;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 5000, default: '' })
  description: string;

  @Column({ type: 'bigint', transformer: bigintCents })
  goalCents: number;

  @Column({ type: 'date' })
  startsOn: string;

  /** the last day contributions are taken */
  @Column({ type: 'date' })
  endsOn: string;

  @Column({ type: 'varchar', length: 20 })
  mode: CampaignMode;

  /** who the money is for (the shared tool, the host that carries it) */
  @Column({ type: 'varchar', length: 200, nullable: true })
  beneficiary: string | null;

  /** shown at `GET /v1/public/orgs/{slug}/campaigns/{id}` */
  @Column({ type: 'boolean', default: false })
  public: boolean;

  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status: CampaignStatus;

  @Column({ type: 'timestamptz', nullable: true })
  openedAt: Date | null;

  /** the day it closed (the day after `endsOn` for the daily job) */
  @Column({ type: 'date', nullable: true })
  closedOn: string | null;

  /** what was raised when it closed: the figure its outcome was decided on */
  @Column({ type: 'bigint', nullable: true, transformer: bigintCents })
  closingRaisedCents: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
