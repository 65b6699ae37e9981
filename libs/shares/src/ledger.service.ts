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
import type { MemberKind } from '@socius/members';
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
  MovementKind,
  movementHash,
  NewMovement,
  PublishedAnchor,
  verifyChain,
} from './ledger';

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
  ) {}

  onModuleInit(): void {
    this.webhookEvents.describe('movement', (organizationId, id) => this.movement(organizationId, id));
  }

  /** One movement as the register lists it; null when there is none of this id. */
  async movement(organizationId: string, id: string): Promise<LedgerItem | null> {
    const [row] = await this.dataSource.query(
      `SELECT l.*, c.code AS share_class_code FROM ledger_movements l JOIN share_classes c ON c.id = l.share_class_id
        WHERE l.organization_id = $1 AND l.id = $2`,
      [organizationId, id],
    );
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
    const col = <K extends keyof HashedMovement | 'hash'>(k: K) => rows.map((r) => r[k]);
    try {
      await em.query(
        `INSERT INTO ledger_movements (id, organization_id, sequence, effective_on, member_id, share_class_id, kind, quantity, unit_cents, amount_cents,
                                       operation_type, operation_id, recorded_by, recorded_at, previous_hash, hash, reverses_sequence, hash_version)
         SELECT u.id, $1, u.sequence, u.effective_on, u.member_id, u.share_class_id, u.kind, u.quantity, u.unit_cents, u.amount_cents,
                u.operation_type, u.operation_id, u.recorded_by, u.recorded_at, u.previous_hash, u.hash, u.reverses_sequence, $18
           FROM unnest($2::bigint[], $3::date[], $4::uuid[], $5::uuid[], $6::text[], $7::int[], $8::bigint[], $9::bigint[],
                       $10::text[], $11::uuid[], $12::uuid[], $13::timestamptz[], $14::text[], $15::text[], $16::bigint[], $17::uuid[])
             AS u(sequence, effective_on, member_id, share_class_id, kind, quantity, unit_cents, amount_cents,
                  operation_type, operation_id, recorded_by, recorded_at, previous_hash, hash, reverses_sequence, id)`,
        [
          organizationId,
          col('sequence'),
          col('effectiveOn'),
          col('memberId'),
          col('shareClassId'),
          col('kind'),
          col('quantity'),
          col('unitCents'),
          col('amountCents'),
          col('operationType'),
          col('operationId'),
          col('recordedBy'),
          col('recordedAt'),
          col('previousHash'),
          col('hash'),
          col('reversesSequence'),
          col('id'),
          HASH_VERSION,
        ],
      );
      for (const r of rows) {
        // not INSERT ... ON CONFLICT: PostgreSQL checks the CHECK on the proposed row (a negative
        // quantity) before it sees the conflict, so every outgoing movement would be refused.
        // The ledger head lock taken above serializes these statements per organization.
        await em.query(
          `WITH moved AS (UPDATE holdings SET quantity = quantity + $4 WHERE organization_id = $1 AND member_id = $2 AND share_class_id = $3 RETURNING 1)
           INSERT INTO holdings (organization_id, member_id, share_class_id, quantity) SELECT $1, $2, $3, $4 WHERE NOT EXISTS (SELECT 1 FROM moved)`,
          [organizationId, r.memberId, r.shareClassId, r.quantity],
        );
      }
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
    await em.query(
      `UPDATE ledger_heads SET last_sequence = $2, last_hash = $3, capital_cents = $4, highest_capital_cents = GREATEST(highest_capital_cents, $4) WHERE organization_id = $1`,
      [organizationId, sequence, previousHash, capital],
    );
    const codes = new Map<string, string>(
      (
        await em.query(`SELECT id, code FROM share_classes WHERE organization_id = $1 AND id = ANY($2::uuid[])`, [
          organizationId,
          [...new Set(rows.map((r) => r.shareClassId))],
        ])
      ).map((c: { id: string; code: string }) => [c.id, c.code]),
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
    const select = `SELECT last_sequence, last_hash, capital_cents, highest_capital_cents FROM ledger_heads WHERE organization_id = $1 FOR UPDATE`;
    let [head] = await em.query(select, [organizationId]);
    if (!head) {
      await em.query(
        `INSERT INTO ledger_heads (organization_id, last_sequence, last_hash) VALUES ($1, 0, $2) ON CONFLICT DO NOTHING`,
        [organizationId, GENESIS_HASH],
      );
      [head] = await em.query(select, [organizationId]);
    }
    return {
      lastSequence: Number(head.last_sequence),
      lastHash: head.last_hash,
      capitalCents: Number(head.capital_cents),
      highestCapitalCents: Number(head.highest_capital_cents),
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
    const [{ n }] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM ledger_movements l WHERE ${where.join(' AND ')}`,
      params,
    );
    const after = decodeCursor(filter.cursor, 1);
    if (after) where.push(`l.sequence > $${params.push(Number(after[0]))}`);
    const limit = filter.limit ?? 100;
    const rows = await this.dataSource.query(
      `SELECT l.*, c.code AS share_class_code,
              m.kind AS member_kind, m.first_name, m.last_name, m.company_name, m.membership_number
         FROM ledger_movements l
         JOIN share_classes c ON c.id = l.share_class_id
         JOIN members m ON m.organization_id = l.organization_id AND m.id = l.member_id
        WHERE ${where.join(' AND ')} ORDER BY l.sequence LIMIT ${limit + 1}`,
      params,
    );
    const items = rows.slice(0, limit).map((r: Record<string, unknown>): LedgerRow => {
      const member = memberLabel({
        kind: r.member_kind as MemberKind,
        firstName: r.first_name as string | null,
        lastName: r.last_name as string | null,
        companyName: r.company_name as string | null,
        membershipNumber: r.membership_number === null ? null : Number(r.membership_number),
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
    const [head] = await em.query(`SELECT last_sequence, last_hash FROM ledger_heads WHERE organization_id = $1`, [
      organizationId,
    ]);
    return head ? { sequence: Number(head.last_sequence), hash: head.last_hash } : { sequence: 0, hash: GENESIS_HASH };
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
    const recorded: { sequence: string; hash: string; source: string | null; at: Date }[] = await this.dataSource.query(
      `SELECT DISTINCT ON (changes->>'sequence', changes->>'hash') changes->>'sequence' AS sequence, changes->>'hash' AS hash,
              changes->>'source' AS source, at
         FROM audit_log WHERE organization_id = $1 AND entity_type = 'ledger' AND action = $2
        ORDER BY changes->>'sequence', changes->>'hash', id`,
      [organizationId, LEDGER_ANCHORED],
    );
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
      const rows: Record<string, unknown>[] = await this.dataSource.query(
        `SELECT * FROM ledger_movements WHERE organization_id = $1 AND sequence > $2 ORDER BY sequence LIMIT ${VERIFY_PAGE}`,
        [organizationId, expected.sequence],
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
    const [head] = await this.dataSource.query(
      `SELECT last_sequence, last_hash FROM ledger_heads WHERE organization_id = $1`,
      [organizationId],
    );
    if (head && (Number(head.last_sequence) !== expected.sequence || head.last_hash !== expected.hash)) {
      return report({ sequence: expected.sequence + 1, reason: 'sequence-gap' });
    }
    return report(null);
  }
}

/** A row of ledger_movements (SELECT *) as the hash sees it. */
function toHashed(r: Record<string, unknown>): HashedMovement & { hash: string } {
  return {
    id: r.id as string,
    organizationId: r.organization_id as string,
    sequence: Number(r.sequence),
    effectiveOn: r.effective_on as string,
    memberId: r.member_id as string,
    shareClassId: r.share_class_id as string,
    kind: r.kind as MovementKind,
    quantity: r.quantity as number,
    unitCents: Number(r.unit_cents),
    amountCents: Number(r.amount_cents),
    operationType: r.operation_type as string,
    operationId: r.operation_id as string | null,
    reversesSequence: r.reverses_sequence === null ? null : Number(r.reverses_sequence),
    recordedBy: r.recorded_by as string | null,
    recordedAt: (r.recorded_at as Date).toISOString(),
    previousHash: r.previous_hash as string,
    hashVersion: Number(r.hash_version),
    hash: r.hash as string,
  };
}

function toItem(r: Record<string, unknown>): LedgerItem {
  return {
    sequence: Number(r.sequence),
    effectiveOn: r.effective_on as string,
    memberId: r.member_id as string,
    shareClassCode: r.share_class_code as string,
    kind: r.kind as MovementKind,
    quantity: r.quantity as number,
    unitCents: Number(r.unit_cents),
    amountCents: Number(r.amount_cents),
    operationType: r.operation_type as string,
    operationId: r.operation_id as string | null,
    recordedAt: (r.recorded_at as Date).toISOString(),
    hash: r.hash as string,
    previousHash: r.previous_hash as string,
  };
}
