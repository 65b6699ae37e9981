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
import type { CapitalDto, ChainReportDto, HoldingsDto } from './dto/shares.dto';
import type { Tally } from './entities/capital-day.entity';
import {
  GENESIS_HASH,
  HASH_VERSION,
  HashedMovement,
  MovementKind,
  movementHash,
  PublishedAnchor,
  verifyChain,
} from './ledger';

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

/** A movement as the register's pages list it: with who it is about. */
export interface LedgerRow extends LedgerItem {
  memberName: string;
  memberNumber: number | null;
}

/** where every holding at a date is computed from (tests compare them; the service takes the cheapest) */
export type Anchor = 'cheapest' | 'holdings' | 'snapshot';
/**
 * where the capital statement at a date is computed from: those of Anchor regroup every holding at
 * the date; 'days' is the tally recorded for that day when its year was closed; 'totals' is the
 * tally of the last snapshot before the date plus the change of the members who moved since.
 * The service takes 'days' inside a closed year, 'totals' after the last one when not too many
 * movements came since, the cheapest of Anchor otherwise.
 */
export type CapitalAnchor = Anchor | 'days' | 'totals';

/** a tally recorded at a close, and the members whose college changed since (with the college it counted them in) */
interface RecordedTally {
  tally: Tally;
  changed: [string, string | null][];
}

const VERIFY_PAGE = 5_000;
/** up to this many movements dated after a day, counting back from the current holdings is cheapest */
const BACKWARD_LIMIT = 50_000;
/** memory for the capital statement's grouping (per query, freed at its end) */
const CAPITAL_WORK_MEM = '48MB';
/**
 * from a snapshot's tally, regrouping the members who moved since costs about as much as
 * regrouping every holding once this many movements separate the date from the snapshot
 */
const DELTA_LIMIT = 100_000;
/** past this many members whose college changed since a tally, correcting it costs about as much as regrouping every holding */
const CHANGED_LIMIT = 2_000;
/**
 * a close records anew the tallies of an earlier year when more college changes than this came
 * after them (about a second per year of 100,000 movements, under the ledger head lock: rarely)
 */
const STALE_TALLIES = 1_000;

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

  /**
   * A query of every (member, class, quantity ≠ 0) at the end of a day, from the cheapest anchor:
   * the current holdings less what is dated later, when little is; otherwise the snapshot of the
   * last closed year before the date (immutable, since a closed year is locked) plus what came since.
   * Amounts are quantity × nominal: a class's nominal never changes.
   */
  async holdingsAtSql(
    em: EntityManager,
    organizationId: string,
    at: string,
    anchor: Anchor = 'cheapest',
  ): Promise<{ sql: string; params: unknown[] }> {
    const [{ later }] =
      anchor !== 'cheapest'
        ? [{ later: anchor === 'holdings' ? 0 : BACKWARD_LIMIT }]
        : await em.query(
            `SELECT count(*)::int AS later FROM (SELECT 1 FROM ledger_movements WHERE organization_id = $1 AND effective_on > $2 LIMIT ${BACKWARD_LIMIT}) x`,
            [organizationId, at],
          );
    if (anchor === 'cheapest' && later === 0) {
      // nothing dated later: the holdings are the answer, one row per member and class already
      return {
        sql: `SELECT member_id, share_class_id, quantity FROM holdings WHERE organization_id = $1 AND quantity <> 0 AND $2::date IS NOT NULL`,
        params: [organizationId, at],
      };
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
    const [{ snap }] = await em.query(
      `SELECT max(as_of) AS snap FROM holding_snapshots WHERE organization_id = $1 AND as_of <= $2`,
      [organizationId, at],
    );
    return {
      sql: `SELECT member_id, share_class_id, sum(quantity) AS quantity FROM (
              SELECT member_id, share_class_id, quantity FROM holding_snapshots WHERE organization_id = $1 AND as_of = $3
              UNION ALL
              SELECT member_id, share_class_id, quantity FROM ledger_movements WHERE organization_id = $1 AND effective_on <= $2 AND effective_on > coalesce($3::date, '-infinity')) x
            GROUP BY member_id, share_class_id HAVING sum(quantity) <> 0`,
      params: [organizationId, at, snap],
    };
  }

  /**
   * Records, at the close of a fiscal year (under the ledger head lock), the holdings at its end,
   * each with the member's college, and the statement's tallies over the year (see capitalAt and
   * the CapitalSnapshotTotals migration). Both count members in their college as it is while the
   * version of the colleges is share-locked, and record that version.
   */
  async snapshot(em: EntityManager, organizationId: string, endOn: string): Promise<number> {
    await em.query(
      `INSERT INTO member_college_versions (organization_id, version) VALUES ($1, 0) ON CONFLICT DO NOTHING`,
      [organizationId],
    );
    const [{ version }] = await em.query(
      `SELECT version FROM member_college_versions WHERE organization_id = $1 FOR SHARE`,
      [organizationId],
    );
    const base = await this.holdingsAtSql(em, organizationId, endOn);
    const rows = await em.query(
      `INSERT INTO holding_snapshots (organization_id, as_of, member_id, share_class_id, quantity, college_id)
       SELECT $1, $2::date, h.member_id, h.share_class_id, h.quantity, m.college_id
         FROM (${base.sql.replaceAll('$2', '$2::date')}) h JOIN members m ON m.organization_id = $1 AND m.id = h.member_id
        WHERE h.quantity > 0 RETURNING 1`,
      base.params,
    );
    const tallies = `INSERT INTO capital_days (organization_id, year_end, day, college_version, tally)
       SELECT $1, $3::date, day, $4, tally FROM socius_capital_days($1, $2::date, $3::date)`;
    const years: { start_on: string; end_on: string; stale: boolean }[] = await em.query(
      `SELECT y.start_on, y.end_on, y.end_on <> $2 AND (SELECT count(*) FROM member_college_changes c WHERE c.organization_id = $1 AND c.version > d.version) > ${STALE_TALLIES} AS stale
         FROM fiscal_years y LEFT JOIN LATERAL (SELECT max(college_version) AS version FROM capital_days WHERE organization_id = $1 AND year_end = y.end_on) d ON true
        WHERE y.organization_id = $1 AND (y.status = 'closed' OR y.end_on = $2) AND y.end_on <= $2 ORDER BY y.end_on`,
      [organizationId, endOn],
    );
    for (const y of years.filter((y) => y.end_on === endOn || y.stale)) {
      if (y.end_on !== endOn) {
        // an earlier year whose tallies many college changes came after: recorded anew (and its
        // snapshot's colleges), as the statement would correct them, so it need not any more
        await em.query(`DELETE FROM capital_days WHERE organization_id = $1 AND year_end = $2`, [
          organizationId,
          y.end_on,
        ]);
        await em.query(
          `UPDATE holding_snapshots s SET college_id = m.college_id FROM members m
            WHERE s.organization_id = $1 AND s.as_of = $2 AND m.organization_id = $1 AND m.id = s.member_id AND s.college_id IS DISTINCT FROM m.college_id`,
          [organizationId, y.end_on],
        );
      }
      await em.query(tallies, [organizationId, y.start_on, y.end_on, version]);
    }
    // the changes every recorded tally has seen
    await em.query(
      `DELETE FROM member_college_changes WHERE organization_id = $1 AND version <= (SELECT min(college_version) FROM capital_days WHERE organization_id = $1)`,
      [organizationId],
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
  async capitalAt(
    organizationId: string,
    at: string,
    anchor: CapitalAnchor = 'cheapest',
  ): Promise<Omit<CapitalDto, 'floorCents' | 'highestCapitalCents' | 'minimumCapitalCents'>> {
    // the four reads at once, on four connections
    const [tally, owed, classes, colleges] = await Promise.all([
      this.tallyAt(organizationId, at, anchor),
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
      this.dataSource.query(
        `SELECT id, code, name, nominal_cents FROM share_classes WHERE organization_id = $1 ORDER BY code`,
        [organizationId],
      ) as Promise<{ id: string; code: string; name: string; nominal_cents: string }[]>,
      this.dataSource.query(
        `SELECT id, code, name, weight_percent FROM colleges WHERE organization_id = $1 ORDER BY code`,
        [organizationId],
      ) as Promise<{ id: string; code: string; name: string; weight_percent: string }[]>,
    ]);
    const nominal = new Map(classes.map((c) => [c.id, Number(c.nominal_cents)]));
    const byClass = new Map<string, { quantity: number; members: number }>();
    const byCollege = new Map<string | null, { quantity: number; amount: number; members: number }>();
    const college = (id: string | null) =>
      byCollege.get(id) ?? byCollege.set(id, { quantity: 0, amount: 0, members: 0 }).get(id)!;
    for (const [classId, collegeId, quantity, holders] of tally.cells) {
      const c = byClass.get(classId) ?? byClass.set(classId, { quantity: 0, members: 0 }).get(classId)!;
      c.quantity += quantity;
      c.members += holders;
      const k = college(collegeId);
      k.quantity += quantity;
      k.amount += quantity * (nominal.get(classId) ?? 0);
    }
    for (const [collegeId, members] of tally.colleges) college(collegeId).members += members;
    const owedBy = new Map(owed.map((o) => [o.class_id, { uncalled: Number(o.uncalled), unpaid: Number(o.unpaid) }]));
    const classItems = classes.map((c) => {
      const r = byClass.get(c.id);
      const subscribed = (r?.quantity ?? 0) * Number(c.nominal_cents);
      const o = owedBy.get(c.id) ?? { uncalled: 0, unpaid: 0 };
      return {
        shareClassCode: c.code,
        name: c.name,
        nominalCents: Number(c.nominal_cents),
        quantity: r?.quantity ?? 0,
        subscribedCents: subscribed,
        calledCents: subscribed - o.uncalled,
        paidCents: subscribed - o.unpaid,
        memberCount: r?.members ?? 0,
      };
    });
    // members without a college, when there are any at that date
    const none = byCollege.get(null);
    const collegeItems = [
      ...colleges.map((c) => ({
        collegeCode: c.code as string | null,
        name: c.name,
        weightPercent: Number(c.weight_percent) as number | null,
        r: byCollege.get(c.id),
      })),
      ...(none && none.members > 0 ? [{ collegeCode: null, name: 'Sans collège', weightPercent: null, r: none }] : []),
    ].map(({ r, ...c }) => ({
      ...c,
      quantity: r?.quantity ?? 0,
      subscribedCents: r?.amount ?? 0,
      memberCount: r?.members ?? 0,
    }));
    return {
      at,
      totalCents: classItems.reduce((s, c) => s + c.subscribedCents, 0),
      calledCents: classItems.reduce((s, c) => s + c.calledCents, 0),
      paidCents: classItems.reduce((s, c) => s + c.paidCents, 0),
      totalShares: classItems.reduce((s, c) => s + c.quantity, 0),
      memberCount: tally.members,
      classes: classItems,
      colleges: collegeItems,
    };
  }

  /**
   * The statement's figures at the end of a day, read in one repeatable-read transaction (so the
   * recorded tallies, the movements, the college changes and the members are seen at one instant).
   */
  private tallyAt(organizationId: string, at: string, anchor: CapitalAnchor): Promise<Tally> {
    return this.dataSource.transaction('REPEATABLE READ', async (tx) => {
      // regrouping many members sorts and hashes a few MB: given the memory, PostgreSQL does it in
      // memory rather than in temporary files; compiling these short queries would cost more than it saves
      await tx.query(`SELECT set_config('work_mem', $1, true), set_config('jit', 'off', true)`, [CAPITAL_WORK_MEM]);
      if (anchor === 'holdings' || anchor === 'snapshot') return this.tallyOfHoldings(tx, organizationId, at, anchor);
      // the members whose college changed since a tally was recorded, each with the college it counted them in
      const changed = (tally: string) => `(
        SELECT coalesce(jsonb_agg(jsonb_build_array(c.member_id, c.old_college_id)), '[]') FROM (
          SELECT DISTINCT ON (member_id) member_id, old_college_id FROM member_college_changes
           WHERE organization_id = $1 AND version > ${tally}.college_version ORDER BY member_id, version) c)`;
      const [{ day, last }]: {
        day: RecordedTally | null;
        last: (RecordedTally & { as_of: string; movements: number }) | null;
      }[] = await tx.query(
        `WITH d AS (SELECT college_version, tally FROM capital_days WHERE organization_id = $1 AND year_end >= $2 AND day <= $2 ORDER BY year_end, day DESC LIMIT 1),
              s AS (SELECT max(as_of) AS as_of FROM holding_snapshots WHERE organization_id = $1 AND as_of <= $2)
         SELECT (SELECT jsonb_build_object('tally', d.tally, 'changed', ${changed('d')}) FROM d) AS day,
                CASE WHEN $3 OR NOT EXISTS (SELECT FROM d) THEN (
                  SELECT jsonb_build_object('as_of', s.as_of, 'tally', t.tally, 'changed', ${changed('t')},
                         'movements', (SELECT count(*) FROM (SELECT FROM ledger_movements WHERE organization_id = $1 AND effective_on > s.as_of AND effective_on <= $2 LIMIT ${DELTA_LIMIT}) x))
                    FROM s CROSS JOIN LATERAL (SELECT college_version, tally FROM capital_days WHERE organization_id = $1 AND year_end = s.as_of ORDER BY day DESC LIMIT 1) t)
                END AS last`,
        [organizationId, at, anchor === 'totals'],
      );
      if (anchor === 'days' || (anchor === 'cheapest' && day && day.changed.length <= CHANGED_LIMIT)) {
        if (!day) throw new Error(`no closed year holds ${at}`);
        return this.tallyFromDay(tx, organizationId, at, day);
      }
      if (anchor === 'totals' || (last && last.movements < DELTA_LIMIT && last.changed.length <= CHANGED_LIMIT)) {
        if (!last) throw new Error(`no snapshot on or before ${at}`);
        return this.tallyFromSnapshot(tx, organizationId, at, last.as_of, last);
      }
      return this.tallyOfHoldings(tx, organizationId, at, 'cheapest');
    });
  }

  /** Regroups every (member, class) holding at the date, from the anchor of holdingsAtSql. */
  private async tallyOfHoldings(em: EntityManager, organizationId: string, at: string, anchor: Anchor): Promise<Tally> {
    const base = await this.holdingsAtSql(em, organizationId, at, anchor);
    const rows: {
      class_id: string | null;
      college_id: string | null;
      quantity: string;
      holders: string;
      members: string;
      grouping: number;
    }[] = await em.query(
      `WITH h AS (${base.sql})
       SELECT h.share_class_id AS class_id, m.college_id, sum(h.quantity) AS quantity, count(*) AS holders,
              count(DISTINCT h.member_id) AS members, GROUPING(h.share_class_id, m.college_id)::int AS grouping
         FROM h JOIN members m ON m.organization_id = $1 AND m.id = h.member_id
        GROUP BY GROUPING SETS ((h.share_class_id, m.college_id), (m.college_id), ())`,
      base.params,
    );
    return {
      cells: rows
        .filter((r) => r.grouping === 0)
        .map((r) => [r.class_id!, r.college_id, Number(r.quantity), Number(r.holders)]),
      colleges: rows.filter((r) => r.grouping === 2).map((r) => [r.college_id, Number(r.members)]),
      members: Number(rows.find((r) => r.grouping === 3)?.members ?? 0),
    };
  }

  /**
   * Inside a closed year: the tally recorded for the day, with the members whose college changed
   * since moved from the college it counted them in to their college now (their holdings at the
   * date from the ledger itself).
   */
  private async tallyFromDay(
    em: EntityManager,
    organizationId: string,
    at: string,
    day: RecordedTally,
  ): Promise<Tally> {
    if (!day.changed.length) return day.tally;
    const counted = new Map(day.changed);
    const rows: { member_id: string; class_id: string; quantity: number; college_id: string | null }[] = await em.query(
      `SELECT h.member_id, h.share_class_id AS class_id, h.quantity, m.college_id FROM (
         SELECT member_id, share_class_id, sum(quantity)::int AS quantity FROM ledger_movements
          WHERE organization_id = $1 AND member_id = ANY ($2::uuid[]) AND effective_on <= $3 GROUP BY member_id, share_class_id HAVING sum(quantity) <> 0) h
       JOIN members m ON m.organization_id = $1 AND m.id = h.member_id`,
      [organizationId, [...counted.keys()], at],
    );
    const change = { cells: [] as Tally['cells'], colleges: [] as Tally['colleges'], members: 0 };
    for (const r of rows)
      change.cells.push(
        [r.class_id, counted.get(r.member_id)!, -r.quantity, -1],
        [r.class_id, r.college_id, r.quantity, 1],
      );
    for (const [memberId, collegeId] of new Map(rows.map((r) => [r.member_id, r.college_id])))
      change.colleges.push([counted.get(memberId)!, -1], [collegeId, 1]);
    return addTallies(day.tally, change);
  }

  /**
   * After a snapshot: its tally plus the change of the members who moved between the snapshot and
   * the date. Per (member, class) moved, the holding at the snapshot (its row, or nothing) becomes
   * that plus the movements between; the class and college totals change by the difference, their
   * holders by the holdings that became or stopped being non-zero, and a college's members by the
   * members whose number of non-zero holdings did. A member's college is the one the snapshot
   * recorded; for a (member, class) the snapshot has no row of, it is the member's college now —
   * the same, except for the members whose college changed since the snapshot: those are taken out
   * of the tally with their rows and put back with their holdings at the date in their college now.
   */
  private async tallyFromSnapshot(
    em: EntityManager,
    organizationId: string,
    at: string,
    asOf: string,
    recorded: RecordedTally,
  ): Promise<Tally> {
    const changed = recorded.changed.map(([m]) => m);
    const rows: {
      kind: 'cell' | 'college';
      class_id: string | null;
      college_id: string | null;
      quantity: string | null;
      holders: string;
    }[] = await em.query(
      `WITH mv AS (
         SELECT member_id, share_class_id, sum(quantity) AS q FROM ledger_movements
          WHERE organization_id = $1 AND effective_on > $2 AND effective_on <= $3 ${changed.length ? 'AND member_id <> ALL ($4::uuid[])' : ''}
          GROUP BY member_id, share_class_id),
       r AS MATERIALIZED (
         SELECT mv.member_id, mv.share_class_id AS class_id, coalesce(s.quantity, 0) AS old, coalesce(s.quantity, 0) + mv.q AS new,
                CASE WHEN s.member_id IS NOT NULL THEN s.college_id
                     ELSE (SELECT m.college_id FROM members m WHERE m.organization_id = $1 AND m.id = mv.member_id) END AS college_id
           FROM mv LEFT JOIN holding_snapshots s ON s.organization_id = $1 AND s.as_of = $2 AND s.member_id = mv.member_id AND s.share_class_id = mv.share_class_id),
       crossed AS (
         SELECT member_id, college_id, sum((new <> 0)::int - (old <> 0)::int) AS holdings FROM r
          WHERE (new <> 0) <> (old <> 0) GROUP BY member_id, college_id)
       ${
         changed.length
           ? `, was AS (
         SELECT member_id, share_class_id, quantity, college_id FROM holding_snapshots WHERE organization_id = $1 AND as_of = $2 AND member_id = ANY ($4::uuid[])),
       now AS (
         SELECT h.member_id, h.share_class_id, h.quantity, m.college_id FROM (
           SELECT member_id, share_class_id, sum(q) AS quantity FROM (
             SELECT member_id, share_class_id, quantity AS q FROM was
             UNION ALL
             SELECT member_id, share_class_id, quantity FROM ledger_movements
              WHERE organization_id = $1 AND member_id = ANY ($4::uuid[]) AND effective_on > $2 AND effective_on <= $3) x
            GROUP BY member_id, share_class_id HAVING sum(q) <> 0) h
         JOIN members m ON m.organization_id = $1 AND m.id = h.member_id)`
           : ''
       }
       SELECT 'cell' AS kind, class_id, college_id, sum(new - old) AS quantity, sum((new <> 0)::int - (old <> 0)::int) AS holders FROM r GROUP BY class_id, college_id
       UNION ALL
       SELECT 'college', NULL, c.college_id, NULL, sum((k.n + c.holdings > 0)::int - (k.n > 0)::int) FROM crossed c
        CROSS JOIN LATERAL (SELECT count(*)::int AS n FROM holding_snapshots s WHERE s.organization_id = $1 AND s.as_of = $2 AND s.member_id = c.member_id) k
        GROUP BY c.college_id
       ${
         changed.length
           ? `UNION ALL SELECT 'cell', share_class_id, college_id, -sum(quantity), -count(*) FROM was GROUP BY share_class_id, college_id
       UNION ALL SELECT 'cell', share_class_id, college_id, sum(quantity), count(*) FROM now GROUP BY share_class_id, college_id
       UNION ALL SELECT 'college', NULL, college_id, NULL, -count(DISTINCT member_id) FROM was GROUP BY college_id
       UNION ALL SELECT 'college', NULL, college_id, NULL, count(DISTINCT member_id) FROM now GROUP BY college_id`
           : ''
       }`,
      [organizationId, asOf, at, ...(changed.length ? [changed] : [])],
    );
    const change = { cells: [] as Tally['cells'], colleges: [] as Tally['colleges'], members: 0 };
    for (const r of rows) {
      if (r.kind === 'cell') change.cells.push([r.class_id!, r.college_id, Number(r.quantity), Number(r.holders)]);
      else change.colleges.push([r.college_id, Number(r.holders)]);
    }
    return addTallies(recorded.tally, change);
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

/** The sum of two tallies; a change's members are those of its colleges (each member in one). */
function addTallies(base: Tally, change: Tally): Tally {
  const cells = new Map<string, [string, string | null, number, number]>();
  const colleges = new Map<string | null, number>();
  for (const [classId, collegeId, quantity, holders] of [...base.cells, ...change.cells]) {
    const key = `${classId}/${collegeId}`;
    const c = cells.get(key) ?? cells.set(key, [classId, collegeId, 0, 0]).get(key)!;
    c[2] += Number(quantity);
    c[3] += Number(holders);
  }
  for (const [collegeId, members] of [...base.colleges, ...change.colleges])
    colleges.set(collegeId, (colleges.get(collegeId) ?? 0) + Number(members));
  return {
    cells: [...cells.values()],
    colleges: [...colleges],
    members: Number(base.members) + change.colleges.reduce((s, [, n]) => s + n, 0),
  };
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
