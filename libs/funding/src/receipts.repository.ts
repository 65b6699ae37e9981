import { Injectable } from '@nestjs/common';
import { firstRow, rows } from '@socius/database';
import type { DocumentLanguage } from '@socius/documents';
import type { EntityManager } from 'typeorm';

/** The organization as its receipts show it. */
export interface ReceiptOrganizationRow {
  id: string;
  name: string;
  legalForm: string;
  siren: string | null;
  address: string | null;
  rcsCity: string | null;
  timezone: string;
  defaultLanguage: DocumentLanguage;
}

export interface ReceiptCampaignRow {
  title: string;
  beneficiary: string | null;
}

/** A payment or refund of a contribution, from the campaign ledger. */
export interface MovementRow {
  kind: 'payment' | 'refund';
  occurredOn: string;
  method: string | null;
  reference: string | null;
  amountCents: string;
}

export interface PartnerOrganizationRow {
  address: string | null;
  siren: string | null;
}

/** A member contributor: the address and identity their receipts print. */
export interface ReceiptMemberRow {
  kind: string;
  siren: string | null;
  addressLine1: string | null;
  addressLine2: string | null;
  postalCode: string | null;
  city: string | null;
  country: string | null;
  membershipNumber: number | null;
}

export interface MailOrganizationRow {
  name: string;
  defaultLanguage: string;
}

/** The SQL of contribution receipts and the e-mail that carries them. */
@Injectable()
export class ReceiptsRepository {
  organization(db: EntityManager, organizationId: string): Promise<ReceiptOrganizationRow | undefined> {
    return firstRow(
      db,
      `SELECT id, name, legal_form AS "legalForm", siren, address, rcs_city AS "rcsCity", timezone, default_language AS "defaultLanguage"
         FROM organizations WHERE id = $1`,
      [organizationId],
    );
  }

  /** The sender of the receipt e-mails: the organization's name and language. */
  mailOrganization(db: EntityManager, organizationId: string): Promise<MailOrganizationRow | undefined> {
    return firstRow(db, `SELECT name, default_language AS "defaultLanguage" FROM organizations WHERE id = $1`, [
      organizationId,
    ]);
  }

  campaign(db: EntityManager, organizationId: string, campaignId: string): Promise<ReceiptCampaignRow | undefined> {
    return firstRow(db, `SELECT title, beneficiary FROM campaigns WHERE organization_id = $1 AND id = $2`, [
      organizationId,
      campaignId,
    ]);
  }

  /** Payments and refunds of a contribution, in the order they happened. */
  movements(db: EntityManager, organizationId: string, contributionId: string): Promise<MovementRow[]> {
    return rows(
      db,
      `SELECT kind, occurred_on AS "occurredOn", method, reference, amount_cents AS "amountCents" FROM contribution_events
        WHERE organization_id = $1 AND contribution_id = $2 AND kind IN ('payment', 'refund') ORDER BY occurred_on, recorded_at, id`,
      [organizationId, contributionId],
    );
  }

  /** A partner organization on this platform: its address and SIREN as it recorded them. */
  partnerOrganization(db: EntityManager, id: string): Promise<PartnerOrganizationRow | undefined> {
    return firstRow(db, `SELECT address, siren FROM organizations WHERE id = $1`, [id]);
  }

  member(db: EntityManager, organizationId: string, memberId: string): Promise<ReceiptMemberRow | undefined> {
    return firstRow(
      db,
      `SELECT kind, siren, address_line1 AS "addressLine1", address_line2 AS "addressLine2", postal_code AS "postalCode", city, country,
              membership_number AS "membershipNumber"
         FROM members WHERE organization_id = $1 AND id = $2`,
      [organizationId, memberId],
    );
  }
}
