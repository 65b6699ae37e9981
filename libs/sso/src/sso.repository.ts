import { Injectable } from '@nestjs/common';
import { firstRow, rows } from '@socius/database';
import type { EntityManager } from 'typeorm';

/** A sign-in button: an enabled provider of the organization. */
export interface SsoButtonRow {
  id: string;
  name: string;
}

/** Whether the organization requires single sign-on, and how many other providers are enabled. */
export interface RequireSsoRow {
  requireSso: boolean;
  others: number;
}

@Injectable()
export class SsoRepository {
  /** The account linked to the provider's subject, marking the link used now; undefined when none is. */
  async touchIdentity(em: EntityManager, providerId: string, subject: string): Promise<string | undefined> {
    const linked = await firstRow<{ userId: string }>(
      em,
      `UPDATE sso_identities SET last_used_at = now() WHERE provider_id = $1 AND subject = $2 RETURNING user_id AS "userId"`,
      [providerId, subject],
    );
    return linked?.userId;
  }

  async countProviders(em: EntityManager, organizationId: string): Promise<number> {
    const count = await firstRow<{ n: number }>(
      em,
      `SELECT count(*)::int AS n FROM identity_providers WHERE organization_id = $1`,
      [organizationId],
    );
    return count?.n ?? 0;
  }

  /** The enabled providers of the organization `slug`, in the order they were added. */
  buttons(em: EntityManager, slug: string): Promise<SsoButtonRow[]> {
    return rows<SsoButtonRow>(
      em,
      `SELECT p.id, p.name FROM identity_providers p JOIN organizations o ON o.id = p.organization_id
        WHERE o.slug = $1 AND p.enabled ORDER BY p.created_at, p.id`,
      [slug],
    );
  }

  /** Locks the organization's row (FOR UPDATE) and counts its enabled providers other than `exceptId`. */
  lockRequireSso(em: EntityManager, organizationId: string, exceptId: string): Promise<RequireSsoRow | undefined> {
    return firstRow<RequireSsoRow>(
      em,
      `SELECT o.require_sso AS "requireSso",
              (SELECT count(*)::int FROM identity_providers p
                WHERE p.organization_id = o.id AND p.enabled AND p.id <> $2) AS others
         FROM organizations o WHERE o.id = $1 FOR UPDATE`,
      [organizationId, exceptId],
    );
  }
}
