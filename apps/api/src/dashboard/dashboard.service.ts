import { Injectable } from '@nestjs/common';
import type { OrgContext } from '@socius/auth';
import { ChartersService } from '@socius/members';
import { LEGAL_MINIMUM_CAPITAL_CENTS, Organization } from '@socius/organizations';
import { RegisterService } from '@socius/shares';
import { DataSource } from 'typeorm';
import { DashboardDto } from './dashboard.dto';

const CLOSING_SOON_DAYS = 7;

/**
 * The console's first page in one call: figures read from several libraries (capital from the
 * register, counts of what waits for an admin), all read-only.
 */
@Injectable()
export class DashboardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly register: RegisterService,
    private readonly charters: ChartersService,
  ) {}

  async get(ctx: OrgContext): Promise<DashboardDto> {
    const org = ctx.organizationId;
    const capital = await this.register.capital(ctx);
    const [organization, history, statuses, colleges, counts, waiting, closing, charters] = await Promise.all([
      this.dataSource.getRepository(Organization).findOneByOrFail({ id: org }),
      // month ends: the sum of signed movements up to each day is the subscribed capital that day
      this.dataSource.query(
        `SELECT to_char(d.on, 'YYYY-MM-DD') AS on,
                coalesce((SELECT sum(amount_cents) FROM ledger_movements WHERE organization_id = $1 AND effective_on <= d.on), 0)::bigint AS total
           FROM generate_series(date_trunc('month', $2::date) - interval '12 months', date_trunc('month', $2::date), interval '1 month') g(m),
                LATERAL (SELECT least((g.m + interval '1 month' - interval '1 day')::date, $2::date) AS on) d
          ORDER BY d.on`,
        [org, capital.at],
      ) as Promise<{ on: string; total: string }[]>,
      this.dataSource.query(
        `SELECT status, count(*)::int AS count FROM members WHERE organization_id = $1 GROUP BY status ORDER BY status`,
        [org],
      ) as Promise<{ status: string; count: number }[]>,
      this.dataSource.query(
        `SELECT c.code, c.name, count(*)::int AS count
           FROM members m LEFT JOIN colleges c ON c.id = m.college_id
          WHERE m.organization_id = $1 AND m.status IN ('applicant', 'active', 'resigning')
          GROUP BY c.code, c.name ORDER BY c.code NULLS LAST`,
        [org],
      ) as Promise<{ code: string | null; name: string | null; count: number }[]>,
      this.dataSource.query(
        `SELECT (SELECT count(*) FROM subscriptions WHERE organization_id = $1 AND status = 'pending')::int AS to_approve,
                (SELECT count(*) FROM subscriptions WHERE organization_id = $1 AND status IN ('approved', 'issued') AND paid_cents < called_cents)::int AS to_pay,
                (SELECT count(*) FROM redemptions WHERE organization_id = $1 AND status = 'pending')::int AS to_decide,
                (SELECT count(*) FROM members WHERE organization_id = $1 AND status = 'applicant')::int AS applicants`,
        [org],
      ) as Promise<{ to_approve: number; to_pay: number; to_decide: number; applicants: number }[]>,
      this.dataSource.query(
        `SELECT status_reason AS reason, count(*)::int AS count FROM redemptions
          WHERE organization_id = $1 AND status = 'waiting' GROUP BY status_reason ORDER BY count(*) DESC`,
        [org],
      ) as Promise<{ reason: string | null; count: number }[]>,
      this.dataSource.query(
        `SELECT id, title, closes_at FROM resolutions
          WHERE organization_id = $1 AND status = 'open' AND closes_at <= now() + interval '${CLOSING_SOON_DAYS} days'
          ORDER BY closes_at, id LIMIT 20`,
        [org],
      ) as Promise<{ id: string; title: string; closes_at: Date }[]>,
      this.missingAcceptances(ctx),
    ]);
    const [c] = counts;
    return {
      capital: {
        at: capital.at,
        totalCents: capital.totalCents,
        paidCents: capital.paidCents,
        floorCents: capital.floorCents,
        minimumCapitalCents: capital.minimumCapitalCents,
        legalMinimumCents: LEGAL_MINIMUM_CAPITAL_CENTS[organization.legalForm],
        holderCount: capital.memberCount,
      },
      capitalHistory: history.map((h) => ({ on: h.on, totalCents: Number(h.total) })),
      membersByStatus: statuses,
      membersByCollege: colleges.map((r) => ({ collegeCode: r.code, name: r.name, count: r.count })),
      todo: {
        subscriptionsToApprove: c.to_approve,
        paymentsToRecord: c.to_pay,
        redemptionsToDecide: c.to_decide,
        redemptionsWaiting: waiting.reduce((n, w) => n + w.count, 0),
        waitingReasons: waiting,
        applications: c.applicants,
        charters,
        resolutionsClosingSoon: closing.map((r) => ({ id: r.id, title: r.title, closesAt: r.closes_at })),
      },
    };
  }

  private async missingAcceptances(ctx: OrgContext): Promise<DashboardDto['todo']['charters']> {
    const current = (await this.charters.list(ctx)).items.filter((ch) => ch.current);
    const pending = await Promise.all(current.map((ch) => this.charters.pending(ctx, ch.id)));
    return pending
      .filter((p) => p.total > 0)
      .map((p) => ({ charterId: p.charter.id, title: p.charter.title, version: p.charter.version, missing: p.total }));
  }
}
