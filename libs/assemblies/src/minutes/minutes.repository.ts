import { Injectable } from '@nestjs/common';
import { rows } from '@socius/database';
import type { DeepPartial, EntityManager } from 'typeorm';
import { MinutesDetails } from './minutes-details.entity';

/** A line of a resolution's attendance sheet: who took part, never their choice. */
export interface AttendanceRow {
  membershipNumber: number | null;
  name: string;
  addressLine1: string | null;
  addressLine2: string | null;
  postalCode: string | null;
  city: string | null;
  country: string | null;
  /** shares held on the closing day */
  shares: number;
  holderNumber: number | null;
  holderName: string | null;
}

const NAME = (m: string) => `coalesce(${m}.company_name, concat_ws(' ', ${m}.first_name, ${m}.last_name))`;

/** What the minutes read besides the assembly's own services: the bureau's record and the attendance sheets. */
@Injectable()
export class MinutesRepository {
  details(db: EntityManager, organizationId: string, assemblyId: string): Promise<MinutesDetails | null> {
    return db.findOneBy(MinutesDetails, { organizationId, assemblyId });
  }

  async saveDetails(db: EntityManager, details: DeepPartial<MinutesDetails>): Promise<void> {
    await db.save(MinutesDetails, details);
  }

  /**
   * The participations of a resolution (émargement), in membership order: the member, their address,
   * the shares they held at the end of `closedOn`, and the proxy holder who voted for them.
   */
  attendance(
    db: EntityManager,
    organizationId: string,
    resolutionId: string,
    closedOn: string,
  ): Promise<AttendanceRow[]> {
    return rows<AttendanceRow>(
      db,
      `SELECT m.membership_number AS "membershipNumber", ${NAME('m')} AS name,
              m.address_line1 AS "addressLine1", m.address_line2 AS "addressLine2", m.postal_code AS "postalCode", m.city, m.country,
              (SELECT coalesce(sum(l.quantity), 0)::int FROM ledger_movements l
                WHERE l.organization_id = m.organization_id AND l.member_id = m.id AND l.effective_on <= $3::date) AS shares,
              h.membership_number AS "holderNumber", CASE WHEN h.id IS NOT NULL THEN ${NAME('h')} END AS "holderName"
         FROM participations p
         JOIN members m ON m.organization_id = p.organization_id AND m.id = p.member_id
         LEFT JOIN members h ON h.organization_id = p.organization_id AND h.id = p.cast_by_member_id AND p.cast_by_member_id <> p.member_id
        WHERE p.organization_id = $1 AND p.resolution_id = $2
        ORDER BY m.membership_number NULLS LAST, m.sort_name, m.id`,
      [organizationId, resolutionId, closedOn],
    );
  }
}
