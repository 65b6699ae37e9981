import type { OrgContext } from '@socius/auth';
import { NotFoundError } from '@socius/core';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { CampaignDto, ContributionDto } from './dto/funding.dto';
import { Campaign } from './entities/campaign.entity';
import { ContributionEventKind } from './entities/contribution-event.entity';
import { Contribution } from './entities/contribution.entity';
import { progressPercent, weeklyProgress } from './figures';

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

export interface EventInput {
  contribution: Contribution;
  kind: ContributionEventKind;
  amountCents: number;
  occurredOn: string;
  method?: string | null;
  reference?: string | null;
  accountingEntryId?: string | null;
  recordedBy?: string | null;
  id?: string;
}

/** Appends a line to the campaign ledger. */
export async function recordEvent(em: EntityManager, e: EventInput): Promise<string> {
  const id = e.id ?? randomUUID();
  await em.query(
    `INSERT INTO contribution_events (id, organization_id, campaign_id, contribution_id, kind, amount_cents, occurred_on, method, reference, accounting_entry_id, recorded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      id,
      e.contribution.organizationId,
      e.contribution.campaignId,
      e.contribution.id,
      e.kind,
      e.amountCents,
      e.occurredOn,
      e.method ?? null,
      e.reference ?? null,
      e.accountingEntryId ?? null,
      e.recordedBy || null,
    ],
  );
  return id;
}

export interface CampaignFigures {
  pledgedCents: number;
  raisedCents: number;
  contributorsCount: number;
}

/**
 * The figures of campaigns, from their contributions: raised = paid less refunded (a share
 * subscription counts once, by its contribution, not again by its subscription); pledged = what is
 * promised and stands (pledges, paid contributions not refunded, the months of monthly pledges not
 * generated yet); contributors = distinct members, partner organizations or e-mails (else names).
 */
export async function campaignFigures(
  em: EntityManager,
  organizationId: string,
  campaignIds: string[],
): Promise<Map<string, CampaignFigures>> {
  const rows: { campaign_id: string; pledged: string; raised: string; contributors: number }[] = await em.query(
    `SELECT c.campaign_id,
            coalesce(sum(CASE WHEN c.recurrence IS NULL AND c.status IN ('pledged', 'paid') AND NOT c.refund_due THEN c.amount_cents
                              WHEN c.recurrence IS NOT NULL AND c.status = 'pledged'
                              THEN c.amount_cents * (c.instalment_count - (SELECT count(*) FROM contributions i WHERE i.organization_id = c.organization_id AND i.parent_id = c.id))
                              ELSE 0 END), 0) AS pledged,
            coalesce(sum(c.paid_cents - c.refunded_cents), 0) AS raised,
            count(DISTINCT CASE WHEN (c.status IN ('pledged', 'paid') AND NOT c.refund_due) AND c.parent_id IS NULL
                                THEN coalesce(c.member_id::text, c.contributor_organization_id::text, lower(c.contributor_email), lower(c.contributor_name)) END)::int AS contributors
       FROM contributions c
      WHERE c.organization_id = $1 AND c.campaign_id = ANY($2::uuid[])
      GROUP BY c.campaign_id`,
    [organizationId, campaignIds],
  );
  const figures = new Map<string, CampaignFigures>(
    campaignIds.map((id) => [id, { pledgedCents: 0, raisedCents: 0, contributorsCount: 0 }]),
  );
  for (const r of rows)
    figures.set(r.campaign_id, {
      pledgedCents: Number(r.pledged),
      raisedCents: Number(r.raised),
      contributorsCount: r.contributors,
    });
  return figures;
}

/** Money in and out of a campaign by date, from its ledger. */
export async function campaignMoves(
  em: EntityManager,
  organizationId: string,
  campaignId: string,
): Promise<{ occurredOn: string; cents: number }[]> {
  const rows: { occurred_on: string; cents: string }[] = await em.query(
    `SELECT to_char(occurred_on, 'YYYY-MM-DD') AS occurred_on, sum(CASE WHEN kind = 'payment' THEN amount_cents ELSE -amount_cents END) AS cents
       FROM contribution_events WHERE organization_id = $1 AND campaign_id = $2 AND kind IN ('payment', 'refund')
      GROUP BY occurred_on ORDER BY occurred_on`,
    [organizationId, campaignId],
  );
  return rows.map((r) => ({ occurredOn: r.occurred_on, cents: Number(r.cents) }));
}

export async function toCampaignDto(em: EntityManager, c: Campaign, figures?: CampaignFigures): Promise<CampaignDto> {
  const f = figures ?? (await campaignFigures(em, c.organizationId, [c.id])).get(c.id)!;
  return {
    id: c.id,
    title: c.title,
    description: c.description,
    goalCents: c.goalCents,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    mode: c.mode,
    beneficiary: c.beneficiary,
    public: c.public,
    status: c.status,
    closedOn: c.closedOn,
    ...f,
    progressPercent: progressPercent(f.raisedCents, c.goalCents),
    progressByWeek: weeklyProgress(await campaignMoves(em, c.organizationId, c.id)),
    createdAt: c.createdAt,
  };
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
