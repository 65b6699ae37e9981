import { Injectable, OnModuleInit } from '@nestjs/common';
import type { OrgContext } from '@socius/auth';
import { AuditService } from '@socius/audit';
import { BusinessRuleError, decodeCursor, encodeCursor, NotFoundError, ValidationError } from '@socius/core';
import { OutboxService } from '@socius/jobs';
import { BooksService } from '@socius/shares';
import { WebhookEvents } from '@socius/webhooks';
import { DataSource, EntityManager } from 'typeorm';
import { CampaignsRepository } from './campaigns.repository';
import { CampaignFigures, campaignOf, systemContext } from './common';
import { ContributionsRepository, GivenRow } from './contributions.repository';
import { ContributionsService } from './contributions.service';
import {
  CampaignDto,
  CampaignLedgerDto,
  CampaignListDto,
  CampaignQuery,
  CloseCampaignDto,
  CreateCampaignDto,
  GivenContributionDto,
  GivenContributionListDto,
  PublicCampaignDto,
} from './dto/funding.dto';
import { Campaign } from './entities/campaign.entity';
import { Contribution } from './entities/contribution.entity';
import { campaignOutcome, MoneyMove, progressPercent, weeklyProgress } from './figures';

export const SETTLEMENT_NOTICES_JOB = 'funding.settlement-notices';

export interface SettlementResult {
  cancelled: number;
  refundDue: number;
  refundDueCents: number;
}

/**
 * Campaigns: draft → open → succeeded | failed | closed. Closing (the daily job the day after
 * `endsOn`, or by hand) decides the outcome on what was raised; a failed all-or-nothing campaign is
 * settled in the same transaction: pledges cancelled, money received marked for refund, and one
 * job to tell every contributor.
 */
@Injectable()
export class CampaignsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly books: BooksService,
    private readonly contributions: ContributionsService,
    private readonly campaigns: CampaignsRepository,
    private readonly contributionRows: ContributionsRepository,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly webhookEvents: WebhookEvents,
  ) {}

  onModuleInit(): void {
    this.webhookEvents.describe('campaign', (organizationId, id) => this.get(systemContext(organizationId), id));
  }

  async create(ctx: OrgContext, dto: CreateCampaignDto): Promise<CampaignDto> {
    if (dto.endsOn < dto.startsOn) throw ValidationError.field('endsOn', `cannot be before startsOn (${dto.startsOn})`);
    return this.dataSource.transaction(async (em) => {
      const campaign = await em.save(
        em.create(Campaign, {
          organizationId: ctx.organizationId,
          title: dto.title.trim(),
          description: dto.description?.trim() ?? '',
          goalCents: dto.goalCents,
          startsOn: dto.startsOn,
          endsOn: dto.endsOn,
          mode: dto.mode,
          beneficiary: dto.beneficiary?.trim() ?? null,
          public: dto.public ?? false,
        }),
      );
      await this.audit.record(em, {
        organizationId: ctx.organizationId,
        action: 'campaign.created',
        entityType: 'campaign',
        entityId: campaign.id,
        changes: { ...dto },
      });
      return this.toDto(em, campaign);
    });
  }

  async list(ctx: OrgContext, query: CampaignQuery): Promise<CampaignListDto> {
    const limit = query.limit ?? 50;
    const after = decodeCursor(query.cursor, 1);
    const em = this.dataSource.manager;
    // members see the campaigns they can contribute to, not drafts or past ones
    const filter = { organizationId: ctx.organizationId, status: query.status, openOnly: ctx.role === 'member' };
    const total = await this.campaigns.count(em, filter);
    if (after && (typeof after[0] !== 'string' || !/^[0-9a-f-]{36}$/i.test(after[0])))
      throw ValidationError.field('cursor', 'is not a cursor this list returned');
    const ids = await this.campaigns.pageIds(em, filter, after?.[0] as string | undefined, limit);
    const page = ids.slice(0, limit);
    const rows = page.length
      ? await em
          .getRepository(Campaign)
          .createQueryBuilder('c')
          .where('c.organizationId = :org AND c.id IN (:...ids)', { org: ctx.organizationId, ids: page })
          .getMany()
      : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    const figures = await this.figures(em, ctx.organizationId, page);
    const items: CampaignDto[] = [];
    for (const id of page) items.push(await this.toDto(em, byId.get(id)!, figures.get(id)));
    return { items, total, nextCursor: ids.length > limit ? encodeCursor([page[page.length - 1]]) : null };
  }

  async get(ctx: OrgContext, id: string): Promise<CampaignDto> {
    const em = this.dataSource.manager;
    const campaign = await campaignOf(em, ctx.organizationId, id);
    if (ctx.role === 'member' && campaign.status !== 'open') throw new NotFoundError('campaign');
    return this.toDto(em, campaign);
  }

  /** A draft starts taking contributions. */
  async open(ctx: OrgContext, id: string): Promise<CampaignDto> {
    return this.dataSource.transaction(async (em) => {
      const campaign = await campaignOf(em, ctx.organizationId, id, 'update');
      if (campaign.status !== 'draft')
        throw new BusinessRuleError(
          'invalid-transition',
          `Only a draft campaign can be opened; this one is ${campaign.status}.`,
          {
            status: campaign.status,
          },
        );
      const today = await this.books.today(em, ctx.organizationId);
      if (campaign.endsOn < today) {
        throw new BusinessRuleError(
          'campaign-ended',
          `This campaign ended on ${campaign.endsOn}: it cannot open.`,
          undefined,
          [{ field: 'endsOn', message: `is before today (${today})` }],
        );
      }
      campaign.status = 'open';
      campaign.openedAt = new Date();
      await em.save(campaign);
      await this.audit.record(em, {
        organizationId: ctx.organizationId,
        action: 'campaign.opened',
        entityType: 'campaign',
        entityId: id,
        changes: { status: { from: 'draft', to: 'open' } },
      });
      await this.webhookEvents.publish(em, ctx.organizationId, 'campaign.opened', { campaignId: id });
      return this.toDto(em, campaign);
    });
  }

  /** Closes an open campaign by hand (before its end if need be). */
  async close(ctx: OrgContext, id: string, dto: CloseCampaignDto): Promise<CampaignDto> {
    return this.dataSource.transaction(async (em) => {
      const campaign = await campaignOf(em, ctx.organizationId, id, 'update');
      const today = await this.books.today(em, ctx.organizationId);
      const on = dto.closedOn ?? today;
      if (on > today) throw ValidationError.field('closedOn', 'cannot be in the future');
      if (on < campaign.startsOn)
        throw ValidationError.field('closedOn', `cannot be before the campaign starts (${campaign.startsOn})`);
      await this.closeIn(em, ctx, campaign, on, 'hand');
      return this.toDto(em, campaign);
    });
  }

  /** Job: every open campaign whose last day is over (in its organization's time zone) closes. */
  async closeDue(): Promise<{ closed: number }> {
    const due = await this.campaigns.dueToClose(this.dataSource.manager);
    let closed = 0;
    for (const row of due) {
      closed += await this.dataSource.transaction(async (em) => {
        const campaign = await campaignOf(em, row.organizationId, row.id, 'update');
        if (campaign.status !== 'open') return 0; // closed by hand meanwhile
        await this.closeIn(
          em,
          systemContext(row.organizationId),
          campaign,
          await this.books.today(em, row.organizationId),
          'schedule',
        );
        return 1;
      });
    }
    return { closed };
  }

  private async closeIn(
    em: EntityManager,
    ctx: OrgContext,
    campaign: Campaign,
    on: string,
    by: 'hand' | 'schedule',
  ): Promise<void> {
    if (campaign.status !== 'open')
      throw new BusinessRuleError(
        'invalid-transition',
        `Only an open campaign can be closed; this one is ${campaign.status}.`,
        {
          status: campaign.status,
        },
      );
    const { raisedCents } = (await this.figures(em, campaign.organizationId, [campaign.id])).get(campaign.id)!;
    const status = campaignOutcome(campaign.mode, raisedCents, campaign.goalCents);
    campaign.status = status;
    campaign.closedOn = on;
    campaign.closingRaisedCents = raisedCents;
    await em.save(campaign);
    await this.audit.record(em, {
      organizationId: campaign.organizationId,
      action: 'campaign.closed',
      entityType: 'campaign',
      entityId: campaign.id,
      changes: { status: { from: 'open', to: status }, closedOn: on, by, raisedCents, goalCents: campaign.goalCents },
    });
    await this.webhookEvents.publish(em, campaign.organizationId, 'campaign.closed', { campaignId: campaign.id });
    if (status === 'failed') await this.settle(em, ctx, campaign, on);
  }

  /**
   * Settlement of a missed all-or-nothing campaign: unpaid pledges (and monthly pledges) are
   * cancelled, contributions with money received are marked for refund, and a job tells every
   * contributor (once per campaign and address, through the deliveries table).
   */
  private async settle(em: EntityManager, ctx: OrgContext, campaign: Campaign, on: string): Promise<SettlementResult> {
    const rows = await em.find(Contribution, {
      where: { organizationId: campaign.organizationId, campaignId: campaign.id },
      order: { createdAt: 'ASC', id: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
    const result: SettlementResult = { cancelled: 0, refundDue: 0, refundDueCents: 0 };
    for (const c of rows) {
      if (c.status !== 'pledged' && c.status !== 'paid') continue;
      const held = c.paidCents - c.refundedCents;
      if (held > 0) {
        c.refundDue = true;
        await em.save(c);
        await this.contributionRows.addEvent(em, {
          contribution: c,
          kind: 'refund_due',
          amountCents: held,
          occurredOn: on,
          recordedBy: ctx.userId,
        });
        await this.audit.record(em, {
          organizationId: c.organizationId,
          action: 'contribution.marked-for-refund',
          entityType: 'contribution',
          entityId: c.id,
          changes: { refundDue: { from: false, to: true }, amountCents: held },
        });
        result.refundDue++;
        result.refundDueCents += held;
      } else if (c.status === 'pledged') {
        await this.contributions.cancelIn(em, ctx, c, on);
        result.cancelled++;
      }
    }
    await this.audit.record(em, {
      organizationId: campaign.organizationId,
      action: 'campaign.settled',
      entityType: 'campaign',
      entityId: campaign.id,
      changes: { ...result },
    });
    await this.outbox.enqueue(em, {
      organizationId: campaign.organizationId,
      queue: 'mail',
      name: SETTLEMENT_NOTICES_JOB,
      payload: { campaignId: campaign.id },
    });
    return result;
  }

  /** The campaign ledger: every pledge, payment, refund and cancellation, in the order recorded. */
  async ledger(ctx: OrgContext, id: string, query: { limit?: number; cursor?: string }): Promise<CampaignLedgerDto> {
    const em = this.dataSource.manager;
    await campaignOf(em, ctx.organizationId, id);
    const limit = query.limit ?? 200;
    const after = decodeCursor(query.cursor, 1);
    if (after && (typeof after[0] !== 'string' || !/^[0-9a-f-]{36}$/i.test(after[0])))
      throw ValidationError.field('cursor', 'is not a cursor this list returned');
    const total = await this.campaigns.ledgerCount(em, ctx.organizationId, id);
    const rows = await this.campaigns.ledgerPage(em, ctx.organizationId, id, after?.[0] as string | undefined, limit);
    const page = rows.slice(0, limit);
    return {
      items: page.map((r) => ({ ...r, amountCents: Number(r.amountCents) })),
      total,
      nextCursor: rows.length > limit ? encodeCursor([page[page.length - 1].id]) : null,
    };
  }

  /**
   * `GET /v1/public/orgs/{slug}/campaigns/{id}`: a public campaign that has opened, its figures, and
   * the names of the contributors who agreed to be named — nothing else about anyone.
   */
  async publicView(slug: string, id: string): Promise<PublicCampaignDto> {
    const em = this.dataSource.manager;
    const org = await this.campaigns.organizationBySlug(em, slug);
    const campaign = org ? await em.findOneBy(Campaign, { organizationId: org.id, id }) : null;
    if (!campaign || !campaign.public || campaign.status === 'draft') throw new NotFoundError('campaign');
    const f = (await this.figures(em, org!.id, [id])).get(id)!;
    const named = await this.campaigns.namedContributors(em, org!.id, id);
    return {
      id,
      organization: { name: org!.name, slug: org!.slug },
      title: campaign.title,
      description: campaign.description,
      beneficiary: campaign.beneficiary,
      goalCents: campaign.goalCents,
      startsOn: campaign.startsOn,
      endsOn: campaign.endsOn,
      mode: campaign.mode,
      status: campaign.status,
      ...f,
      progressPercent: progressPercent(f.raisedCents, campaign.goalCents),
      progressByWeek: weeklyProgress(await this.moves(em, org!.id, id)),
      namedContributors: named.map((n) => ({ name: n.name, amountCents: Number(n.amount) })),
    };
  }

  /**
   * Pooled funding, `GET contributions/given`: what this organization gave to campaigns of other
   * organizations on the platform (their hosts recorded it as the contributor) — and nothing else of theirs.
   */
  /**
   * Pooled funding: what hosts recorded as given by this organization. Those awaiting this
   * organization's confirmation are listed (`confirmation: 'pending'`) but counted only once confirmed.
   */
  async given(ctx: OrgContext, query: { limit?: number; cursor?: string }): Promise<GivenContributionListDto> {
    const limit = query.limit ?? 50;
    const after = decodeCursor(query.cursor, 1);
    if (after && (typeof after[0] !== 'string' || !/^[0-9a-f-]{36}$/i.test(after[0])))
      throw ValidationError.field('cursor', 'is not a cursor this list returned');
    const em = this.dataSource.manager;
    const { total, given } = await this.contributionRows.givenSummary(em, ctx.organizationId);
    const rows = await this.contributionRows.givenPage(em, ctx.organizationId, after?.[0] as string | undefined, limit);
    const page = rows.slice(0, limit).map(toGivenDto);
    return {
      items: page,
      total,
      givenCents: Number(given),
      nextCursor: rows.length > limit ? encodeCursor([page[page.length - 1].id]) : null,
    };
  }

  /** This organization's admin confirms (or refuses) a gift a host recorded in its name; once only. */
  async answerGiven(ctx: OrgContext, id: string, answer: 'confirmed' | 'refused'): Promise<GivenContributionDto> {
    return this.dataSource.transaction(async (em) => {
      const changed = await this.contributionRows.answerGiven(em, ctx.organizationId, id, answer);
      if (!changed) {
        const row = await this.contributionRows.givenOne(em, ctx.organizationId, id);
        if (!row || row.partnerStatus === 'refused') throw new NotFoundError('contribution');
        throw new BusinessRuleError('already-answered', `This gift was already ${row.partnerStatus}.`);
      }
      await this.audit.record(em, {
        organizationId: ctx.organizationId,
        action: answer === 'confirmed' ? 'contribution.given-confirmed' : 'contribution.given-refused',
        entityType: 'contribution',
        entityId: id,
      });
      return toGivenDto((await this.contributionRows.givenOne(em, ctx.organizationId, id))!);
    });
  }

  private async figures(
    em: EntityManager,
    organizationId: string,
    campaignIds: string[],
  ): Promise<Map<string, CampaignFigures>> {
    const figures = new Map<string, CampaignFigures>(
      campaignIds.map((id) => [id, { pledgedCents: 0, raisedCents: 0, contributorsCount: 0 }]),
    );
    for (const r of await this.campaigns.figures(em, organizationId, campaignIds))
      figures.set(r.campaignId, {
        pledgedCents: Number(r.pledged),
        raisedCents: Number(r.raised),
        contributorsCount: r.contributors,
      });
    return figures;
  }

  private async moves(em: EntityManager, organizationId: string, campaignId: string): Promise<MoneyMove[]> {
    const rows = await this.campaigns.moves(em, organizationId, campaignId);
    return rows.map((r) => ({ occurredOn: r.occurredOn, cents: Number(r.cents) }));
  }

  private async toDto(em: EntityManager, c: Campaign, figures?: CampaignFigures): Promise<CampaignDto> {
    const f = figures ?? (await this.figures(em, c.organizationId, [c.id])).get(c.id)!;
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
      progressByWeek: weeklyProgress(await this.moves(em, c.organizationId, c.id)),
      createdAt: c.createdAt,
    };
  }
}

function toGivenDto(r: GivenRow): GivenContributionDto {
  return {
    id: r.id,
    host: { slug: r.hostSlug, name: r.hostName },
    campaign: { id: r.campaignId, title: r.campaignTitle, status: r.campaignStatus },
    kind: r.kind,
    status: r.status,
    confirmation: r.partnerStatus,
    amountCents: Number(r.amountCents),
    paidCents: Number(r.paidCents),
    refundedCents: Number(r.refundedCents),
    pledgedOn: r.pledgedOn,
  };
}
