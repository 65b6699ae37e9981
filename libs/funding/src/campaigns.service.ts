import { Injectable, OnModuleInit } from '@nestjs/common';
import type { OrgContext } from '@socius/auth';
import { AuditService } from '@socius/audit';
import { BusinessRuleError, decodeCursor, encodeCursor, NotFoundError, ValidationError } from '@socius/core';
import { OutboxService } from '@socius/jobs';
import { BooksService } from '@socius/shares';
import { WebhookEvents } from '@socius/webhooks';
import { DataSource, EntityManager } from 'typeorm';
import { campaignFigures, campaignMoves, campaignOf, recordEvent, systemContext, toCampaignDto } from './common';
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
import { campaignOutcome, progressPercent, weeklyProgress } from './figures';

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
      return toCampaignDto(em, campaign);
    });
  }

  async list(ctx: OrgContext, query: CampaignQuery): Promise<CampaignListDto> {
    const limit = query.limit ?? 50;
    const after = decodeCursor(query.cursor, 1);
    const params: unknown[] = [ctx.organizationId];
    let where = 'organization_id = $1';
    if (query.status) where += ` AND status = $${params.push(query.status)}`;
    // members see the campaigns they can contribute to, not drafts or past ones
    if (ctx.role === 'member') where += ` AND status = 'open'`;
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM campaigns WHERE ${where}`,
      params,
    );
    if (after) {
      if (typeof after[0] !== 'string' || !/^[0-9a-f-]{36}$/i.test(after[0]))
        throw ValidationError.field('cursor', 'is not a cursor this list returned');
      // the cursor's row is looked up in this organization only: another's id is no position here
      where += ` AND (created_at, id) < (SELECT created_at, id FROM campaigns WHERE organization_id = $1 AND id = $${params.push(after[0])})`;
    }
    const ids: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM campaigns WHERE ${where} ORDER BY created_at DESC, id DESC LIMIT ${limit + 1}`,
      params,
    );
    const page = ids.slice(0, limit).map((r) => r.id);
    const em = this.dataSource.manager;
    const rows = page.length
      ? await em
          .getRepository(Campaign)
          .createQueryBuilder('c')
          .where('c.organizationId = :org AND c.id IN (:...ids)', { org: ctx.organizationId, ids: page })
          .getMany()
      : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    const figures = await campaignFigures(em, ctx.organizationId, page);
    const items: CampaignDto[] = [];
    for (const id of page) items.push(await toCampaignDto(em, byId.get(id)!, figures.get(id)));
    return { items, total, nextCursor: ids.length > limit ? encodeCursor([page[page.length - 1]]) : null };
  }

  async get(ctx: OrgContext, id: string): Promise<CampaignDto> {
    const em = this.dataSource.manager;
    const campaign = await campaignOf(em, ctx.organizationId, id);
    if (ctx.role === 'member' && campaign.status !== 'open') throw new NotFoundError('campaign');
    return toCampaignDto(em, campaign);
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
      return toCampaignDto(em, campaign);
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
      return toCampaignDto(em, campaign);
    });
  }

  /** Job: every open campaign whose last day is over (in its organization's time zone) closes. */
  async closeDue(): Promise<{ closed: number }> {
    const due: { id: string; organization_id: string }[] = await this.dataSource.query(
      `SELECT c.id, c.organization_id FROM campaigns c JOIN organizations o ON o.id = c.organization_id
        WHERE c.status = 'open' AND c.ends_on < (now() AT TIME ZONE o.timezone)::date ORDER BY c.ends_on, c.id`,
    );
    let closed = 0;
    for (const row of due) {
      closed += await this.dataSource.transaction(async (em) => {
        const campaign = await campaignOf(em, row.organization_id, row.id, 'update');
        if (campaign.status !== 'open') return 0; // closed by hand meanwhile
        await this.closeIn(
          em,
          systemContext(row.organization_id),
          campaign,
          await this.books.today(em, row.organization_id),
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
    const { raisedCents } = (await campaignFigures(em, campaign.organizationId, [campaign.id])).get(campaign.id)!;
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
        await recordEvent(em, {
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
    await campaignOf(this.dataSource.manager, ctx.organizationId, id);
    const limit = query.limit ?? 200;
    const after = decodeCursor(query.cursor, 1);
    if (after && (typeof after[0] !== 'string' || !/^[0-9a-f-]{36}$/i.test(after[0])))
      throw ValidationError.field('cursor', 'is not a cursor this list returned');
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM contribution_events WHERE organization_id = $1 AND campaign_id = $2`,
      [ctx.organizationId, id],
    );
    const rows: Record<string, any>[] = await this.dataSource.query(
      `SELECT e.id, e.contribution_id, e.kind, c.kind AS contribution_kind, c.contributor_name, e.amount_cents, e.occurred_on, e.method, e.reference, e.accounting_entry_id, e.recorded_at
         FROM contribution_events e JOIN contributions c ON c.organization_id = e.organization_id AND c.id = e.contribution_id
        WHERE e.organization_id = $1 AND e.campaign_id = $2
          ${after ? 'AND (e.recorded_at, e.id) > (SELECT recorded_at, id FROM contribution_events WHERE organization_id = $1 AND id = $3)' : ''}
        ORDER BY e.recorded_at, e.id LIMIT ${limit + 1}`,
      after ? [ctx.organizationId, id, after[0]] : [ctx.organizationId, id],
    );
    const page = rows.slice(0, limit);
    return {
      items: page.map((r) => ({
        id: r.id,
        contributionId: r.contribution_id,
        kind: r.kind,
        contributionKind: r.contribution_kind,
        contributorName: r.contributor_name,
        amountCents: Number(r.amount_cents),
        occurredOn: r.occurred_on,
        method: r.method,
        reference: r.reference,
        accountingEntryId: r.accounting_entry_id,
        recordedAt: r.recorded_at,
      })),
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
    const [org] = await em.query(`SELECT id, name, slug FROM organizations WHERE slug = $1`, [slug]);
    const campaign = org ? await em.findOneBy(Campaign, { organizationId: org.id, id }) : null;
    if (!campaign || !campaign.public || campaign.status === 'draft') throw new NotFoundError('campaign');
    const f = (await campaignFigures(em, org.id, [id])).get(id)!;
    const named: { name: string; amount: string }[] = await em.query(
      `SELECT contributor_name AS name, sum(paid_cents - refunded_cents) AS amount FROM contributions
        WHERE organization_id = $1 AND campaign_id = $2 AND public_name AND status IN ('pledged', 'paid') AND NOT refund_due AND paid_cents > refunded_cents
        GROUP BY contributor_name ORDER BY sum(paid_cents - refunded_cents) DESC, contributor_name`,
      [org.id, id],
    );
    return {
      id,
      organization: { name: org.name, slug: org.slug },
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
      progressByWeek: weeklyProgress(await campaignMoves(em, org.id, id)),
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
    const [{ total, given }] = await this.dataSource.query(
      `SELECT count(*)::int AS total, coalesce(sum(paid_cents - refunded_cents), 0) AS given FROM contributions
        WHERE contributor_organization_id = $1 AND partner_status = 'confirmed' AND recurrence IS NULL`,
      [ctx.organizationId],
    );
    const rows = await this.givenRows(
      `c.contributor_organization_id = $1 AND c.partner_status IN ('pending', 'confirmed') AND c.recurrence IS NULL
       ${after ? 'AND (c.created_at, c.id) < (SELECT created_at, id FROM contributions WHERE id = $2 AND contributor_organization_id = $1)' : ''}
       ORDER BY c.created_at DESC, c.id DESC LIMIT ${limit + 1}`,
      after ? [ctx.organizationId, after[0]] : [ctx.organizationId],
    );
    const page = rows.slice(0, limit);
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
      const [, changed] = await em.query(
        `UPDATE contributions SET partner_status = $3
          WHERE id = $2 AND contributor_organization_id = $1 AND partner_status = 'pending'`,
        [ctx.organizationId, id, answer],
      );
      if (!changed) {
        const [row] = await this.givenRows(
          'c.id = $2 AND c.contributor_organization_id = $1',
          [ctx.organizationId, id],
          em,
        );
        if (!row || row.confirmation === 'refused') throw new NotFoundError('contribution');
        throw new BusinessRuleError('already-answered', `This gift was already ${row.confirmation}.`);
      }
      await this.audit.record(em, {
        organizationId: ctx.organizationId,
        action: answer === 'confirmed' ? 'contribution.given-confirmed' : 'contribution.given-refused',
        entityType: 'contribution',
        entityId: id,
      });
      const [row] = await this.givenRows(
        'c.id = $2 AND c.contributor_organization_id = $1',
        [ctx.organizationId, id],
        em,
      );
      return row;
    });
  }

  private async givenRows(
    where: string,
    params: unknown[],
    em: EntityManager = this.dataSource.manager,
  ): Promise<GivenContributionDto[]> {
    const rows: Record<string, any>[] = await em.query(
      `SELECT c.id, c.kind, c.status, c.amount_cents, c.paid_cents, c.refunded_cents, c.pledged_on, c.partner_status,
              o.slug, o.name, k.id AS campaign_id, k.title, k.status AS campaign_status
         FROM contributions c JOIN organizations o ON o.id = c.organization_id
         JOIN campaigns k ON k.organization_id = c.organization_id AND k.id = c.campaign_id
        WHERE ${where}`,
      params,
    );
    return rows.map((r) => ({
      id: r.id,
      host: { slug: r.slug, name: r.name },
      campaign: { id: r.campaign_id, title: r.title, status: r.campaign_status },
      kind: r.kind,
      status: r.status,
      confirmation: r.partner_status,
      amountCents: Number(r.amount_cents),
      paidCents: Number(r.paid_cents),
      refundedCents: Number(r.refunded_cents),
      pledgedOn: r.pledged_on,
    }));
  }
}
