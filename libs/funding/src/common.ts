import type { OrgContext } from '@socius/auth';
import { NotFoundError } from '@socius/core';
import { EntityManager } from 'typeorm';
import { ContributionDto } from './dto/funding.dto';
import { Campaign } from './entities/campaign.entity';
import { Contribution } from './entities/contribution.entity';

/** A job acts for the organization, not for a user: only the organization id is read. */
export function systemContext(organizationId: string): OrgContext {
  return { organizationId, slug: '', role: 'admin', userId: '', memberId: null };
}

/** The campaign, locked as asked: `share` by contributions and payments, `update` by opening and closing. */
export async function campaignOf(
  em: EntityManager,
  organizationId: string,
  id: string,
  lock?: 'share' | 'update',
): Promise<Campaign> {
  const campaign = await em.findOne(Campaign, {
    where: { organizationId, id },
    ...(lock
      ? { lock: { mode: lock === 'share' ? ('pessimistic_read' as const) : ('pessimistic_write' as const) } }
      : {}),
  });
  if (!campaign) throw new NotFoundError('campaign');
  return campaign;
}

export async function contributionOf(
  em: EntityManager,
  organizationId: string,
  id: string,
  lock = false,
): Promise<Contribution> {
  const contribution = await em.findOne(Contribution, {
    where: { organizationId, id },
    ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  if (!contribution) throw new NotFoundError('contribution');
  return contribution;
}

export interface CampaignFigures {
  pledgedCents: number;
  raisedCents: number;
  contributorsCount: number;
}

export function toContributionDto(c: Contribution, extra: { subscriptionStatus?: string } = {}): ContributionDto {
  return {
    id: c.id,
    campaignId: c.campaignId,
    kind: c.kind,
    status: c.status,
    amountCents: c.amountCents,
    paidCents: c.paidCents,
    refundedCents: c.refundedCents,
    allowPartial: c.allowPartial,
    contributorType: c.contributorType,
    memberId: c.memberId,
    contributorName: c.contributorName,
    contributorEmail: c.contributorEmail,
    contributorOrganizationSlug: c.partnerSlug,
    partnerConfirmation: c.partnerStatus,
    publicName: c.publicName,
    subscriptionId: c.subscriptionId,
    ...(extra.subscriptionStatus ? { subscriptionStatus: extra.subscriptionStatus } : {}),
    recurrence: c.recurrence ? { every: c.recurrence, months: c.instalmentCount! } : null,
    parentId: c.parentId,
    instalmentNumber: c.instalmentNumber,
    dueOn: c.dueOn,
    pledgedOn: c.pledgedOn,
    refundDue: c.refundDue,
    createdAt: c.createdAt,
  };
}
