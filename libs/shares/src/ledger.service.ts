import { Injectable } from '@nestjs/common';
import type { OrgContext } from '@socius/auth';
import { BusinessRuleError, decodeCursor, encodeCursor, NotFoundError, RequestContext } from '@socius/core';
import { pgCode, pgConstraint, PG } from '@socius/database';
import { DataSource, EntityManager } from 'typeorm';
import type { CapitalDto, HoldingsDto } from './dto/shares.dto';
import { GENESIS_HASH, HashedMovement, MovementKind, movementHash, verifyChain } from './ledger';

export interface NewMovement {
  effectiveOn: string;
  memberId: string;
  shareClassId: string;
  kind: MovementKind;
  quantity: number;
  unitCents: number;
  operationType: string;
  operationId: string | null;
  reversesSequence?: number | null;
}

export interface LedgerItem {
  sequence: number;
  effectiveOn: string;
  memberId: string;
  shareClassCode: string;
  kind: MovementKind;
  quantity: number;
  unitCents: number;
  amountCents: number;
  operationType: string;
  operationId: string | null;
  recordedAt: string;
  hash: string;
  previousHash: string;
}

/** where the capital at a date is computed from (tests compare them; the service takes the cheapest) */
export type Anchor = 'cheapest' | 'holdings' | 'snapshot';

const VERIFY_PAGE = 5_000;
/** up to this many movements dated after a day, counting back from the current holdings is cheapest */
const BACKWARD_LIMIT = 50_000;
/** memory for the capital statement's grouping (per query, freed at its end) */
const CAPITAL_WORK_MEM = '48MB';

/** Appends to and reads the legal register; the only writer of ledger_movements and holdings. */
@Injectable()
export class LedgerService {
  constructor(private readonly dataSource: DataSource) {}

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
      const { reversesSequence, ...fields } = m;
      const row: HashedMovement = { organizationId, sequence: ++sequence, ...fields, amountCents: m.quantity * m.unitCents, recordedAt, previousHash };
      const hash = movementHash(row);
      rows.push({ ...row, hash, reversesSequence: reversesSequence ?? null } as HashedMovement & { hash: string });
      previousHash = hash;
    }
    const col = <K extends keyof HashedMovement | 'hash'>(k: K) => rows.map((r) => (r as unknown as Record<string, unknown>)[k]);
    try {
      await em.query(
        `INSERT INTO ledger_movements (organization_id, sequence, effective_on, member_id, share_class_id, kind, quantity, unit_cents, amount_cents,
                                       operation_type, operation_id, recorded_by, recorded_at, previous_hash, hash, reverses_sequence)
         SELECT $1, * FROM unnest($2::bigint[], $3::date[], $4::uuid[], $5::uuid[], $6::text[], $7::int[], $8::bigint[], $9::bigint[],
                                  $10::text[], $11::uuid[], $12::uuid[], $13::timestamptz[], $14::text[], $15::text[], $16::bigint[])`,
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
          rows.map(() => recordedBy),
          col('recordedAt'),
          col('previousHash'),
          col('hash'),
          rows.map((r) => (r as unknown as { reversesSequence: number | null }).reversesSequence),
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
        throw new BusinessRuleError('insufficient-shares', 'The member does not hold enough shares of this class for this movement.', undefined, [{ field: 'quantity', message: 'is more than the member holds' }]);
      }
      throw error;
    }
    const capital = head.capitalCents + rows.reduce((s, r) => s + r.amountCents, 0);
    await em.query(
      `UPDATE ledger_heads SET last_sequence = $2, last_hash = $3, capital_cents = $4, highest_capital_cents = GREATEST(highest_capital_cents, $4) WHERE organization_id = $1`,
      [organizationId, sequence, previousHash, capital],
    );
    const codes = new Map<string, string>(
      (await em.query(`SELECT id, code FROM share_classes WHERE organization_id = $1 AND id = ANY($2::uuid[])`, [organizationId, [...new Set(rows.map((r) => r.shareClassId))]])).map((c: { id: string; code: string }) => [c.id, c.code]),
    );
    return rows.map((r) => ({ ...r, shareClassCode: codes.get(r.shareClassId)! }));
  }

  /**
   * Locks the organization's ledger head until commit: every operation that moves shares or checks
   * the capital floor queues here, so the capital it reads is the capital it changes.
   */
  async lockHead(em: EntityManager, organizationId: string): Promise<{ lastSequence: number; lastHash: string; capitalCents: number; highestCapitalCents: number }> {
    const select = `SELECT last_sequence, last_hash, capital_cents, highest_capital_cents FROM ledger_heads WHERE organization_id = $1 FOR UPDATE`;
    let [head] = await em.query(select, [organizationId]);
    if (!head) {
      await em.query(`INSERT INTO ledger_heads (organization_id, last_sequence, last_hash) VALUES ($1, 0, $2) ON CONFLICT DO NOTHING`, [organizationId, GENESIS_HASH]);
      [head] = await em.query(select, [organizationId]);
    }
    return { lastSequence: Number(head.last_sequence), lastHash: head.last_hash, capitalCents: Number(head.capital_cents), highestCapitalCents: Number(head.highest_capital_cents) };
  }

  /**
   * A query of every (member, class, quantity ≠ 0) at the end of a day, from the cheapest anchor:
   * the current holdings less what is dated later, when little is; otherwise the snapshot of the
   * last closed year before the date (immutable, since a closed year is locked) plus what came since.
   * Amounts are quantity × nominal: a class's nominal never changes.
   */
  async holdingsAtSql(em: EntityManager, organizationId: string, at: string, anchor: Anchor = 'cheapest'): Promise<{ sql: string; params: unknown[] }> {
    const [{ later }] = anchor !== 'cheapest' ? [{ later: anchor === 'holdings' ? 0 : BACKWARD_LIMIT }] : await em.query(
      `SELECT count(*)::int AS later FROM (SELECT 1 FROM ledger_movements WHERE organization_id = $1 AND effective_on > $2 LIMIT ${BACKWARD_LIMIT}) x`,
      [organizationId, at],
    );
    if (anchor === 'cheapest' && later === 0) {
      // nothing dated later: the holdings are the answer, one row per member and class already
      return { sql: `SELECT member_id, share_class_id, quantity FROM holdings WHERE organization_id = $1 AND quantity <> 0 AND $2::date IS NOT NULL`, params: [organizationId, at] };
    }
    if (later < BACKWARD_LIMIT) {
      return {
        sql: `SELECT member_id, share_class_id, sum(quantity) AS quantity FROM (
                SELECT member_id, share_class_id, quantity FROM holdings WHERE organization_id = $1 AND quantity <> 0
                UNION ALL
                SELECT member_id, share_class_id, -quantity FROM ledger_movements WHERE organization_id = $1 AND effective_on > $2) x
              GROUP BY member_id, share_class_id HAVING sum(quantity) <> 0`,
        params: [organizationId, at],
      };
    }
    const [{ snap }] = await em.query(`SELECT max(as_of) AS snap FROM holding_snapshots WHERE organization_id = $1 AND as_of <= $2`, [organizationId, at]);
    return {
      sql: `SELECT member_id, share_class_id, sum(quantity) AS quantity FROM (
              SELECT member_id, share_class_id, quantity FROM holding_snapshots WHERE organization_id = $1 AND as_of = $3
              UNION ALL
              SELECT member_id, share_class_id, quantity FROM ledger_movements WHERE organization_id = $1 AND effective_on <= $2 AND effective_on > coalesce($3::date, '-infinity')) x
            GROUP BY member_id, share_class_id HAVING sum(quantity) <> 0`,
      params: [organizationId, at, snap],
    };
  }

  /** Records the holdings at the end of a year being closed (under the ledger head lock). */
  async snapshot(em: EntityManager, organizationId: string, endOn: string): Promise<number> {
    const base = await this.holdingsAtSql(em, organizationId, endOn);
    const rows = await em.query(
      `INSERT INTO holding_snapshots (organization_id, as_of, member_id, share_class_id, quantity)
       SELECT $1, $2::date, member_id, share_class_id, quantity FROM (${base.sql.replaceAll('$2', '$2::date')}) h WHERE quantity > 0 RETURNING 1`,
      base.params,
    );
    return rows.length;
  }

  /** One member's holdings at the end of a day, from the register itself. */
  async holdingsAt(organizationId: string, memberId: string, at: string): Promise<HoldingsDto> {
    const rows: { code: string; quantity: number; amount: string }[] = await this.dataSource.query(
      `SELECT c.code, h.quantity, h.amount FROM (
         SELECT share_class_id, sum(quantity)::int AS quantity, sum(amount_cents) AS amount FROM ledger_movements
          WHERE organization_id = $1 AND member_id = $2 AND effective_on <= $3 GROUP BY share_class_id) h
       JOIN share_classes c ON c.id = h.share_class_id WHERE h.quantity <> 0 ORDER BY c.code`,
      [organizationId, memberId, at],
    );
    const classes = rows.map((r) => ({ shareClassCode: r.code, quantity: r.quantity, amountCents: Number(r.amount) }));
    return {
      memberId,
      at,
      totalQuantity: classes.reduce((s, c) => s + c.quantity, 0),
      totalCents: classes.reduce((s, c) => s + c.amountCents, 0),
      classes,
    };
  }

  /**
   * The capital at the end of a day, per class and per college, from the register: subscribed
   * (shares × nominal), called and paid (less what instalment subscriptions still owe), members.
   */
  async capitalAt(organizationId: string, at: string, anchor: Anchor = 'cheapest'): Promise<Omit<CapitalDto, 'floorCents' | 'highestCapitalCents' | 'minimumCapitalCents'>> {
    const em = this.dataSource.manager;
    const base = await this.holdingsAtSql(em, organizationId, at, anchor);
    type Row = { class_id: string | null; college_id: string | null; quantity: string; amount: string; members: number; grouping: number };
    // the four reads at once, on four connections
    const [rows, owed, classes, colleges] = await Promise.all([
      // grouping a row per member and class, and counting distinct members three ways, sorts a few
      // MB: given the memory, PostgreSQL does it in memory rather than in temporary files
      this.dataSource.transaction(async (tx): Promise<Row[]> => {
        await tx.query(`SET LOCAL work_mem = '${CAPITAL_WORK_MEM}'`);
        return tx.query(
          `WITH h AS (${base.sql})
           SELECT h.share_class_id AS class_id, m.college_id, sum(h.quantity) AS quantity, sum(h.quantity * c.nominal_cents) AS amount,
                  count(DISTINCT h.member_id)::int AS members, GROUPING(h.share_class_id, m.college_id)::int AS grouping
             FROM h JOIN members m ON m.organization_id = $1 AND m.id = h.member_id
                    JOIN share_classes c ON c.id = h.share_class_id
            GROUP BY GROUPING SETS ((h.share_class_id), (m.college_id), ())`,
          base.params,
        );
      }),
      // what instalment subscriptions had not yet called, and not yet paid, at that date
      this.dataSource.query(
        `SELECT s.share_class_id AS class_id,
                sum(s.amount_cents - s.called_cents + coalesce(later.called, 0)) AS uncalled,
                sum(s.amount_cents - coalesce(paid.paid, 0)) AS unpaid
           FROM subscriptions s
           LEFT JOIN LATERAL (SELECT sum(amount_cents) AS called FROM capital_calls c WHERE c.organization_id = $1 AND c.subscription_id = s.id AND c.called_on > $2) later ON true
           LEFT JOIN LATERAL (SELECT sum(amount_cents) AS paid FROM subscription_payments p WHERE p.organization_id = $1 AND p.subscription_id = s.id AND p.paid_on <= $2) paid ON true
          WHERE s.organization_id = $1 AND s.instalments AND s.status IN ('issued', 'defaulted') AND s.issued_on <= $2
          GROUP BY s.share_class_id`,
        [organizationId, at],
      ) as Promise<{ class_id: string; uncalled: string; unpaid: string }[]>,
      this.dataSource.query(`SELECT id, code, name, nominal_cents FROM share_classes WHERE organization_id = $1 ORDER BY code`, [organizationId]) as Promise<{ id: string; code: string; name: string; nominal_cents: string }[]>,
      this.dataSource.query(`SELECT id, code, name, weight_percent FROM colleges WHERE organization_id = $1 ORDER BY code`, [organizationId]) as Promise<{ id: string; code: string; name: string; weight_percent: string }[]>,
    ]);
    const owedBy = new Map(owed.map((o) => [o.class_id, { uncalled: Number(o.uncalled), unpaid: Number(o.unpaid) }]));
    const total = rows.find((r) => r.grouping === 3);
    const byClass = new Map(rows.filter((r) => r.grouping === 1).map((r) => [r.class_id, r]));
    const byCollege = new Map(rows.filter((r) => r.grouping === 2).map((r) => [r.college_id, r]));
    const classItems = classes.map((c) => {
      const r = byClass.get(c.id);
      const subscribed = Number(r?.amount ?? 0);
      const o = owedBy.get(c.id) ?? { uncalled: 0, unpaid: 0 };
      return {
        shareClassCode: c.code,
        name: c.name,
        nominalCents: Number(c.nominal_cents),
        quantity: Number(r?.quantity ?? 0),
        subscribedCents: subscribed,
        calledCents: subscribed - o.uncalled,
        paidCents: subscribed - o.unpaid,
        memberCount: r?.members ?? 0,
      };
    });
    const collegeItems = [
      ...colleges.map((c) => ({ collegeCode: c.code as string | null, name: c.name, weightPercent: Number(c.weight_percent), r: byCollege.get(c.id) })),
      ...(byCollege.has(null) ? [{ collegeCode: null, name: 'Sans collège', weightPercent: null, r: byCollege.get(null) }] : []),
    ].map(({ r, ...c }) => ({ ...c, quantity: Number(r?.quantity ?? 0), subscribedCents: Number(r?.amount ?? 0), memberCount: r?.members ?? 0 }));
    return {
      at,
      totalCents: Number(total?.amount ?? 0),
      calledCents: classItems.reduce((s, c) => s + c.calledCents, 0),
      paidCents: classItems.reduce((s, c) => s + c.paidCents, 0),
      totalShares: Number(total?.quantity ?? 0),
      memberCount: total?.members ?? 0,
      classes: classItems,
      colleges: collegeItems,
    };
  }

  /** The register as this caller may read it: a member, only their own movements (another member's is 404). */
  async listFor(ctx: OrgContext, filter: { memberId?: string; from?: string; to?: string; limit?: number; cursor?: string }): Promise<{ items: LedgerItem[]; total: number; nextCursor: string | null }> {
    if (ctx.role !== 'member') return this.list(ctx.organizationId, filter);
    if (filter.memberId && filter.memberId !== ctx.memberId) throw new NotFoundError('member');
    if (!ctx.memberId) return { items: [], total: 0, nextCursor: null };
    return this.list(ctx.organizationId, { ...filter, memberId: ctx.memberId });
  }

  async list(
    organizationId: string,
    filter: { memberId?: string; from?: string; to?: string; limit?: number; cursor?: string },
  ): Promise<{ items: LedgerItem[]; total: number; nextCursor: string | null }> {
    const where = ['l.organization_id = $1'];
    const params: unknown[] = [organizationId];
    if (filter.memberId) where.push(`l.member_id = $${params.push(filter.memberId)}`);
    if (filter.from) where.push(`l.effective_on >= $${params.push(filter.from)}`);
    if (filter.to) where.push(`l.effective_on <= $${params.push(filter.to)}`);
    const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM ledger_movements l WHERE ${where.join(' AND ')}`, params);
    const after = decodeCursor(filter.cursor, 1);
    if (after) where.push(`l.sequence > $${params.push(Number(after[0]))}`);
    const limit = filter.limit ?? 100;
    const rows = await this.dataSource.query(
      `SELECT l.*, c.code AS share_class_code FROM ledger_movements l JOIN share_classes c ON c.id = l.share_class_id
        WHERE ${where.join(' AND ')} ORDER BY l.sequence LIMIT ${limit + 1}`,
      params,
    );
    const items = rows.slice(0, limit).map(toItem);
    return { items, total: n, nextCursor: rows.length > limit ? encodeCursor([items[items.length - 1].sequence]) : null };
  }

  /** Re-verifies the whole chain, page by page; reports the first broken link. */
  async verify(organizationId: string): Promise<{ valid: boolean; movements: number; lastHash: string; firstBroken: { sequence: number; reason: string } | null }> {
    let expected = { sequence: 0, hash: GENESIS_HASH };
    let count = 0;
    for (;;) {
      const rows = await this.dataSource.query(
        `SELECT l.*, '' AS share_class_code FROM ledger_movements l WHERE organization_id = $1 AND sequence > $2 ORDER BY sequence LIMIT ${VERIFY_PAGE}`,
        [organizationId, expected.sequence],
      );
      const movements = rows.map((r: Record<string, unknown>) => ({ ...toItem(r), organizationId, shareClassId: r.share_class_id as string, memberId: r.member_id as string }));
      const broken = verifyChain(movements, expected);
      if (broken) return { valid: false, movements: count, lastHash: expected.hash, firstBroken: broken };
      if (!movements.length) break;
      count += movements.length;
      const last = movements[movements.length - 1];
      expected = { sequence: last.sequence, hash: last.hash };
      if (movements.length < VERIFY_PAGE) break;
    }
    const [head] = await this.dataSource.query(`SELECT last_sequence, last_hash FROM ledger_heads WHERE organization_id = $1`, [organizationId]);
    if (head && (Number(head.last_sequence) !== expected.sequence || head.last_hash !== expected.hash)) {
      return { valid: false, movements: count, lastHash: expected.hash, firstBroken: { sequence: expected.sequence + 1, reason: 'sequence-gap' } };
    }
    return { valid: true, movements: count, lastHash: expected.hash, firstBroken: null };
  }
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
