import { Injectable } from '@nestjs/common';
import { firstRow, rows, run } from '@socius/database';
import { EntityManager } from 'typeorm';
import type { Tally } from './entities/capital-day.entity';

/** up to this many movements dated after a day, counting back from the current holdings is cheapest */
const BACKWARD_LIMIT = 50_000;
/**
 * a close records anew the tallies of an earlier year when more college changes than this came
 * after them (about a second per year of 100,000 movements, under the ledger head lock: rarely)
 */
const STALE_TALLIES = 1_000;

/** a tally recorded at a close, and the members whose college changed since (with the college it counted them in) */
export interface RecordedTally {
  tally: Tally;
  changed: [string, string | null][];
}

/** The tallies recorded for a day: inside a closed year `day`; after it `last`, the last year-end's. */
export interface RecordedTalliesRow {
  day: RecordedTally | null;
  last: (RecordedTally & { as_of: string }) | null;
}

/** A year whose tallies a close records. */
export interface TalliedYearRow {
  startOn: string;
  endOn: string;
  /** many college changes came after its tallies */
  stale: boolean;
}

export interface ClassHoldingRow {
  code: string;
  quantity: number;
  amountCents: string;
}

/** What instalment subscriptions of a class had not yet called, and not yet paid, at a date. */
export interface OwedRow {
  classId: string;
  uncalled: string;
  unpaid: string;
}

export interface ShareClassRow {
  id: string;
  code: string;
  name: string;
  nominalCents: string;
}

export interface CollegeRow {
  id: string;
  code: string;
  name: string;
  weightPercent: string;
}

export interface MemberHoldingRow {
  memberId: string;
  classId: string;
  quantity: number;
  collegeId: string | null;
}

/** A line of the change of a tally: a cell (class, college) or a college's members. */
export interface TallyChangeRow {
  kind: 'cell' | 'college';
  classId: string | null;
  collegeId: string | null;
  quantity: string | null;
  holders: string;
}

/** The SQL of holdings and the capital at a date, the year-end snapshots and the day tallies. */
@Injectable()
export class CapitalRepository {
  /**
   * A query of every (member, class, quantity ≠ 0) at the end of a day, from the cheaper start:
   * the current holdings less what is dated later, when little is; otherwise the snapshot of the
   * last closed year before the date (immutable, since a closed year is locked) plus what came since.
   * Its columns: member_id, share_class_id, quantity.
   */
  async holdingsAtSql(
    db: EntityManager,
    organizationId: string,
    at: string,
  ): Promise<{ sql: string; params: unknown[] }> {
    const { later } = (await firstRow<{ later: number }>(
      db,
      `SELECT count(*)::int AS later FROM (SELECT 1 FROM ledger_movements WHERE organization_id = $1 AND effective_on > $2 LIMIT ${BACKWARD_LIMIT}) x`,
      [organizationId, at],
    ))!;
    if (later === 0) {
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
    const { snap } = (await firstRow<{ snap: string | null }>(
      db,
      `SELECT max(as_of) AS snap FROM holding_snapshots WHERE organization_id = $1 AND as_of <= $2`,
      [organizationId, at],
    ))!;
    return {
      sql: `SELECT member_id, share_class_id, sum(quantity) AS quantity FROM (
              SELECT member_id, share_class_id, quantity FROM holding_snapshots WHERE organization_id = $1 AND as_of = $3
              UNION ALL
              SELECT member_id, share_class_id, quantity FROM ledger_movements WHERE organization_id = $1 AND effective_on <= $2 AND effective_on > coalesce($3::date, '-infinity')) x
            GROUP BY member_id, share_class_id HAVING sum(quantity) <> 0`,
      params: [organizationId, at, snap],
    };
  }

  /** The version of the members' colleges, share-locked until commit (created at 0). */
  async shareLockCollegeVersion(db: EntityManager, organizationId: string): Promise<number> {
    await run(
      db,
      `INSERT INTO member_college_versions (organization_id, version) VALUES ($1, 0) ON CONFLICT DO NOTHING`,
      [organizationId],
    );
    const row = await firstRow<{ version: number }>(
      db,
      `SELECT version FROM member_college_versions WHERE organization_id = $1 FOR SHARE`,
      [organizationId],
    );
    return row!.version;
  }

  /** Records the holdings `base` (holdingsAtSql at `endOn`) with each member's college; the rows written. */
  async insertSnapshot(db: EntityManager, base: { sql: string; params: unknown[] }): Promise<number> {
    const written = await run(
      db,
      `INSERT INTO holding_snapshots (organization_id, as_of, member_id, share_class_id, quantity, college_id)
       SELECT $1, $2::date, h.member_id, h.share_class_id, h.quantity, m.college_id
         FROM (${base.sql.replaceAll('$2', '$2::date')}) h JOIN members m ON m.organization_id = $1 AND m.id = h.member_id
        WHERE h.quantity > 0 RETURNING 1`,
      base.params,
    );
    return written.affected;
  }

  /** The closed years up to `endOn` and that one, oldest first, each saying whether its tallies are stale. */
  async talliedYears(db: EntityManager, organizationId: string, endOn: string): Promise<TalliedYearRow[]> {
    return rows<TalliedYearRow>(
      db,
      `SELECT y.start_on AS "startOn", y.end_on AS "endOn",
              y.end_on <> $2 AND (SELECT count(*) FROM member_college_changes c WHERE c.organization_id = $1 AND c.version > d.version) > ${STALE_TALLIES} AS stale
         FROM fiscal_years y LEFT JOIN LATERAL (SELECT max(college_version) AS version FROM capital_days WHERE organization_id = $1 AND year_end = y.end_on) d ON true
        WHERE y.organization_id = $1 AND (y.status = 'closed' OR y.end_on = $2) AND y.end_on <= $2 ORDER BY y.end_on`,
      [organizationId, endOn],
    );
  }

  /** Forgets an earlier year's tallies and sets its snapshot's colleges to the members' colleges now. */
  async resetYear(db: EntityManager, organizationId: string, endOn: string): Promise<void> {
    await run(db, `DELETE FROM capital_days WHERE organization_id = $1 AND year_end = $2`, [organizationId, endOn]);
    await run(
      db,
      `UPDATE holding_snapshots s SET college_id = m.college_id FROM members m
        WHERE s.organization_id = $1 AND s.as_of = $2 AND m.organization_id = $1 AND m.id = s.member_id AND s.college_id IS DISTINCT FROM m.college_id`,
      [organizationId, endOn],
    );
  }

  /** Records the year's day tallies (socius_capital_days: capital-days.sql.ts). */
  async insertDayTallies(
    db: EntityManager,
    organizationId: string,
    startOn: string,
    endOn: string,
    collegeVersion: number,
  ): Promise<void> {
    await run(
      db,
      `INSERT INTO capital_days (organization_id, year_end, day, college_version, tally)
       SELECT $1, $3::date, day, $4, tally FROM socius_capital_days($1, $2::date, $3::date)`,
      [organizationId, startOn, endOn, collegeVersion],
    );
  }

  /** Deletes the college changes every recorded tally has seen. */
  async pruneCollegeChanges(db: EntityManager, organizationId: string): Promise<void> {
    await run(
      db,
      `DELETE FROM member_college_changes WHERE organization_id = $1 AND version <= (SELECT min(college_version) FROM capital_days WHERE organization_id = $1)`,
      [organizationId],
    );
  }

  /** One member's holdings per class at the end of a day, from the ledger, by class code. */
  async memberHoldingsAt(
    db: EntityManager,
    organizationId: string,
    memberId: string,
    at: string,
  ): Promise<ClassHoldingRow[]> {
    return rows<ClassHoldingRow>(
      db,
      `SELECT c.code, h.quantity, h.amount AS "amountCents" FROM (
         SELECT share_class_id, sum(quantity)::int AS quantity, sum(amount_cents) AS amount FROM ledger_movements
          WHERE organization_id = $1 AND member_id = $2 AND effective_on <= $3 GROUP BY share_class_id) h
       JOIN share_classes c ON c.id = h.share_class_id WHERE h.quantity <> 0 ORDER BY c.code`,
      [organizationId, memberId, at],
    );
  }

  async owedAt(db: EntityManager, organizationId: string, at: string): Promise<OwedRow[]> {
    return rows<OwedRow>(
      db,
      `SELECT s.share_class_id AS "classId",
              sum(s.amount_cents - s.called_cents + coalesce(later.called, 0)) AS uncalled,
              sum(s.amount_cents - coalesce(paid.paid, 0)) AS unpaid
         FROM subscriptions s
         LEFT JOIN LATERAL (SELECT sum(amount_cents) AS called FROM capital_calls c WHERE c.organization_id = $1 AND c.subscription_id = s.id AND c.called_on > $2) later ON true
         LEFT JOIN LATERAL (SELECT sum(amount_cents) AS paid FROM subscription_payments p WHERE p.organization_id = $1 AND p.subscription_id = s.id AND p.paid_on <= $2) paid ON true
        WHERE s.organization_id = $1 AND s.instalments AND s.status IN ('issued', 'defaulted') AND s.issued_on <= $2
        GROUP BY s.share_class_id`,
      [organizationId, at],
    );
  }

  async shareClasses(db: EntityManager, organizationId: string): Promise<ShareClassRow[]> {
    return rows<ShareClassRow>(
      db,
      `SELECT id, code, name, nominal_cents AS "nominalCents" FROM share_classes WHERE organization_id = $1 ORDER BY code`,
      [organizationId],
    );
  }

  async colleges(db: EntityManager, organizationId: string): Promise<CollegeRow[]> {
    return rows<CollegeRow>(
      db,
      `SELECT id, code, name, weight_percent AS "weightPercent" FROM colleges WHERE organization_id = $1 ORDER BY code`,
      [organizationId],
    );
  }

  /**
   * Gives the rest of the transaction `workMem` and no JIT: regrouping many members sorts and
   * hashes a few MB, and compiling these short queries would cost more than it saves.
   */
  async tuneForStatement(db: EntityManager, workMem: string): Promise<void> {
    await run(db, `SELECT set_config('work_mem', $1, true), set_config('jit', 'off', true)`, [workMem]);
  }

  /** The tally recorded for the day inside a closed year, or else the last year-end's before it. */
  async recordedTallies(db: EntityManager, organizationId: string, at: string): Promise<RecordedTalliesRow> {
    // the members whose college changed since a tally was recorded, each with the college it counted them in
    const changed = (tally: string) => `(
      SELECT coalesce(jsonb_agg(jsonb_build_array(c.member_id, c.old_college_id)), '[]') FROM (
        SELECT DISTINCT ON (member_id) member_id, old_college_id FROM member_college_changes
         WHERE organization_id = $1 AND version > ${tally}.college_version ORDER BY member_id, version) c)`;
    const row = await firstRow<RecordedTalliesRow>(
      db,
      `WITH d AS (SELECT college_version, tally FROM capital_days WHERE organization_id = $1 AND year_end >= $2 AND day <= $2 ORDER BY year_end, day DESC LIMIT 1),
            s AS (SELECT max(as_of) AS as_of FROM holding_snapshots WHERE organization_id = $1 AND as_of <= $2)
       SELECT (SELECT jsonb_build_object('tally', d.tally, 'changed', ${changed('d')}) FROM d) AS day,
              CASE WHEN NOT EXISTS (SELECT FROM d) THEN (
                SELECT jsonb_build_object('as_of', s.as_of, 'tally', t.tally, 'changed', ${changed('t')})
                  FROM s CROSS JOIN LATERAL (SELECT college_version, tally FROM capital_days WHERE organization_id = $1 AND year_end = s.as_of ORDER BY day DESC LIMIT 1) t)
              END AS last`,
      [organizationId, at],
    );
    return row!;
  }

  /** These members' holdings at the end of a day, from the ledger, each with their college now. */
  async membersHoldingsAt(
    db: EntityManager,
    organizationId: string,
    memberIds: string[],
    at: string,
  ): Promise<MemberHoldingRow[]> {
    return rows<MemberHoldingRow>(
      db,
      `SELECT h.member_id AS "memberId", h.share_class_id AS "classId", h.quantity, m.college_id AS "collegeId" FROM (
         SELECT member_id, share_class_id, sum(quantity)::int AS quantity FROM ledger_movements
          WHERE organization_id = $1 AND member_id = ANY ($2::uuid[]) AND effective_on <= $3 GROUP BY member_id, share_class_id HAVING sum(quantity) <> 0) h
       JOIN members m ON m.organization_id = $1 AND m.id = h.member_id`,
      [organizationId, memberIds, at],
    );
  }

  /**
   * The change of the tally between the snapshot `asOf` (null: the start of the register) and the
   * date, for the members who moved; `changed`, the members whose college changed since the
   * snapshot, are taken out with their snapshot rows and put back with their holdings at the date
   * in their college now (see CapitalStatementService.tallyFromSnapshot).
   */
  async snapshotChange(
    db: EntityManager,
    organizationId: string,
    asOf: string | null,
    at: string,
    changed: string[],
  ): Promise<TallyChangeRow[]> {
    return rows<TallyChangeRow>(
      db,
      `WITH mv AS (
         SELECT member_id, share_class_id, sum(quantity) AS q FROM ledger_movements
          WHERE organization_id = $1 AND effective_on > coalesce($2::date, '-infinity') AND effective_on <= $3 ${changed.length ? 'AND member_id <> ALL ($4::uuid[])' : ''}
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
       SELECT 'cell' AS kind, class_id AS "classId", college_id AS "collegeId", sum(new - old) AS quantity, sum((new <> 0)::int - (old <> 0)::int) AS holders FROM r GROUP BY class_id, college_id
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
  }
}
