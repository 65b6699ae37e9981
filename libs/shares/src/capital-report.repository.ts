import { Injectable } from '@nestjs/common';
import { firstRow, rows, run } from '@socius/database';
import { EntityManager } from 'typeorm';

/** An organization with an accountant, and when its day `at` is over. */
export interface ReportedOrganizationRow {
  id: string;
  availableAt: Date;
}

export interface ReportOrganizationRow {
  name: string;
  slug: string;
  defaultLanguage: string;
}

export interface AccountantRow {
  id: string;
  email: string;
  name: string;
}

/** The SQL of the monthly capital report: who gets it, and the deliveries row that claims its job. */
@Injectable()
export class CapitalReportRepository {
  /** Organizations with an accountant, in id order, each with the instant its day `at` ends. */
  async organizationsWithAccountants(db: EntityManager, at: string): Promise<ReportedOrganizationRow[]> {
    return rows<ReportedOrganizationRow>(
      db,
      `SELECT o.id, (($1::date + 1)::timestamp AT TIME ZONE o.timezone) AS "availableAt"
         FROM organizations o
        WHERE EXISTS (SELECT 1 FROM organization_users ou WHERE ou.organization_id = o.id AND ou.role = 'accountant')
        ORDER BY o.id`,
      [at],
    );
  }

  async organization(db: EntityManager, organizationId: string): Promise<ReportOrganizationRow | undefined> {
    return firstRow<ReportOrganizationRow>(
      db,
      `SELECT name, slug, default_language AS "defaultLanguage" FROM organizations WHERE id = $1`,
      [organizationId],
    );
  }

  /** The organization's accountants, by e-mail. */
  async accountants(db: EntityManager, organizationId: string): Promise<AccountantRow[]> {
    return rows<AccountantRow>(
      db,
      `SELECT u.id, u.email, u.name FROM organization_users ou JOIN users u ON u.id = ou.user_id
        WHERE ou.organization_id = $1 AND ou.role = 'accountant' ORDER BY u.email`,
      [organizationId],
    );
  }

  /** Inserts the claim row (purpose, recipient); false when it was there already. */
  async claim(
    db: EntityManager,
    organizationId: string,
    purpose: string,
    recipient: string,
    outboxId: string | null,
  ): Promise<boolean> {
    const { affected } = await run(
      db,
      `INSERT INTO deliveries (organization_id, purpose, recipient, outbox_id, status, sent_at) VALUES ($1, $2, $3, $4, 'sent', now())
       ON CONFLICT (purpose, recipient) DO NOTHING RETURNING id`,
      [organizationId, purpose, recipient, outboxId],
    );
    return affected > 0;
  }

  async setClaimOutbox(db: EntityManager, purpose: string, recipient: string, outboxId: string): Promise<void> {
    await run(db, `UPDATE deliveries SET outbox_id = $3 WHERE purpose = $1 AND recipient = $2`, [
      purpose,
      recipient,
      outboxId,
    ]);
  }
}
