import { Injectable } from '@nestjs/common';
import { firstRow, rows } from '@socius/database';
import type { EntityManager } from 'typeorm';

export interface ReadinessAssemblyRow {
  kind: string;
  weighting: string;
  legalForm: string;
  /** the organization's date now, in its time zone (YYYY-MM-DD) */
  today: string;
}

export interface ReadinessAgendaRow {
  /** draft resolutions */
  n: number;
  /** when the first of them not on second convocation opens */
  firstOpensAt: Date | null;
}

export interface ElectorateRow {
  n: number;
  withoutCollege: number;
}

export interface ConvenedRow {
  /** the first convocation e-mail sent, null if none was */
  at: Date | null;
  n: number;
}

export interface CollegeWeightRow {
  code: string;
  /** numeric, as text */
  weightPercent: string;
}

/** The SQL of the checklist before an assembly's votes open; it only reads. */
@Injectable()
export class ReadinessRepository {
  assembly(db: EntityManager, organizationId: string, assemblyId: string): Promise<ReadinessAssemblyRow | undefined> {
    return firstRow(
      db,
      `SELECT a.kind, a.weighting, o.legal_form AS "legalForm", to_char(now() AT TIME ZONE o.timezone, 'YYYY-MM-DD') AS today
         FROM assemblies a JOIN organizations o ON o.id = a.organization_id WHERE a.organization_id = $1 AND a.id = $2`,
      [organizationId, assemblyId],
    );
  }

  async agenda(db: EntityManager, organizationId: string, assemblyId: string): Promise<ReadinessAgendaRow> {
    return (await firstRow<ReadinessAgendaRow>(
      db,
      `SELECT count(*)::int AS n, min(opens_at) FILTER (WHERE second_convocation_of IS NULL) AS "firstOpensAt"
         FROM resolutions WHERE organization_id = $1 AND assembly_id = $2 AND status = 'draft'`,
      [organizationId, assemblyId],
    ))!;
  }

  /**
   * The electorate a resolution opening now would fix (AssembliesService.open): active members with a
   * fully paid share, from the holdings query `holdings` (its `$1` is the organization), and how many
   * of them are in no college.
   */
  async electorate(db: EntityManager, holdings: { sql: string; params: unknown[] }): Promise<ElectorateRow> {
    return (await firstRow<ElectorateRow>(
      db,
      `WITH h AS (${holdings.sql}),
            paid AS (
              SELECT h.member_id, sum(h.quantity) - coalesce(max(u.unpaid), 0) AS shares FROM h
                LEFT JOIN (SELECT member_id, sum(quantity) AS unpaid FROM subscriptions
                            WHERE organization_id = $1 AND instalments AND status IN ('issued', 'defaulted') AND paid_cents < amount_cents
                            GROUP BY member_id) u ON u.member_id = h.member_id
               GROUP BY h.member_id)
       SELECT count(*)::int AS n, count(*) FILTER (WHERE m.college_id IS NULL)::int AS "withoutCollege"
         FROM paid p JOIN members m ON m.organization_id = $1 AND m.id = p.member_id
        WHERE m.status = 'active' AND p.shares >= 1`,
      holdings.params,
    ))!;
  }

  /** When the convocation of `purpose` first reached a member by e-mail, and how many it reached. */
  async convened(db: EntityManager, purpose: string): Promise<ConvenedRow> {
    return (await firstRow<ConvenedRow>(
      db,
      `SELECT min(sent_at) AS at, count(*)::int AS n FROM deliveries WHERE purpose = $1 AND status = 'sent' AND recipient <> '*'`,
      [purpose],
    ))!;
  }

  colleges(db: EntityManager, organizationId: string): Promise<CollegeWeightRow[]> {
    return rows(
      db,
      `SELECT code, weight_percent AS "weightPercent" FROM colleges WHERE organization_id = $1 ORDER BY code`,
      [organizationId],
    );
  }
}
