import { Injectable } from '@nestjs/common';
import type { OrgContext } from '@socius/auth';
import { firstRow, rows } from '@socius/database';
import type { EntityManager } from 'typeorm';

/** A user's place in an organization, for the access guard. */
export interface MembershipRow {
  id: string;
  role: OrgContext['role'];
  member_id: string | null;
  /** only sessions opened through the organization's own identity provider may act in it */
  require_sso: boolean;
  /** an admin of an organization that requires two factors, without them */
  two_factor_missing: boolean;
}

/** The organizations' SQL that the entities do not say: access, the admins' lock, a member's existence. */
@Injectable()
export class OrganizationsRepository {
  /** The user's role in the organization with this slug; none when they have no role there. */
  membership(em: EntityManager, slug: string, userId: string): Promise<MembershipRow[]> {
    return rows<MembershipRow>(
      em,
      `SELECT o.id, ou.role, ou.member_id, o.require_sso,
                o.require_admin_two_factor AND ou.role = 'admin'
                  AND NOT EXISTS (SELECT 1 FROM users u WHERE u.id = ou.user_id AND u.totp_enabled_at IS NOT NULL)
                  AS two_factor_missing
           FROM organizations o
           JOIN organization_users ou ON ou.organization_id = o.id AND ou.user_id = $2
          WHERE o.slug = $1`,
      [slug, userId],
    );
  }

  /** The admins' user ids, their rows locked until the commit. */
  async lockAdmins(em: EntityManager, organizationId: string): Promise<string[]> {
    const admins = await rows<{ user_id: string }>(
      em,
      `SELECT user_id FROM organization_users WHERE organization_id = $1 AND role = 'admin' FOR UPDATE`,
      [organizationId],
    );
    return admins.map((a) => a.user_id);
  }

  /** Whether the organization has this member (the members library sits above this one). */
  async memberExists(em: EntityManager, organizationId: string, memberId: string): Promise<boolean> {
    const member = await firstRow<Record<string, unknown>>(
      em,
      `SELECT 1 FROM members WHERE organization_id = $1 AND id = $2`,
      [organizationId, memberId],
    );
    return member !== undefined;
  }
}
