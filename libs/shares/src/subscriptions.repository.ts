import { Injectable } from '@nestjs/common';
import { firstRow } from '@socius/database';
import { EntityManager } from 'typeorm';

/** The SQL of subscriptions that their entities do not cover: the organization's clock and deadline. */
@Injectable()
export class SubscriptionsRepository {
  /** The instant a day starts in the organization's time zone. */
  async startOfDay(db: EntityManager, organizationId: string, date: string): Promise<Date> {
    const row = await firstRow<{ at: Date }>(
      db,
      `SELECT ($2::date::timestamp AT TIME ZONE timezone) AS at FROM organizations WHERE id = $1`,
      [organizationId, date],
    );
    return row!.at;
  }

  /** The years within which shares subscribed by instalments must be paid up. */
  async instalmentDeadlineYears(db: EntityManager, organizationId: string): Promise<number> {
    const row = await firstRow<{ years: number | string }>(
      db,
      `SELECT instalment_deadline_years AS years FROM organizations WHERE id = $1`,
      [organizationId],
    );
    return Number(row!.years);
  }
}
