import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { BoundedString, Cents, DateProperty, IsCalendarDate, IsSiren, PageQuery } from '@socius/core';
import { DecideDto } from '@socius/shares';
import { CAMPAIGN_MODES, CAMPAIGN_STATUSES } from '../entities/campaign.entity';
import type { CampaignMode, CampaignStatus } from '../entities/campaign.entity';
import { CONTRIBUTION_KINDS, CONTRIBUTION_STATUSES, CONTRIBUTOR_TYPES } from '../entities/contribution.entity';
import type { ContributionKind, ContributionStatus, ContributorType } from '../entities/contribution.entity';
import { CONTRIBUTION_EVENT_KINDS } from '../entities/contribution-event.entity';
import type { ContributionEventKind } from '../entities/contribution-event.entity';

// ---- campaigns -------------------------------------------------------------------------

export class CreateCampaignDto {
  @BoundedString(200)
  title: string;

  @IsOptional()
  @BoundedString(5000)
  description?: string;

  /** the goal, in cents */
  @Cents(1)
  goalCents: number;

  @IsCalendarDate()
  startsOn: string;

  /** the last day contributions are taken; not before `startsOn` */
  @IsCalendarDate()
  endsOn: string;

  @ApiProperty({ enum: CAMPAIGN_MODES })
  @IsIn(CAMPAIGN_MODES)
  mode: CampaignMode;

  /** the shared tool or project the money is for */
  @IsOptional()
  @BoundedString(200)
  beneficiary?: string;

  /** shown, without personal data, at `GET /v1/public/orgs/{slug}/campaigns/{id}` */
  @IsOptional()
  @IsBoolean()
  public?: boolean;
}

export class CloseCampaignDto {
  /** the day it closes; today by default (it may close before `endsOn`) */
  @IsOptional()
  @IsCalendarDate()
  closedOn?: string;
}

export class WeekProgressDto {
  /** the Monday the week starts on */
  @DateProperty()
  weekOf: string;
  /** received that week, less what was refunded */
  raisedCents: number;
  /** raised from the start up to the end of that week */
  cumulativeCents: number;
}

export class CampaignDto {
  id: string;
  title: string;
  description: string;
  goalCents: number;
  @DateProperty()
  startsOn: string;
  @DateProperty()
  endsOn: string;
  @ApiProperty({ enum: CAMPAIGN_MODES })
  mode: CampaignMode;
  beneficiary: string | null;
  public: boolean;
  @ApiProperty({ enum: CAMPAIGN_STATUSES })
  status: CampaignStatus;
  @DateProperty()
  closedOn: string | null;
  /** promised and not withdrawn: pledges, paid contributions, and the months of monthly pledges still to come */
  pledgedCents: number;
  /** received, less what was refunded */
  raisedCents: number;
  /** distinct contributors with a pledge or a payment that stands */
  contributorsCount: number;
  /** raised over goal, in percent (two decimals) */
  progressPercent: number;
  progressByWeek: WeekProgressDto[];
  createdAt: Date;
}

export class CampaignListDto {
  items: CampaignDto[];
  total: number;
  nextCursor: string | null;
}

export class CampaignQuery extends PageQuery {
  @ApiProperty({ enum: CAMPAIGN_STATUSES, required: false })
  @IsOptional()
  @IsIn(CAMPAIGN_STATUSES)
  status?: CampaignStatus;
}

// ---- contributions ---------------------------------------------------------------------

export class ContributorDto {
  /** an outside `person`, or an `organization` (a partner co-op, a company, a public body) */
  @ApiProperty({ enum: ['person', 'organization'] })
  @IsIn(['person', 'organization'])
  kind: 'person' | 'organization';

  @BoundedString(200)
  name: string;

  @IsOptional()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email?: string;

  /** the postal address, on one line: a donation receipt must show it (cerfa 11580, cerfa 16216) */
  @IsOptional()
  @BoundedString(500)
  address?: string;

  /** a company's SIREN, shown on its receipt for patronage (cerfa 16216, 2041-MEC-SD) */
  @IsOptional()
  @IsSiren()
  siren?: string;

  /** pooled funding: the slug of the contributing organization on this platform, which then sees what it gave */
  @IsOptional()
  @Matches(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/, { message: 'organizationSlug must be an organization slug' })
  organizationSlug?: string;
}

export class RecurrenceDto {
  @ApiProperty({ enum: ['monthly'] })
  @IsIn(['monthly'])
  every: 'monthly';

  /** how many monthly instalments (2–60) */
  @IsInt()
  @Min(2)
  @Max(60)
  months: number;

  /** the first instalment's date (today by default); the others fall on the same day of the following months */
  @IsOptional()
  @IsCalendarDate()
  startsOn?: string;
}

export class CreateContributionDto {
  /** a member of this organization (required for a share subscription) — or `contributor` */
  @IsOptional()
  @IsUUID()
  memberId?: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => ContributorDto)
  contributor?: ContributorDto;

  /** the amount pledged (for a monthly pledge: each month's) */
  @Cents(1)
  amountCents: number;

  /** chosen now, never changed: a donation never turns into shares */
  @ApiProperty({ enum: CONTRIBUTION_KINDS })
  @IsIn(CONTRIBUTION_KINDS)
  kind: ContributionKind;

  /** for a share subscription: the class; the amount must be a whole number of its shares */
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,20}$/, { message: 'shareClassCode must be 1–20 letters, digits, _ or -' })
  shareClassCode?: string;

  /** may be paid in several parts (false: one payment of the whole amount) */
  @IsOptional()
  @IsBoolean()
  allowPartial?: boolean;

  /** the contributor agrees to be named on the public page */
  @IsOptional()
  @IsBoolean()
  publicName?: boolean;

  @IsOptional()
  @ValidateNested()
  @Type(() => RecurrenceDto)
  recurrence?: RecurrenceDto;
}

export class RecurrenceViewDto {
  @ApiProperty({ enum: ['monthly'] })
  every: 'monthly';
  months: number;
}

export class ContributionDto {
  id: string;
  campaignId: string;
  @ApiProperty({ enum: CONTRIBUTION_KINDS })
  kind: ContributionKind;
  @ApiProperty({ enum: CONTRIBUTION_STATUSES })
  status: ContributionStatus;
  amountCents: number;
  paidCents: number;
  refundedCents: number;
  allowPartial: boolean;
  @ApiProperty({ enum: CONTRIBUTOR_TYPES })
  contributorType: ContributorType;
  memberId: string | null;
  contributorName: string;
  contributorEmail: string | null;
  /** pooled funding: the slug the host named the contributing organization by */
  contributorOrganizationSlug: string | null;
  /**
   * pooled funding: whether that organization's admin confirmed the gift (`pending` until then,
   * whether or not the slug exists; only a confirmed gift is in their books)
   */
  @ApiProperty({ enum: ['pending', 'confirmed', 'refused'], nullable: true, type: String })
  partnerConfirmation: 'pending' | 'confirmed' | 'refused' | null;
  publicName: boolean;
  /** the subscription a share contribution created in the share register */
  subscriptionId: string | null;
  subscriptionStatus?: string;
  recurrence: RecurrenceViewDto | null;
  parentId: string | null;
  instalmentNumber: number | null;
  @DateProperty()
  dueOn: string;
  @DateProperty()
  pledgedOn: string;
  /** its campaign failed: the money is to be returned (`POST contributions/{id}/refund`) */
  refundDue: boolean;
  createdAt: Date;
  /** a monthly pledge: the instalments generated so far */
  instalments?: ContributionDto[];
}

export class ContributionListDto {
  items: ContributionDto[];
  total: number;
  nextCursor: string | null;
}

export class ContributionQuery extends PageQuery {
  @ApiProperty({ enum: CONTRIBUTION_STATUSES, required: false })
  @IsOptional()
  @IsIn(CONTRIBUTION_STATUSES)
  status?: ContributionStatus;

  @ApiProperty({ enum: CONTRIBUTION_KINDS, required: false })
  @IsOptional()
  @IsIn(CONTRIBUTION_KINDS)
  kind?: ContributionKind;
}

export class RefundContributionDto {
  /** the day the money went back; today by default */
  @IsOptional()
  @IsCalendarDate()
  refundedOn?: string;

  @IsOptional()
  @BoundedString(200)
  reference?: string;
}

/** The board's decision admitting the contributor (date, today by default, and reference). */
export class AdmitContributionDto extends DecideDto {}

export class RefuseContributionDto extends AdmitContributionDto {
  @BoundedString(500)
  reason: string;
}

// ---- ledger, pooled funding, public page -----------------------------------------------

export class CampaignLedgerItemDto {
  id: string;
  contributionId: string;
  @ApiProperty({ enum: CONTRIBUTION_EVENT_KINDS })
  kind: ContributionEventKind;
  @ApiProperty({ enum: CONTRIBUTION_KINDS })
  contributionKind: ContributionKind;
  contributorName: string;
  amountCents: number;
  @DateProperty()
  occurredOn: string;
  method: string | null;
  reference: string | null;
  accountingEntryId: string | null;
  recordedAt: Date;
}

export class CampaignLedgerDto {
  items: CampaignLedgerItemDto[];
  total: number;
  nextCursor: string | null;
}

export class HostOrganizationDto {
  slug: string;
  name: string;
}

export class GivenCampaignDto {
  id: string;
  title: string;
  @ApiProperty({ enum: CAMPAIGN_STATUSES })
  status: CampaignStatus;
}

export class GivenContributionDto {
  id: string;
  /** the organization hosting the campaign */
  host: HostOrganizationDto;
  campaign: GivenCampaignDto;
  @ApiProperty({ enum: CONTRIBUTION_KINDS })
  kind: ContributionKind;
  @ApiProperty({ enum: CONTRIBUTION_STATUSES })
  status: ContributionStatus;
  /** `pending` until this organization's admin confirms it gave it (`refused` ones are not listed) */
  @ApiProperty({ enum: ['pending', 'confirmed', 'refused'] })
  confirmation: 'pending' | 'confirmed' | 'refused';
  amountCents: number;
  paidCents: number;
  refundedCents: number;
  @DateProperty()
  pledgedOn: string;
}

export class GivenContributionListDto {
  items: GivenContributionDto[];
  total: number;
  /** the confirmed ones: their count, and paid less refunded over every host */
  givenCents: number;
  nextCursor: string | null;
}

export class PublicContributorDto {
  name: string;
  amountCents: number;
}

export class PublicCampaignDto {
  id: string;
  organization: { name: string; slug: string };
  title: string;
  description: string;
  beneficiary: string | null;
  goalCents: number;
  @DateProperty()
  startsOn: string;
  @DateProperty()
  endsOn: string;
  @ApiProperty({ enum: CAMPAIGN_MODES })
  mode: CampaignMode;
  @ApiProperty({ enum: CAMPAIGN_STATUSES })
  status: CampaignStatus;
  pledgedCents: number;
  raisedCents: number;
  contributorsCount: number;
  progressPercent: number;
  progressByWeek: WeekProgressDto[];
  /** only those who agreed to be named */
  namedContributors: PublicContributorDto[];
}

export class FundingSettingsDto {
  /** the organization is an association of general interest and may issue cerfa 11580 receipts */
  @IsBoolean()
  taxReceiptsEligible: boolean;

  /** the object of the association, printed on the tax receipt */
  @IsOptional()
  @BoundedString(500)
  purpose?: string;

  @IsOptional()
  @BoundedString(200)
  signatoryName?: string;

  @IsOptional()
  @BoundedString(200)
  signatoryTitle?: string;
}

export class FundingSettingsViewDto {
  legalForm: string;
  taxReceiptsEligible: boolean;
  purpose: string | null;
  signatoryName: string | null;
  signatoryTitle: string | null;
}
