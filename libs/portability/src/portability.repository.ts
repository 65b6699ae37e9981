import { Injectable } from '@nestjs/common';
import { firstRow, rows, run } from '@socius/database';
import type { EntityManager } from 'typeorm';
import type { Figures, Row } from './portable-format';
import type { CarriedTable } from './tables';

/** A column of a table, as information_schema describes it. */
export interface ColumnRow {
  table: string;
  name: string;
  type: string;
  nullable: boolean;
}

export interface ExportJobRow {
  status: string;
  requestedBy: string | null;
  slug: string;
}

export interface ExportFileRow {
  status: string;
  file: Buffer | null;
  createdAt: Date;
}

/** A document already registered on this instance, by verification code or file digest. */
export interface RegisteredDocumentRow {
  code: string;
  sha256: string;
}

/**
 * The SQL of exports and imports. Table and column names come from `CARRIED_TABLES` and from
 * information_schema, never from the imported file.
 */
@Injectable()
export class PortabilityRepository {
  async deleteExports(em: EntityManager, organizationId: string): Promise<void> {
    await run(em, `DELETE FROM portable_exports WHERE organization_id = $1 RETURNING id`, [organizationId]);
  }

  /** A new export's id. */
  async insertExport(em: EntityManager, organizationId: string, requestedBy: string | null): Promise<string> {
    const row = await firstRow<{ id: string }>(
      em,
      `INSERT INTO portable_exports (organization_id, requested_by) VALUES ($1, $2) RETURNING id`,
      [organizationId, requestedBy],
    );
    return row!.id;
  }

  exportForJob(em: EntityManager, organizationId: string, exportId: string): Promise<ExportJobRow | undefined> {
    return firstRow<ExportJobRow>(
      em,
      `SELECT e.status, e.requested_by AS "requestedBy", o.slug FROM portable_exports e JOIN organizations o ON o.id = e.organization_id
        WHERE e.organization_id = $1 AND e.id = $2`,
      [organizationId, exportId],
    );
  }

  async markReady(
    em: EntityManager,
    organizationId: string,
    exportId: string,
    file: Buffer,
    digest: string,
  ): Promise<void> {
    await run(
      em,
      `UPDATE portable_exports SET status = 'ready', file = $3, bytes = $4, sha256 = $5, finished_at = now()
          WHERE organization_id = $1 AND id = $2 RETURNING id`,
      [organizationId, exportId, file, file.length, digest],
    );
  }

  exportFile(em: EntityManager, organizationId: string, exportId: string): Promise<ExportFileRow | undefined> {
    return firstRow<ExportFileRow>(
      em,
      `SELECT status, file, created_at AS "createdAt" FROM portable_exports WHERE organization_id = $1 AND id = $2`,
      [organizationId, exportId],
    );
  }

  /** The organization's row as JSON. */
  async organization(em: EntityManager, organizationId: string): Promise<Row | undefined> {
    const org = await firstRow<{ row: Row }>(em, `SELECT to_jsonb(o) AS row FROM organizations o WHERE id = $1`, [
      organizationId,
    ]);
    return org?.row;
  }

  /** The organization's rows of a carried table as JSON, in the table's order. */
  async carriedRows(em: EntityManager, table: CarriedTable, organizationId: string): Promise<Row[]> {
    const where = table.parent
      ? `t.${table.parent.column} IN (SELECT id FROM ${table.parent.table} WHERE organization_id = $1)`
      : `t.organization_id = $1`;
    const found = await rows<{ row: Row }>(
      em,
      `SELECT to_jsonb(t) AS row FROM ${table.name} t WHERE ${where} ORDER BY ${table.orderBy}`,
      [organizationId],
    );
    return found.map((r) => r.row);
  }

  /** Locks the organization's row (FOR UPDATE) for the rest of the transaction. */
  async lockOrganization(em: EntityManager, organizationId: string): Promise<void> {
    await run(em, `SELECT id FROM organizations WHERE id = $1 FOR UPDATE`, [organizationId]);
  }

  /** The documents of this instance that have one of these verification codes or digests. */
  registeredDocuments(em: EntityManager, codes: unknown[], digests: unknown[]): Promise<RegisteredDocumentRow[]> {
    return rows<RegisteredDocumentRow>(
      em,
      `SELECT verification_code AS code, sha256 FROM documents WHERE verification_code = ANY($1::text[]) OR sha256 = ANY($2::text[])`,
      [codes, digests],
    );
  }

  /** Inserts the rows (JSON objects of the table's columns) into the table, only these columns. */
  async insertRows(em: EntityManager, table: string, columns: string[], data: Row[]): Promise<void> {
    const list = columns.map((c) => `"${c}"`).join(', ');
    await run(
      em,
      `INSERT INTO ${table} (${list}) SELECT ${list} FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb)`,
      [JSON.stringify(data)],
    );
  }

  /** Sets these columns of the organization's row from a JSON object. */
  async updateOrganization(em: EntityManager, organizationId: string, columns: string[], values: Row): Promise<void> {
    const list = columns.map((c) => `"${c}"`).join(', ');
    await run(
      em,
      `UPDATE organizations SET (${list}) = (SELECT ${list} FROM jsonb_populate_record(NULL::organizations, $2::jsonb)) WHERE id = $1`,
      [organizationId, JSON.stringify(values)],
    );
  }

  /** The figures of the organization (campaigns and resolutions in no particular order). */
  async figures(em: EntityManager, organizationId: string): Promise<Figures> {
    const q = (sql: string) => rows<Row>(em, sql, [organizationId]);
    return {
      members: await q(
        `SELECT status, count(*)::int AS count FROM members WHERE organization_id = $1 GROUP BY status ORDER BY status`,
      ),
      capital: await q(
        `SELECT c.code, COALESCE(sum(h.quantity), 0)::text AS quantity, COALESCE(sum(h.quantity * c.nominal_cents), 0)::text AS cents
           FROM share_classes c LEFT JOIN holdings h ON h.organization_id = c.organization_id AND h.share_class_id = c.id
          WHERE c.organization_id = $1 GROUP BY c.code ORDER BY c.code`,
      ),
      head:
        (
          await q(
            `SELECT last_sequence::text AS "lastSequence", capital_cents::text AS "capitalCents",
                    highest_capital_cents::text AS "highestCapitalCents" FROM ledger_heads WHERE organization_id = $1`,
          )
        )[0] ?? null,
      ledger: await q(
        `SELECT kind, count(*)::int AS count, sum(quantity)::text AS quantity, sum(amount_cents)::text AS "amountCents"
           FROM ledger_movements WHERE organization_id = $1 GROUP BY kind ORDER BY kind`,
      ),
      campaigns: await q(
        `SELECT c.title, c.starts_on AS "startsOn", c.status, count(x.id)::int AS contributions,
                  COALESCE(sum(x.amount_cents), 0)::text AS "amountCents", COALESCE(sum(x.paid_cents), 0)::text AS "paidCents",
                  COALESCE(sum(x.refunded_cents), 0)::text AS "refundedCents"
             FROM campaigns c LEFT JOIN contributions x ON x.organization_id = c.organization_id AND x.campaign_id = c.id
            WHERE c.organization_id = $1 GROUP BY c.id`,
      ),
      resolutions: await q(
        `SELECT r.title, r.number, r.outcome, r.eligible_count AS "eligibleCount", r.seal_hash AS "sealHash", r.results
             FROM resolutions r WHERE r.organization_id = $1 AND r.status = 'closed'`,
      ),
    };
  }

  /** Whether the organization has any row in the table (one with organization_id). */
  async hasRows(em: EntityManager, table: string, organizationId: string): Promise<boolean> {
    const found = await firstRow(em, `SELECT 1 FROM ${table} WHERE organization_id = $1 LIMIT 1`, [organizationId]);
    return found !== undefined;
  }

  /** The title of a resolution whose vote is open, if any. */
  async openVoteTitle(em: EntityManager, organizationId: string): Promise<string | undefined> {
    const open = await firstRow<{ title: string }>(
      em,
      `SELECT title FROM resolutions WHERE organization_id = $1 AND status = 'open' LIMIT 1`,
      [organizationId],
    );
    return open?.title;
  }

  /** The columns of these tables, in their order; generated columns left out. */
  columns(em: EntityManager, tables: string[]): Promise<ColumnRow[]> {
    return rows<ColumnRow>(
      em,
      `SELECT table_name AS "table", column_name AS name, data_type AS type, is_nullable = 'YES' AS nullable
         FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = ANY($1::text[]) AND is_generated = 'NEVER'
        ORDER BY table_name, ordinal_position`,
      [tables],
    );
  }

  /** The last migration's timestamp. */
  async schemaVersion(em: EntityManager): Promise<number> {
    const row = await firstRow<{ version: string }>(em, `SELECT max(timestamp)::text AS version FROM migrations`);
    return Number(row?.version ?? 0);
  }
}
