import { ApiProperty } from '@nestjs/swagger';
import { DateProperty } from '@socius/core';

export class DashboardCapitalDto {
  @DateProperty()
  at: string;
  /** subscribed capital today: shares × nominal */
  totalCents: number;
  paidCents: number;
  /** redemptions may not bring the capital below this (the greater of the statutory minimum and the share of the highest capital) */
  floorCents: number;
  /** the statutes' minimum capital */
  minimumCapitalCents: number;
  /** the least minimum the law allows for the co-op's legal form */
  legalMinimumCents: number;
  /** members holding shares */
  holderCount: number;
}

export class CapitalPointDto {
  /** the last day of a month (today for the current month) */
  @DateProperty()
  on: string;
  totalCents: number;
}

export class StatusCountDto {
  @ApiProperty({ enum: ['applicant', 'active', 'resigning', 'resigned', 'excluded', 'deceased'] })
  status: string;
  count: number;
}

export class CollegeCountDto {
  /** null: members in no college */
  collegeCode: string | null;
  name: string | null;
  count: number;
}

export class WaitingReasonDto {
  /** why the redemptions wait (the capital floor…), as recorded when they were held */
  reason: string | null;
  count: number;
}

export class CharterMissingDto {
  charterId: string;
  title: string;
  version: number;
  /** applicants and members who have not accepted this version */
  missing: number;
}

export class ClosingResolutionDto {
  id: string;
  title: string;
  closesAt: Date;
}

export class DashboardTodoDto {
  /** subscriptions waiting for the board's decision */
  subscriptionsToApprove: number;
  /** approved or issued subscriptions whose called amount is not fully paid */
  paymentsToRecord: number;
  /** redemption requests waiting for a decision */
  redemptionsToDecide: number;
  /** redemptions held, first come first served, and why */
  redemptionsWaiting: number;
  waitingReasons: WaitingReasonDto[];
  /** applicants (from the membership form or registered by an admin) not admitted yet */
  applications: number;
  /** current charters some applicants or members have not accepted */
  charters: CharterMissingDto[];
  /** open resolutions closing within 7 days, soonest first */
  resolutionsClosingSoon: ClosingResolutionDto[];
}

/** `GET /v1/orgs/{slug}/dashboard`: the figures of the console's first page. */
export class DashboardDto {
  capital: DashboardCapitalDto;
  /** subscribed capital at the end of each of the last 12 months and today, oldest first */
  capitalHistory: CapitalPointDto[];
  membersByStatus: StatusCountDto[];
  /** current members (applicants, active, resigning) per college */
  membersByCollege: CollegeCountDto[];
  todo: DashboardTodoDto;
}
