import { Injectable } from '@nestjs/common';
import { assertNotSetByMember, assertOwnRecord, ownRecordsOnly, type OrgContext } from '@socius/auth';
import { AuditService } from '@socius/audit';
import { BusinessRuleError, formatEuros, NotFoundError, normalizeIban, ValidationError } from '@socius/core';
import { IdempotencyService } from '@socius/database';
import { Member, MembersService } from '@socius/members';
import { DataSource, EntityManager } from 'typeorm';
import * as entries from './accounting';
import { BooksService } from './books.service';
import {
  assertRemainderAllowed,
  keysetPage,
  MEMBER_LABEL_COLUMNS,
  memberLabel,
  memberOf,
  shareClassByCode,
} from './common';
import {
  ApproveRedemptionDto,
  CreateRedemptionDto,
  PayoutDto,
  RedemptionDto,
  RedemptionListDto,
  RedemptionQuery,
  RejectDto,
} from './dto/shares.dto';
import { Redemption } from './entities/redemption.entity';
import { ShareClass } from './entities/share-class.entity';
import { addYears, fiscalYearOf } from './fiscal';
import { capitalFloorCents } from './ledger';
import { LedgerService } from './ledger.service';
import { RedemptionsRepository } from './redemptions.repository';

/** Who may ask for their shares back: members still in, those leaving, and the heirs of the deceased. */
const MAY_REDEEM = ['active', 'resigning', 'resigned', 'excluded', 'deceased'];

/**
 * Remboursements de parts. Approval checks the capital floor under the ledger head lock: a request
 * that would break it waits (first come, first served) and is approved by itself when capital grows.
 */
@Injectable()
export class RedemptionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly idempotency: IdempotencyService,
    private readonly ledger: LedgerService,
    private readonly books: BooksService,
    private readonly members: MembersService,
    private readonly audit: AuditService,
    private readonly repository: RedemptionsRepository,
  ) {}

  async create(ctx: OrgContext, dto: CreateRedemptionDto): Promise<RedemptionDto> {
    // a member asks for their own shares; the co-op sets the effective date
    assertOwnRecord(ctx, dto.memberId);
    assertNotSetByMember(ctx, dto, ['effectiveOn']);
    return this.idempotency.transaction(ctx.organizationId, async (em) => {
      const org = ctx.organizationId;
      const member = await memberOf(em, org, dto.memberId);
      if (!MAY_REDEEM.includes(member.status)) {
        throw new BusinessRuleError(
          'member-cannot-redeem',
          `A member who is ${member.status} holds no shares to redeem.`,
          { memberStatus: member.status },
          [{ field: 'memberId', message: `is ${member.status}` }],
        );
      }
      if (member.status === 'deceased' && !dto.payee)
        throw ValidationError.field('payee', "is required for a deceased member: the heirs' name and account");
      const shareClass = await shareClassByCode(em, org, dto.shareClassCode);
      await assertRemainderAllowed(
        em,
        org,
        member.id,
        shareClass,
        dto.quantity + (await this.alreadyRequested(em, org, member.id, shareClass.id)),
      );
      const organization = await this.books.organization(em, org);
      const today = await this.books.today(em, org);
      const effectiveOn = dto.effectiveOn ?? fiscalYearOf(today, organization.fiscalYearEnd).endOn;
      await this.books.assertOpen(em, org, effectiveOn, 'effectiveOn');
      const redemption = await em.save(
        em.create(Redemption, {
          organizationId: org,
          memberId: member.id,
          shareClassId: shareClass.id,
          quantity: dto.quantity,
          unitCents: shareClass.nominalCents,
          payoutCents: dto.quantity * shareClass.nominalCents,
          effectiveOn,
          reason: dto.reason?.trim() ?? null,
          payeeName: dto.payee?.name.trim() ?? null,
          payeeIban: dto.payee ? normalizeIban(dto.payee.iban) : null,
          payeeBic: dto.payee?.bic?.toUpperCase() ?? null,
        }),
      );
      await this.audit.record(em, {
        organizationId: org,
        action: 'redemption.requested',
        entityType: 'redemption',
        entityId: redemption.id,
        changes: { memberId: member.id, shareClassCode: shareClass.code, quantity: dto.quantity, effectiveOn },
      });
      return this.toDto(em, redemption);
    });
  }

  /**
   * Approves a redemption unless it would bring the capital below the floor; then it waits in the
   * queue (or is refused, with `onFloor: "refuse"`), and the answer says why.
   */
  async approve(ctx: OrgContext, id: string, dto: ApproveRedemptionDto): Promise<RedemptionDto> {
    return this.idempotency.transaction(ctx.organizationId, async (em) => {
      const org = ctx.organizationId;
      const redemption = await this.lock(em, org, id);
      if (redemption.status !== 'pending')
        throw new BusinessRuleError(
          'invalid-transition',
          `A redemption that is ${redemption.status} cannot be approved.`,
          {
            status: redemption.status,
          },
        );
      const decidedOn = dto.decidedOn ?? (await this.books.today(em, org));
      if (dto.dueOn) this.checkDue(redemption.effectiveOn, dto.dueOn);
      redemption.decidedOn = decidedOn;
      redemption.decisionRef = dto.decisionRef ?? null;
      redemption.dueOn = dto.dueOn ?? null;
      const blocked = await this.floorProblem(em, org, redemption);
      if (blocked) {
        if (dto.onFloor === 'refuse')
          throw new BusinessRuleError('capital-floor', blocked.reason, blocked.figures, [
            { field: 'quantity', message: 'would bring the capital below its floor' },
          ]);
        redemption.status = 'waiting';
        redemption.statusReason = blocked.reason;
        await em.save(redemption);
        await this.audit.record(em, {
          organizationId: org,
          action: 'redemption.waiting',
          entityType: 'redemption',
          entityId: id,
          changes: { status: { from: 'pending', to: 'waiting' }, reason: blocked.reason, ...blocked.figures },
        });
        return this.toDto(em, redemption);
      }
      await this.execute(em, redemption, decidedOn);
      return this.toDto(em, redemption);
    });
  }

  /**
   * Called when the capital grows (shares issued): approves waiting requests in the order they came,
   * stopping at the first that still does not fit, so no later request overtakes an earlier one.
   */
  async reexamineWaiting(em: EntityManager, organizationId: string): Promise<number> {
    const waiting = await em.find(Redemption, {
      where: { organizationId, status: 'waiting' },
      order: { requestedAt: 'ASC', id: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
    let approved = 0;
    for (const redemption of waiting) {
      if (await this.floorProblem(em, organizationId, redemption, true)) break;
      const today = await this.books.today(em, organizationId);
      // a request that waited past its date takes effect when the capital allows it
      if (redemption.effectiveOn < today) {
        redemption.effectiveOn = today;
        redemption.payoutCents = redemption.quantity * (redemption.unitCents - redemption.lossPerShareCents);
        if (redemption.dueOn && redemption.dueOn < today) redemption.dueOn = null;
      }
      redemption.statusReason = null;
      await this.execute(em, redemption, today);
      approved++;
    }
    return approved;
  }

  async reject(ctx: OrgContext, id: string, dto: RejectDto): Promise<RedemptionDto> {
    return this.decideNo(ctx, id, 'rejected', dto.reason, dto.decidedOn, dto.decisionRef);
  }

  async cancel(ctx: OrgContext, id: string): Promise<RedemptionDto> {
    return this.decideNo(ctx, id, 'cancelled', null);
  }

  /** The payout (D 4567 / C 512): once the year it took effect is closed, since losses may reduce it. */
  async payout(ctx: OrgContext, id: string, dto: PayoutDto): Promise<RedemptionDto> {
    return this.idempotency.transaction(ctx.organizationId, async (em) => {
      const org = ctx.organizationId;
      const redemption = await this.lock(em, org, id);
      if (redemption.status !== 'approved')
        throw new BusinessRuleError('invalid-transition', `A redemption that is ${redemption.status} cannot be paid.`, {
          status: redemption.status,
        });
      const organization = await this.books.organization(em, org);
      const year = fiscalYearOf(redemption.effectiveOn, organization.fiscalYearEnd);
      if (!(await this.repository.isYearClosed(em, org, year.endOn))) {
        throw new BusinessRuleError(
          'redemption-value-not-final',
          `The value of these shares is final once the fiscal year ending ${year.endOn} is closed (a loss would reduce it, loi 47-1775 art. 18): close that year first.`,
          { fiscalYearEnd: year.endOn },
        );
      }
      if (dto.paidOn < redemption.effectiveOn)
        throw ValidationError.field(
          'paidOn',
          `cannot be before the redemption takes effect (${redemption.effectiveOn})`,
        );
      if (dto.paidOn > (await this.books.today(em, org)))
        throw ValidationError.field('paidOn', 'cannot be in the future');
      await this.books.assertOpen(em, org, dto.paidOn, 'paidOn');
      redemption.status = 'paid';
      redemption.paidOn = dto.paidOn;
      redemption.paymentReference = dto.reference?.trim() ?? null;
      await em.save(redemption);
      if (redemption.payoutCents > 0) {
        await this.books.post(
          em,
          org,
          {
            date: dto.paidOn,
            pieceRef: dto.reference?.trim() || this.pieceRef(redemption),
            sourceType: 'redemption_payout',
            sourceId: redemption.id,
            memberId: redemption.memberId,
          },
          entries.redemptionPaid(redemption.payoutCents),
        );
      }
      await this.audit.record(em, {
        organizationId: org,
        action: 'redemption.paid',
        entityType: 'redemption',
        entityId: id,
        changes: { paidOn: dto.paidOn, payoutCents: redemption.payoutCents, reference: redemption.paymentReference },
      });
      return this.toDto(em, redemption);
    });
  }

  /**
   * At the closing of a year that ended at a loss: the losses per share reduce what is owed for the
   * redemptions that took effect in it and are not yet paid (D 4567 / C 119).
   */
  async applyLosses(
    em: EntityManager,
    organizationId: string,
    year: { startOn: string; endOn: string },
    lossPerShare: Map<string, number>,
    on: string,
  ): Promise<number> {
    if (!lossPerShare.size) return 0;
    const affected = await em
      .createQueryBuilder(Redemption, 'r')
      .setLock('pessimistic_write')
      .where('r.organizationId = :org AND r.status = :status AND r.effectiveOn BETWEEN :from AND :to', {
        org: organizationId,
        status: 'approved',
        from: year.startOn,
        to: year.endOn,
      })
      .getMany();
    let count = 0;
    for (const r of affected) {
      const loss = Math.min(lossPerShare.get(r.shareClassId) ?? 0, r.unitCents);
      if (loss <= r.lossPerShareCents) continue;
      const deduction = r.quantity * (loss - r.lossPerShareCents);
      r.lossPerShareCents = loss;
      r.payoutCents = r.quantity * (r.unitCents - loss);
      await em.save(r);
      await this.books.post(
        em,
        organizationId,
        { date: on, pieceRef: this.pieceRef(r), sourceType: 'redemption_loss', sourceId: r.id, memberId: r.memberId },
        entries.redemptionLossDeducted(deduction),
      );
      await this.audit.record(em, {
        organizationId,
        action: 'redemption.loss-deducted',
        entityType: 'redemption',
        entityId: r.id,
        changes: { lossPerShareCents: loss, payoutCents: r.payoutCents },
      });
      count++;
    }
    return count;
  }

  async get(ctx: OrgContext, id: string): Promise<RedemptionDto> {
    const redemption = await this.dataSource.manager.findOneBy(Redemption, { organizationId: ctx.organizationId, id });
    if (!redemption) throw new NotFoundError('redemption');
    assertOwnRecord(ctx, redemption.memberId, 'redemption');
    return this.toDto(this.dataSource.manager, redemption);
  }

  async list(ctx: OrgContext, query: RedemptionQuery): Promise<RedemptionListDto> {
    const qb = this.dataSource
      .getRepository(Redemption)
      .createQueryBuilder('r')
      .innerJoinAndSelect('r.shareClass', 'c')
      .innerJoin('r.member', 'm')
      .addSelect(MEMBER_LABEL_COLUMNS('m'))
      .where('r.organizationId = :org', { org: ctx.organizationId });
    const memberId = ownRecordsOnly(ctx, query.memberId);
    if (memberId) qb.andWhere('r.memberId = :memberId', { memberId });
    if (query.status) qb.andWhere('r.status = :status', { status: query.status });
    const { rows, total, nextCursor } = await keysetPage(
      qb,
      { alias: 'r', property: 'requestedAt', column: 'requested_at', table: 'redemptions', direction: 'ASC' },
      query,
    );
    const items = rows.map((r) => {
      const member = memberLabel(r.member);
      return { ...toRedemptionDto(r, r.shareClass!.code), memberName: member.name, memberNumber: member.number };
    });
    return { items, total, nextCursor };
  }

  // ---- helpers ---------------------------------------------------------------------------

  /** The shares leave the register at the effective date; the member leaves if nothing is left. */
  private async execute(em: EntityManager, redemption: Redemption, decidedOn: string): Promise<void> {
    const org = redemption.organizationId;
    const shareClass = await em.findOneByOrFail(ShareClass, { id: redemption.shareClassId });
    await this.books.assertOpen(em, org, redemption.effectiveOn, 'effectiveOn');
    const { leavesNothing } = await assertRemainderAllowed(
      em,
      org,
      redemption.memberId,
      shareClass,
      redemption.quantity,
    );
    const [movement] = await this.ledger.append(em, org, [
      {
        effectiveOn: redemption.effectiveOn,
        memberId: redemption.memberId,
        shareClassId: shareClass.id,
        kind: 'redemption',
        quantity: -redemption.quantity,
        unitCents: redemption.unitCents,
        operationType: 'redemption',
        operationId: redemption.id,
      },
    ]);
    const from = redemption.status;
    redemption.status = 'approved';
    redemption.decidedOn ??= decidedOn;
    redemption.dueOn ??= addYears(redemption.effectiveOn, 5);
    await em.save(redemption);
    await this.books.post(
      em,
      org,
      {
        date: redemption.effectiveOn,
        pieceRef: this.pieceRef(redemption),
        sourceType: 'redemption',
        sourceId: redemption.id,
        memberId: redemption.memberId,
      },
      entries.redemptionDecided(redemption.quantity * redemption.unitCents),
    );
    await this.audit.record(em, {
      organizationId: org,
      action: 'redemption.approved',
      entityType: 'redemption',
      entityId: redemption.id,
      changes: {
        status: { from, to: 'approved' },
        effectiveOn: redemption.effectiveOn,
        dueOn: redemption.dueOn,
        sequence: movement.sequence,
        decisionRef: redemption.decisionRef,
      },
    });
    const member = await em.findOneByOrFail(Member, { organizationId: org, id: redemption.memberId });
    // per the statutes, a member who takes back all their shares leaves the co-op
    if (leavesNothing && member.status === 'active')
      await this.members.resignIn(em, org, member.id, redemption.effectiveOn, redemption.decisionRef);
  }

  /** Why this redemption cannot happen now, or null: the floor, or earlier requests queued first. */
  private async floorProblem(
    em: EntityManager,
    organizationId: string,
    redemption: Redemption,
    fromQueue = false,
  ): Promise<{ reason: string; figures: Record<string, number> } | null> {
    const head = await this.ledger.lockHead(em, organizationId);
    const org = await this.books.organization(em, organizationId);
    const floor = capitalFloorCents(org.minimumCapitalCents, head.highestCapitalCents, {
      numerator: org.capitalFloorPercent,
      denominator: 100,
    });
    const after = head.capitalCents - redemption.quantity * redemption.unitCents;
    const figures = {
      capitalCents: head.capitalCents,
      afterCents: after,
      floorCents: floor,
      highestCapitalCents: head.highestCapitalCents,
      minimumCapitalCents: org.minimumCapitalCents,
    };
    if (!fromQueue) {
      const n = await this.repository.waitingOthers(em, organizationId, redemption.id);
      if (n > 0)
        return {
          reason: `${n} earlier redemption request(s) wait for the capital to grow; this one is queued behind them (first come, first served).`,
          figures,
        };
    }
    if (after >= floor) return null;
    const base =
      floor === org.minimumCapitalCents
        ? `the statutory minimum capital of ${formatEuros(floor)}`
        : `its floor of ${formatEuros(floor)} (${org.capitalFloorPercent} % of the highest capital ever recorded, ${formatEuros(head.highestCapitalCents)}, loi 47-1775 art. 13)`;
    return {
      reason: `Redeeming these shares would bring the capital from ${formatEuros(head.capitalCents)} to ${formatEuros(after)}, below ${base}.`,
      figures,
    };
  }

  private async alreadyRequested(
    em: EntityManager,
    organizationId: string,
    memberId: string,
    shareClassId: string,
  ): Promise<number> {
    return this.repository.requestedQuantity(em, organizationId, memberId, shareClassId);
  }

  private async decideNo(
    ctx: OrgContext,
    id: string,
    to: 'rejected' | 'cancelled',
    reason: string | null,
    decidedOn?: string,
    decisionRef?: string,
  ): Promise<RedemptionDto> {
    return this.idempotency.transaction(ctx.organizationId, async (em) => {
      const redemption = await this.lock(em, ctx.organizationId, id);
      if (!['pending', 'waiting'].includes(redemption.status))
        throw new BusinessRuleError(
          'invalid-transition',
          `A redemption that is ${redemption.status} cannot be ${to}.`,
          {
            status: redemption.status,
          },
        );
      const from = redemption.status;
      redemption.status = to;
      redemption.statusReason = reason?.trim() ?? null;
      redemption.decidedOn = decidedOn ?? (await this.books.today(em, ctx.organizationId));
      redemption.decisionRef = decisionRef ?? null;
      await em.save(redemption);
      await this.audit.record(em, {
        organizationId: ctx.organizationId,
        action: `redemption.${to}`,
        entityType: 'redemption',
        entityId: id,
        changes: { status: { from, to }, reason },
      });
      return this.toDto(em, redemption);
    });
  }

  private checkDue(effectiveOn: string, dueOn: string): void {
    if (dueOn < effectiveOn || dueOn > addYears(effectiveOn, 5))
      throw ValidationError.field(
        'dueOn',
        `must lie between the effective date (${effectiveOn}) and five years later (${addYears(effectiveOn, 5)})`,
      );
  }

  private async lock(em: EntityManager, organizationId: string, id: string): Promise<Redemption> {
    const redemption = await em.findOne(Redemption, {
      where: { organizationId, id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!redemption) throw new NotFoundError('redemption');
    return redemption;
  }

  private pieceRef(r: Redemption): string {
    return `REMB-${r.id.slice(0, 8).toUpperCase()}`;
  }

  private async toDto(em: EntityManager, r: Redemption): Promise<RedemptionDto> {
    const code = (await em.findOneByOrFail(ShareClass, { id: r.shareClassId })).code;
    const dto = toRedemptionDto(r, code);
    if (r.status === 'waiting') {
      dto.queuePosition = await this.repository.queuePosition(em, r.organizationId, r.id);
    }
    dto.memberStatus = (await em.findOne(Member, { select: { id: true, status: true }, where: { id: r.memberId } }))
      ?.status;
    return dto;
  }
}

export function toRedemptionDto(r: Redemption, shareClassCode: string): RedemptionDto {
  return {
    id: r.id,
    memberId: r.memberId,
    shareClassCode,
    quantity: r.quantity,
    unitCents: r.unitCents,
    lossPerShareCents: r.lossPerShareCents,
    payoutCents: r.payoutCents,
    effectiveOn: r.effectiveOn,
    status: r.status,
    statusReason: r.statusReason,
    reason: r.reason,
    decidedOn: r.decidedOn,
    decisionRef: r.decisionRef,
    dueOn: r.dueOn,
    paidOn: r.paidOn,
    paymentReference: r.paymentReference,
    payee: r.payeeIban ? { name: r.payeeName ?? '', iban: r.payeeIban, bic: r.payeeBic } : null,
    requestedAt: r.requestedAt,
  };
}
