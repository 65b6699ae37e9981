import { bigintCents } from '@socius/core';
import { Member } from '@socius/members';
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
import { Campaign } from './campaign.entity';

export const CONTRIBUTION_KINDS = ['donation', 'membership_fee', 'share_subscription'] as const;
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];
export const CONTRIBUTION_STATUSES = ['pledged', 'paid', 'refunded', 'cancelled'] as const;
export type ContributionStatus = (typeof CONTRIBUTION_STATUSES)[number];
export const CONTRIBUTOR_TYPES = ['member', 'organization', 'person'] as const;
export type ContributorType = (typeof CONTRIBUTOR_TYPES)[number];

/**
 * A contribution to a campaign: pledged → paid → (refunded), or cancelled. Its kind is chosen when
 * giving and never changes: a donation never becomes shares. A `share_subscription` carries the
 * subscription it created in the share register (one money path: its payments are that
 * subscription's payments). A monthly pledge (`recurrence`) holds no money itself: its instalments
 * are contributions of their own (`parentId`, `instalmentNumber`), generated month by month.
 */
export type PartnerStatus = 'pending' | 'confirmed' | 'refused';

@Entity('contributions')
@Index('contributions_org_id_key', ['organizationId', 'id'], { unique: true })
@Index('contributions_org_campaign_idx', ['organizationId', 'campaignId', 'createdAt'])
@Index('contributions_org_subscription_key', ['organizationId', 'subscriptionId'], { unique: true })
@Index('contributions_instalment_key', ['parentId', 'instalmentNumber'], { unique: true })
@Index('contributions_contributor_org_idx', ['contributorOrganizationId', 'createdAt'])
@Check('contributions_kind_check', `"kind" IN ('donation', 'membership_fee', 'share_subscription')`)
@Check('contributions_status_check', `"status" IN ('pledged', 'paid', 'refunded', 'cancelled')`)
@Check('contributions_contributor_type_check', `"contributor_type" IN ('member', 'organization', 'person')`)
@Check('contributions_amount_check', `"amount_cents" > 0`)
@Check('contributions_paid_check', `"paid_cents" >= 0 AND "paid_cents" <= "amount_cents"`)
@Check('contributions_refunded_check', `"refunded_cents" >= 0 AND "refunded_cents" <= "paid_cents"`)
@Check('contributions_member_check', `("contributor_type" = 'member') = ("member_id" IS NOT NULL)`)
@Check('contributions_partner_check', `"contributor_organization_id" IS NULL OR "contributor_type" = 'organization'`)
@Check(
  'contributions_partner_status_check',
  `"partner_status" IN ('pending', 'confirmed', 'refused') AND "partner_slug" IS NOT NULL OR "partner_status" IS NULL AND "partner_slug" IS NULL AND "contributor_organization_id" IS NULL`,
)
@Check('contributions_share_check', `("kind" = 'share_subscription') = ("subscription_id" IS NOT NULL)`)
@Check(
  'contributions_recurrence_check',
  `("recurrence" IS NULL) = ("instalment_count" IS NULL) AND ("recurrence" IS NULL OR ("parent_id" IS NULL AND "instalment_count" BETWEEN 2 AND 60))`,
)
@Check('contributions_instalment_check', `("parent_id" IS NULL) = ("instalment_number" IS NULL)`)
export class Contribution {
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
      foreignKeyConstraintName: 'contributions_campaign_fk',
    },
    { name: 'campaign_id', referencedColumnName: 'id', foreignKeyConstraintName: 'contributions_campaign_fk' },
  ])
  campaign?: Campaign;

  @Column({ type: 'varchar', length: 20 })
  kind: ContributionKind;

  @Column({ type: 'varchar', length: 20, default: 'pledged' })
  status: ContributionStatus;

  /** what is pledged (a monthly pledge: each month's amount) */
  @Column({ type: 'bigint', transformer: bigintCents })
  amountCents: number;

  @Column({ type: 'bigint', default: 0, transformer: bigintCents })
  paidCents: number;

  @Column({ type: 'bigint', default: 0, transformer: bigintCents })
  refundedCents: number;

  /** the contributor may pay in several parts; otherwise a payment must be the whole amount */
  @Column({ type: 'boolean', default: false })
  allowPartial: boolean;

  @Column({ type: 'varchar', length: 20 })
  contributorType: ContributorType;

  @Column({ type: 'uuid', nullable: true })
  memberId: string | null;

  @ManyToOne(() => Member, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'organization_id',
      referencedColumnName: 'organizationId',
      foreignKeyConstraintName: 'contributions_member_fk',
    },
    { name: 'member_id', referencedColumnName: 'id', foreignKeyConstraintName: 'contributions_member_fk' },
  ])
  member?: Member;

  /** pooled funding: the partner organization on the platform that gives (it sees what it gave) */
  @Column({ type: 'uuid', nullable: true })
  contributorOrganizationId: string | null;

  @ManyToOne(() => Organization, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'contributor_organization_id',
    foreignKeyConstraintName: 'contributions_contributor_organization_fk',
  })
  contributorOrganization?: Organization;

  /** as given, or the member's name when the contributor is a member */
  @Column({ type: 'varchar', length: 200 })
  contributorName: string;

  @Column({ type: 'varchar', length: 254, nullable: true })
  contributorEmail: string | null;

  /** an outside contributor's postal address, as given (a member's is in the register) */
  @Column({ type: 'varchar', length: 500, nullable: true })
  contributorAddress: string | null;

  /** pooled funding: the slug the host named the partner by (kept even when no organization has it) */
  @Column({ type: 'varchar', length: 63, nullable: true })
  partnerSlug: string | null;

  /** whether the partner's admin confirmed they gave it; until then it is not in their books */
  @Column({ type: 'varchar', length: 10, nullable: true })
  partnerStatus: PartnerStatus | null;

  /** an outside company's SIREN, as given */
  @Column({ type: 'char', length: 9, nullable: true })
  contributorSiren: string | null;

  /** the contributor agreed to be named on the public page */
  @Column({ type: 'boolean', default: false })
  publicName: boolean;

  @Column({ type: 'uuid', nullable: true })
  subscriptionId: string | null;

  /** `monthly`: a recurring pledge of `amountCents` a month, `instalmentCount` times */
  @Column({ type: 'varchar', length: 10, nullable: true })
  recurrence: 'monthly' | null;

  @Column({ type: 'smallint', nullable: true })
  instalmentCount: number | null;

  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => Contribution, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'organization_id',
      referencedColumnName: 'organizationId',
      foreignKeyConstraintName: 'contributions_parent_fk',
    },
    { name: 'parent_id', referencedColumnName: 'id', foreignKeyConstraintName: 'contributions_parent_fk' },
  ])
  parent?: Contribution;

  @Column({ type: 'smallint', nullable: true })
  instalmentNumber: number | null;

  /** when the money is expected: the pledge's date, each instalment's month */
  @Column({ type: 'date' })
  dueOn: string;

  /** paid, then its campaign failed (all or nothing): the money is to be returned */
  @Column({ type: 'boolean', default: false })
  refundDue: boolean;

  @Column({ type: 'date' })
  pledgedOn: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
