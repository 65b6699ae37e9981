import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { AuditService } from '@socius/audit';
import type { OrgContext } from '@socius/auth';
import {
  BusinessRuleError,
  decodeCursor,
  encodeCursor,
  MAX_CENTS,
  NotFoundError,
  RequestContext,
  ValidationError,
} from '@socius/core';
import { pgCode, pgConstraint, PG } from '@socius/database';
import { WebhookEvents } from '@socius/webhooks';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { memberLabel } from './common';
import type { ChainReportDto } from './dto/shares.dto';
import {
  GENESIS_HASH,
  HASH_VERSION,
  HashedMovement,
  LedgerItem,
  movementHash,
  NewMovement,
  PublishedAnchor,
  verifyChain,
} from './ledger';
import { LedgerRepository, MovementRow, ListedMovementRow } from './ledger.repository';

/** A movement as the register's pages list it: with who it is about. */
export interface LedgerRow extends LedgerItem {
  memberName: string;
  memberNumber: number | null;
}

const VERIFY_PAGE = 5_000;

/** The end of an organization's chain, as printed on statements and exports. */
export interface ChainHead {
  sequence: number;
  hash: string;
}

/** The audit action that records a published chain head (its `changes`: sequence, hash, source). */
export const LEDGER_ANCHORED = 'ledger.anchored';

/** Appends to and reads the legal register; the only writer of ledger_movements and holdings. */
@Injectable()
export class LedgerService implements OnModuleInit {
  private readonly logger = new Logger('Ledger');

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly webhookEvents: WebhookEvents,
    private readonly repository: LedgerRepository,
  ) {}

  onModuleInit(): void {
    this.webhookEvents.describe('movement', (organizationId, id) => this.movement(organizationId, id));
  }

  /** One movement as the register lists it; null when there is none of this id. */
  async movement(organizationId: string, id: string): Promise<LedgerItem | null> {
    const row = await this.repository.movement(this.dataSource.manager, organizationId, id);
    return row ? toItem(row) : null;
  }

  /**
   * Appends movements inside the caller's transaction: locks the organization's ledger head,
   * numbers and chains the movements, and moves the holdings — which the database keeps
   * non-negative, so a race that would oversell is refused rather than recorded.
   */
  async append(em: EntityManager, organizationId: string, movements: NewMovement[]): Promise<LedgerItem[]> {
    const head = await this.lockHead(em, organizationId);
    let sequence = head.lastSequence;
    let previousHash = head.lastHash;
    const recordedAt = new Date().toISOString();
    const recordedBy = RequestContext.current().userId ?? null;
    const rows: (HashedMovement & { hash: string })[] = [];
    for (const m of movements) {
      // every movement's amount stays an exact number (libs/core MAX_CENTS), whatever the path to it
      if (Math.abs(m.quantity * m.unitCents) > MAX_CENTS) {
        throw ValidationError.field('quantity', `times the nominal value exceeds ${MAX_CENTS} cents`);
      }
      const row: HashedMovement = {
        id: randomUUID(),
        organizationId,
        sequence: ++sequence,
        effectiveOn: m.effectiveOn,
        memberId: m.memberId,
        shareClassId: m.shareClassId,
        kind: m.kind,
        quantity: m.quantity,
        unitCents: m.unitCents,
        amountCents: m.quantity * m.unitCents,
        operationType: m.operationType,
        operationId: m.operationId,
        reversesSequence: m.reversesSequence ?? null,
        recordedBy,
        recordedAt,
        previousHash,
        hashVersion: HASH_VERSION,
      };
      const hash = movementHash(row);
      rows.push({ ...row, hash });
      previousHash = hash;
    }
    try {
      await this.repository.insertMovements(em, organizationId, rows, HASH_VERSION);
      // the ledger head lock taken above serializes these per organization
      for (const r of rows)
        await this.repository.moveHolding(em, organizationId, r.memberId, r.shareClassId, r.quantity);
    } catch (error) {
      if (pgCode(error) === PG.checkViolation && pgConstraint(error) === 'holdings_quantity_check') {
        throw new BusinessRuleError(
          'insufficient-shares',
          'The member does not hold enough shares of this class for this movement.',
          undefined,
          [{ field: 'quantity', message: 'is more than the member holds' }],
        );
      }
      throw error;
    }
    await this.webhookEvents.publishMany(
      em,
      organizationId,
      rows.map((r) => ({ type: 'movement.recorded', ids: { movementId: r.id, memberId: r.memberId } })),
    );
    const capital = head.capitalCents + rows.reduce((s, r) => s + r.amountCents, 0);
    await this.repository.advanceHead(em, organizationId, sequence, previousHash, capital);
    const codes = new Map<string, string>(
      (await this.repository.shareClassCodes(em, organizationId, [...new Set(rows.map((r) => r.shareClassId))])).map(
        (c) => [c.id, c.code],
      ),
    );
    return rows.map((r) => ({
      sequence: r.sequence,
      effectiveOn: r.effectiveOn,
      memberId: r.memberId,
      shareClassCode: codes.get(r.shareClassId)!,
      kind: r.kind,
      quantity: r.quantity,
      unitCents: r.unitCents,
      amountCents: r.amountCents,
      operationType: r.operationType,
      operationId: r.operationId,
      recordedAt: r.recordedAt,
      hash: r.hash,
      previousHash: r.previousHash,
    }));
  }

  /**
   * Locks the organization's ledger head until commit: every operation that moves shares or checks
   * the capital floor queues here, so the capital it reads is the capital it changes.
   */
  async lockHead(
    em: EntityManager,
    organizationId: string,
  ): Promise<{ lastSequence: number; lastHash: string; capitalCents: number; highestCapitalCents: number }> {
    let head = await this.repository.lockHead(em, organizationId);
    if (!head) {
      await this.repository.createHead(em, organizationId, GENESIS_HASH);
      head = (await this.repository.lockHead(em, organizationId))!;
    }
    return {
      lastSequence: Number(head.lastSequence),
      lastHash: head.lastHash,
      capitalCents: Number(head.capitalCents),
      highestCapitalCents: Number(head.highestCapitalCents),
    };
  }

  /** The register as this caller may read it: a member, only their own movements (another member's is 404). */
  async listFor(
    ctx: OrgContext,
    filter: { memberId?: string; from?: string; to?: string; limit?: number; cursor?: string },
  ): Promise<{ items: LedgerRow[]; total: number; nextCursor: string | null }> {
    if (ctx.role !== 'member') return this.list(ctx.organizationId, filter);
    if (filter.memberId && filter.memberId !== ctx.memberId) throw new NotFoundError('member');
    if (!ctx.memberId) return { items: [], total: 0, nextCursor: null };
    return this.list(ctx.organizationId, { ...filter, memberId: ctx.memberId });
  }

  async list(
    organizationId: string,
    filter: { memberId?: string; from?: string; to?: string; limit?: number; cursor?: string },
  ): Promise<{ items: LedgerRow[]; total: number; nextCursor: string | null }> {
    const where = ['l.organization_id = $1'];
    const params: unknown[] = [organizationId];
    if (filter.memberId) where.push(`l.member_id = $${params.push(filter.memberId)}`);
    if (filter.from) where.push(`l.effective_on >= $${params.push(filter.from)}`);
    if (filter.to) where.push(`l.effective_on <= $${params.push(filter.to)}`);
    const n = await this.repository.count(this.dataSource.manager, where, params);
    const after = decodeCursor(filter.cursor, 1);
    if (after) where.push(`l.sequence > $${params.push(Number(after[0]))}`);
    const limit = filter.limit ?? 100;
    const rows = await this.repository.listWithMembers(this.dataSource.manager, where, params, limit + 1);
    const items = rows.slice(0, limit).map((r): LedgerRow => {
      const member = memberLabel({
        kind: r.memberKind,
        firstName: r.firstName,
        lastName: r.lastName,
        companyName: r.companyName,
        membershipNumber: r.membershipNumber === null ? null : Number(r.membershipNumber),
      });
      return { ...toItem(r), memberName: member.name, memberNumber: member.number };
    });
    return {
      items,
      total: n,
      nextCursor: rows.length > limit ? encodeCursor([items[items.length - 1].sequence]) : null,
    };
  }

  /** The end of the organization's chain now (sequence 0 and the genesis hash when it is empty). */
  async head(em: EntityManager, organizationId: string): Promise<ChainHead> {
    const head = await this.repository.head(em, organizationId);
    return head ? { sequence: Number(head.lastSequence), hash: head.lastHash } : { sequence: 0, hash: GENESIS_HASH };
  }

  /**
   * Publishes the chain's head: returns it to be printed on the statement or export being produced,
   * records it in the audit log and writes it to the application's log (outside the database). A
   * chain rewritten later, even consistently, no longer gives this hash at this sequence, and
   * `verify` says so. `em`: the caller's transaction, if any.
   */
  async anchor(
    em: EntityManager | null,
    organizationId: string,
    source: string,
    subject: Record<string, unknown> = {},
  ): Promise<ChainHead> {
    const record = async (tx: EntityManager) => {
      const head = await this.head(tx, organizationId);
      await this.audit.record(tx, {
        organizationId,
        action: LEDGER_ANCHORED,
        entityType: 'ledger',
        entityId: String(head.sequence),
        changes: { sequence: head.sequence, hash: head.hash, source, ...subject },
      });
      return head;
    };
    const head = em ? await record(em) : await this.dataSource.transaction(record);
    this.logger.log(`chain head of ${organizationId} published (${source}): ${head.sequence} ${head.hash}`);
    return head;
  }

  /**
   * Re-verifies the whole chain, page by page, against every head published (the audit log's
   * anchors, and `published`: one read off a statement or an export) and reports the first broken
   * link. The anchors are what a chain rewritten consistently by the owner of the table fails.
   */
  async verify(organizationId: string, published?: { sequence: number; hash: string }): Promise<ChainReportDto> {
    const anchors = new Map<number, PublishedAnchor[]>();
    const recorded = await this.repository.anchors(this.dataSource.manager, organizationId, LEDGER_ANCHORED);
    const all: PublishedAnchor[] = recorded.map((r) => ({
      sequence: Number(r.sequence),
      hash: r.hash,
      source: r.source ?? 'audit',
      publishedAt: r.at.toISOString(),
    }));
    if (published) all.push({ ...published, source: 'query', publishedAt: null });
    for (const a of all) anchors.set(a.sequence, [...(anchors.get(a.sequence) ?? []), a]);

    let expected = { sequence: 0, hash: GENESIS_HASH, hashVersion: 1 };
    let count = 0;
    const report = (firstBroken: ChainReportDto['firstBroken']): ChainReportDto => ({
      valid: firstBroken === null,
      movements: count,
      lastSequence: expected.sequence,
      lastHash: expected.hash,
      anchorsChecked: all.length,
      firstBroken,
    });
    const genesis = anchors.get(0)?.find((a) => a.hash !== GENESIS_HASH);
    if (genesis) return report({ sequence: 0, reason: 'anchor-mismatch', anchor: genesis });
    for (;;) {
      const rows = await this.repository.movementsAfter(
        this.dataSource.manager,
        organizationId,
        expected.sequence,
        VERIFY_PAGE,
      );
      const movements = rows.map(toHashed);
      const broken = verifyChain(movements, expected, anchors);
      if (broken) {
        // the report's end of the chain: the last movement verified before the break
        const sound = movements.filter((m) => m.sequence < broken.sequence);
        count += sound.length;
        if (sound.length) expected = { ...sound[sound.length - 1] };
        return report(broken);
      }
      if (!movements.length) break;
      count += movements.length;
      const last = movements[movements.length - 1];
      expected = { sequence: last.sequence, hash: last.hash, hashVersion: last.hashVersion };
      if (movements.length < VERIFY_PAGE) break;
    }
    // a published head beyond the end: movements were taken away since
    const beyond = all.filter((a) => a.sequence > expected.sequence).sort((a, b) => a.sequence - b.sequence)[0];
    if (beyond) return report({ sequence: beyond.sequence, reason: 'anchor-mismatch', anchor: beyond });
    const head = await this.repository.head(this.dataSource.manager, organizationId);
    if (head && (Number(head.lastSequence) !== expected.sequence || head.lastHash !== expected.hash)) {
      return report({ sequence: expected.sequence + 1, reason: 'sequence-gap' });
    }
    return report(null);
  }
}

/** A row of ledger_movements as the hash sees it. */
function toHashed(r: MovementRow): HashedMovement & { hash: string } {
  return {
    id: r.id,
    organizationId: r.organizationId,
    sequence: Number(r.sequence),
    effectiveOn: r.effectiveOn,
    memberId: r.memberId,
    shareClassId: r.shareClassId,
    kind: r.kind,
    quantity: r.quantity,
    unitCents: Number(r.unitCents),
    amountCents: Number(r.amountCents),
    operationType: r.operationType,
    operationId: r.operationId,
    reversesSequence: r.reversesSequence === null ? null : Number(r.reversesSequence),
    recordedBy: r.recordedBy,
    recordedAt: r.recordedAt.toISOString(),
    previousHash: r.previousHash,
    hashVersion: Number(r.hashVersion),
    hash: r.hash,
  };
}

function toItem(r: ListedMovementRow): LedgerItem {
  return {
    sequence: Number(r.sequence),
    effectiveOn: r.effectiveOn,
    memberId: r.memberId,
    shareClassCode: r.shareClassCode,
    kind: r.kind,
    quantity: r.quantity,
    unitCents: Number(r.unitCents),
    amountCents: Number(r.amountCents),
    operationType: r.operationType,
    operationId: r.operationId,
    recordedAt: r.recordedAt.toISOString(),
    hash: r.hash,
    previousHash: r.previousHash,
  };
}
