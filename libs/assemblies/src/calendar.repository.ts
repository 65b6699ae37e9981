import { Injectable } from '@nestjs/common';
import { firstRow, rows, run } from '@socius/database';
import { EntityManager } from 'typeorm';

/** A resolution in a calendar, with its assembly; `id` null for an assembly without resolutions. */
export interface CalendarRow {
  id: string | null;
  number: number;
  title: string;
  opensAt: Date;
  closesAt: Date;
  assemblyId: string;
  assemblyTitle: string;
}

/** A member's feed found by its secret: the organization whose calendar it shows. */
export interface FeedRow {
  organizationId: string;
  name: string;
}

const CALENDAR_ROWS = `SELECT r.id, r.number, r.title, r.opens_at AS "opensAt", r.closes_at AS "closesAt",
                              a.id AS "assemblyId", a.title AS "assemblyTitle"
                         FROM assemblies a`;
const CALENDAR_ORDER = `ORDER BY r.opens_at, a.id, r.number`;

/** Members' calendar feeds (`calendar_feeds`) and the resolutions calendars show. */
@Injectable()
export class CalendarRepository {
  /** The assembly and its resolutions (one row with a null id when it has none; none when no such assembly). */
  async ofAssembly(db: EntityManager, organizationId: string, assemblyId: string): Promise<CalendarRow[]> {
    return rows<CalendarRow>(
      db,
      `${CALENDAR_ROWS}
         LEFT JOIN resolutions r ON r.organization_id = a.organization_id AND r.assembly_id = a.id
        WHERE a.organization_id = $1 AND a.id = $2
        ${CALENDAR_ORDER}`,
      [organizationId, assemblyId],
    );
  }

  async ofResolution(db: EntityManager, organizationId: string, resolutionId: string): Promise<CalendarRow[]> {
    return rows<CalendarRow>(
      db,
      `${CALENDAR_ROWS}
         INNER JOIN resolutions r ON r.organization_id = a.organization_id AND r.assembly_id = a.id
        WHERE a.organization_id = $1 AND r.id = $2
        ${CALENDAR_ORDER}`,
      [organizationId, resolutionId],
    );
  }

  /** The organization's resolutions closing after `now() - history` (an SQL interval such as `1 year`). */
  async closingSince(db: EntityManager, organizationId: string, history: string): Promise<CalendarRow[]> {
    return rows<CalendarRow>(
      db,
      `${CALENDAR_ROWS}
         INNER JOIN resolutions r ON r.organization_id = a.organization_id AND r.assembly_id = a.id
        WHERE a.organization_id = $1 AND r.closes_at > now() - $2::interval
        ${CALENDAR_ORDER}`,
      [organizationId, history],
    );
  }

  /** Gives the member a feed with this secret unless they have one. */
  async createFeed(
    db: EntityManager,
    organizationId: string,
    memberId: string,
    secretHash: string,
    secretSealed: string,
  ): Promise<void> {
    await run(
      db,
      `INSERT INTO calendar_feeds (organization_id, member_id, secret_hash, secret_sealed) VALUES ($1, $2, $3, $4)
       ON CONFLICT (organization_id, member_id) DO NOTHING`,
      [organizationId, memberId, secretHash, secretSealed],
    );
  }

  /** Gives the member's feed this secret, replacing the old one (or makes the feed). */
  async replaceFeedSecret(
    db: EntityManager,
    organizationId: string,
    memberId: string,
    secretHash: string,
    secretSealed: string,
  ): Promise<void> {
    await run(
      db,
      `INSERT INTO calendar_feeds (organization_id, member_id, secret_hash, secret_sealed) VALUES ($1, $2, $3, $4)
       ON CONFLICT (organization_id, member_id)
       DO UPDATE SET secret_hash = EXCLUDED.secret_hash, secret_sealed = EXCLUDED.secret_sealed, created_at = now()`,
      [organizationId, memberId, secretHash, secretSealed],
    );
  }

  /** The feed of this secret's hash, unless its member's status is one of `stoppedStatuses`. */
  async feedOf(db: EntityManager, secretHash: string, stoppedStatuses: string[]): Promise<FeedRow | undefined> {
    return firstRow<FeedRow>(
      db,
      `SELECT f.organization_id AS "organizationId", o.name
         FROM calendar_feeds f
         JOIN organizations o ON o.id = f.organization_id
         JOIN members m ON m.organization_id = f.organization_id AND m.id = f.member_id
        WHERE f.secret_hash = $1 AND m.status <> ALL($2)`,
      [secretHash, stoppedStatuses],
    );
  }
}
