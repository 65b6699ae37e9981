import { Injectable } from '@nestjs/common';
import type { ResultsDto } from '@socius/assemblies';
import { firstRow, rows } from '@socius/database';
import type { EntityManager } from 'typeorm';

/** Members who consented to e-mail and gave an address (the organization must also allow e-convocation). */
const CONSENTING = `m.e_consent AND m.email IS NOT NULL AND btrim(m.email) <> ''`;
const ADDRESSEE = `m.id, m.membership_number AS "membershipNumber", coalesce(m.company_name, concat_ws(' ', m.first_name, m.last_name)) AS name,
  CASE WHEN m.kind = 'legal_entity' THEN m.legal_representative END AS "legalRepresentative",
  m.email, m.address_line1 AS "addressLine1", m.address_line2 AS "addressLine2", m.postal_code AS "postalCode", m.city, m.country,
  EXISTS (SELECT 1 FROM organization_users ou WHERE ou.organization_id = m.organization_id AND ou.member_id = m.id) AS "hasAccount"`;
/** Active members convened by post: no e-mail or no consent, or all of them when e-convocation is off ($2). */
const POSTAL = `m.organization_id = $1 AND m.status = 'active' AND NOT (${CONSENTING} AND $2)`;

/** A member as a convocation, reminder or letter addresses them. */
export interface AddresseeRow {
  id: string;
  membershipNumber: number | null;
  name: string;
  legalRepresentative: string | null;
  email: string | null;
  addressLine1: string | null;
  addressLine2: string | null;
  postalCode: string | null;
  city: string | null;
  country: string;
  hasAccount: boolean;
}

/** An addressee and whether the e-mail of this purpose reached them (null: never tried). */
export interface RecipientRow extends AddresseeRow {
  sent: boolean | null;
}

export interface ConveneCountsRow {
  email: number;
  postal: number;
  sent: number;
}

export interface MemberChannelRow {
  status: string;
  /** consented to e-mail, gave an address, and the organization convenes by e-mail */
  byEmail: boolean;
}

/** A resolution whose reminders or result notices the sweep scheduled. */
export interface ScheduledNoticeRow {
  organizationId: string;
  resolutionId: string;
}

export interface ConvocationContextRow {
  name: string;
  slug: string;
  legalForm: string;
  siren: string | null;
  address: string | null;
  rcsCity: string | null;
  defaultLanguage: string;
  timezone: string;
  eConvocation: boolean;
  title: string;
  kind: string;
  place: string | null;
  maxProxiesPerHolder: number;
  proxyCapRule: string;
}

export interface AgendaRow {
  id: string;
  number: number;
  title: string;
  opensAt: Date;
  closesAt: Date;
}

export interface NoticeResolutionRow {
  id: string;
  number: number;
  title: string;
  kind: 'motion' | 'election';
  status: string;
  closesAt: Date;
  closedAt: Date | null;
  results: ResultsDto | null;
  assemblyId: string;
  assemblyTitle: string;
  name: string;
  slug: string;
  defaultLanguage: string;
  timezone: string;
}

/** The SQL of convocations, reminders and result notices: who is convened how, and what they are told. */
@Injectable()
export class ConvocationsRepository {
  /** Locks the assembly's row (FOR UPDATE): concurrent requests on one assembly go one at a time. False when it is not there. */
  async lockAssembly(db: EntityManager, organizationId: string, assemblyId: string): Promise<boolean> {
    const row = await firstRow<{ id: string }>(
      db,
      `SELECT id FROM assemblies WHERE organization_id = $1 AND id = $2 FOR UPDATE`,
      [organizationId, assemblyId],
    );
    return row !== undefined;
  }

  /** Active members by e-mail and by post, and how many of the e-mails of `purpose` went out already. */
  async conveneCounts(
    db: EntityManager,
    organizationId: string,
    purpose: string,
    eConvocation: boolean,
  ): Promise<ConveneCountsRow> {
    return (await firstRow<ConveneCountsRow>(
      db,
      `SELECT count(*) FILTER (WHERE ${CONSENTING} AND $3)::int AS email,
              count(*) FILTER (WHERE NOT (${CONSENTING} AND $3))::int AS postal,
              count(*) FILTER (WHERE ${CONSENTING} AND $3 AND EXISTS (SELECT 1 FROM deliveries d WHERE d.purpose = $2 AND d.recipient = m.id::text AND d.status = 'sent'))::int AS sent
         FROM members m WHERE m.organization_id = $1 AND m.status = 'active'`,
      [organizationId, purpose, eConvocation],
    ))!;
  }

  memberChannel(db: EntityManager, organizationId: string, memberId: string): Promise<MemberChannelRow | undefined> {
    return firstRow(
      db,
      `SELECT m.status, ${CONSENTING} AND o.e_convocation AS "byEmail"
         FROM members m JOIN organizations o ON o.id = m.organization_id WHERE m.organization_id = $1 AND m.id = $2`,
      [organizationId, memberId],
    );
  }

  resolutionStatus(
    db: EntityManager,
    organizationId: string,
    resolutionId: string,
  ): Promise<{ status: string } | undefined> {
    return firstRow(db, `SELECT status FROM resolutions WHERE organization_id = $1 AND id = $2`, [
      organizationId,
      resolutionId,
    ]);
  }

  /**
   * Claims the reminders of every open vote closing within `leadMs`, in every organization: a
   * deliveries row `reminders:{resolutionId}` for `*`, inserted once; the resolutions claimed now.
   */
  claimReminders(db: EntityManager, leadMs: number): Promise<ScheduledNoticeRow[]> {
    return this.claim(
      db,
      'reminders',
      `r.status = 'open' AND r.closes_at > now() AND r.closes_at <= now() + $2::float8 * interval '1 millisecond'`,
      leadMs,
    );
  }

  /** Claims the result notices of every vote closed within the last `windowMs`, like `claimReminders`. */
  claimResultNotices(db: EntityManager, windowMs: number): Promise<ScheduledNoticeRow[]> {
    return this.claim(
      db,
      'result-notices',
      `r.status = 'closed' AND r.closed_at > now() - $2::float8 * interval '1 millisecond'`,
      windowMs,
    );
  }

  private claim(
    db: EntityManager,
    kind: 'reminders' | 'result-notices',
    where: string,
    window: number,
  ): Promise<ScheduledNoticeRow[]> {
    return rows(
      db,
      `INSERT INTO deliveries (organization_id, purpose, recipient, status, sent_at)
       SELECT r.organization_id, $1 || r.id, '*', 'sent', now() FROM resolutions r WHERE ${where}
       ON CONFLICT (purpose, recipient) DO NOTHING
       RETURNING organization_id AS "organizationId", substr(purpose, length($1) + 1) AS "resolutionId"`,
      [`${kind}:`, window],
    );
  }

  /** The organization and the assembly a convocation speaks of. */
  context(db: EntityManager, organizationId: string, assemblyId: string): Promise<ConvocationContextRow | undefined> {
    return firstRow(
      db,
      `SELECT o.name, o.slug, o.legal_form AS "legalForm", o.siren, o.address, o.rcs_city AS "rcsCity", o.default_language AS "defaultLanguage",
              o.timezone, o.e_convocation AS "eConvocation",
              a.title, a.kind, a.place, a.max_proxies_per_holder AS "maxProxiesPerHolder", a.proxy_cap_rule AS "proxyCapRule"
         FROM assemblies a JOIN organizations o ON o.id = a.organization_id
        WHERE a.organization_id = $1 AND a.id = $2`,
      [organizationId, assemblyId],
    );
  }

  /** The resolutions still to be voted on (draft or open), by number. */
  agenda(db: EntityManager, organizationId: string, assemblyId: string): Promise<AgendaRow[]> {
    return rows(
      db,
      `SELECT id, number, title, opens_at AS "opensAt", closes_at AS "closesAt" FROM resolutions
        WHERE organization_id = $1 AND assembly_id = $2 AND status IN ('draft', 'open') ORDER BY number`,
      [organizationId, assemblyId],
    );
  }

  /** Active members convened by e-mail, by membership number, with the delivery of `purpose`. */
  emailRecipients(db: EntityManager, organizationId: string, purpose: string): Promise<RecipientRow[]> {
    return rows(
      db,
      `SELECT ${ADDRESSEE}, d.status = 'sent' AS sent FROM members m
         LEFT JOIN deliveries d ON d.purpose = $2 AND d.recipient = m.id::text
        WHERE m.organization_id = $1 AND m.status = 'active' AND ${CONSENTING}
        ORDER BY m.membership_number`,
      [organizationId, purpose],
    );
  }

  /** Electors of a resolution with e-mail and consent who have not voted (themselves or by proxy). */
  nonVoterRecipients(
    db: EntityManager,
    organizationId: string,
    resolutionId: string,
    purpose: string,
  ): Promise<RecipientRow[]> {
    return rows(
      db,
      `SELECT ${ADDRESSEE}, d.status = 'sent' AS sent FROM resolution_electors e
         JOIN members m ON m.organization_id = e.organization_id AND m.id = e.member_id
         LEFT JOIN deliveries d ON d.purpose = $3 AND d.recipient = m.id::text
        WHERE e.organization_id = $1 AND e.resolution_id = $2 AND ${CONSENTING}
          AND NOT EXISTS (SELECT 1 FROM participations p WHERE p.resolution_id = e.resolution_id AND p.member_id = e.member_id)
        ORDER BY m.membership_number`,
      [organizationId, resolutionId, purpose],
    );
  }

  /** Electors of a resolution with e-mail and consent. */
  electorRecipients(
    db: EntityManager,
    organizationId: string,
    resolutionId: string,
    purpose: string,
  ): Promise<RecipientRow[]> {
    return rows(
      db,
      `SELECT ${ADDRESSEE}, d.status = 'sent' AS sent FROM resolution_electors e
         JOIN members m ON m.organization_id = e.organization_id AND m.id = e.member_id
         LEFT JOIN deliveries d ON d.purpose = $3 AND d.recipient = m.id::text
        WHERE e.organization_id = $1 AND e.resolution_id = $2 AND ${CONSENTING}
        ORDER BY m.membership_number`,
      [organizationId, resolutionId, purpose],
    );
  }

  /** The member as an addressee if active and reachable by e-mail. */
  consentingMember(db: EntityManager, organizationId: string, memberId: string): Promise<AddresseeRow | undefined> {
    return firstRow(
      db,
      `SELECT ${ADDRESSEE} FROM members m WHERE m.organization_id = $1 AND m.id = $2 AND m.status = 'active' AND ${CONSENTING}`,
      [organizationId, memberId],
    );
  }

  /** Whether the member has voted (or been voted for) on the resolution. */
  async hasParticipated(db: EntityManager, resolutionId: string, memberId: string): Promise<boolean> {
    const found = await rows<{ participated: number }>(
      db,
      `SELECT 1 AS participated FROM participations WHERE resolution_id = $1 AND member_id = $2`,
      [resolutionId, memberId],
    );
    return found.length > 0;
  }

  noticeResolution(
    db: EntityManager,
    organizationId: string,
    resolutionId: string,
  ): Promise<NoticeResolutionRow | undefined> {
    return firstRow(
      db,
      `SELECT r.id, r.number, r.title, r.kind, r.status, r.closes_at AS "closesAt", r.closed_at AS "closedAt", r.results,
              a.id AS "assemblyId", a.title AS "assemblyTitle", o.name, o.slug, o.default_language AS "defaultLanguage", o.timezone
         FROM resolutions r JOIN assemblies a ON a.id = r.assembly_id JOIN organizations o ON o.id = r.organization_id
        WHERE r.organization_id = $1 AND r.id = $2`,
      [organizationId, resolutionId],
    );
  }

  /** How many members are convened by post (or whether `memberId` is). */
  async postalCount(
    db: EntityManager,
    organizationId: string,
    eConvocation: boolean,
    memberId?: string,
  ): Promise<number> {
    const row = await firstRow<{ total: number }>(
      db,
      `SELECT count(*)::int AS total FROM members m WHERE ${POSTAL} ${memberId ? 'AND m.id = $3' : ''}`,
      [organizationId, eConvocation, ...(memberId ? [memberId] : [])],
    );
    return row!.total;
  }

  /** Members convened by post, `limit` from `offset` by membership number (or only `memberId`). */
  postalPage(
    db: EntityManager,
    organizationId: string,
    eConvocation: boolean,
    offset: number,
    limit: number,
    memberId?: string,
  ): Promise<AddresseeRow[]> {
    const params = [organizationId, eConvocation, ...(memberId ? [memberId] : [])];
    return rows(
      db,
      `SELECT ${ADDRESSEE} FROM members m WHERE ${POSTAL} ${memberId ? 'AND m.id = $3' : ''}
        ORDER BY m.membership_number OFFSET $${params.length + 1} LIMIT $${params.length + 2}`,
      [...params, offset, limit],
    );
  }

  /** Members convened by post after membership number `after`, `limit` at most (keyset pages of the CSV). */
  postalAfter(
    db: EntityManager,
    organizationId: string,
    eConvocation: boolean,
    after: number,
    limit: number,
  ): Promise<AddresseeRow[]> {
    return rows(
      db,
      `SELECT ${ADDRESSEE} FROM members m
        WHERE ${POSTAL} AND m.membership_number > $3
        ORDER BY m.membership_number LIMIT ${limit}`,
      [organizationId, eConvocation, after],
    );
  }
}
