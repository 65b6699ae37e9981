import { Injectable } from '@nestjs/common';
import { rows } from '@socius/database';
import type { EntityManager } from 'typeorm';

/** The capital subscribed at a month's end (or at `at` for the current month). */
export interface CapitalAtRow {
  on: string;
  /** bigint cents */
  total: string;
}
export interface MembersByStatusRow {
  status: string;
  count: number;
}
export interface MembersByCollegeRow {
  code: string | null;
  name: string | null;
  count: number;
}
export interface WaitingWorkRow {
  toApprove: number;
  toPay: number;
  toDecide: number;
  applicants: number;
}
export interface WaitingRedemptionsRow {
  reason: string | null;
  count: number;
}
export interface ClosingResolutionRow {
  id: string;
  title: string;
  closesAt: Date;
}

/** The dashboard's read-only figures, each one query over one organization. */
@Injectable()
export class DashboardRepository {
  /** Month ends of the last year: the sum of signed movements up to each day is the capital that day. */
  capitalHistory(db: EntityManager, org: string, at: string): Promise<CapitalAtRow[]> {
    return rows(
      db,
      `SELECT to_char(d.on, 'YYYY-MM-DD') AS on,
              coalesce((SELECT sum(amount_cents) FROM ledger_movements WHERE organization_id = $1 AND effective_on <= d.on), 0)::bigint AS total
         FROM generate_series(date_trunc('month', $2::date) - interval '12 months', date_trunc('month', $2::date), interval '1 month') g(m),
              LATERAL (SELECT least((g.m + interval '1 month' - interval '1 day')::date, $2::date) AS on) d
        ORDER BY d.on`,
      [org, at],
    );
  }

  membersByStatus(db: EntityManager, org: string): Promise<MembersByStatusRow[]> {
    return rows(
      db,
      `SELECT status, count(*)::int AS count FROM members WHERE organization_id = $1 GROUP BY status ORDER BY status`,
      [org],
    );
  }

  /** Members who count (applicants, active, resigning) by college. */
  membersByCollege(db: EntityManager, org: string): Promise<MembersByCollegeRow[]> {
    return rows(
      db,
      `SELECT c.code, c.name, count(*)::int AS count
         FROM members m LEFT JOIN colleges c ON c.id = m.college_id
        WHERE m.organization_id = $1 AND m.status IN ('applicant', 'active', 'resigning')
        GROUP BY c.code, c.name ORDER BY c.code NULLS LAST`,
      [org],
    );
  }

  async waitingWork(db: EntityManager, org: string): Promise<WaitingWorkRow> {
    const [row] = await rows<WaitingWorkRow>(
      db,
      `SELECT (SELECT count(*) FROM subscriptions WHERE organization_id = $1 AND status = 'pending')::int AS "toApprove",
              (SELECT count(*) FROM subscriptions WHERE organization_id = $1 AND status IN ('approved', 'issued') AND paid_cents < called_cents)::int AS "toPay",
              (SELECT count(*) FROM redemptions WHERE organization_id = $1 AND status = 'pending')::int AS "toDecide",
              (SELECT count(*) FROM members WHERE organization_id = $1 AND status = 'applicant')::int AS applicants`,
      [org],
    );
    return row;
  }

  /** Redemptions waiting (for the capital floor, the five-year rule…), by reason. */
  waitingRedemptions(db: EntityManager, org: string): Promise<WaitingRedemptionsRow[]> {
    return rows(
      db,
      `SELECT status_reason AS reason, count(*)::int AS count FROM redemptions
        WHERE organization_id = $1 AND status = 'waiting' GROUP BY status_reason ORDER BY count(*) DESC`,
      [org],
    );
  }

  resolutionsClosingWithin(db: EntityManager, org: string, days: number): Promise<ClosingResolutionRow[]> {
    return rows(
      db,
      `SELECT id, title, closes_at AS "closesAt" FROM resolutions
        WHERE organization_id = $1 AND status = 'open' AND closes_at <= now() + make_interval(days => $2)
        ORDER BY closes_at, id LIMIT 20`,
      [org, days],
    );
  }
}
