import { Injectable } from '@nestjs/common';
import { firstRow, rows, run } from '@socius/database';
import { FecExport } from '@socius/shares';
import type { EntityManager } from 'typeorm';

/** The FEC's first export of a closed year, as recorded. */
export interface FecRecord {
  organizationId: string;
  fiscalYearEnd: string;
  encoding: string;
  fileName: string;
  sha256: string;
  byteCount: number;
  lineCount: number;
  createdBy: string | null;
}

/** What the exports read besides the streams (COPY) themselves. */
@Injectable()
export class ExportsRepository {
  /** The organization's SIREN and its fiscal year's closing day ("12-31"). */
  fiscalSettings(
    db: EntityManager,
    organizationId: string,
  ): Promise<{ siren: string | null; fiscalYearEnd: string } | undefined> {
    return firstRow(db, `SELECT siren, fiscal_year_end AS "fiscalYearEnd" FROM organizations WHERE id = $1`, [
      organizationId,
    ]);
  }

  async timezone(db: EntityManager, organizationId: string): Promise<string | undefined> {
    const row = await firstRow<{ timezone: string }>(db, `SELECT timezone FROM organizations WHERE id = $1`, [
      organizationId,
    ]);
    return row?.timezone;
  }

  /** The fiscal year ending on `endOn`, when it was opened. */
  fiscalYear(
    db: EntityManager,
    organizationId: string,
    endOn: string,
  ): Promise<{ startOn: string; status: string } | undefined> {
    return firstRow(
      db,
      `SELECT start_on AS "startOn", status FROM fiscal_years WHERE organization_id = $1 AND end_on = $2`,
      [organizationId, endOn],
    );
  }

  /** The share classes, by code: one column each in the register. */
  shareClasses(db: EntityManager, organizationId: string): Promise<{ id: string; code: string }[]> {
    return rows(db, `SELECT id, code FROM share_classes WHERE organization_id = $1 ORDER BY code`, [organizationId]);
  }

  recordedFec(
    db: EntityManager,
    organizationId: string,
    fiscalYearEnd: string,
    encoding: string,
  ): Promise<FecExport | null> {
    return db.findOneBy(FecExport, { organizationId, fiscalYearEnd, encoding });
  }

  /** Records the first export of a closed year; a record already there stays. */
  async recordFec(db: EntityManager, record: FecRecord): Promise<void> {
    await run(
      db,
      `INSERT INTO fec_exports (organization_id, fiscal_year_end, encoding, file_name, sha256, byte_count, line_count, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (organization_id, fiscal_year_end, encoding) DO NOTHING`,
      [
        record.organizationId,
        record.fiscalYearEnd,
        record.encoding,
        record.fileName,
        record.sha256,
        record.byteCount,
        record.lineCount,
        record.createdBy,
      ],
    );
  }

  fecHistory(db: EntityManager, organizationId: string): Promise<FecExport[]> {
    return db.find(FecExport, { where: { organizationId }, order: { fiscalYearEnd: 'DESC', encoding: 'ASC' } });
  }
}
