import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { OrgContext } from '@socius/auth';
import { AuditService } from '@socius/audit';
import {
  BusinessRuleError,
  FieldProblem,
  NotFoundError,
  normalizeIban,
  PageQuery,
  ValidationError,
} from '@socius/core';
import { IdempotencyService } from '@socius/database';
import { DataSource, EntityManager, In } from 'typeorm';
import * as entries from './accounting';
import { BooksService } from './books.service';
import { keysetPage, personName } from './common';
import { CancelPayoutBatchDto, CreatePayoutBatchDto, PayoutBatchDto, PayoutBatchListDto } from './dto/shares.dto';
import { PayoutBatch, PayoutBatchItem } from './entities/payout-batch.entity';
import { Redemption } from './entities/redemption.entity';
import { fiscalYearOf } from './fiscal';
import { LedgerService } from './ledger.service';
import { PayoutBatchesRepository } from './payout-batches.repository';
import { buildPain001 } from './sepa';

/**
 * SEPA payout files as recorded batches. A file pays only redemptions whose value is final — the
 * fiscal year of their effective date is closed, so the member's share of that year's losses is
 * deducted (loi 47-1775 art. 18) — and that are due by its execution date (the payout date the board
 * set, at most five years after the effective date). Writing a file marks its redemptions paid and
 * books D 4567 / C 512; a redemption is in one live batch at most (a partial unique index), so no
 * two files pay it. Cancelling a file the bank did not execute reverses both.
 */
@Injectable()
export class PayoutBatchesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly idempotency: IdempotencyService,
    private readonly ledger: LedgerService,
    private readonly books: BooksService,
    private readonly audit: AuditService,
    private readonly repository: PayoutBatchesRepository,
  ) {}

  async create(ctx: OrgContext, dto: CreatePayoutBatchDto): Promise<PayoutBatchDto> {
    return this.idempotency.transaction(ctx.organizationId, (em) => this.createIn(em, ctx, dto));
  }

  /** Creates the batch in `em` and answers it; the file is `xml` of the stored row. */
  async createIn(em: EntityManager, ctx: OrgContext, dto: CreatePayoutBatchDto): Promise<PayoutBatchDto> {
    const org = ctx.organizationId;
    const ids = [...new Set(dto.redemptionIds)];
    if (!ids.length) throw ValidationError.field('redemptionIds', 'must name at least one redemption');
    // the ledger head first, as every operation on redemptions and the year's closing take it: one order, no deadlock
    await this.ledger.lockHead(em, org);
    const rows = await em
      .createQueryBuilder(Redemption, 'r')
      .innerJoinAndSelect('r.member', 'm')
      .where('r.organizationId = :org AND r.id IN (:...ids)', { org, ids })
      .orderBy('r.id')
      .setLock('pessimistic_write', undefined, ['r'])
      .getMany();
    const organization = await this.books.organization(em, org);
    const closed = new Set<string>(await this.repository.closedYearEnds(em, org));
    const inBatch = new Map<string, string>(
      rows.length
        ? (
            await this.repository.liveBatches(
              em,
              rows.map((r) => r.id),
            )
          ).map((x) => [x.redemptionId, x.messageId])
        : [],
    );
    const problems: FieldProblem[] = ids.flatMap((id, i) => {
      const field = `redemptionIds[${i}]`;
      const r = rows.find((x) => x.id === id);
      if (!r) return [{ field, message: 'no redemption has this id here' }];
      if (inBatch.has(id)) return [{ field, message: `is already paid by the SEPA file ${inBatch.get(id)}` }];
      if (r.status !== 'approved') return [{ field, message: `is ${r.status}, not approved and unpaid` }];
      const year = fiscalYearOf(r.effectiveOn, organization.fiscalYearEnd);
      if (!closed.has(year.endOn))
        return [
          {
            field,
            message: `its value is not final until the fiscal year ending ${year.endOn} is closed (losses reduce it, loi 47-1775 art. 18)`,
          },
        ];
      if (!r.dueOn || r.dueOn > dto.executionOn)
        return [{ field, message: `is not due before ${r.dueOn ?? 'a payout date is set'}, after the execution date` }];
      if (!r.payeeIban) return [{ field, message: 'has no bank account for the payee: record one first' }];
      if (r.payoutCents <= 0) return [{ field, message: 'has nothing to pay' }];
      return [];
    });
    if (problems.length)
      throw new ValidationError(problems, 'Some redemptions cannot be paid by this transfer: see errors.');

    const id = randomUUID();
    const messageId = messageIdOf(id);
    const createdAt = new Date();
    const debtor = {
      name: dto.debtor.name || organization.name,
      iban: normalizeIban(dto.debtor.iban),
      bic: dto.debtor.bic ?? null,
    };
    const ordered = ids.map((rid) => rows.find((x) => x.id === rid)!);
    let xml: string;
    try {
      xml = buildPain001({
        messageId,
        createdAt,
        executionDate: dto.executionOn,
        debtor,
        transfers: ordered.map((r) => ({
          endToEndId: endToEndIdOf(r.id),
          amountCents: r.payoutCents,
          creditor: { name: r.payeeName ?? personName(r.member!), iban: r.payeeIban!, bic: r.payeeBic },
          remittance: `Remboursement de ${r.quantity} parts sociales ${organization.name}`,
        })),
      });
    } catch (error) {
      throw ValidationError.field('redemptionIds', (error as Error).message);
    }
    const totalCents = ordered.reduce((s, r) => s + r.payoutCents, 0);
    const batch = await em.save(
      em.create(PayoutBatch, {
        id,
        organizationId: org,
        messageId,
        status: 'issued',
        executionOn: dto.executionOn,
        debtorName: debtor.name,
        debtorIban: debtor.iban,
        debtorBic: debtor.bic,
        transferCount: ordered.length,
        totalCents,
        xml,
        createdBy: ctx.userId,
        createdAt,
        cancelledAt: null,
        cancelReason: null,
      }),
    );
    await em.insert(
      PayoutBatchItem,
      ordered.map((r) => ({
        batchId: id,
        redemptionId: r.id,
        organizationId: org,
        amountCents: r.payoutCents,
        live: true,
      })),
    );
    for (const r of ordered) {
      r.status = 'paid';
      r.paidOn = dto.executionOn;
      r.paymentReference = messageId;
    }
    await em.save(ordered);
    await this.books.post(
      em,
      org,
      { date: dto.executionOn, pieceRef: messageId, sourceType: 'payout_batch', sourceId: id },
      entries.payoutBatchIssued(ordered.map((r) => ({ memberId: r.memberId, amountCents: r.payoutCents }))),
    );
    await this.audit.record(em, {
      organizationId: org,
      action: 'payout-batch.issued',
      entityType: 'payout_batch',
      entityId: id,
      changes: { messageId, redemptionIds: ids, executionOn: dto.executionOn, totalCents },
    });
    return this.toDto(em, batch);
  }

  /** Cancels a file the bank did not execute: its redemptions are unpaid again and free for another file. */
  async cancel(ctx: OrgContext, id: string, dto: CancelPayoutBatchDto): Promise<PayoutBatchDto> {
    return this.idempotency.transaction(ctx.organizationId, async (em) => {
      const org = ctx.organizationId;
      await this.ledger.lockHead(em, org);
      const batch = await em.findOne(PayoutBatch, {
        where: { organizationId: org, id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!batch) throw new NotFoundError('payout batch');
      if (batch.status !== 'issued')
        throw new BusinessRuleError(
          'invalid-transition',
          `A payout file that is ${batch.status} cannot be cancelled.`,
          {
            status: batch.status,
          },
        );
      const items = await em.find(PayoutBatchItem, { where: { batchId: id, live: true } });
      const redemptions = await em.find(Redemption, {
        where: { organizationId: org, id: In(items.map((i) => i.redemptionId)) },
        order: { id: 'ASC' },
        lock: { mode: 'pessimistic_write' },
      });
      // the reversal is dated like the payment, or today if later: the bank line and its reversal net out
      const today = await this.books.today(em, org);
      const date = today > batch.executionOn ? today : batch.executionOn;
      await this.books.post(
        em,
        org,
        { date, pieceRef: batch.messageId, sourceType: 'payout_batch_cancel', sourceId: id },
        entries.payoutBatchCancelled(
          items.map((i) => ({
            memberId: redemptions.find((r) => r.id === i.redemptionId)!.memberId,
            amountCents: i.amountCents,
          })),
        ),
      );
      await em.update(PayoutBatchItem, { batchId: id }, { live: false });
      for (const r of redemptions) {
        r.status = 'approved';
        r.paidOn = null;
        r.paymentReference = null;
      }
      await em.save(redemptions);
      batch.status = 'cancelled';
      batch.cancelledAt = new Date();
      batch.cancelReason = dto.reason.trim();
      await em.save(batch);
      await this.audit.record(em, {
        organizationId: org,
        action: 'payout-batch.cancelled',
        entityType: 'payout_batch',
        entityId: id,
        changes: {
          status: { from: 'issued', to: 'cancelled' },
          reason: batch.cancelReason,
          messageId: batch.messageId,
        },
      });
      return this.toDto(em, batch);
    });
  }

  async get(ctx: OrgContext, id: string): Promise<PayoutBatchDto> {
    return this.toDto(this.dataSource.manager, await this.find(ctx, id));
  }

  async file(ctx: OrgContext, id: string): Promise<{ fileName: string; xml: string }> {
    const batch = await this.find(ctx, id);
    return { fileName: fileNameOf(batch), xml: batch.xml };
  }

  async list(ctx: OrgContext, query: PageQuery): Promise<PayoutBatchListDto> {
    const qb = this.dataSource
      .getRepository(PayoutBatch)
      .createQueryBuilder('b')
      .where('b.organizationId = :org', { org: ctx.organizationId });
    const { rows, total, nextCursor } = await keysetPage(
      qb,
      { alias: 'b', property: 'createdAt', column: 'created_at', table: 'payout_batches', direction: 'DESC' },
      query,
    );
    const items: PayoutBatchDto[] = [];
    for (const b of rows) items.push(await this.toDto(this.dataSource.manager, b));
    return { items, total, nextCursor };
  }

  private async find(ctx: OrgContext, id: string): Promise<PayoutBatch> {
    const batch = await this.dataSource.manager.findOneBy(PayoutBatch, { organizationId: ctx.organizationId, id });
    if (!batch) throw new NotFoundError('payout batch');
    return batch;
  }

  private async toDto(em: EntityManager, b: PayoutBatch): Promise<PayoutBatchDto> {
    const items = await this.repository.items(em, b.id);
    return {
      id: b.id,
      messageId: b.messageId,
      status: b.status,
      executionOn: b.executionOn,
      debtor: { name: b.debtorName, iban: b.debtorIban, bic: b.debtorBic },
      transferCount: b.transferCount,
      totalCents: b.totalCents,
      fileName: fileNameOf(b),
      items: items.map((i) => ({
        redemptionId: i.redemptionId,
        memberId: i.memberId,
        amountCents: Number(i.amountCents),
        endToEndId: endToEndIdOf(i.redemptionId),
      })),
      createdAt: b.createdAt,
      cancelledAt: b.cancelledAt,
      cancelReason: b.cancelReason,
    };
  }
}

/** `SOC` and the batch id's 32 hex digits: 35 characters, the most MsgId allows, unique as the id is. */
export function messageIdOf(batchId: string): string {
  return `SOC${batchId.replaceAll('-', '').toUpperCase()}`;
}

function endToEndIdOf(redemptionId: string): string {
  return redemptionId.replaceAll('-', '');
}

function fileNameOf(b: PayoutBatch): string {
  return `${b.messageId}.xml`;
}
