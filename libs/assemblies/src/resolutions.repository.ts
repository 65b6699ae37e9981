import { Injectable } from '@nestjs/common';
import { firstRow, rows } from '@socius/database';
import { EntityManager } from 'typeorm';

/** An open resolution a member may vote on, themself or by proxy. */
export interface OpenToMemberRow {
  id: string;
  /** whether the member has voted on it */
  voted: boolean;
  /** the grantors whose proxy the member holds, who are on its electorate and have not voted */
  proxiesToCast: string[];
}

/** The SQL of resolutions beyond their entity: numbering, second convocations, a member's open votes. */
@Injectable()
export class ResolutionsRepository {
  /** The resolution put on second convocation in place of `firstId`, if any. */
  async secondConvocationOf(
    db: EntityManager,
    organizationId: string,
    firstId: string,
  ): Promise<{ id: string } | undefined> {
    return firstRow<{ id: string }>(
      db,
      `SELECT id FROM resolutions WHERE organization_id = $1 AND second_convocation_of = $2`,
      [organizationId, firstId],
    );
  }

  /** The number the assembly's next resolution takes. */
  async nextNumber(db: EntityManager, organizationId: string, assemblyId: string): Promise<number> {
    const row = await firstRow<{ n: number }>(
      db,
      `SELECT coalesce(max(number), 0) + 1 AS n FROM resolutions WHERE organization_id = $1 AND assembly_id = $2`,
      [organizationId, assemblyId],
    );
    return row!.n;
  }

  /** How many of the assembly's resolutions have opened (or closed). */
  async startedCount(db: EntityManager, organizationId: string, assemblyId: string): Promise<number> {
    const row = await firstRow<{ started: number }>(
      db,
      `SELECT count(*)::int AS started FROM resolutions WHERE organization_id = $1 AND assembly_id = $2 AND status <> 'draft'`,
      [organizationId, assemblyId],
    );
    return row!.started;
  }

  /** The open resolutions the member may vote on (on their electorate, or holding a proxy of an elector), closing first. */
  async openToMember(db: EntityManager, organizationId: string, memberId: string): Promise<OpenToMemberRow[]> {
    return rows<OpenToMemberRow>(
      db,
      `SELECT r.id,
              EXISTS (SELECT 1 FROM participations x WHERE x.resolution_id = r.id AND x.member_id = $2) AS voted,
              ARRAY(SELECT p.grantor_member_id::text FROM proxies p
                      JOIN resolution_electors e ON e.resolution_id = r.id AND e.member_id = p.grantor_member_id
                     WHERE p.assembly_id = r.assembly_id AND p.holder_member_id = $2 AND p.revoked_at IS NULL
                       AND NOT EXISTS (SELECT 1 FROM participations x WHERE x.resolution_id = r.id AND x.member_id = p.grantor_member_id)
                     ORDER BY p.created_at) AS "proxiesToCast"
         FROM resolutions r
        WHERE r.organization_id = $1 AND r.status = 'open'
          AND (EXISTS (SELECT 1 FROM resolution_electors e WHERE e.resolution_id = r.id AND e.member_id = $2)
               OR EXISTS (SELECT 1 FROM proxies p JOIN resolution_electors e ON e.resolution_id = r.id AND e.member_id = p.grantor_member_id
                           WHERE p.assembly_id = r.assembly_id AND p.holder_member_id = $2 AND p.revoked_at IS NULL))
        ORDER BY r.closes_at`,
      [organizationId, memberId],
    );
  }
}
