import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { CapitalDto, HoldingsDto } from './dto/shares.dto';
import type { Tally } from './entities/capital-day.entity';

/** a tally recorded at a close, and the members whose college changed since (with the college it counted them in) */
interface RecordedTally {
  tally: Tally;
  changed: [string, string | null][];
}

/** the tally before anything was recorded */
const EMPTY: RecordedTally = { tally: { cells: [], colleges: [], members: 0 }, changed: [] };

/** up to this many movements dated after a day, counting back from the current holdings is cheapest */
const BACKWARD_LIMIT = 50_000;
/** memory for the capital statement's grouping (per query, freed at its end) */
const CAPITAL_WORK_MEM = '48MB';
/**
 * a close records anew the tallies of an earlier year when more college changes than this came
 * after them (about a second per year of 100,000 movements, under the ledger head lock: rarely)
 */
const STALE_TALLIES = 1_000;

/**
 * Holdings and the capital statement at a date, read from the register (which LedgerService
 * writes), and what a fiscal-year close records for them: the year-end snapshot and the day tallies.
 */
@Injectable()
export class CapitalStatementService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * A query of every (member, class, quantity ≠ 0) at the end of a day, from the cheaper start:
   * the current holdings less what is dated later, when little is; otherwise the snapshot of the
   * last closed year before the date (immutable, since a closed year is locked) plus what came since.
   * Amounts are quantity × nominal: a class's nominal never changes.
   */
  async holdingsAtSql(
    em: EntityManager,
    organizationId: string,
    at: string,
  ): Promise<{ sql: string; params: unknown[] }> {
    const [{ later }] = await em.query(
      `SELECT count(*)::int AS later FROM (SELECT 1 FROM ledger_movements WHERE organization_id = $1 AND effective_on > $2 LIMIT ${BACKWARD_LIMIT}) x`,
      [organizationId, at],
    );
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
    // socius_capital_days: capital-days.sql.ts
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
  ): Promise<Omit<CapitalDto, 'floorCents' | 'highestCapitalCents' | 'minimumCapitalCents'>> {
    // the four reads at once, on four connections
    const [tally, owed, classes, colleges] = await Promise.all([
      this.tallyAt(organizationId, at),
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
   * recorded tallies, the movements, the college changes and the members are seen at one instant):
   * inside a closed year the tally its close recorded for the day, after it the last year-end
   * tally plus the members who moved since. Only these two: on bench/ledger (1 M movements) they
   * answer in about 8 ms, where regrouping every holding took 131–312 ms, over the 200 ms target.
   */
  private tallyAt(organizationId: string, at: string): Promise<Tally> {
    return this.dataSource.transaction('REPEATABLE READ', async (tx) => {
      // regrouping many members sorts and hashes a few MB: given the memory, PostgreSQL does it in
      // memory rather than in temporary files; compiling these short queries would cost more than it saves
      await tx.query(`SELECT set_config('work_mem', $1, true), set_config('jit', 'off', true)`, [CAPITAL_WORK_MEM]);
      // the members whose college changed since a tally was recorded, each with the college it counted them in
      const changed = (tally: string) => `(
        SELECT coalesce(jsonb_agg(jsonb_build_array(c.member_id, c.old_college_id)), '[]') FROM (
          SELECT DISTINCT ON (member_id) member_id, old_college_id FROM member_college_changes
           WHERE organization_id = $1 AND version > ${tally}.college_version ORDER BY member_id, version) c)`;
      const [{ day, last }]: {
        day: RecordedTally | null;
        last: (RecordedTally & { as_of: string }) | null;
      }[] = await tx.query(
        `WITH d AS (SELECT college_version, tally FROM capital_days WHERE organization_id = $1 AND year_end >= $2 AND day <= $2 ORDER BY year_end, day DESC LIMIT 1),
              s AS (SELECT max(as_of) AS as_of FROM holding_snapshots WHERE organization_id = $1 AND as_of <= $2)
         SELECT (SELECT jsonb_build_object('tally', d.tally, 'changed', ${changed('d')}) FROM d) AS day,
                CASE WHEN NOT EXISTS (SELECT FROM d) THEN (
                  SELECT jsonb_build_object('as_of', s.as_of, 'tally', t.tally, 'changed', ${changed('t')})
                    FROM s CROSS JOIN LATERAL (SELECT college_version, tally FROM capital_days WHERE organization_id = $1 AND year_end = s.as_of ORDER BY day DESC LIMIT 1) t)
                END AS last`,
        [organizationId, at],
      );
      if (day) return this.tallyFromDay(tx, organizationId, at, day);
      // before any close: the change since the start of the register
      return this.tallyFromSnapshot(tx, organizationId, at, last?.as_of ?? null, last ?? EMPTY);
    });
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
    asOf: string | null,
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
