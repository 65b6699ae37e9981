import { Injectable, OnModuleInit } from '@nestjs/common';
import { assertNotSetByMember, assertOwnRecord, type OrgContext } from '@socius/auth';
import { AuditService } from '@socius/audit';
import { BusinessRuleError, MAX_CENTS, NotFoundError, ValidationError } from '@socius/core';
import { IdempotencyService } from '@socius/database';
import { OutboxService } from '@socius/jobs';
import {
  BooksService,
  CONTRIBUTIONS_JOURNAL,
  CreatePaymentDto,
  DraftEntry,
  donationReceived,
  donationRefunded,
  membershipFeeReceived,
  membershipFeeRefunded,
  SubscriptionsService,
} from '@socius/shares';
import { WebhookEvents } from '@socius/webhooks';
import { DataSource, EntityManager } from 'typeorm';
import { campaignOf, contributionOf, systemContext, toContributionDto } from './common';
import { ContributionsRepository } from './contributions.repository';
import {
  AdmitContributionDto,
  ContributionDto,
  ContributionListDto,
  ContributionQuery,
  CreateContributionDto,
  RefundContributionDto,
  RefuseContributionDto,
} from './dto/funding.dto';
import { Campaign } from './entities/campaign.entity';
import { Contribution, ContributorType } from './entities/contribution.entity';
import { monthlyDueDates } from './figures';

export const RECEIPT_MAIL_JOB = 'funding.receipt-mail';

/** The piece reference of a contribution in the journals. */
export const contributionPiece = (id: string) => `CONTRIB-${id.slice(0, 8).toUpperCase()}`;

/**
 * Contributions: pledged → paid → (refunded), or cancelled. Donations and membership fees are
 * booked in the journal DON (D 512 / C 7541 or 756; a refund reverses it). A share subscription goes
 * through the share register's own path: its subscription, payments, 4563 while the board has not
 * admitted the contributor, capital at admission — so its money is counted once, here as raised and
 * there as capital.
 */
@Injectable()
export class ContributionsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly idempotency: IdempotencyService,
    private readonly repository: ContributionsRepository,
    private readonly books: BooksService,
    private readonly subscriptions: SubscriptionsService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly webhookEvents: WebhookEvents,
  ) {}

  onModuleInit(): void {
    this.webhookEvents.describe('contribution', (organizationId, id) => this.get(systemContext(organizationId), id));
  }

  /** `POST campaigns/{id}/contributions`: a pledge, while the campaign is open. Honours `Idempotency-Key`. */
  async create(ctx: OrgContext, campaignId: string, dto: CreateContributionDto): Promise<ContributionDto> {
    // a member pledges in their own name
    assertNotSetByMember(ctx, dto, ['contributor']);
    assertOwnRecord(ctx, dto.memberId);
    if (!dto.memberId === !dto.contributor)
      throw ValidationError.field(
        'contributor',
        'give either memberId (a member of this organization) or contributor, not both',
      );
    if (dto.kind === 'share_subscription') {
      if (!dto.memberId)
        throw ValidationError.field(
          'memberId',
          'a share subscription is made by a member or an applicant: register the contributor as a member first',
        );
      if (!dto.shareClassCode) throw ValidationError.field('shareClassCode', 'is required for a share subscription');
      if (dto.recurrence)
        throw ValidationError.field(
          'recurrence',
          'a share subscription is not a monthly pledge: subscribe once, pay in parts with allowPartial',
        );
    } else if (dto.shareClassCode) {
      throw ValidationError.field(
        'shareClassCode',
        'is only for a share subscription; the kind of a contribution is chosen when giving and never changes',
      );
    }
    if (dto.recurrence && dto.amountCents * dto.recurrence.months > MAX_CENTS) {
      throw ValidationError.field(
        'amountCents',
        `times ${dto.recurrence.months} months must stay within ${MAX_CENTS} cents`,
      );
    }
    if (dto.contributor?.organizationSlug && dto.contributor.kind !== 'organization')
      throw ValidationError.field('contributor.organizationSlug', 'only an organization contributor has one');
    return this.idempotency.transaction(ctx.organizationId, async (em) => {
      const org = ctx.organizationId;
      const campaign = await campaignOf(em, org, campaignId, 'share');
      const today = await this.books.today(em, org);
      this.assertTakesPledges(campaign, today);

      let contributorType: ContributorType;
      let name: string;
      let email: string | null;
      let partnerId: string | null = null;
      let partnerSlug: string | null = null;
      if (dto.memberId) {
        const m = await this.repository.contributorMember(em, org, dto.memberId);
        if (!m) throw ValidationError.field('memberId', 'no member has this id here');
        contributorType = 'member';
        name = m.kind === 'legal_entity' ? m.companyName! : [m.firstName, m.lastName].filter(Boolean).join(' ');
        email = m.email;
      } else {
        const c = dto.contributor!;
        contributorType = c.kind;
        name = c.name.trim();
        email = c.email?.trim().toLowerCase() ?? null;
        if (c.organizationSlug) {
          const own = await this.repository.organizationSlug(em, org);
          if (own!.slug === c.organizationSlug)
            throw ValidationError.field(
              'contributor.organizationSlug',
              'an organization does not contribute to its own campaign',
            );
          // linked now if the slug exists, but pending either way: the answer does not say which
          const partner = await this.repository.organizationIdBySlug(em, c.organizationSlug);
          partnerId = partner?.id ?? null;
          partnerSlug = c.organizationSlug;
        }
      }

      let subscriptionId: string | null = null;
      if (dto.kind === 'share_subscription') {
        const shareClass = await this.repository.shareClassNominal(em, org, dto.shareClassCode!);
        if (!shareClass)
          throw ValidationError.field('shareClassCode', `no share class has the code ${dto.shareClassCode}`);
        const nominal = Number(shareClass.nominalCents);
        if (dto.amountCents % nominal !== 0)
          throw ValidationError.field('amountCents', `must be a whole number of shares of ${nominal} cents`);
        const subscription = await this.subscriptions.createIn(em, ctx, {
          memberId: dto.memberId!,
          shareClassCode: dto.shareClassCode!,
          quantity: dto.amountCents / nominal,
          subscribedOn: today,
        });
        subscriptionId = subscription.id;
      }

      let dueDates: string[] = [];
      if (dto.recurrence) {
        const startsOn = dto.recurrence.startsOn ?? today;
        if (startsOn < campaign.startsOn)
          throw ValidationError.field(
            'recurrence.startsOn',
            `cannot be before the campaign starts (${campaign.startsOn})`,
          );
        dueDates = monthlyDueDates(startsOn, dto.recurrence.months);
        if (dueDates[dueDates.length - 1] > campaign.endsOn) {
          throw ValidationError.field(
            'recurrence.months',
            `the last instalment (${dueDates[dueDates.length - 1]}) would fall after the campaign ends (${campaign.endsOn})`,
          );
        }
      }
      const contribution = await em.save(
        em.create(Contribution, {
          organizationId: org,
          campaignId,
          kind: dto.kind,
          status: 'pledged',
          amountCents: dto.amountCents,
          allowPartial: dto.allowPartial ?? false,
          contributorType,
          memberId: dto.memberId ?? null,
          contributorOrganizationId: partnerId,
          partnerSlug,
          partnerStatus: partnerSlug ? 'pending' : null,
          contributorName: name.slice(0, 200),
          contributorEmail: email,
          contributorAddress: dto.contributor?.address?.trim() || null,
          contributorSiren: dto.contributor?.siren ?? null,
          publicName: dto.publicName ?? false,
          subscriptionId,
          recurrence: dto.recurrence ? 'monthly' : null,
          instalmentCount: dto.recurrence?.months ?? null,
          dueOn: dueDates[0] ?? today,
          pledgedOn: today,
        }),
      );
      const pledged = dto.amountCents * (dto.recurrence?.months ?? 1);
      await this.repository.addEvent(em, {
        contribution,
        kind: 'pledge',
        amountCents: pledged,
        occurredOn: today,
        recordedBy: ctx.userId,
      });
      await this.audit.record(em, {
        organizationId: org,
        action: 'contribution.pledged',
        entityType: 'contribution',
        entityId: contribution.id,
        changes: {
          campaignId,
          kind: dto.kind,
          amountCents: dto.amountCents,
          contributorType,
          memberId: contribution.memberId,
          partnerSlug,
          subscriptionId,
          recurrence: dto.recurrence ?? null,
        },
      });
      if (dto.recurrence) await this.generateInstalments(em, contribution, today);
      return this.view(em, contribution);
    });
  }

  /**
   * The instalments of a monthly pledge that are due by `today` and not generated yet, each a
   * pledge of its own (the unique key (parent, number) makes a second run add nothing).
   */
  async generateInstalments(em: EntityManager, plan: Contribution, today: string): Promise<number> {
    if (plan.status !== 'pledged' || !plan.recurrence) return 0;
    const dates = monthlyDueDates(plan.dueOn, plan.instalmentCount!);
    let made = 0;
    for (const [i, dueOn] of dates.entries()) {
      if (dueOn > today) break;
      const instalmentId = await this.repository.addInstalment(em, plan, i + 1, dueOn, today);
      if (!instalmentId) continue;
      made++;
      await this.audit.record(em, {
        organizationId: plan.organizationId,
        action: 'contribution.instalment-generated',
        entityType: 'contribution',
        entityId: instalmentId,
        changes: { parentId: plan.id, instalmentNumber: i + 1, dueOn, amountCents: plan.amountCents },
      });
    }
    return made;
  }

  /** Job: the instalments of every monthly pledge of open campaigns that fell due. */
  async generateDueInstalments(): Promise<{ plans: number; instalments: number }> {
    const plans = await this.repository.plansWithInstalmentsLeft(this.dataSource.manager);
    let instalments = 0;
    for (const p of plans) {
      instalments += await this.dataSource.transaction(async (em) => {
        const plan = await contributionOf(em, p.organizationId, p.id, true);
        return this.generateInstalments(em, plan, await this.books.today(em, p.organizationId));
      });
    }
    return { plans: plans.length, instalments };
  }

  async list(ctx: OrgContext, campaignId: string, query: ContributionQuery): Promise<ContributionListDto> {
    await campaignOf(this.dataSource.manager, ctx.organizationId, campaignId);
    return this.page(ctx, { campaignId }, query);
  }

  /**
   * `GET my/contributions`: the contributions of the member linked to the caller's account, to every
   * campaign of this organization (nothing for a user who is no member here).
   */
  async mine(ctx: OrgContext, query: ContributionQuery): Promise<ContributionListDto> {
    return this.page(ctx, { memberId: ctx.memberId ?? '00000000-0000-0000-0000-000000000000' }, query);
  }

  /** A member reads their own contributions only; another's answers 404 like a missing one. */
  async assertVisible(ctx: OrgContext, id: string): Promise<void> {
    const c = await contributionOf(this.dataSource.manager, ctx.organizationId, id);
    assertOwnRecord(ctx, c.memberId, 'contribution');
  }

  private async page(
    ctx: OrgContext,
    scope: { campaignId?: string; memberId?: string },
    query: ContributionQuery,
  ): Promise<ContributionListDto> {
    const qb = this.dataSource
      .getRepository(Contribution)
      .createQueryBuilder('c')
      .where('c.organizationId = :org AND c.parentId IS NULL', { org: ctx.organizationId });
    if (scope.campaignId) qb.andWhere('c.campaignId = :campaignId', { campaignId: scope.campaignId });
    if (scope.memberId) qb.andWhere('c.memberId = :memberId', { memberId: scope.memberId });
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    if (query.kind) qb.andWhere('c.kind = :kind', { kind: query.kind });
    const limit = query.limit ?? 50;
    const offset = query.cursor ? Number.parseInt(Buffer.from(query.cursor, 'base64url').toString('utf8'), 10) : 0;
    if (!Number.isSafeInteger(offset) || offset < 0)
      throw ValidationError.field('cursor', 'is not a cursor this list returned');
    const [rows, total] = await qb
      .orderBy('c.createdAt', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .skip(offset)
      .take(limit)
      .getManyAndCount();
    const subscriptionIds = rows.map((r) => r.subscriptionId).filter((x): x is string => !!x);
    const statuses = new Map<string, string>(
      subscriptionIds.length
        ? (
            await this.repository.subscriptionStatuses(this.dataSource.manager, ctx.organizationId, subscriptionIds)
          ).map((s) => [s.id, s.status])
        : [],
    );
    return {
      items: rows.map((c) =>
        toContributionDto(c, {
          subscriptionStatus: c.subscriptionId ? statuses.get(c.subscriptionId) : undefined,
        }),
      ),
      total,
      nextCursor: offset + rows.length < total ? Buffer.from(String(offset + rows.length)).toString('base64url') : null,
    };
  }

  async get(ctx: OrgContext, id: string): Promise<ContributionDto> {
    const em = this.dataSource.manager;
    return this.view(em, await contributionOf(em, ctx.organizationId, id));
  }

  /**
   * `POST contributions/{id}/payments`: money received. The whole amount due unless the pledge
   * allows partial payments; never more. A share subscription's payment is that subscription's
   * payment (4563 until admission). Honours `Idempotency-Key`.
   */
  async pay(ctx: OrgContext, id: string, dto: CreatePaymentDto): Promise<ContributionDto> {
    return this.idempotency.transaction(ctx.organizationId, async (em) => {
      const org = ctx.organizationId;
      const { campaign, contribution } = await this.lockBoth(em, org, id);
      assertPayable(contribution, dto.amountCents, campaign.status);
      const today = await this.books.today(em, org);
      if (dto.paidOn > today) throw ValidationError.field('paidOn', 'cannot be in the future');
      const reference = dto.reference?.trim() || null;
      if (contribution.kind === 'share_subscription') {
        // the share register records the payment; its hook (FundingSubscriptionHook) records it here
        await this.subscriptions.payIn(em, ctx, contribution.subscriptionId!, {
          ...dto,
          reference: reference ?? undefined,
        });
        return this.view(em, await contributionOf(em, org, id));
      }
      const draft =
        contribution.kind === 'donation' ? donationReceived(dto.amountCents) : membershipFeeReceived(dto.amountCents);
      const entryId = await this.post(em, contribution, dto.paidOn, reference, draft, 'contribution_payment');
      await this.recordPayment(em, ctx, contribution, {
        amountCents: dto.amountCents,
        paidOn: dto.paidOn,
        method: dto.method,
        reference,
        accountingEntryId: entryId,
      });
      return this.view(em, contribution);
    });
  }

  /** Money received on a contribution, whichever route brought it: the figures, the campaign ledger, the audit, the receipt. */
  async recordPayment(
    em: EntityManager,
    ctx: OrgContext,
    contribution: Contribution,
    p: {
      amountCents: number;
      paidOn: string;
      method: string;
      reference: string | null;
      accountingEntryId: string | null;
    },
  ): Promise<void> {
    contribution.paidCents += p.amountCents;
    if (contribution.paidCents === contribution.amountCents) contribution.status = 'paid';
    await em.save(contribution);
    const eventId = await this.repository.addEvent(em, {
      contribution,
      kind: 'payment',
      amountCents: p.amountCents,
      occurredOn: p.paidOn,
      method: p.method,
      reference: p.reference,
      accountingEntryId: p.accountingEntryId,
      recordedBy: ctx.userId,
    });
    await this.audit.record(em, {
      organizationId: contribution.organizationId,
      action: 'contribution.payment',
      entityType: 'contribution',
      entityId: contribution.id,
      changes: {
        amountCents: p.amountCents,
        paidOn: p.paidOn,
        method: p.method,
        reference: p.reference,
        paidCents: contribution.paidCents,
        status: contribution.status,
        eventId,
      },
    });
    if (contribution.status === 'paid')
      await this.webhookEvents.publish(em, contribution.organizationId, 'contribution.paid', {
        contributionId: contribution.id,
        campaignId: contribution.campaignId,
        memberId: contribution.memberId,
      });
    if (contribution.contributorEmail)
      await this.outbox.enqueue(em, {
        organizationId: contribution.organizationId,
        queue: 'mail',
        name: RECEIPT_MAIL_JOB,
        payload: { contributionId: contribution.id, eventId },
      });
  }

  /**
   * The share register gave back (or had nothing to give back on) a contribution's subscription,
   * rejected or cancelled by whichever route: the contribution is refunded (money returned) or
   * cancelled (none was paid), and the campaign ledger says so.
   */
  async recordReturn(
    em: EntityManager,
    ctx: OrgContext,
    contribution: Contribution,
    r: {
      on: string;
      via: 'rejected' | 'cancelled';
      accountingEntryId: string | null;
      reason: string | null;
      reference: string | null;
    },
  ): Promise<void> {
    if (contribution.status === 'cancelled' || contribution.status === 'refunded') return;
    const from = contribution.status;
    const held = contribution.paidCents - contribution.refundedCents;
    if (held > 0) {
      contribution.refundedCents += held;
      contribution.status = 'refunded';
    } else {
      contribution.status = 'cancelled';
    }
    const wasDue = contribution.refundDue;
    contribution.refundDue = false;
    await em.save(contribution);
    await this.repository.addEvent(em, {
      contribution,
      kind: held > 0 ? 'refund' : 'cancellation',
      amountCents: held > 0 ? held : contribution.amountCents,
      occurredOn: r.on,
      reference: r.reference,
      accountingEntryId: held > 0 ? r.accountingEntryId : null,
      recordedBy: ctx.userId,
    });
    await this.audit.record(em, {
      organizationId: contribution.organizationId,
      action: held > 0 ? 'contribution.refunded' : 'contribution.cancelled',
      entityType: 'contribution',
      entityId: contribution.id,
      changes: {
        status: { from, to: contribution.status },
        subscription: r.via,
        reason: r.reason,
        refundedCents: held,
        refundedOn: r.on,
        reference: r.reference,
        ...(wasDue ? { refundDue: { from: true, to: false } } : {}),
      },
    });
  }

  /**
   * `POST contributions/{id}/refund`: the money received goes back — a donation or fee by the
   * reverse entry (D 7541 or 756 / C 512), a share subscription by refusing it (D 4563 / C 512; shares
   * already issued are returned by a redemption, not here). Honours `Idempotency-Key`.
   */
  async refund(ctx: OrgContext, id: string, dto: RefundContributionDto): Promise<ContributionDto> {
    return this.idempotency.transaction(ctx.organizationId, async (em) => {
      const org = ctx.organizationId;
      const { contribution } = await this.lockBoth(em, org, id);
      const amount = contribution.paidCents - contribution.refundedCents;
      if (amount <= 0)
        throw new BusinessRuleError(
          'nothing-to-refund',
          'Nothing was received on this contribution, or it was already returned.',
          undefined,
          [{ field: 'id', message: 'nothing to refund' }],
        );
      const today = await this.books.today(em, org);
      const on = dto.refundedOn ?? today;
      if (on > today) throw ValidationError.field('refundedOn', 'cannot be in the future');
      const reference = dto.reference?.trim() || null;
      if (contribution.kind === 'share_subscription') {
        // through the share register: its hook marks the contribution refunded
        await this.returnShareMoney(em, ctx, contribution, on, 'Contribution refunded', reference);
        return this.view(em, await contributionOf(em, org, id));
      }
      const draft = contribution.kind === 'donation' ? donationRefunded(amount) : membershipFeeRefunded(amount);
      const entryId = await this.post(em, contribution, on, reference, draft, 'contribution_refund');
      const from = contribution.status;
      contribution.refundedCents += amount;
      contribution.status = 'refunded';
      contribution.refundDue = false;
      await em.save(contribution);
      await this.repository.addEvent(em, {
        contribution,
        kind: 'refund',
        amountCents: amount,
        occurredOn: on,
        reference,
        accountingEntryId: entryId,
        recordedBy: ctx.userId,
      });
      await this.audit.record(em, {
        organizationId: org,
        action: 'contribution.refunded',
        entityType: 'contribution',
        entityId: id,
        changes: { status: { from, to: 'refunded' }, refundedCents: amount, refundedOn: on, reference },
      });
      return this.view(em, contribution);
    });
  }

  /** `POST contributions/{id}/cancel`: a pledge withdrawn before any money came (a monthly pledge: its months to come). */
  async cancel(ctx: OrgContext, id: string): Promise<ContributionDto> {
    return this.idempotency.transaction(ctx.organizationId, async (em) => {
      const { contribution } = await this.lockBoth(em, ctx.organizationId, id);
      if (contribution.status !== 'pledged' || contribution.paidCents > 0) {
        throw new BusinessRuleError(
          'invalid-transition',
          `Only a pledge with no money received can be cancelled; this one is ${contribution.status}${contribution.paidCents ? ' and partly paid: refund it' : ''}.`,
          { status: contribution.status },
        );
      }
      await this.cancelIn(em, ctx, contribution, await this.books.today(em, ctx.organizationId));
      return this.view(em, contribution);
    });
  }

  /** Cancels an unpaid pledge (its subscription, for shares) and writes it in the campaign ledger. */
  async cancelIn(em: EntityManager, ctx: OrgContext, contribution: Contribution, on: string): Promise<void> {
    if (contribution.kind === 'share_subscription') {
      const s = (await this.repository.subscriptionStatus(
        em,
        contribution.organizationId,
        contribution.subscriptionId,
      ))!;
      if (s.status === 'pending' || s.status === 'approved') {
        // the share register cancels the subscription; its hook cancels the contribution
        await this.subscriptions.cancelIn(em, ctx, contribution.subscriptionId!, { decidedOn: on });
        Object.assign(contribution, await contributionOf(em, contribution.organizationId, contribution.id));
        return;
      }
    }
    contribution.status = 'cancelled';
    await em.save(contribution);
    await this.repository.addEvent(em, {
      contribution,
      kind: 'cancellation',
      amountCents: contribution.amountCents,
      occurredOn: on,
      recordedBy: ctx.userId,
    });
    await this.audit.record(em, {
      organizationId: contribution.organizationId,
      action: 'contribution.cancelled',
      entityType: 'contribution',
      entityId: contribution.id,
      changes: { status: { from: 'pledged', to: 'cancelled' } },
    });
    if (contribution.recurrence) {
      const open: Contribution[] = await em.find(Contribution, {
        where: { organizationId: contribution.organizationId, parentId: contribution.id, status: 'pledged' },
        lock: { mode: 'pessimistic_write' },
      });
      for (const instalment of open) if (instalment.paidCents === 0) await this.cancelIn(em, ctx, instalment, on);
    }
  }

  /**
   * `POST contributions/{id}/admit`: the board admits the contributor of a share subscription — the
   * money waiting in 4563 becomes capital and, fully paid, the shares are issued. In an
   * all-or-nothing campaign, only once the campaign has succeeded.
   */
  async admit(ctx: OrgContext, id: string, dto: AdmitContributionDto): Promise<ContributionDto> {
    return this.idempotency.transaction(ctx.organizationId, async (em) => {
      const { campaign, contribution } = await this.lockBoth(em, ctx.organizationId, id);
      this.assertShares(contribution);
      assertAdmissible(campaign, contribution);
      // the share register approves; its hook checks again and records the admission here
      await this.subscriptions.approveIn(em, ctx, contribution.subscriptionId!, dto);
      return this.view(em, await contributionOf(em, ctx.organizationId, id));
    });
  }

  /** `POST contributions/{id}/refuse`: the board refuses the contributor; money received for shares goes back (D 4563 / C 512). */
  async refuse(ctx: OrgContext, id: string, dto: RefuseContributionDto): Promise<ContributionDto> {
    return this.idempotency.transaction(ctx.organizationId, async (em) => {
      const { contribution } = await this.lockBoth(em, ctx.organizationId, id);
      this.assertShares(contribution);
      const on = dto.decidedOn ?? (await this.books.today(em, ctx.organizationId));
      const s = (await this.repository.subscriptionStatus(em, ctx.organizationId, contribution.subscriptionId))!;
      if (s.status !== 'pending')
        throw new BusinessRuleError(
          'invalid-transition',
          `The subscription is ${s.status}: only a pending one can be refused.`,
          {
            subscriptionStatus: s.status,
          },
        );
      // the share register rejects and returns the money (D 4563 / C 512); its hook refunds or cancels the contribution
      await this.subscriptions.rejectIn(em, ctx, contribution.subscriptionId!, { ...dto, decidedOn: on });
      return this.view(em, await contributionOf(em, ctx.organizationId, id));
    });
  }

  // ---- helpers ---------------------------------------------------------------------------

  /** Locks in the one order every funding command uses: campaign (shared), contribution, then the ledger head when money moves. */
  private async lockBoth(
    em: EntityManager,
    organizationId: string,
    id: string,
  ): Promise<{ campaign: Campaign; contribution: Contribution }> {
    const found = await contributionOf(em, organizationId, id);
    const campaign = await campaignOf(em, organizationId, found.campaignId, 'share');
    const contribution = await contributionOf(em, organizationId, id, true);
    return { campaign, contribution };
  }

  private assertTakesPledges(campaign: Campaign, today: string): void {
    if (campaign.status !== 'open' || today > campaign.endsOn || today < campaign.startsOn) {
      const why =
        campaign.status !== 'open'
          ? `is ${campaign.status}`
          : today > campaign.endsOn
            ? `ended on ${campaign.endsOn}`
            : `starts on ${campaign.startsOn}`;
      throw new BusinessRuleError(
        'campaign-not-open',
        `This campaign ${why}: it takes no contribution.`,
        { campaignStatus: campaign.status },
        [{ field: 'campaignId', message: `the campaign ${why}` }],
      );
    }
  }

  private assertShares(c: Contribution): void {
    if (c.kind !== 'share_subscription') {
      throw new BusinessRuleError(
        'not-a-share-subscription',
        `This contribution is a ${c.kind.replace('_', ' ')}: only a share subscription is decided by the board.`,
        { kind: c.kind },
      );
    }
  }

  /** The money of a share contribution goes back through the share register: refused if pending, cancelled if approved. */
  private async returnShareMoney(
    em: EntityManager,
    ctx: OrgContext,
    c: Contribution,
    on: string,
    reason: string,
    reference: string | null,
  ): Promise<void> {
    const s = (await this.repository.subscriptionStatus(em, c.organizationId, c.subscriptionId))!;
    if (s.status === 'pending')
      await this.subscriptions.rejectIn(em, ctx, c.subscriptionId!, { reason, decidedOn: on }, { reference });
    else if (s.status === 'approved')
      await this.subscriptions.cancelIn(em, ctx, c.subscriptionId!, { decidedOn: on }, { reference });
    else {
      throw new BusinessRuleError(
        'shares-issued',
        `The shares of this subscription are ${s.status}: the contributor is a member now, and their money comes back by a redemption of shares, not a refund.`,
        { subscriptionStatus: s.status },
      );
    }
  }

  private post(
    em: EntityManager,
    c: Contribution,
    date: string,
    reference: string | null,
    draft: DraftEntry,
    sourceType: string,
  ): Promise<string> {
    return this.books.post(
      em,
      c.organizationId,
      {
        date,
        pieceRef: (reference ?? contributionPiece(c.id)).slice(0, 50),
        sourceType,
        sourceId: c.id,
        journal: CONTRIBUTIONS_JOURNAL,
      },
      { ...draft, label: `${draft.label} — ${c.contributorName}`.slice(0, 200) },
    );
  }

  async view(em: EntityManager, c: Contribution): Promise<ContributionDto> {
    let subscriptionStatus: string | undefined;
    if (c.subscriptionId)
      ({ status: subscriptionStatus } = (await this.repository.subscriptionStatus(
        em,
        c.organizationId,
        c.subscriptionId,
      ))!);
    const dto = toContributionDto(c, { subscriptionStatus });
    if (c.recurrence) {
      const instalments = await em.find(Contribution, {
        where: { organizationId: c.organizationId, parentId: c.id },
        order: { instalmentNumber: 'ASC' },
      });
      dto.instalments = instalments.map((i) => toContributionDto(i));
    }
    return dto;
  }

  /** For jobs and receipts: the contribution as stored, or 404. */
  async find(organizationId: string, id: string): Promise<Contribution> {
    const c = await this.dataSource.getRepository(Contribution).findOneBy({ organizationId, id });
    if (!c) throw new NotFoundError('contribution');
    return c;
  }
}

/**
 * Whether a contribution takes a payment of `amountCents` — the same rule whichever route the money
 * comes by (the contribution's, or the share register's for its subscription).
 */
export function assertPayable(contribution: Contribution, amountCents: number, campaignStatus?: string): void {
  if (contribution.recurrence) {
    throw new BusinessRuleError(
      'monthly-pledge',
      'A monthly pledge is paid through its instalments: pay each instalment (see `instalments`).',
      undefined,
      [{ field: 'amountCents', message: 'pay the instalments of this monthly pledge' }],
    );
  }
  if (contribution.status === 'cancelled' || contribution.status === 'refunded' || contribution.refundDue) {
    const why = contribution.refundDue
      ? `its campaign ${campaignStatus === 'failed' ? 'failed' : 'ended'} and the money is to be returned`
      : `it is ${contribution.status}`;
    throw new BusinessRuleError(
      'contribution-closed',
      `This contribution takes no payment: ${why}.`,
      { status: contribution.status },
      [{ field: 'amountCents', message: why }],
    );
  }
  const due = contribution.amountCents - contribution.paidCents;
  if (due <= 0)
    throw new BusinessRuleError('nothing-due', 'This contribution is fully paid.', undefined, [
      { field: 'amountCents', message: 'nothing is due' },
    ]);
  if (amountCents > due) {
    throw new BusinessRuleError(
      'overpayment',
      `At most ${due} cents are due on this contribution; ${amountCents} is too much.`,
      { dueCents: due },
      [{ field: 'amountCents', message: `is more than the ${due} cents due` }],
    );
  }
  if (amountCents < due && !contribution.allowPartial) {
    throw new BusinessRuleError(
      'partial-payment-refused',
      `This pledge is paid in one payment of ${due} cents: it does not allow partial payments.`,
      { dueCents: due },
      [{ field: 'amountCents', message: `must be the ${due} cents due (this pledge does not allow partial payments)` }],
    );
  }
}

/** Whether the board may admit the contributor of a share contribution now, whichever route asks. */
export function assertAdmissible(campaign: Campaign, contribution: Contribution): void {
  if (contribution.status === 'cancelled' || contribution.status === 'refunded' || contribution.refundDue) {
    throw new BusinessRuleError(
      'contribution-closed',
      `This contribution is ${contribution.refundDue ? 'to be refunded' : contribution.status}: nobody is admitted by it.`,
      { status: contribution.status },
    );
  }
  if (campaign.mode === 'all_or_nothing' && campaign.status !== 'succeeded') {
    throw new BusinessRuleError(
      'campaign-not-succeeded',
      `This campaign is all or nothing and is ${campaign.status}: its subscriptions wait for its success before the board admits anyone.`,
      { campaignStatus: campaign.status },
    );
  }
}
