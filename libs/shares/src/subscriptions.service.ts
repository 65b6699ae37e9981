import { Injectable, OnModuleInit } from '@nestjs/common';
import { assertNotSetByMember, assertOwnRecord, ownRecordsOnly, type OrgContext } from '@socius/auth';
import { AuditService } from '@socius/audit';
import { BusinessRuleError, MAX_CENTS, NotFoundError, ValidationError } from '@socius/core';
import { IdempotencyService } from '@socius/database';
import { OutboxService } from '@socius/jobs';
import { ChartersService, Member, MembersService } from '@socius/members';
import { organizationReader, WebhookEvents } from '@socius/webhooks';
import { DataSource, EntityManager } from 'typeorm';
import * as entries from './accounting';
import { BooksService } from './books.service';
import {
  MAY_SUBSCRIBE,
  assertClassOpenTo,
  assertWithinMaximum,
  currentHolding,
  keysetPage,
  MEMBER_LABEL_COLUMNS,
  memberLabel,
  memberOf,
  shareClassByCode,
} from './common';
import {
  CreateCapitalCallDto,
  CreatePaymentDto,
  CreateSubscriptionDto,
  DecideDto,
  RejectDto,
  SubscriptionDto,
  SubscriptionListDto,
  SubscriptionQuery,
} from './dto/shares.dto';
import { CapitalCall } from './entities/capital-call.entity';
import { SubscriptionPayment } from './entities/payment.entity';
import { ShareClass } from './entities/share-class.entity';
import { Subscription, SubscriptionStatus } from './entities/subscription.entity';
import { addDays, addYears } from './fiscal';
import { LedgerService } from './ledger.service';
import { RedemptionsService } from './redemptions.service';
import { SubscriptionAction, SubscriptionChangeOptions, SubscriptionHooks } from './subscription-hooks';
import { SubscriptionsRepository } from './subscriptions.repository';

export const CALL_REMINDER_JOB = 'shares.call-reminder';

/** The reference of a subscription in the books, and the one its payer writes on a transfer. */
export const subscriptionReference = (id: string) => `SOUS-${id.slice(0, 8).toUpperCase()}`;
export const CALL_DEFAULT_JOB = 'shares.call-default';

/**
 * Souscriptions: pending → approved (or rejected) → paid → shares issued. An applicant's first
 * issued shares admit them. Money that arrives before the board decides waits in 4563.
 */
@Injectable()
export class SubscriptionsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly idempotency: IdempotencyService,
    private readonly ledger: LedgerService,
    private readonly books: BooksService,
    private readonly members: MembersService,
    private readonly charters: ChartersService,
    private readonly redemptions: RedemptionsService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly hooks: SubscriptionHooks,
    private readonly webhookEvents: WebhookEvents,
    private readonly repository: SubscriptionsRepository,
  ) {}

  onModuleInit(): void {
    this.webhookEvents.describe('subscription', (organizationId, id) =>
      this.get(organizationReader(organizationId), id),
    );
  }

  async create(ctx: OrgContext, dto: CreateSubscriptionDto): Promise<SubscriptionDto> {
    // a member subscribes for themselves, on today's date
    assertOwnRecord(ctx, dto.memberId);
    assertNotSetByMember(ctx, dto, ['subscribedOn']);
    return this.idempotency.transaction(ctx.organizationId, (em) => this.createIn(em, ctx, dto));
  }

  /** `create` inside the caller's transaction (a campaign contribution that subscribes shares). */
  async createIn(em: EntityManager, ctx: OrgContext, dto: CreateSubscriptionDto): Promise<SubscriptionDto> {
    const org = ctx.organizationId;
    const member = await memberOf(em, org, dto.memberId);
    if (!MAY_SUBSCRIBE.includes(member.status)) {
      throw new BusinessRuleError(
        'member-cannot-subscribe',
        `A member who is ${member.status} cannot subscribe shares.`,
        { memberStatus: member.status },
        [{ field: 'memberId', message: `is ${member.status}` }],
      );
    }
    const shareClass = await shareClassByCode(em, org, dto.shareClassCode);
    await assertClassOpenTo(em, shareClass, member);
    await assertWithinMaximum(em, org, member, shareClass, dto.quantity);
    const held = await currentHolding(em, org, member.id, shareClass.id);
    if (held + dto.quantity < shareClass.minPerMember && (await currentHolding(em, org, member.id)) === 0) {
      throw ValidationError.field(
        'quantity',
        `a first subscription of class ${shareClass.code} must reach the minimum of ${shareClass.minPerMember} shares`,
      );
    }
    const amount = dto.quantity * shareClass.nominalCents;
    if (amount > MAX_CENTS)
      throw ValidationError.field('quantity', `times the nominal value exceeds ${MAX_CENTS} cents`);
    const called = this.initialCall(shareClass, amount, dto.initialCalledCents);
    const subscription = await em.save(
      em.create(Subscription, {
        organizationId: org,
        memberId: member.id,
        shareClassId: shareClass.id,
        quantity: dto.quantity,
        unitCents: shareClass.nominalCents,
        amountCents: amount,
        calledCents: called,
        instalments: called < amount,
        subscribedOn: dto.subscribedOn ?? (await this.books.today(em, org)),
      }),
    );
    await this.audit.record(em, {
      organizationId: org,
      action: 'subscription.created',
      entityType: 'subscription',
      entityId: subscription.id,
      changes: {
        memberId: member.id,
        shareClassCode: shareClass.code,
        quantity: dto.quantity,
        amountCents: amount,
        calledCents: called,
      },
    });
    return this.toDto(em, subscription, shareClass.code);
  }

  /** The board accepts the subscription; shares are issued at once if the money is already in. */
  async approve(ctx: OrgContext, id: string, dto: DecideDto): Promise<SubscriptionDto> {
    return this.idempotency.transaction(ctx.organizationId, (em) => this.approveIn(em, ctx, id, dto));
  }

  /** `approve` inside the caller's transaction. */
  async approveIn(em: EntityManager, ctx: OrgContext, id: string, dto: DecideDto): Promise<SubscriptionDto> {
    const org = ctx.organizationId;
    const subscription = await this.lock(em, ctx, id, ['pending'], 'approve');
    await this.ledger.lockHead(em, org); // first, so every money command takes its locks in the same order
    const member = await memberOf(em, org, subscription.memberId);
    if (!MAY_SUBSCRIBE.includes(member.status))
      throw new BusinessRuleError(
        'member-cannot-subscribe',
        `A member who is ${member.status} cannot receive shares.`,
        {
          memberStatus: member.status,
        },
      );
    const shareClass = await em.findOneByOrFail(ShareClass, { id: subscription.shareClassId });
    await assertClassOpenTo(em, shareClass, member);
    await assertWithinMaximum(em, org, member, shareClass, subscription.quantity, subscription.id);
    if (member.status === 'applicant') await this.assertChartersAccepted(em, org, member);
    const decidedOn = dto.decidedOn ?? (await this.books.today(em, org));
    if (decidedOn < subscription.subscribedOn)
      throw ValidationError.field('decidedOn', `cannot be before the subscription (${subscription.subscribedOn})`);
    subscription.status = 'approved';
    subscription.decidedOn = decidedOn;
    subscription.decisionRef = dto.decisionRef ?? null;
    await this.books.post(
      em,
      org,
      {
        date: decidedOn,
        pieceRef: this.pieceRef(subscription),
        sourceType: 'subscription',
        sourceId: subscription.id,
        memberId: member.id,
      },
      entries.subscriptionApproved({
        amountCents: subscription.amountCents,
        calledCents: subscription.calledCents,
        instalments: subscription.instalments,
        escrowedCents: subscription.paidCents,
      }),
    );
    await this.audit.record(em, {
      organizationId: org,
      action: 'subscription.approved',
      entityType: 'subscription',
      entityId: id,
      changes: { status: { from: 'pending', to: 'approved' }, decidedOn, decisionRef: subscription.decisionRef },
    });
    await this.webhookEvents.publish(em, org, 'subscription.approved', { subscriptionId: id, memberId: member.id });
    if (subscription.paidCents >= subscription.calledCents)
      await this.issue(em, subscription, member, shareClass, decidedOn);
    else await em.save(subscription);
    await this.hooks.after(em, ctx, {
      kind: 'approved',
      subscriptionId: id,
      organizationId: org,
      decidedOn,
      decisionRef: subscription.decisionRef,
      status: subscription.status,
    });
    return this.toDto(em, subscription, shareClass.code);
  }

  async reject(ctx: OrgContext, id: string, dto: RejectDto): Promise<SubscriptionDto> {
    return this.idempotency.transaction(ctx.organizationId, (em) => this.rejectIn(em, ctx, id, dto));
  }

  /** `reject` inside the caller's transaction. */
  async rejectIn(
    em: EntityManager,
    ctx: OrgContext,
    id: string,
    dto: RejectDto,
    options: SubscriptionChangeOptions = {},
  ): Promise<SubscriptionDto> {
    const org = ctx.organizationId;
    const subscription = await this.lock(em, ctx, id, ['pending'], 'reject');
    const decidedOn = dto.decidedOn ?? (await this.books.today(em, org));
    subscription.status = 'rejected';
    subscription.decidedOn = decidedOn;
    subscription.decisionRef = dto.decisionRef ?? null;
    subscription.rejectionReason = dto.reason.trim();
    const returned = subscription.paidCents - subscription.refundedCents;
    const entryId = await this.refundAdvance(em, subscription, decidedOn);
    await em.save(subscription);
    await this.audit.record(em, {
      organizationId: org,
      action: 'subscription.rejected',
      entityType: 'subscription',
      entityId: id,
      changes: {
        status: { from: 'pending', to: 'rejected' },
        reason: subscription.rejectionReason,
        refundedCents: subscription.refundedCents,
      },
    });
    await this.hooks.after(em, ctx, {
      kind: 'rejected',
      subscriptionId: id,
      organizationId: org,
      on: decidedOn,
      returnedCents: Math.max(returned, 0),
      accountingEntryId: entryId,
      reason: subscription.rejectionReason,
      reference: options.reference ?? subscription.decisionRef,
    });
    return this.toDto(em, subscription);
  }

  /** Withdraws a subscription whose shares were not issued yet; what was paid is returned. */
  async cancel(ctx: OrgContext, id: string, dto: DecideDto): Promise<SubscriptionDto> {
    return this.idempotency.transaction(ctx.organizationId, (em) => this.cancelIn(em, ctx, id, dto));
  }

  /** `cancel` inside the caller's transaction. */
  async cancelIn(
    em: EntityManager,
    ctx: OrgContext,
    id: string,
    dto: DecideDto,
    options: SubscriptionChangeOptions = {},
  ): Promise<SubscriptionDto> {
    const org = ctx.organizationId;
    const subscription = await this.lock(em, ctx, id, ['pending', 'approved'], 'cancel');
    const on = dto.decidedOn ?? (await this.books.today(em, org));
    const from = subscription.status;
    const returned = subscription.paidCents - subscription.refundedCents;
    let entryId: string | null;
    if (from === 'pending') entryId = await this.refundAdvance(em, subscription, on);
    else {
      entryId = await this.books.post(
        em,
        org,
        {
          date: on,
          pieceRef: this.pieceRef(subscription),
          sourceType: 'subscription',
          sourceId: subscription.id,
          memberId: subscription.memberId,
        },
        entries.subscriptionCancelled({
          amountCents: subscription.calledCents,
          paidCents: subscription.paidCents,
          instalments: subscription.instalments,
        }),
      );
      subscription.refundedCents = subscription.paidCents;
    }
    subscription.status = 'cancelled';
    await em.save(subscription);
    await this.audit.record(em, {
      organizationId: org,
      action: 'subscription.cancelled',
      entityType: 'subscription',
      entityId: id,
      changes: { status: { from, to: 'cancelled' }, refundedCents: subscription.refundedCents },
    });
    await this.hooks.after(em, ctx, {
      kind: 'cancelled',
      subscriptionId: id,
      organizationId: org,
      on,
      returnedCents: Math.max(returned, 0),
      accountingEntryId: entryId,
      reason: null,
      reference: options.reference ?? dto.decisionRef ?? null,
    });
    return this.toDto(em, subscription);
  }

  /**
   * Records a payment (libération). Over-payment is refused; so is a payment on a rejected or
   * cancelled subscription. The payment that completes an approved subscription issues its shares.
   */
  async pay(ctx: OrgContext, id: string, dto: CreatePaymentDto): Promise<SubscriptionDto> {
    return this.idempotency.transaction(ctx.organizationId, (em) => this.payIn(em, ctx, id, dto));
  }

  /** `pay` inside the caller's transaction. */
  async payIn(em: EntityManager, ctx: OrgContext, id: string, dto: CreatePaymentDto): Promise<SubscriptionDto> {
    const org = ctx.organizationId;
    await this.hooks.before(em, ctx, id, 'pay');
    const subscription = await this.find(em, org, id, true);
    await this.ledger.lockHead(em, org);
    if (subscription.status === 'rejected' || subscription.status === 'cancelled') {
      throw new BusinessRuleError(
        'subscription-closed',
        `This subscription is ${subscription.status}: it takes no payment.`,
        { status: subscription.status },
        [{ field: 'amountCents', message: `the subscription is ${subscription.status}` }],
      );
    }
    const due = subscription.calledCents - subscription.paidCents;
    if (due <= 0) {
      throw new BusinessRuleError(
        'nothing-due',
        subscription.paidCents === subscription.amountCents
          ? 'This subscription is fully paid.'
          : 'Nothing is called on this subscription now: call capital first.',
        undefined,
        [{ field: 'amountCents', message: 'nothing is due' }],
      );
    }
    if (dto.amountCents > due) {
      throw new BusinessRuleError(
        'overpayment',
        `At most ${due} cents are due on this subscription; ${dto.amountCents} is too much.`,
        { dueCents: due },
        [{ field: 'amountCents', message: `is more than the ${due} cents due` }],
      );
    }
    const today = await this.books.today(em, org);
    if (dto.paidOn > today) throw ValidationError.field('paidOn', 'cannot be in the future');
    await this.books.assertOpen(em, org, dto.paidOn, 'paidOn');
    const payment = await em.save(
      em.create(SubscriptionPayment, {
        organizationId: org,
        subscriptionId: id,
        amountCents: dto.amountCents,
        paidOn: dto.paidOn,
        method: dto.method,
        reference: dto.reference?.trim() ?? null,
      }),
    );
    subscription.paidCents += dto.amountCents;
    const source = {
      date: dto.paidOn,
      pieceRef: dto.reference?.trim() || this.pieceRef(subscription),
      sourceType: 'payment',
      sourceId: payment.id,
      memberId: subscription.memberId,
    };
    const entryId = await this.books.post(
      em,
      org,
      source,
      subscription.status === 'pending'
        ? entries.advanceReceived(dto.amountCents)
        : entries.subscriptionPaid({ amountCents: dto.amountCents, instalments: subscription.instalments }),
    );
    await this.audit.record(em, {
      organizationId: org,
      action: 'subscription.payment',
      entityType: 'subscription',
      entityId: id,
      changes: {
        paymentId: payment.id,
        amountCents: dto.amountCents,
        paidOn: dto.paidOn,
        method: dto.method,
        reference: payment.reference,
        paidCents: subscription.paidCents,
      },
    });
    const code = (await em.findOneByOrFail(ShareClass, { id: subscription.shareClassId })).code;
    if (subscription.status === 'approved' && subscription.paidCents >= subscription.calledCents) {
      const member = await memberOf(em, org, subscription.memberId);
      await this.issue(
        em,
        subscription,
        member,
        await em.findOneByOrFail(ShareClass, { id: subscription.shareClassId }),
        dto.paidOn,
      );
    } else {
      if (subscription.status === 'defaulted' && subscription.paidCents >= subscription.calledCents)
        subscription.status = 'issued';
      await em.save(subscription);
    }
    await this.hooks.after(em, ctx, {
      kind: 'paid',
      subscriptionId: id,
      organizationId: org,
      paymentId: payment.id,
      amountCents: dto.amountCents,
      paidOn: dto.paidOn,
      method: dto.method,
      reference: payment.reference || null,
      accountingEntryId: entryId,
    });
    return this.toDto(em, subscription, code);
  }

  /** Capital call on an instalment subscription; the member is reminded before the due date. */
  async call(ctx: OrgContext, id: string, dto: CreateCapitalCallDto): Promise<SubscriptionDto> {
    return this.idempotency.transaction(ctx.organizationId, async (em) => {
      const org = ctx.organizationId;
      const subscription = await this.find(em, org, id, true);
      if (!subscription.instalments || !['issued', 'defaulted'].includes(subscription.status)) {
        throw new BusinessRuleError(
          'no-uncalled-capital',
          'Capital can be called only on issued shares paid by instalments.',
          {
            status: subscription.status,
          },
        );
      }
      const uncalled = subscription.amountCents - subscription.calledCents;
      if (dto.amountCents > uncalled) {
        throw new BusinessRuleError(
          'call-too-large',
          `Only ${uncalled} cents remain to be called on this subscription.`,
          { uncalledCents: uncalled },
          [{ field: 'amountCents', message: `is more than the ${uncalled} cents not yet called` }],
        );
      }
      const calledOn = dto.calledOn ?? (await this.books.today(em, org));
      if (dto.dueOn < calledOn) throw ValidationError.field('dueOn', 'cannot be before the call');
      const years = await this.deadlineYears(em, org);
      const deadline = fullPaymentDueOn(subscription.subscribedOn, years);
      if (dto.dueOn > deadline)
        throw new BusinessRuleError(
          'instalment-deadline',
          `The shares subscribed on ${subscription.subscribedOn} must be fully paid up by ${deadline} (${years} years, loi 47-1775 art. 12 and the statutes): a call cannot fall due later.`,
          { fullPaymentDueOn: deadline },
          [{ field: 'dueOn', message: `must be on or before ${deadline}` }],
        );
      const call = await em.save(
        em.create(CapitalCall, {
          organizationId: org,
          subscriptionId: id,
          amountCents: dto.amountCents,
          calledOn,
          dueOn: dto.dueOn,
        }),
      );
      subscription.calledCents += dto.amountCents;
      await em.save(subscription);
      await this.books.post(
        em,
        org,
        {
          date: calledOn,
          pieceRef: `APPEL-${call.id.slice(0, 8)}`,
          sourceType: 'capital_call',
          sourceId: call.id,
          memberId: subscription.memberId,
        },
        entries.capitalCalled(dto.amountCents),
      );
      await this.audit.record(em, {
        organizationId: org,
        action: 'subscription.capital-called',
        entityType: 'subscription',
        entityId: id,
        changes: { callId: call.id, amountCents: dto.amountCents, calledOn, dueOn: dto.dueOn },
      });
      const reminderOn = addDays(dto.dueOn, -7) > calledOn ? addDays(dto.dueOn, -7) : calledOn;
      await this.outbox.enqueue(em, {
        organizationId: org,
        queue: 'mail',
        name: CALL_REMINDER_JOB,
        payload: { callId: call.id },
        availableAt: await this.startOfDay(em, org, reminderOn),
      });
      await this.outbox.enqueue(em, {
        organizationId: org,
        queue: 'default',
        name: CALL_DEFAULT_JOB,
        payload: { callId: call.id },
        availableAt: await this.startOfDay(em, org, addDays(dto.dueOn, 1)),
      });
      return this.toDto(em, subscription);
    });
  }

  /** Job: a call still unpaid after its due date makes the subscription defaulted (D 4566 / C 4562). */
  async markDefaulted(organizationId: string, callId: string): Promise<{ defaulted: boolean }> {
    return this.dataSource.transaction(async (em) => {
      const call = await em.findOneBy(CapitalCall, { organizationId, id: callId });
      if (!call) return { defaulted: false };
      const subscription = await this.find(em, organizationId, call.subscriptionId, true);
      const today = await this.books.today(em, organizationId);
      const unpaid = subscription.calledCents - subscription.paidCents;
      if (subscription.status !== 'issued' || unpaid <= 0 || today <= call.dueOn) return { defaulted: false };
      subscription.status = 'defaulted';
      await em.save(subscription);
      await this.books.post(
        em,
        organizationId,
        {
          date: today,
          pieceRef: `APPEL-${call.id.slice(0, 8)}`,
          sourceType: 'capital_call',
          sourceId: call.id,
          memberId: subscription.memberId,
        },
        entries.callDefaulted(unpaid),
      );
      await this.audit.record(em, {
        organizationId,
        action: 'subscription.defaulted',
        entityType: 'subscription',
        entityId: subscription.id,
        changes: { status: { from: 'issued', to: 'defaulted' }, unpaidCents: unpaid, callId },
      });
      return { defaulted: true };
    });
  }

  /** What the reminder of a capital call needs, or null when it is paid already. */
  async callReminder(
    organizationId: string,
    callId: string,
  ): Promise<{
    member: Member;
    call: CapitalCall;
    unpaidCents: number;
    organizationName: string;
    language: string;
  } | null> {
    const em = this.dataSource.manager;
    const call = await em.findOneBy(CapitalCall, { organizationId, id: callId });
    if (!call) return null;
    const subscription = await this.find(em, organizationId, call.subscriptionId);
    const unpaid = subscription.calledCents - subscription.paidCents;
    if (unpaid <= 0) return null;
    const member = await memberOf(em, organizationId, subscription.memberId);
    const org = await this.books.organization(em, organizationId);
    return { member, call, unpaidCents: unpaid, organizationName: org.name, language: org.defaultLanguage };
  }

  async get(ctx: OrgContext, id: string): Promise<SubscriptionDto> {
    const em = this.dataSource.manager;
    const subscription = await this.find(em, ctx.organizationId, id);
    assertOwnRecord(ctx, subscription.memberId, 'subscription');
    const dto = await this.toDto(em, subscription);
    dto.payments = (
      await em.find(SubscriptionPayment, {
        where: { organizationId: ctx.organizationId, subscriptionId: id },
        order: { recordedAt: 'ASC' },
      })
    ).map((p) => ({
      id: p.id,
      subscriptionId: p.subscriptionId,
      amountCents: p.amountCents,
      paidOn: p.paidOn,
      method: p.method,
      reference: p.reference,
      recordedAt: p.recordedAt,
    }));
    dto.calls = (
      await em.find(CapitalCall, {
        where: { organizationId: ctx.organizationId, subscriptionId: id },
        order: { createdAt: 'ASC' },
      })
    ).map((c) => ({ id: c.id, amountCents: c.amountCents, calledOn: c.calledOn, dueOn: c.dueOn }));
    return dto;
  }

  async list(ctx: OrgContext, query: SubscriptionQuery): Promise<SubscriptionListDto> {
    const qb = this.dataSource
      .getRepository(Subscription)
      .createQueryBuilder('s')
      .innerJoinAndSelect('s.shareClass', 'c')
      .innerJoin('s.member', 'm')
      .addSelect(MEMBER_LABEL_COLUMNS('m'))
      .where('s.organizationId = :org', { org: ctx.organizationId });
    const memberId = ownRecordsOnly(ctx, query.memberId);
    if (memberId) qb.andWhere('s.memberId = :memberId', { memberId });
    if (query.status) qb.andWhere('s.status = :status', { status: query.status });
    const { rows, total, nextCursor } = await keysetPage(
      qb,
      { alias: 's', property: 'createdAt', column: 'created_at', table: 'subscriptions', direction: 'DESC' },
      query,
    );
    const years = await this.deadlineYears(this.dataSource.manager, ctx.organizationId);
    const items = rows.map((s) => {
      const member = memberLabel(s.member);
      return {
        ...toSubscriptionDto(s, s.shareClass!.code, years),
        memberName: member.name,
        memberNumber: member.number,
      };
    });
    return { items, total, nextCursor };
  }

  // ---- helpers ---------------------------------------------------------------------------

  /** Issues the shares: a movement in the register, an applicant admitted, waiting redemptions re-examined. */
  private async issue(
    em: EntityManager,
    subscription: Subscription,
    member: Member,
    shareClass: ShareClass,
    on: string,
  ): Promise<void> {
    const org = subscription.organizationId;
    await this.books.assertOpen(em, org, on, 'paidOn');
    const [movement] = await this.ledger.append(em, org, [
      {
        effectiveOn: on,
        memberId: member.id,
        shareClassId: shareClass.id,
        kind: 'issue',
        quantity: subscription.quantity,
        unitCents: subscription.unitCents,
        operationType: 'subscription',
        operationId: subscription.id,
      },
    ]);
    subscription.status = 'issued';
    subscription.issuedOn = on;
    await em.save(subscription);
    await this.audit.record(em, {
      organizationId: org,
      action: 'shares.issued',
      entityType: 'subscription',
      entityId: subscription.id,
      changes: {
        memberId: member.id,
        shareClassCode: shareClass.code,
        quantity: subscription.quantity,
        effectiveOn: on,
        sequence: movement.sequence,
      },
    });
    if (member.status === 'applicant')
      await this.members.admitIn(em, org, member.id, {
        admittedOn: on,
        decisionRef: subscription.decisionRef ?? undefined,
      });
    await this.redemptions.reexamineWaiting(em, org);
  }

  private async refundAdvance(em: EntityManager, subscription: Subscription, on: string): Promise<string | null> {
    if (subscription.paidCents <= 0) return null;
    const entryId = await this.books.post(
      em,
      subscription.organizationId,
      {
        date: on,
        pieceRef: this.pieceRef(subscription),
        sourceType: 'subscription',
        sourceId: subscription.id,
        memberId: subscription.memberId,
      },
      entries.advanceRefunded(subscription.paidCents),
    );
    subscription.refundedCents = subscription.paidCents;
    return entryId;
  }

  private async assertChartersAccepted(em: EntityManager, organizationId: string, member: Member): Promise<void> {
    const missing = await this.charters.missingForAdmission(em, organizationId, member.id);
    if (missing.length) {
      throw new BusinessRuleError(
        'charter-not-accepted',
        `The applicant must accept ${missing.map((m) => `"${m.title}" (version ${m.version})`).join(', ')} before the subscription is approved, since issuing the shares admits them.`,
        { missing },
      );
    }
  }

  /** At least a quarter at subscription where the statutes allow instalments (C. com. L225-144 for SA forms). */
  private initialCall(shareClass: ShareClass, amount: number, initial: number | undefined): number {
    if (initial === undefined || initial === amount) return amount;
    if (!shareClass.instalmentsAllowed)
      throw ValidationError.field(
        'initialCalledCents',
        `shares of class ${shareClass.code} must be paid in full at subscription`,
      );
    const quarter = Math.ceil(amount / 4);
    if (initial < quarter || initial > amount)
      throw ValidationError.field(
        'initialCalledCents',
        `must lie between a quarter of the amount (${quarter}) and the amount (${amount})`,
      );
    return initial;
  }

  /** Locks a subscription to change it, the hooks' own rows first (see SubscriptionHook). */
  private async lock(
    em: EntityManager,
    ctx: OrgContext,
    id: string,
    from: SubscriptionStatus[],
    action: Exclude<SubscriptionAction, 'pay'>,
  ): Promise<Subscription> {
    await this.hooks.before(em, ctx, id, action);
    const subscription = await this.find(em, ctx.organizationId, id, true);
    if (!from.includes(subscription.status)) {
      const to = { approve: 'approved', reject: 'rejected', cancel: 'cancelled' }[action];
      throw new BusinessRuleError(
        'invalid-transition',
        `A subscription that is ${subscription.status} cannot be ${to}.`,
        {
          status: subscription.status,
        },
      );
    }
    return subscription;
  }

  private async find(em: EntityManager, organizationId: string, id: string, lock = false): Promise<Subscription> {
    const subscription = await em.findOne(Subscription, {
      where: { organizationId, id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!subscription) throw new NotFoundError('subscription');
    return subscription;
  }

  private pieceRef(subscription: Subscription): string {
    return subscriptionReference(subscription.id);
  }

  private async startOfDay(em: EntityManager, organizationId: string, date: string): Promise<Date> {
    return this.repository.startOfDay(em, organizationId, date);
  }

  /** Read afresh: the books' memo of the organization lives as long as its manager. */
  private async deadlineYears(em: EntityManager, organizationId: string): Promise<number> {
    return this.repository.instalmentDeadlineYears(em, organizationId);
  }

  private async toDto(em: EntityManager, s: Subscription, code?: string): Promise<SubscriptionDto> {
    const shareClassCode = code ?? (await em.findOneByOrFail(ShareClass, { id: s.shareClassId })).code;
    const m = await em.findOne(Member, { select: { id: true, status: true }, where: { id: s.memberId } });
    const years = await this.deadlineYears(em, s.organizationId);
    return { ...toSubscriptionDto(s, shareClassCode, years), memberStatus: m?.status };
  }
}

/** The day shares paid by instalments must be fully paid up by (loi 47-1775 art. 12). */
export function fullPaymentDueOn(subscribedOn: string, years: number): string {
  return addYears(subscribedOn, years);
}

export function toSubscriptionDto(s: Subscription, shareClassCode: string, deadlineYears = 3): SubscriptionDto {
  return {
    id: s.id,
    memberId: s.memberId,
    shareClassCode,
    quantity: s.quantity,
    unitCents: s.unitCents,
    amountCents: s.amountCents,
    instalments: s.instalments,
    calledCents: s.calledCents,
    paidCents: s.paidCents,
    refundedCents: s.refundedCents,
    status: s.status,
    subscribedOn: s.subscribedOn,
    decidedOn: s.decidedOn,
    decisionRef: s.decisionRef,
    rejectionReason: s.rejectionReason,
    issuedOn: s.issuedOn,
    fullPaymentDueOn: s.instalments ? fullPaymentDueOn(s.subscribedOn, deadlineYears) : null,
    createdAt: s.createdAt,
  };
}
