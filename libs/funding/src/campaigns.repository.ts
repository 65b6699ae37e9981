import { Injectable } from '@nestjs/common';
import { firstRow, rows } from '@socius/database';
import type { EntityManager } from 'typeorm';
import type { CampaignStatus } from './entities/campaign.entity';
import type { ContributionEventKind } from './entities/contribution-event.entity';
import type { ContributionKind } from './entities/contribution.entity';

/** A campaign's figures from its contributions; bigint sums arrive as strings. */
export interface CampaignFiguresRow {
  campaignId: string;
  pledged: string;
  raised: string;
  contributors: number;
}

/** Money in (payments) less money out (refunds) of a campaign on one day. */
export interface CampaignMoveRow {
  occurredOn: string;
  cents: string;
}

export interface CampaignListFilter {
  organizationId: string;
  status?: CampaignStatus;
  /** members see the campaigns they can contribute to, not drafts or past ones */
  openOnly: boolean;
}

export interface CampaignDueRow {
  id: string;
  organizationId: string;
}

export interface LedgerRow {
  id: string;
  contributionId: string;
  kind: ContributionEventKind;
  contributionKind: ContributionKind;
  contributorName: string;
  amountCents: string;
  occurredOn: string;
  method: string | null;
  reference: string | null;
  accountingEntryId: string | null;
  recordedAt: Date;
}

export interface PublicOrganizationRow {
  id: string;
  name: string;
  slug: string;
}

export interface NamedContributorRow {
  name: string;
  /** bigint: paid less refunded */
  amount: string;
}

/** What the settlement notices of a failed campaign say about it. */
export interface SettlementCampaignRow {
  title: string;
  goalCents: string;
  closingRaisedCents: string | null;
  organizationName: string;
  defaultLanguage: string;
}

/** One contributor (by e-mail address) of a failed campaign: what comes back and what is cancelled. */
export interface SettlementContributorRow {
  email: string;
  name: string;
  refund: string;
  cancelled: string;
}

/** The SQL of campaigns: their figures, lists, closing, ledger, public page and settlement notices. */
@Injectable()
export class CampaignsRepository {
  /**
   * The figures of campaigns, from their contributions: raised = paid less refunded (a share
   * subscription counts once, by its contribution, not again by its subscription); pledged = what is
   * promised and stands (pledges, paid contributions not refunded, the months of monthly pledges not
   * generated yet); contributors = distinct members, partner organizations or e-mails (else names).
   * Campaigns without contributions have no row.
   */
  figures(db: EntityManager, organizationId: string, campaignIds: string[]): Promise<CampaignFiguresRow[]> {
    return rows(
      db,
      `SELECT c.campaign_id AS "campaignId",
              coalesce(sum(CASE WHEN c.recurrence IS NULL AND c.status IN ('pledged', 'paid') AND NOT c.refund_due THEN c.amount_cents
                                WHEN c.recurrence IS NOT NULL AND c.status = 'pledged'
                                THEN c.amount_cents * (c.instalment_count - (SELECT count(*) FROM contributions i WHERE i.organization_id = c.organization_id AND i.parent_id = c.id))
                                ELSE 0 END), 0) AS pledged,
              coalesce(sum(c.paid_cents - c.refunded_cents), 0) AS raised,
              count(DISTINCT CASE WHEN (c.status IN ('pledged', 'paid') AND NOT c.refund_due) AND c.parent_id IS NULL
                                  THEN coalesce(c.member_id::text, c.contributor_organization_id::text, lower(c.contributor_email), lower(c.contributor_name)) END)::int AS contributors
         FROM contributions c
        WHERE c.organization_id = $1 AND c.campaign_id = ANY($2::uuid[])
        GROUP BY c.campaign_id`,
      [organizationId, campaignIds],
    );
  }

  /** Money in and out of a campaign by date, from its ledger. */
  moves(db: EntityManager, organizationId: string, campaignId: string): Promise<CampaignMoveRow[]> {
    return rows(
      db,
      `SELECT to_char(occurred_on, 'YYYY-MM-DD') AS "occurredOn", sum(CASE WHEN kind = 'payment' THEN amount_cents ELSE -amount_cents END) AS cents
         FROM contribution_events WHERE organization_id = $1 AND campaign_id = $2 AND kind IN ('payment', 'refund')
        GROUP BY occurred_on ORDER BY occurred_on`,
      [organizationId, campaignId],
    );
  }

  async count(db: EntityManager, filter: CampaignListFilter): Promise<number> {
    const { where, params } = listWhere(filter);
    const row = await firstRow<{ total: number }>(
      db,
      `SELECT count(*)::int AS total FROM campaigns WHERE ${where}`,
      params,
    );
    return row!.total;
  }

  /** Ids of a page of campaigns, newest first, after the campaign `afterId` if given; `limit + 1` at most. */
  async pageIds(
    db: EntityManager,
    filter: CampaignListFilter,
    afterId: string | undefined,
    limit: number,
  ): Promise<string[]> {
    const { where: filtered, params } = listWhere(filter);
    let where = filtered;
    // the cursor's row is looked up in this organization only: another's id is no position here
    if (afterId)
      where += ` AND (created_at, id) < (SELECT created_at, id FROM campaigns WHERE organization_id = $1 AND id = $${params.push(afterId)})`;
    const ids = await rows<{ id: string }>(
      db,
      `SELECT id FROM campaigns WHERE ${where} ORDER BY created_at DESC, id DESC LIMIT ${limit + 1}`,
      params,
    );
    return ids.map((r) => r.id);
  }

  /** Open campaigns whose last day is over in their organization's time zone, in every organization. */
  dueToClose(db: EntityManager): Promise<CampaignDueRow[]> {
    return rows(
      db,
      `SELECT c.id, c.organization_id AS "organizationId" FROM campaigns c JOIN organizations o ON o.id = c.organization_id
        WHERE c.status = 'open' AND c.ends_on < (now() AT TIME ZONE o.timezone)::date ORDER BY c.ends_on, c.id`,
    );
  }

  async ledgerCount(db: EntityManager, organizationId: string, campaignId: string): Promise<number> {
    const row = await firstRow<{ total: number }>(
      db,
      `SELECT count(*)::int AS total FROM contribution_events WHERE organization_id = $1 AND campaign_id = $2`,
      [organizationId, campaignId],
    );
    return row!.total;
  }

  /** The campaign ledger in the order recorded, after the line `afterId` if given; `limit + 1` lines at most. */
  ledgerPage(
    db: EntityManager,
    organizationId: string,
    campaignId: string,
    afterId: string | undefined,
    limit: number,
  ): Promise<LedgerRow[]> {
    return rows(
      db,
      `SELECT e.id, e.contribution_id AS "contributionId", e.kind, c.kind AS "contributionKind", c.contributor_name AS "contributorName",
              e.amount_cents AS "amountCents", e.occurred_on AS "occurredOn", e.method, e.reference,
              e.accounting_entry_id AS "accountingEntryId", e.recorded_at AS "recordedAt"
         FROM contribution_events e JOIN contributions c ON c.organization_id = e.organization_id AND c.id = e.contribution_id
        WHERE e.organization_id = $1 AND e.campaign_id = $2
          ${afterId ? 'AND (e.recorded_at, e.id) > (SELECT recorded_at, id FROM contribution_events WHERE organization_id = $1 AND id = $3)' : ''}
        ORDER BY e.recorded_at, e.id LIMIT ${limit + 1}`,
      afterId ? [organizationId, campaignId, afterId] : [organizationId, campaignId],
    );
  }

  organizationBySlug(db: EntityManager, slug: string): Promise<PublicOrganizationRow | undefined> {
    return firstRow(db, `SELECT id, name, slug FROM organizations WHERE slug = $1`, [slug]);
  }

  /** The contributors who agreed to be named, with what they gave and kept in, most first. */
  namedContributors(db: EntityManager, organizationId: string, campaignId: string): Promise<NamedContributorRow[]> {
    return rows(
      db,
      `SELECT contributor_name AS name, sum(paid_cents - refunded_cents) AS amount FROM contributions
        WHERE organization_id = $1 AND campaign_id = $2 AND public_name AND status IN ('pledged', 'paid') AND NOT refund_due AND paid_cents > refunded_cents
        GROUP BY contributor_name ORDER BY sum(paid_cents - refunded_cents) DESC, contributor_name`,
      [organizationId, campaignId],
    );
  }

  settlementCampaign(
    db: EntityManager,
    organizationId: string,
    campaignId: string,
  ): Promise<SettlementCampaignRow | undefined> {
    return firstRow(
      db,
      `SELECT k.title, k.goal_cents AS "goalCents", k.closing_raised_cents AS "closingRaisedCents",
              o.name AS "organizationName", o.default_language AS "defaultLanguage"
         FROM campaigns k JOIN organizations o ON o.id = k.organization_id WHERE k.organization_id = $1 AND k.id = $2`,
      [organizationId, campaignId],
    );
  }

  /** The contributors of a campaign with an e-mail address, one row per address. */
  settlementContributors(
    db: EntityManager,
    organizationId: string,
    campaignId: string,
  ): Promise<SettlementContributorRow[]> {
    return rows(
      db,
      `SELECT lower(contributor_email) AS email, min(contributor_name) AS name,
              sum(CASE WHEN refund_due THEN paid_cents - refunded_cents ELSE 0 END) AS refund,
              sum(CASE WHEN status = 'cancelled' AND parent_id IS NULL THEN amount_cents ELSE 0 END) AS cancelled
         FROM contributions WHERE organization_id = $1 AND campaign_id = $2 AND contributor_email IS NOT NULL
        GROUP BY lower(contributor_email) ORDER BY 1`,
      [organizationId, campaignId],
    );
  }
}

function listWhere(filter: CampaignListFilter): { where: string; params: unknown[] } {
  const params: unknown[] = [filter.organizationId];
  let where = 'organization_id = $1';
  if (filter.status) where += ` AND status = $${params.push(filter.status)}`;
  if (filter.openOnly) where += ` AND status = 'open'`;
  return { where, params };
}
