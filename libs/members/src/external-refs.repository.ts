import { Injectable } from '@nestjs/common';
import { firstRow, rows, run } from '@socius/database';
import type { EntityManager } from 'typeorm';

/** What another platform calls a member. */
export interface ExternalRefRow {
  platform: string;
  externalId: string;
  createdAt: Date;
}

/** The member a platform's id stands for. */
export interface ExternalRefMatchRow {
  memberId: string;
  platform: string;
  externalId: string;
}

@Injectable()
export class ExternalRefsRepository {
  /** The member's ids on other platforms, by platform. */
  list(em: EntityManager, organizationId: string, memberId: string): Promise<ExternalRefRow[]> {
    return rows<ExternalRefRow>(
      em,
      `SELECT platform, external_id AS "externalId", created_at AS "createdAt" FROM member_external_refs
        WHERE organization_id = $1 AND member_id = $2 ORDER BY platform`,
      [organizationId, memberId],
    );
  }

  /** Sets (or replaces) the member's id on the platform; throws the unique violation when another member has it. */
  async upsert(
    em: EntityManager,
    organizationId: string,
    memberId: string,
    platform: string,
    externalId: string,
  ): Promise<ExternalRefRow> {
    const row = await firstRow<ExternalRefRow>(
      em,
      `INSERT INTO member_external_refs (organization_id, member_id, platform, external_id) VALUES ($1, $2, $3, $4)
           ON CONFLICT (organization_id, member_id, platform) DO UPDATE SET external_id = EXCLUDED.external_id, created_at = now()
           RETURNING platform, external_id AS "externalId", created_at AS "createdAt"`,
      [organizationId, memberId, platform, externalId],
    );
    return row!;
  }

  /** Removes the member's id on the platform; false when there was none. */
  async remove(em: EntityManager, organizationId: string, memberId: string, platform: string): Promise<boolean> {
    const removed = await run(
      em,
      `DELETE FROM member_external_refs WHERE organization_id = $1 AND member_id = $2 AND platform = $3 RETURNING id`,
      [organizationId, memberId, platform],
    );
    return removed.affected > 0;
  }

  find(
    em: EntityManager,
    organizationId: string,
    platform: string,
    externalId: string,
  ): Promise<ExternalRefMatchRow | undefined> {
    return firstRow<ExternalRefMatchRow>(
      em,
      `SELECT member_id AS "memberId", platform, external_id AS "externalId" FROM member_external_refs
        WHERE organization_id = $1 AND platform = $2 AND external_id = $3`,
      [organizationId, platform, externalId],
    );
  }

  /** Removes every id of the member on other platforms. */
  async removeAll(em: EntityManager, organizationId: string, memberId: string): Promise<void> {
    await run(em, `DELETE FROM member_external_refs WHERE organization_id = $1 AND member_id = $2 RETURNING id`, [
      organizationId,
      memberId,
    ]);
  }

  /** Whether the organization has this member, not erased. */
  async memberExists(em: EntityManager, organizationId: string, memberId: string): Promise<boolean> {
    const found = await firstRow<{ id: string }>(
      em,
      `SELECT id FROM members WHERE organization_id = $1 AND id = $2 AND erased_at IS NULL`,
      [organizationId, memberId],
    );
    return found !== undefined;
  }
}
