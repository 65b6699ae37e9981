import { Injectable } from '@nestjs/common';
import { assertOwnRecord, ownRecordsOnly, type OrgContext } from '@socius/auth';
import { AuditService } from '@socius/audit';
import { BusinessRuleError, NotFoundError, ValidationError } from '@socius/core';
import { IdempotencyService } from '@socius/database';
import { MembersService } from '@socius/members';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { BooksService } from './books.service';
import {
  assertClassOpenTo,
  assertRemainderAllowed,
  assertWithinMaximum,
  keysetPage,
  MEMBER_LABEL_COLUMNS,
  memberLabel,
  memberOf,
  shareClassByCode,
} from './common';
import {
  ConversionDto,
  CreateConversionDto,
  CreateTransferDto,
  DecideDto,
  RejectDto,
  TransferDto,
  TransferListDto,
  TransferQuery,
} from './dto/shares.dto';
import { ShareClass } from './entities/share-class.entity';
import { Transfer } from './entities/transfer.entity';
import { LedgerService } from './ledger.service';

/**
 * Cessions between members (approved by the board) and conversions from one class to another:
 * each is one pair of movements appended together, so the register never shows half of one.
 */
@Injectable()
export class TransfersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly idempotency: IdempotencyService,
    private readonly ledger: LedgerService,
    private readonly books: BooksService,
    private readonly members: MembersService,
    private readonly audit: AuditService,
  ) {}

  async create(ctx: OrgContext, dto: CreateTransferDto): Promise<TransferDto> {
    if (dto.fromMemberId === dto.toMemberId) throw ValidationError.field('toMemberId', 'must differ from fromMemberId');
    return this.idempotency.transaction(ctx.organizationId, async (em) => {
      const org = ctx.organizationId;
      const shareClass = await shareClassByCode(em, org, dto.shareClassCode);
      await this.check(em, org, dto.fromMemberId, dto.toMemberId, shareClass, dto.quantity);
      await this.books.assertOpen(em, org, dto.effectiveOn, 'effectiveOn');
      const transfer = await em.save(
        em.create(Transfer, {
          organizationId: org,
          fromMemberId: dto.fromMemberId,
          toMemberId: dto.toMemberId,
          shareClassId: shareClass.id,
          quantity: dto.quantity,
          unitCents: shareClass.nominalCents,
          effectiveOn: dto.effectiveOn,
        }),
      );
      await this.audit.record(em, {
        organizationId: org,
        action: 'transfer.requested',
        entityType: 'transfer',
        entityId: transfer.id,
        changes: { ...dto },
      });
      return toTransferDto(transfer, shareClass.code);
    });
  }

  /**
   * Approves a cession: both movements in one append, under the ledger head lock. Racing approvals
   * that together would oversell are refused: the holdings CHECK stops the second one.
   */
  async approve(ctx: OrgContext, id: string, dto: DecideDto): Promise<TransferDto> {
    return this.idempotency.transaction(ctx.organizationId, async (em) => {
      const org = ctx.organizationId;
      const transfer = await this.lock(em, org, id);
      await this.ledger.lockHead(em, org);
      const shareClass = await em.findOneByOrFail(ShareClass, { id: transfer.shareClassId });
      const { leavesNothing } = await this.check(
        em,
        org,
        transfer.fromMemberId,
        transfer.toMemberId,
        shareClass,
        transfer.quantity,
      );
      await this.books.assertOpen(em, org, transfer.effectiveOn, 'effectiveOn');
      const movements = await this.ledger.append(em, org, [
        {
          effectiveOn: transfer.effectiveOn,
          memberId: transfer.fromMemberId,
          shareClassId: shareClass.id,
          kind: 'transfer_out',
          quantity: -transfer.quantity,
          unitCents: transfer.unitCents,
          operationType: 'transfer',
          operationId: transfer.id,
        },
        {
          effectiveOn: transfer.effectiveOn,
          memberId: transfer.toMemberId,
          shareClassId: shareClass.id,
          kind: 'transfer_in',
          quantity: transfer.quantity,
          unitCents: transfer.unitCents,
          operationType: 'transfer',
          operationId: transfer.id,
        },
      ]);
      transfer.status = 'approved';
      transfer.decidedOn = dto.decidedOn ?? (await this.books.today(em, org));
      transfer.decisionRef = dto.decisionRef ?? null;
      await em.save(transfer);
      await this.audit.record(em, {
        organizationId: org,
        action: 'transfer.approved',
        entityType: 'transfer',
        entityId: id,
        changes: {
          status: { from: 'pending', to: 'approved' },
          sequences: movements.map((m) => m.sequence),
          decisionRef: transfer.decisionRef,
        },
      });
      const seller = await memberOf(em, org, transfer.fromMemberId);
      if (leavesNothing && seller.status === 'active')
        await this.members.resignIn(em, org, seller.id, transfer.effectiveOn, transfer.decisionRef);
      return toTransferDto(transfer, shareClass.code);
    });
  }

  async reject(ctx: OrgContext, id: string, dto: RejectDto): Promise<TransferDto> {
    return this.idempotency.transaction(ctx.organizationId, async (em) => {
      const transfer = await this.lock(em, ctx.organizationId, id);
      transfer.status = 'rejected';
      transfer.rejectionReason = dto.reason.trim();
      transfer.decidedOn = dto.decidedOn ?? (await this.books.today(em, ctx.organizationId));
      transfer.decisionRef = dto.decisionRef ?? null;
      await em.save(transfer);
      await this.audit.record(em, {
        organizationId: ctx.organizationId,
        action: 'transfer.rejected',
        entityType: 'transfer',
        entityId: id,
        changes: { status: { from: 'pending', to: 'rejected' }, reason: transfer.rejectionReason },
      });
      return toTransferDto(transfer, (await em.findOneByOrFail(ShareClass, { id: transfer.shareClassId })).code);
    });
  }

  /** Converts shares of one class into shares of another of the same total nominal value. */
  async convert(ctx: OrgContext, dto: CreateConversionDto): Promise<ConversionDto> {
    if (dto.fromShareClassCode === dto.toShareClassCode)
      throw ValidationError.field('toShareClassCode', 'must differ from fromShareClassCode');
    return this.idempotency.transaction(ctx.organizationId, async (em) => {
      const org = ctx.organizationId;
      await this.ledger.lockHead(em, org);
      const member = await memberOf(em, org, dto.memberId);
      if (member.status !== 'active')
        throw new BusinessRuleError(
          'member-not-active',
          `Only an active member's shares can be converted; this member is ${member.status}.`,
          { memberStatus: member.status },
        );
      const from = await shareClassByCode(em, org, dto.fromShareClassCode, 'fromShareClassCode');
      const to = await shareClassByCode(em, org, dto.toShareClassCode, 'toShareClassCode');
      const amount = dto.quantity * from.nominalCents;
      if (amount % to.nominalCents !== 0) {
        throw ValidationError.field(
          'quantity',
          `${dto.quantity} shares of ${from.code} are worth ${amount} cents, not a whole number of ${to.code} shares (${to.nominalCents} cents each)`,
        );
      }
      const toQuantity = amount / to.nominalCents;
      await assertClassOpenTo(em, to, member, 'toShareClassCode');
      await assertWithinMaximum(em, org, member, to, toQuantity);
      await assertRemainderAllowed(em, org, member.id, from, dto.quantity);
      await this.books.assertOpen(em, org, dto.effectiveOn, 'effectiveOn');
      const operationId = randomUUID();
      const movements = await this.ledger.append(em, org, [
        {
          effectiveOn: dto.effectiveOn,
          memberId: member.id,
          shareClassId: from.id,
          kind: 'conversion_out',
          quantity: -dto.quantity,
          unitCents: from.nominalCents,
          operationType: 'conversion',
          operationId,
        },
        {
          effectiveOn: dto.effectiveOn,
          memberId: member.id,
          shareClassId: to.id,
          kind: 'conversion_in',
          quantity: toQuantity,
          unitCents: to.nominalCents,
          operationType: 'conversion',
          operationId,
        },
      ]);
      await this.audit.record(em, {
        organizationId: org,
        action: 'shares.converted',
        entityType: 'member',
        entityId: member.id,
        changes: { operationId, ...dto, toQuantity, sequences: movements.map((m) => m.sequence) },
      });
      return {
        operationId,
        memberId: member.id,
        fromShareClassCode: from.code,
        fromQuantity: dto.quantity,
        toShareClassCode: to.code,
        toQuantity,
        amountCents: amount,
        effectiveOn: dto.effectiveOn,
        movements,
      };
    });
  }

  async get(ctx: OrgContext, id: string): Promise<TransferDto> {
    const transfer = await this.dataSource.manager.findOne(Transfer, {
      where: { organizationId: ctx.organizationId, id },
      relations: { shareClass: true },
    });
    if (!transfer) throw new NotFoundError('transfer');
    assertOwnRecord(ctx, [transfer.fromMemberId, transfer.toMemberId], 'transfer');
    return toTransferDto(transfer, transfer.shareClass!.code);
  }

  async list(ctx: OrgContext, query: TransferQuery): Promise<TransferListDto> {
    const qb = this.dataSource
      .getRepository(Transfer)
      .createQueryBuilder('t')
      .innerJoinAndSelect('t.shareClass', 'c')
      .innerJoin('t.fromMember', 'mf')
      .addSelect(MEMBER_LABEL_COLUMNS('mf'))
      .innerJoin('t.toMember', 'mt')
      .addSelect(MEMBER_LABEL_COLUMNS('mt'))
      .where('t.organizationId = :org', { org: ctx.organizationId });
    const own = ownRecordsOnly(ctx, undefined);
    if (own) qb.andWhere('(t.fromMemberId = :m OR t.toMemberId = :m)', { m: own });
    if (query.status) qb.andWhere('t.status = :status', { status: query.status });
    const { rows, total, nextCursor } = await keysetPage(
      qb,
      { alias: 't', property: 'createdAt', column: 'created_at', table: 'transfers', direction: 'DESC' },
      query,
    );
    const items = rows.map((t) => {
      const from = memberLabel(t.fromMember);
      const to = memberLabel(t.toMember);
      return {
        ...toTransferDto(t, t.shareClass!.code),
        fromMemberName: from.name,
        fromMemberNumber: from.number,
        toMemberName: to.name,
        toMemberNumber: to.number,
      };
    });
    return { items, total, nextCursor };
  }

  /** The seller holds enough and keeps the minimum (or nothing); the buyer is an active member the class is open to. */
  private async check(
    em: EntityManager,
    org: string,
    fromId: string,
    toId: string,
    shareClass: ShareClass,
    quantity: number,
  ): Promise<{ leavesNothing: boolean }> {
    const seller = await memberOf(em, org, fromId, 'fromMemberId');
    const buyer = await memberOf(em, org, toId, 'toMemberId');
    if (!['active', 'resigning'].includes(seller.status))
      throw new BusinessRuleError(
        'member-cannot-transfer',
        `A member who is ${seller.status} cannot sell shares.`,
        undefined,
        [{ field: 'fromMemberId', message: `is ${seller.status}` }],
      );
    if (buyer.status !== 'active') {
      throw new BusinessRuleError(
        'buyer-not-member',
        `Shares can only be transferred to an active member; the buyer is ${buyer.status} (admit them first).`,
        undefined,
        [{ field: 'toMemberId', message: `is ${buyer.status}` }],
      );
    }
    await assertClassOpenTo(em, shareClass, buyer);
    await assertWithinMaximum(em, org, buyer, shareClass, quantity);
    return assertRemainderAllowed(em, org, seller.id, shareClass, quantity);
  }

  private async lock(em: EntityManager, organizationId: string, id: string): Promise<Transfer> {
    const transfer = await em.findOne(Transfer, { where: { organizationId, id }, lock: { mode: 'pessimistic_write' } });
    if (!transfer) throw new NotFoundError('transfer');
    if (transfer.status !== 'pending')
      throw new BusinessRuleError(
        'invalid-transition',
        `A transfer that is ${transfer.status} cannot be decided again.`,
        {
          status: transfer.status,
        },
      );
    return transfer;
  }
}

export function toTransferDto(t: Transfer, shareClassCode: string): TransferDto {
  return {
    id: t.id,
    fromMemberId: t.fromMemberId,
    toMemberId: t.toMemberId,
    shareClassCode,
    quantity: t.quantity,
    unitCents: t.unitCents,
    effectiveOn: t.effectiveOn,
    status: t.status,
    decidedOn: t.decidedOn,
    decisionRef: t.decisionRef,
    rejectionReason: t.rejectionReason,
    createdAt: t.createdAt,
  };
}
