import { Injectable } from '@nestjs/common';
import { firstRow, rows, run } from '@socius/database';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { CampaignStatus } from './entities/campaign.entity';
import type { ContributionEventKind } from './entities/contribution-event.entity';
import type { Contribution, ContributionKind, ContributionStatus, PartnerStatus } from './entities/contribution.entity';

/** A line to append to the campaign ledger. */
export interface EventInput {
  contribution: Contribution;
  kind: ContributionEventKind;
  amountCents: number;
  occurredOn: string;
  method?: string | null;
  reference?: string | null;
  accountingEntryId?: string | null;
  recordedBy?: string | null;
  id?: string;
}

export interface ContributionRefRow {
  id: string;
  campaignId: string;
}

export interface ContributorMemberRow {
  kind: string;
  firstName: string | null;
  lastName: string | null;
  companyName: string | null;
  email: string | null;
  status: string;
}

export interface SubscriptionStatusRow {
  id: string;
  status: string;
}

export interface DuePlanRow {
  id: string;
  organizationId: string;
}

/** A gift recorded by a host in the name of a partner organization (pooled funding). */
export interface GivenRow {
  id: string;
  kind: ContributionKind;
  status: ContributionStatus;
  amountCents: string;
  paidCents: string;
  refundedCents: string;
  pledgedOn: string;
  partnerStatus: PartnerStatus;
  hostSlug: string;
  hostName: string;
  campaignId: string;
  campaignTitle: string;
  campaignStatus: CampaignStatus;
}

export interface GivenSummaryRow {
  total: number;
  /** bigint: paid less refunded */
  given: string;
}

const GIVEN = `SELECT c.id, c.kind, c.status, c.amount_cents AS "amountCents", c.paid_cents AS "paidCents",
                      c.refunded_cents AS "refundedCents", c.pledged_on AS "pledgedOn", c.partner_status AS "partnerStatus",
                      o.slug AS "hostSlug", o.name AS "hostName", k.id AS "campaignId", k.title AS "campaignTitle", k.status AS "campaignStatus"
                 FROM contributions c JOIN organizations o ON o.id = c.organization_id
                 JOIN campaigns k ON k.organization_id = c.organization_id AND k.id = c.campaign_id`;

/**
 * The SQL of contributions: pledges and their instalments, the campaign ledger they write, the
 * contributor and subscription they refer to, pooled funding and erasure.
 */
@Injectable()
export class ContributionsRepository {
  /** Appends a line to the campaign ledger (append-only). */
  async addEvent(db: EntityManager, e: EventInput): Promise<string> {
    const id = e.id ?? randomUUID();
    await run(
      db,
      `INSERT INTO contribution_events (id, organization_id, campaign_id, contribution_id, kind, amount_cents, occurred_on, method, reference, accounting_entry_id, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        id,
        e.contribution.organizationId,
        e.contribution.campaignId,
        e.contribution.id,
        e.kind,
        e.amountCents,
        e.occurredOn,
        e.method ?? null,
        e.reference ?? null,
        e.accountingEntryId ?? null,
        e.recordedBy || null,
      ],
    );
    return id;
  }

  /** The contribution that made a share subscription, if any. */
  bySubscription(
    db: EntityManager,
    organizationId: string,
    subscriptionId: string,
  ): Promise<ContributionRefRow | undefined> {
    return firstRow(
      db,
      `SELECT id, campaign_id AS "campaignId" FROM contributions WHERE organization_id = $1 AND subscription_id = $2`,
      [organizationId, subscriptionId],
    );
  }

  contributorMember(
    db: EntityManager,
    organizationId: string,
    memberId: string,
  ): Promise<ContributorMemberRow | undefined> {
    return firstRow(
      db,
      `SELECT kind, first_name AS "firstName", last_name AS "lastName", company_name AS "companyName", email, status
         FROM members WHERE organization_id = $1 AND id = $2`,
      [organizationId, memberId],
    );
  }

  organizationSlug(db: EntityManager, organizationId: string): Promise<{ slug: string } | undefined> {
    return firstRow(db, `SELECT slug FROM organizations WHERE id = $1`, [organizationId]);
  }

  organizationIdBySlug(db: EntityManager, slug: string): Promise<{ id: string } | undefined> {
    return firstRow(db, `SELECT id FROM organizations WHERE slug = $1`, [slug]);
  }

  /** bigint: the nominal value of a share of the class */
  shareClassNominal(
    db: EntityManager,
    organizationId: string,
    code: string,
  ): Promise<{ nominalCents: string } | undefined> {
    return firstRow(
      db,
      `SELECT nominal_cents AS "nominalCents" FROM share_classes WHERE organization_id = $1 AND code = $2`,
      [organizationId, code],
    );
  }

  subscriptionStatus(
    db: EntityManager,
    organizationId: string,
    subscriptionId: string | null,
  ): Promise<{ status: string } | undefined> {
    return firstRow(db, `SELECT status FROM subscriptions WHERE organization_id = $1 AND id = $2`, [
      organizationId,
      subscriptionId,
    ]);
  }

  subscriptionStatuses(db: EntityManager, organizationId: string, ids: string[]): Promise<SubscriptionStatusRow[]> {
    return rows(db, `SELECT id, status FROM subscriptions WHERE organization_id = $1 AND id = ANY($2::uuid[])`, [
      organizationId,
      ids,
    ]);
  }

  /** Adds instalment `number` of a monthly pledge; undefined when it exists already (unique (parent, number)). */
  async addInstalment(
    db: EntityManager,
    plan: Contribution,
    number: number,
    dueOn: string,
    today: string,
  ): Promise<string | undefined> {
    const row = await firstRow<{ id: string }>(
      db,
      `INSERT INTO contributions (organization_id, campaign_id, kind, status, amount_cents, allow_partial, contributor_type, member_id, contributor_organization_id, contributor_name, contributor_email, public_name, parent_id, instalment_number, due_on, pledged_on, partner_slug, partner_status)
       VALUES ($1, $2, $3, 'pledged', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
       ON CONFLICT (parent_id, instalment_number) DO NOTHING RETURNING id`,
      [
        plan.organizationId,
        plan.campaignId,
        plan.kind,
        plan.amountCents,
        plan.allowPartial,
        plan.contributorType,
        plan.memberId,
        plan.contributorOrganizationId,
        plan.contributorName,
        plan.contributorEmail,
        plan.publicName,
        plan.id,
        number,
        dueOn,
        today,
        plan.partnerSlug,
        plan.partnerStatus,
      ],
    );
    return row?.id;
  }

  /** Monthly pledges of open campaigns with instalments still to generate, in every organization. */
  plansWithInstalmentsLeft(db: EntityManager): Promise<DuePlanRow[]> {
    return rows(
      db,
      `SELECT p.id, p.organization_id AS "organizationId" FROM contributions p JOIN campaigns c ON c.organization_id = p.organization_id AND c.id = p.campaign_id
        WHERE p.recurrence IS NOT NULL AND p.status = 'pledged' AND c.status = 'open'
          AND (SELECT count(*) FROM contributions i WHERE i.organization_id = p.organization_id AND i.parent_id = p.id) < p.instalment_count`,
    );
  }

  // ---- pooled funding: what hosts recorded as given by an organization --------------------

  /** The confirmed gifts of an organization: their count, and paid less refunded. */
  async givenSummary(db: EntityManager, organizationId: string): Promise<GivenSummaryRow> {
    return (await firstRow<GivenSummaryRow>(
      db,
      `SELECT count(*)::int AS total, coalesce(sum(paid_cents - refunded_cents), 0) AS given FROM contributions
        WHERE contributor_organization_id = $1 AND partner_status = 'confirmed' AND recurrence IS NULL`,
      [organizationId],
    ))!;
  }

  /** Pending and confirmed gifts, newest first, after the gift `afterId` if given; `limit + 1` rows at most. */
  givenPage(
    db: EntityManager,
    organizationId: string,
    afterId: string | undefined,
    limit: number,
  ): Promise<GivenRow[]> {
    return rows(
      db,
      `${GIVEN}
        WHERE c.contributor_organization_id = $1 AND c.partner_status IN ('pending', 'confirmed') AND c.recurrence IS NULL
       ${afterId ? 'AND (c.created_at, c.id) < (SELECT created_at, id FROM contributions WHERE id = $2 AND contributor_organization_id = $1)' : ''}
       ORDER BY c.created_at DESC, c.id DESC LIMIT ${limit + 1}`,
      afterId ? [organizationId, afterId] : [organizationId],
    );
  }

  givenOne(db: EntityManager, organizationId: string, id: string): Promise<GivenRow | undefined> {
    return firstRow(db, `${GIVEN} WHERE c.id = $2 AND c.contributor_organization_id = $1`, [organizationId, id]);
  }

  /** Records the giver's answer to a pending gift; the number of rows changed (0 when not pending). */
  async answerGiven(
    db: EntityManager,
    organizationId: string,
    id: string,
    answer: 'confirmed' | 'refused',
  ): Promise<number> {
    const { affected } = await run(
      db,
      `UPDATE contributions SET partner_status = $3
        WHERE id = $2 AND contributor_organization_id = $1 AND partner_status = 'pending'`,
      [organizationId, id, answer],
    );
    return affected;
  }

  /** Erasure: the contributions of a member, or given under their address, lose the name, address and e-mail; their ids. */
  async eraseContributor(
    db: EntityManager,
    organizationId: string,
    memberId: string,
    formerEmail: string | null,
    pseudonym: string,
  ): Promise<string[]> {
    const { rows: erased } = await run<{ id: string }>(
      db,
      `UPDATE contributions
          SET contributor_name = $4, contributor_email = NULL, contributor_address = NULL, public_name = false
        WHERE organization_id = $1
          AND (member_id = $2 OR (contributor_type = 'person' AND lower(contributor_email) = lower($3)))
        RETURNING id`,
      [organizationId, memberId, formerEmail, pseudonym],
    );
    return erased.map((r) => r.id);
  }
}
