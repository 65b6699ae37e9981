import { Injectable } from '@nestjs/common';
import { firstRow, rows } from '@socius/database';
import { EntityManager } from 'typeorm';
import { AssociateClass } from './entities/voting.entity';
import { ElectorGroup } from './tally';

/** How the electorate of a resolution is fixed when it opens. */
export interface ElectorateRule {
  /** a vote weighted by shares: each elector weighs their shares, else 1 */
  perShare: boolean;
  /** the statutes ask a fully paid share (and weigh only fully paid shares) */
  fullyPaidSharesOnly: boolean;
  /** the organization's date today (`YYYY-MM-DD`): the capital calls due by then */
  today: string;
}

/** An elector's place in the count: their college, weight and art. 3 bis class. */
export interface ElectorRow {
  collegeId: string | null;
  weight: number;
  associateClass: AssociateClass;
}

/** The electorate's voting rights of one art. 3 bis class (a bigint sum: a string). */
export interface ClassVotesRow {
  associateClass: AssociateClass;
  votes: string;
}

/** The attendance of one college (null: no college): electors and those who voted. */
export interface CollegeAttendanceRow {
  code: string | null;
  eligible: number;
  voted: number;
}

/** The electorates of resolutions (`resolution_electors`), fixed when each opens. */
@Injectable()
export class ElectoratesRepository {
  /** The organization's date today in its time zone, `YYYY-MM-DD`. */
  async today(db: EntityManager, organizationId: string): Promise<string> {
    const row = await firstRow<{ today: string }>(
      db,
      `SELECT to_char(now() AT TIME ZONE timezone, 'YYYY-MM-DD') AS today FROM organizations WHERE id = $1`,
      [organizationId],
    );
    return row!.today;
  }

  /**
   * Writes the electorate of the resolution from the holdings query (`holdings`, its parameters
   * first: $1 is the organization): active members holding a share and up to date with the capital
   * called, or holding a fully paid share when the statutes ask it. Answers how many electors.
   */
  async fix(
    db: EntityManager,
    holdings: { sql: string; params: unknown[] },
    resolutionId: string,
    rule: ElectorateRule,
  ): Promise<number> {
    const k = holdings.params.length;
    const electors = await rows<{ elector: 1 }>(
      db,
      `WITH h AS (${holdings.sql}),
            owed AS (
              SELECT s.member_id,
                     sum(CASE WHEN s.paid_cents < s.amount_cents THEN s.quantity ELSE 0 END) AS unpaid_shares,
                     bool_or(s.paid_cents < s.called_cents - coalesce(later.amount, 0)) AS in_arrears
                FROM subscriptions s
                LEFT JOIN LATERAL (SELECT sum(c.amount_cents) AS amount FROM capital_calls c
                                    WHERE c.organization_id = $1 AND c.subscription_id = s.id AND c.due_on >= $${k + 4}::date) later ON true
               WHERE s.organization_id = $1 AND s.instalments AND s.status IN ('issued', 'defaulted')
               GROUP BY s.member_id),
            paid AS (
              SELECT h.member_id, sum(h.quantity) AS held, sum(h.quantity) - coalesce(max(o.unpaid_shares), 0) AS fully_paid,
                     coalesce(bool_or(o.in_arrears), false) AS in_arrears
                FROM h LEFT JOIN owed o ON o.member_id = h.member_id
               GROUP BY h.member_id)
       INSERT INTO resolution_electors (resolution_id, member_id, organization_id, college_id, weight, associate_class)
       SELECT $${k + 1}::uuid, m.id, m.organization_id, m.college_id,
              CASE WHEN $${k + 2} THEN (CASE WHEN $${k + 3} THEN p.fully_paid ELSE p.held END) ELSE 1 END,
              CASE WHEN m.associate_type = 'cooperator' THEN 'cooperator'
                   WHEN m.cooperative_society THEN 'non_cooperator_coop' ELSE 'non_cooperator' END
         FROM paid p JOIN members m ON m.organization_id = $1 AND m.id = p.member_id
        WHERE m.status = 'active'
          AND CASE WHEN $${k + 3} THEN p.fully_paid >= 1 ELSE p.held >= 1 AND NOT p.in_arrears END
       RETURNING 1 AS elector`,
      [...holdings.params, resolutionId, rule.perShare, rule.fullyPaidSharesOnly, rule.today],
    );
    return electors.length;
  }

  /** The electorate's voting rights by art. 3 bis class. */
  async votesByClass(db: EntityManager, resolutionId: string): Promise<ClassVotesRow[]> {
    return rows<ClassVotesRow>(
      db,
      `SELECT associate_class AS "associateClass", sum(weight) AS votes FROM resolution_electors WHERE resolution_id = $1 GROUP BY 1`,
      [resolutionId],
    );
  }

  /** How many electors belong to no college. */
  async withoutCollegeCount(db: EntityManager, resolutionId: string): Promise<number> {
    const row = await firstRow<{ n: number }>(
      db,
      `SELECT count(*)::int AS n FROM resolution_electors WHERE resolution_id = $1 AND college_id IS NULL`,
      [resolutionId],
    );
    return row!.n;
  }

  /** The member's place on the resolution's electorate, or undefined when they are not on it. */
  async elector(db: EntityManager, resolutionId: string, memberId: string): Promise<ElectorRow | undefined> {
    return firstRow<ElectorRow>(
      db,
      `SELECT college_id AS "collegeId", weight, associate_class AS "associateClass"
         FROM resolution_electors WHERE resolution_id = $1 AND member_id = $2`,
      [resolutionId, memberId],
    );
  }

  /** The electorate's electors and votes by college and class: the base of a majority of all the votes. */
  async groups(db: EntityManager, resolutionId: string): Promise<ElectorGroup[]> {
    return rows<ElectorGroup>(
      db,
      `SELECT college_id AS "collegeId", associate_class AS "associateClass", count(*)::int AS electors, sum(weight)::int AS weight
         FROM resolution_electors
        WHERE resolution_id = $1 GROUP BY college_id, associate_class`,
      [resolutionId],
    );
  }

  /** Electors and voters by college code, colleges in order and no college last: participations only, never a ballot. */
  async attendanceByCollege(
    db: EntityManager,
    organizationId: string,
    resolutionId: string,
  ): Promise<CollegeAttendanceRow[]> {
    return rows<CollegeAttendanceRow>(
      db,
      `SELECT c.code, count(*)::int AS eligible, count(p.member_id)::int AS voted
         FROM resolution_electors e
         LEFT JOIN participations p ON p.resolution_id = e.resolution_id AND p.member_id = e.member_id
         LEFT JOIN colleges c ON c.organization_id = e.organization_id AND c.id = e.college_id
        WHERE e.organization_id = $1 AND e.resolution_id = $2
        GROUP BY c.code ORDER BY c.code NULLS LAST`,
      [organizationId, resolutionId],
    );
  }
}
