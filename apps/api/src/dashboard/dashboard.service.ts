import { Injectable } from '@nestjs/common';
import type { OrgContext } from '@socius/auth';
import { ChartersService } from '@socius/members';
import { LEGAL_MINIMUM_CAPITAL_CENTS, Organization } from '@socius/organizations';
import { RegisterService } from '@socius/shares';
import { DataSource } from 'typeorm';
import { DashboardDto } from './dashboard.dto';
import { DashboardRepository } from './dashboard.repository';

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
    private readonly repository: DashboardRepository,
  ) {}

  async get(ctx: OrgContext): Promise<DashboardDto> {
    const org = ctx.organizationId;
    const capital = await this.register.capital(ctx);
    const db = this.dataSource.manager;
    const [organization, history, statuses, colleges, work, waiting, closing, charters] = await Promise.all([
      db.findOneByOrFail(Organization, { id: org }),
      this.repository.capitalHistory(db, org, capital.at),
      this.repository.membersByStatus(db, org),
      this.repository.membersByCollege(db, org),
      this.repository.waitingWork(db, org),
      this.repository.waitingRedemptions(db, org),
      this.repository.resolutionsClosingWithin(db, org, CLOSING_SOON_DAYS),
      this.missingAcceptances(ctx),
    ]);
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
        subscriptionsToApprove: work.toApprove,
        paymentsToRecord: work.toPay,
        redemptionsToDecide: work.toDecide,
        redemptionsWaiting: waiting.reduce((n, w) => n + w.count, 0),
        waitingReasons: waiting,
        applications: work.applicants,
        charters,
        resolutionsClosingSoon: closing.map((r) => ({ id: r.id, title: r.title, closesAt: r.closesAt })),
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
