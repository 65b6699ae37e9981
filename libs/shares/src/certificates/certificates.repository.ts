import { Injectable } from '@nestjs/common';
import { firstRow, rows, run } from '@socius/database';
import type { DocumentLanguage } from '@socius/documents';
import type { EntityManager } from 'typeorm';

/** The organization as its documents print it: letterhead, signatory, calendar, language, capital floor rule. */
export interface OrganizationRow {
  id: string;
  name: string;
  legalForm: string;
  siren: string | null;
  address: string | null;
  rcsCity: string | null;
  legalRepresentativeName: string | null;
  legalRepresentativeTitle: string | null;
  signaturePlace: string | null;
  timezone: string;
  defaultLanguage: DocumentLanguage;
  /** numeric: a string */
  capitalFloorPercent: string;
}

/** A member as their documents print them, with their college and how to reach them. */
export interface MemberRow {
  id: string;
  kind: 'person' | 'legal_entity';
  firstName: string | null;
  lastName: string | null;
  companyName: string | null;
  siren: string | null;
  legalRepresentative: string | null;
  addressLine1: string | null;
  addressLine2: string | null;
  postalCode: string | null;
  city: string | null;
  country: string | null;
  membershipNumber: number | null;
  admittedOn: string | null;
  admissionDecisionRef: string | null;
  status: string;
  email: string | null;
  eConsent: boolean;
  collegeCode: string | null;
  collegeName: string | null;
}

/** A member's shares of one class at a date, and the last ledger sequence that moved them. */
export interface HoldingRow {
  memberId: string;
  code: string;
  name: string;
  nominalCents: string;
  quantity: number;
  lastSequence: string;
}

/** What a member's instalment subscriptions had not yet called or paid at a date. */
export interface OwedRow {
  memberId: string;
  uncalled: string;
  unpaid: string;
}

/** A subscription as its receipt prints it, with its class. */
export interface ReceiptSubscriptionRow {
  id: string;
  memberId: string;
  quantity: number;
  unitCents: string;
  amountCents: string;
  calledCents: string;
  paidCents: string;
  refundedCents: string;
  instalments: boolean;
  status: string;
  subscribedOn: string;
  decidedOn: string | null;
  decisionRef: string | null;
  issuedOn: string | null;
  classCode: string;
  className: string;
}

export interface ReceiptPaymentRow {
  paidOn: string;
  method: string;
  reference: string | null;
  amountCents: string;
}

/** A payment of the year towards issued shares, for the IR-PME statement. */
export interface TaxPaymentRow {
  id: string;
  subscriptionId: string;
  amountCents: string;
  paidOn: string;
  subscribedOn: string;
  quantity: number;
  subscriptionAmountCents: string;
  classCode: string;
}

const MEMBER_COLUMNS = `m.id, m.kind, m.first_name AS "firstName", m.last_name AS "lastName", m.company_name AS "companyName",
  m.siren, m.legal_representative AS "legalRepresentative", m.address_line1 AS "addressLine1",
  m.address_line2 AS "addressLine2", m.postal_code AS "postalCode", m.city, m.country,
  m.membership_number AS "membershipNumber", m.admitted_on AS "admittedOn",
  m.admission_decision_ref AS "admissionDecisionRef", m.status, m.email, m.e_consent AS "eConsent",
  c.code AS "collegeCode", c.name AS "collegeName"
  FROM members m LEFT JOIN colleges c ON c.organization_id = m.organization_id AND c.id = m.college_id`;

/** What the certificates, receipts and statements of the share register read. */
@Injectable()
export class CertificatesRepository {
  organization(db: EntityManager, organizationId: string): Promise<OrganizationRow | undefined> {
    return firstRow<OrganizationRow>(
      db,
      `SELECT id, name, legal_form AS "legalForm", siren, address, rcs_city AS "rcsCity",
              legal_representative_name AS "legalRepresentativeName", legal_representative_title AS "legalRepresentativeTitle",
              signature_place AS "signaturePlace", timezone, default_language AS "defaultLanguage",
              capital_floor_percent AS "capitalFloorPercent"
         FROM organizations WHERE id = $1`,
      [organizationId],
    );
  }

  member(db: EntityManager, organizationId: string, memberId: string): Promise<MemberRow | undefined> {
    return firstRow<MemberRow>(db, `SELECT ${MEMBER_COLUMNS} WHERE m.organization_id = $1 AND m.id = $2`, [
      organizationId,
      memberId,
    ]);
  }

  /** The members among the holders of `holdings` (a query of member_id and quantity) holding shares, in membership order. */
  holders(db: EntityManager, holdings: { sql: string; params: unknown[] }): Promise<MemberRow[]> {
    return rows<MemberRow>(
      db,
      `SELECT ${MEMBER_COLUMNS}
        WHERE m.organization_id = $1 AND m.id IN (SELECT member_id FROM (${holdings.sql}) h WHERE quantity > 0)
        ORDER BY m.membership_number NULLS LAST, m.id`,
      holdings.params,
    );
  }

  /** The shares these members held per class at the end of `at`, and the last sequence that moved them. */
  holdings(db: EntityManager, organizationId: string, memberIds: string[], at: string): Promise<HoldingRow[]> {
    return rows<HoldingRow>(
      db,
      `SELECT h.member_id AS "memberId", c.code, c.name, c.nominal_cents AS "nominalCents", h.quantity, h.last_sequence AS "lastSequence" FROM (
         SELECT member_id, share_class_id, sum(quantity)::int AS quantity, max(sequence) AS last_sequence FROM ledger_movements
          WHERE organization_id = $1 AND member_id = ANY($2::uuid[]) AND effective_on <= $3 GROUP BY member_id, share_class_id) h
       JOIN share_classes c ON c.organization_id = $1 AND c.id = h.share_class_id ORDER BY h.member_id, c.code`,
      [organizationId, memberIds, at],
    );
  }

  /** What these members' instalment subscriptions had not yet called or paid at the end of `at` (as the capital statement counts them). */
  owed(db: EntityManager, organizationId: string, memberIds: string[], at: string): Promise<OwedRow[]> {
    return rows<OwedRow>(
      db,
      `SELECT s.member_id AS "memberId", sum(s.amount_cents - s.called_cents + coalesce(later.called, 0)) AS uncalled, sum(s.amount_cents - coalesce(paid.paid, 0)) AS unpaid
         FROM subscriptions s
         LEFT JOIN LATERAL (SELECT sum(amount_cents) AS called FROM capital_calls c WHERE c.organization_id = $1 AND c.subscription_id = s.id AND c.called_on > $3) later ON true
         LEFT JOIN LATERAL (SELECT sum(amount_cents) AS paid FROM subscription_payments p WHERE p.organization_id = $1 AND p.subscription_id = s.id AND p.paid_on <= $3) paid ON true
        WHERE s.organization_id = $1 AND s.member_id = ANY($2::uuid[]) AND s.instalments AND s.status IN ('issued', 'defaulted') AND s.issued_on <= $3
        GROUP BY s.member_id`,
      [organizationId, memberIds, at],
    );
  }

  receiptSubscription(
    db: EntityManager,
    organizationId: string,
    subscriptionId: string,
  ): Promise<ReceiptSubscriptionRow | undefined> {
    return firstRow<ReceiptSubscriptionRow>(
      db,
      `SELECT s.id, s.member_id AS "memberId", s.quantity, s.unit_cents AS "unitCents", s.amount_cents AS "amountCents",
              s.called_cents AS "calledCents", s.paid_cents AS "paidCents", s.refunded_cents AS "refundedCents",
              s.instalments, s.status, s.subscribed_on AS "subscribedOn", s.decided_on AS "decidedOn",
              s.decision_ref AS "decisionRef", s.issued_on AS "issuedOn", c.code AS "classCode", c.name AS "className"
         FROM subscriptions s JOIN share_classes c ON c.organization_id = s.organization_id AND c.id = s.share_class_id
        WHERE s.organization_id = $1 AND s.id = $2`,
      [organizationId, subscriptionId],
    );
  }

  receiptPayments(db: EntityManager, organizationId: string, subscriptionId: string): Promise<ReceiptPaymentRow[]> {
    return rows<ReceiptPaymentRow>(
      db,
      `SELECT paid_on AS "paidOn", method, reference, amount_cents AS "amountCents" FROM subscription_payments
        WHERE organization_id = $1 AND subscription_id = $2 ORDER BY paid_on, recorded_at, id`,
      [organizationId, subscriptionId],
    );
  }

  /** A member's payments of calendar year `year` on subscriptions whose shares were issued. */
  taxPayments(db: EntityManager, organizationId: string, memberId: string, year: number): Promise<TaxPaymentRow[]> {
    return rows<TaxPaymentRow>(
      db,
      `SELECT p.id, p.subscription_id AS "subscriptionId", p.amount_cents AS "amountCents", p.paid_on AS "paidOn",
              s.subscribed_on AS "subscribedOn", s.quantity, s.amount_cents AS "subscriptionAmountCents", c.code AS "classCode"
         FROM subscription_payments p
         JOIN subscriptions s ON s.organization_id = p.organization_id AND s.id = p.subscription_id
         JOIN share_classes c ON c.organization_id = s.organization_id AND c.id = s.share_class_id
        WHERE p.organization_id = $1 AND s.member_id = $2 AND s.status IN ('issued', 'defaulted')
          AND p.paid_on >= make_date($3, 1, 1) AND p.paid_on < make_date($3 + 1, 1, 1)
        ORDER BY p.paid_on, p.recorded_at, p.id`,
      [organizationId, memberId, year],
    );
  }

  /** The ids of a member's subscriptions (whose receipts are about them). */
  async subscriptionIds(db: EntityManager, organizationId: string, memberId: string): Promise<string[]> {
    const found = await rows<{ id: string }>(
      db,
      `SELECT id FROM subscriptions WHERE organization_id = $1 AND member_id = $2`,
      [organizationId, memberId],
    );
    return found.map((s) => s.id);
  }

  /**
   * Inside the caller's transaction: waits for any other request of the same batch of this
   * organization (an advisory lock held until commit), then answers the job of it still queued or
   * running, if any.
   */
  async lockBatch(db: EntityManager, organizationId: string, job: string): Promise<{ id: string } | undefined> {
    await run(db, `SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`${job}:${organizationId}`]);
    return firstRow<{ id: string }>(
      db,
      `SELECT id FROM outbox WHERE organization_id = $1 AND name = $2 AND status IN ('pending', 'queued', 'active') LIMIT 1`,
      [organizationId, job],
    );
  }
}
