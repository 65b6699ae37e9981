import { Injectable } from '@nestjs/common';
import { firstRow, rows, run } from '@socius/database';
import type { EntityManager } from 'typeorm';

// The GDPR export's rows keep their column names: they are what the member receives.

export interface ExportOrganizationRow {
  name: string;
  slug: string;
  siren: string | null;
}

export interface ExportAccountRow {
  email: string;
  name: string | null;
  role: string;
  since: Date;
}

export interface ExportAcceptanceRow {
  kind: string;
  version: number;
  title: string;
  accepted_on: string;
  via: string;
}

export interface ExportHistoryRow {
  at: Date;
  actor: unknown;
  action: string;
  changes: unknown;
}

export interface ExportMessageRow {
  purpose: string;
  sent_at: Date | null;
}

export interface ErasableRow {
  /** YYYY-MM-DD: the exit date plus the organization's retention period */
  erasable_on: string;
  /** YYYY-MM-DD in the organization's time zone */
  today: string;
}

/** The SQL of the GDPR export (art. 15 and 20) and of the erasure (art. 17) outside the members table. */
@Injectable()
export class PrivacyRepository {
  exportOrganization(em: EntityManager, organizationId: string): Promise<ExportOrganizationRow | undefined> {
    return firstRow<ExportOrganizationRow>(em, `SELECT name, slug, siren FROM organizations WHERE id = $1`, [
      organizationId,
    ]);
  }

  exportAccounts(em: EntityManager, organizationId: string, memberId: string): Promise<ExportAccountRow[]> {
    return rows<ExportAccountRow>(
      em,
      `SELECT u.email, u.name, ou.role, ou.created_at AS since FROM organization_users ou JOIN users u ON u.id = ou.user_id WHERE ou.organization_id = $1 AND ou.member_id = $2`,
      [organizationId, memberId],
    );
  }

  exportAcceptances(em: EntityManager, organizationId: string, memberId: string): Promise<ExportAcceptanceRow[]> {
    return rows<ExportAcceptanceRow>(
      em,
      `SELECT c.kind, c.version, c.title, a.accepted_on, a.via FROM charter_acceptances a JOIN charters c ON c.id = a.charter_id WHERE a.organization_id = $1 AND a.member_id = $2 ORDER BY a.recorded_at`,
      [organizationId, memberId],
    );
  }

  exportHistory(em: EntityManager, organizationId: string, memberId: string): Promise<ExportHistoryRow[]> {
    return rows<ExportHistoryRow>(
      em,
      `SELECT at, actor, action, changes FROM audit_log WHERE organization_id = $1 AND entity_type = 'member' AND entity_id = $2::text ORDER BY id`,
      [organizationId, memberId],
    );
  }

  /** The messages sent to this address. */
  exportMessages(em: EntityManager, organizationId: string, email: string): Promise<ExportMessageRow[]> {
    return rows<ExportMessageRow>(
      em,
      `SELECT purpose, sent_at FROM deliveries WHERE organization_id = $1 AND recipient = $2 AND status = 'sent' ORDER BY sent_at`,
      [organizationId, email],
    );
  }

  /** When a member who left on `exitOn` may be erased, and today, in the organization's calendar. */
  async erasable(em: EntityManager, organizationId: string, exitOn: string): Promise<ErasableRow> {
    const row = await firstRow<ErasableRow>(
      em,
      `SELECT to_char(($2::date + make_interval(years => personal_data_retention_years)), 'YYYY-MM-DD') AS erasable_on,
                to_char(now() AT TIME ZONE timezone, 'YYYY-MM-DD') AS today
           FROM organizations WHERE id = $1`,
      [organizationId, exitOn],
    );
    return row!;
  }

  /** The history keeps who did what and when, not the values that named the person. */
  async clearHistoryValues(em: EntityManager, organizationId: string, memberId: string): Promise<void> {
    await run(
      em,
      `UPDATE audit_log SET changes = NULL WHERE organization_id = $1 AND entity_type = 'member' AND entity_id = $2::text`,
      [organizationId, memberId],
    );
  }

  async replaceRecipient(
    em: EntityManager,
    organizationId: string,
    formerEmail: string,
    recipient: string,
  ): Promise<void> {
    await run(em, `UPDATE deliveries SET recipient = $3 WHERE organization_id = $1 AND recipient = $2`, [
      organizationId,
      formerEmail,
      recipient,
    ]);
  }

  /** Answers kept for retried requests that mention the member's id or former address. */
  async deleteIdempotentAnswers(
    em: EntityManager,
    organizationId: string,
    memberId: string,
    formerEmail: string | null,
  ): Promise<void> {
    await run(
      em,
      `DELETE FROM idempotency_keys WHERE organization_id = $1
          AND (strpos(response::text, $2) > 0 OR ($3::text IS NOT NULL AND strpos(lower(response::text), lower($3)) > 0))`,
      [organizationId, memberId, formerEmail],
    );
  }

  async unlinkAccounts(em: EntityManager, organizationId: string, memberId: string): Promise<void> {
    await run(em, `UPDATE organization_users SET member_id = NULL WHERE organization_id = $1 AND member_id = $2`, [
      organizationId,
      memberId,
    ]);
  }
}
