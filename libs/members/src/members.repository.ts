import { Injectable } from '@nestjs/common';
import { firstRow, rows, run } from '@socius/database';
import type { EntityManager } from 'typeorm';
import type { MemberStatus } from './entities/member.entity';
import { escapeLike, foldText, likePattern } from './search';

/** up to this many matches, collecting them all and sorting beats walking the name index */
const FEW_MATCHES = 2_000;
/** rows per page of the CSV export */
export const MEMBER_EXPORT_PAGE = 2_000;

/** The members table's column for each field an import writes. */
export const IMPORT_DB_COLUMN: Record<string, string> = {
  kind: 'kind',
  firstName: 'first_name',
  lastName: 'last_name',
  companyName: 'company_name',
  email: 'email',
  collegeId: 'college_id',
  eConsent: 'e_consent',
  phone: 'phone',
  addressLine1: 'address_line1',
  addressLine2: 'address_line2',
  postalCode: 'postal_code',
  city: 'city',
  country: 'country',
  siren: 'siren',
  legalRepresentative: 'legal_representative',
};

const IMPORT_COLUMN_TYPES: Record<string, string> = {
  external_ref: 'text',
  kind: 'text',
  first_name: 'text',
  last_name: 'text',
  company_name: 'text',
  email: 'text',
  college_id: 'uuid',
  e_consent: 'boolean',
  phone: 'text',
  address_line1: 'text',
  address_line2: 'text',
  postal_code: 'text',
  city: 'text',
  country: 'text',
  siren: 'text',
  legal_representative: 'text',
  search_text: 'text',
  sort_name: 'text',
};

export interface ScicCategoryCountRow {
  category: string;
  n: number;
}

/** What `GET members` filters on; every field optional. */
export interface MemberListFilter {
  /** a member-role user sees their own record only */
  ownId?: string;
  status?: MemberStatus;
  collegeCode?: string;
  eConsent?: boolean;
  search?: string;
  /** the cursor: the page starts after this (sort name, id) */
  after?: [string, string] | null;
}

export interface MemberListRow {
  id: string;
  sort_name: string;
}

export interface MemberListPage {
  /** the matches, counted up to the cap plus one */
  matches: number;
  /** up to `limit + 1` rows in name order (one more tells there is a next page) */
  rows: MemberListRow[];
}

export interface MemberExportRow {
  external_ref: string | null;
  kind: string;
  first_name: string | null;
  last_name: string | null;
  company_name: string | null;
  email: string | null;
  college_code: string | null;
  membership_number: number | null;
  status: string;
  sort_name: string;
  id: string;
}

export interface CollegeCodeRow {
  code: string;
  id: string;
}

/** A member an import may update: its written fields under their entity names. */
export type ImportExistingRow = Record<string, unknown> & {
  id: string;
  external_ref: string;
  membership_number: number | null;
};

export interface ImportWrittenRow {
  id: string;
  external_ref: string | null;
}

/** The members' SQL: search, numbering, the organization's calendar, CSV import and export. */
@Injectable()
export class MembersRepository {
  /** The active members per SCIC category ('none' for those without). */
  scicCategoryCounts(em: EntityManager, organizationId: string): Promise<ScicCategoryCountRow[]> {
    return rows<ScicCategoryCountRow>(
      em,
      `SELECT coalesce(scic_category, 'none') AS category, count(*)::int AS n FROM members
        WHERE organization_id = $1 AND status = 'active' GROUP BY 1 ORDER BY 1`,
      [organizationId],
    );
  }

  /**
   * One page of `GET members`, sorted by name, with the matches counted up to `countCap + 1`.
   * Few matches: collect them all then sort (a walk down the name index might pass most of the
   * registry before finding them); many: walk the name index and stop at the page's end.
   */
  async listPage(
    em: EntityManager,
    organizationId: string,
    filter: MemberListFilter,
    limit: number,
    countCap: number,
  ): Promise<MemberListPage> {
    const where: string[] = ['m.organization_id = $1'];
    const params: unknown[] = [organizationId];
    const param = (v: unknown) => `$${params.push(v)}`;
    if (filter.ownId) where.push(`m.id = ${param(filter.ownId)}`);
    if (filter.status) where.push(`m.status = ${param(filter.status)}`);
    if (filter.collegeCode)
      where.push(
        `m.college_id = (SELECT id FROM colleges WHERE organization_id = $1 AND code = ${param(filter.collegeCode)})`,
      );
    if (filter.eConsent !== undefined) where.push(`m.e_consent = ${param(filter.eConsent)}`);
    if (filter.search) {
      // trigrams need three characters: a shorter search matches the start of names instead
      const folded = foldText(filter.search);
      const byText =
        folded.length >= 3
          ? `m.search_text LIKE ${param(likePattern(folded))} ESCAPE '\\'`
          : `m.sort_name LIKE ${param(`${escapeLike(folded)}%`)} ESCAPE '\\'`;
      const number = /^#?(\d{1,9})$/.exec(folded);
      where.push(number ? `(m.membership_number = ${param(Number(number[1]))} OR ${byText})` : byText);
    }
    const filterSql = where.join(' AND ');
    const counted = await firstRow<{ n: number }>(
      em,
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM members m WHERE ${filterSql} LIMIT ${countCap + 1}) x`,
      params,
    );
    const n = counted!.n;
    const after = filter.after;
    const pageWhere = after
      ? `${filterSql} AND (m.sort_name, m.id) > (${param(after[0])}, ${param(after[1])}::uuid)`
      : filterSql;
    const selective = filter.search && n <= FEW_MATCHES;
    const sql = selective
      ? `WITH hits AS MATERIALIZED (SELECT m.id, m.sort_name FROM members m WHERE ${pageWhere})
         SELECT id, sort_name FROM hits ORDER BY sort_name, id LIMIT ${limit + 1}`
      : `SELECT m.id, m.sort_name FROM members m WHERE ${pageWhere} ORDER BY m.sort_name, m.id LIMIT ${limit + 1}`;
    return { matches: n, rows: await rows<MemberListRow>(em, sql, params) };
  }

  /** The next membership number, gapless: the counter's row stays locked until the commit. */
  async nextMembershipNumber(em: EntityManager, organizationId: string): Promise<number> {
    const row = await firstRow<{ last_number: number }>(
      em,
      `INSERT INTO membership_counters (organization_id, last_number) VALUES ($1, 1)
       ON CONFLICT (organization_id) DO UPDATE SET last_number = membership_counters.last_number + 1
       RETURNING last_number`,
      [organizationId],
    );
    return row!.last_number;
  }

  /** Today's date (YYYY-MM-DD) in the organization's time zone. */
  async today(em: EntityManager, organizationId: string): Promise<string> {
    const row = await firstRow<{ today: string }>(
      em,
      `SELECT to_char(now() AT TIME ZONE timezone, 'YYYY-MM-DD') AS today FROM organizations WHERE id = $1`,
      [organizationId],
    );
    return row!.today;
  }

  /** The instant a date starts in the organization's time zone. */
  async startOfDay(em: EntityManager, organizationId: string, date: string): Promise<Date> {
    const row = await firstRow<{ at: Date }>(
      em,
      `SELECT ($2::date::timestamp AT TIME ZONE timezone) AS at FROM organizations WHERE id = $1`,
      [organizationId, date],
    );
    return row!.at;
  }

  /** A page of the CSV export after (sort name, id), keyset. */
  exportPage(em: EntityManager, organizationId: string, after: [string, string] | null): Promise<MemberExportRow[]> {
    return rows<MemberExportRow>(
      em,
      `SELECT m.external_ref, m.kind, m.first_name, m.last_name, m.company_name, m.email, c.code AS college_code,
                  m.membership_number, m.status, m.sort_name, m.id
             FROM members m LEFT JOIN colleges c ON c.id = m.college_id
            WHERE m.organization_id = $1 AND ($2::text IS NULL OR (m.sort_name, m.id) > ($2, $3::uuid))
            ORDER BY m.sort_name, m.id LIMIT ${MEMBER_EXPORT_PAGE}`,
      [organizationId, after?.[0] ?? null, after?.[1] ?? null],
    );
  }

  collegeCodes(em: EntityManager, organizationId: string): Promise<CollegeCodeRow[]> {
    return rows<CollegeCodeRow>(em, `SELECT code, id FROM colleges WHERE organization_id = $1`, [organizationId]);
  }

  async hasMembers(em: EntityManager, organizationId: string): Promise<boolean> {
    const row = await firstRow<{ any: boolean }>(
      em,
      `SELECT EXISTS (SELECT 1 FROM members WHERE organization_id = $1) AS any`,
      [organizationId],
    );
    return row!.any;
  }

  /** The members with these external references, with `fields` (import field names) as they are now. */
  importExisting(
    em: EntityManager,
    organizationId: string,
    fields: readonly string[],
    refs: string[],
  ): Promise<ImportExistingRow[]> {
    return rows<ImportExistingRow>(
      em,
      `SELECT id, external_ref, membership_number, ${fields.map((c) => `${IMPORT_DB_COLUMN[c]} AS "${c}"`).join(', ')}
           FROM members WHERE organization_id = $1 AND external_ref = ANY($2::text[])`,
      [organizationId, refs],
    );
  }

  /**
   * Writes a batch, one array per column (a short statement whatever the batch size): a known
   * external reference updates its member. Rows without one come back in insertion order.
   */
  importUpsert(
    em: EntityManager,
    organizationId: string,
    columns: Record<string, unknown[]>,
  ): Promise<ImportWrittenRow[]> {
    const names = Object.keys(columns);
    return rows<ImportWrittenRow>(
      em,
      `INSERT INTO members (organization_id, ${names.join(', ')})
       SELECT $1, ${names.map((n) => `u.${n}`).join(', ')}
         FROM unnest(${names.map((n, i) => `$${i + 2}::${IMPORT_COLUMN_TYPES[n]}[]`).join(', ')}) WITH ORDINALITY AS u(${names.join(', ')}, ord)
        ORDER BY u.ord
       ON CONFLICT (organization_id, external_ref) DO UPDATE SET
         ${names
           .filter((n) => n !== 'external_ref')
           .map((c) => `${c} = EXCLUDED.${c}`)
           .join(', ')}, updated_at = now()
       RETURNING id, external_ref`,
      [organizationId, ...names.map((n) => columns[n])],
    );
  }

  /**
   * After a large import: fresh statistics for the planner, and the trigram index's pending list
   * merged. The owner's to do (ANALYZE, the index): a function of the owner's does it (migration
   * LedgerOwnerAndHashV2).
   */
  async tidy(em: EntityManager): Promise<void> {
    await run(em, `SELECT socius_tidy_members()`);
  }
}
