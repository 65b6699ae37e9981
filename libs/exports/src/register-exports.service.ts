import { Injectable } from '@nestjs/common';
import type { OrgContext } from '@socius/auth';
import {
  BOM,
  csvLine,
  frenchCents,
  frenchDate,
  frenchDecimal,
  sqlCsvText,
  sqlFrenchCents,
  sqlFrenchDate,
  sqlLabels,
  ValidationError,
} from '@socius/core';
import { CsvCrlf, type Literal, openCopyRows, pipeCopy, ReadReplica } from '@socius/database';
import { BooksService, ledgerHeadLines, LedgerService, RegisterService } from '@socius/shares';
import type ExcelJS from 'exceljs';
import { type EventEmitter, once } from 'node:events';
import type { Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import { AtDateQuery, LedgerExportQuery } from './dto/exports.dto';
import { ExportsRepository } from './exports.repository';
import { MEMBER_STATUS_LABELS, MOVEMENT_LABELS, OPERATION_LABELS, SQL_MEMBER_NAME } from './labels';

export const LEDGER_COLUMNS = [
  'Séquence',
  "Date d'effet",
  'N° sociétaire',
  'Sociétaire',
  'Collège',
  'Catégorie',
  'Mouvement',
  'Quantité',
  'Valeur unitaire',
  'Montant',
  'Opération',
  'Enregistré le',
  'Empreinte',
  'Empreinte précédente',
] as const;

/** Rows between two looks at the back-pressure in the XLSX writer. */
const XLSX_BATCH = 1_000;

/**
 * The register's exports for accountants: the ledger of movements (CSV and XLSX), the capital
 * statement and the members register at a date. Large ones are streamed from PostgreSQL by COPY.
 */
@Injectable()
export class RegisterExportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ExportsRepository,
    private readonly books: BooksService,
    private readonly register: RegisterService,
    private readonly ledger: LedgerService,
    private readonly reads: ReadReplica,
  ) {}

  /** The date asked for, or today in the organization's time zone. */
  async dateOrToday(organizationId: string, query: AtDateQuery): Promise<string> {
    return query.at ?? (await this.books.today(this.dataSource.manager, organizationId));
  }

  private async timezone(organizationId: string): Promise<string> {
    return (await this.repository.timezone(this.dataSource.manager, organizationId)) ?? 'Europe/Paris';
  }

  checkRange(query: LedgerExportQuery): void {
    if (query.from && query.to && query.from > query.to) throw ValidationError.field('to', 'must not be before from');
  }

  // ---- ledger of movements ---------------------------------------------------------------

  /** FROM ... WHERE ... ORDER BY of the ledger, scoped to the organization and the date range. */
  private ledgerFrom(organizationId: string, query: LedgerExportQuery, literal: Literal): string {
    const where = [`l.organization_id = ${literal(organizationId)}::uuid`];
    if (query.from) where.push(`l.effective_on >= ${literal(query.from)}::date`);
    if (query.to) where.push(`l.effective_on <= ${literal(query.to)}::date`);
    return `FROM ledger_movements l
              JOIN members m ON m.id = l.member_id
              JOIN share_classes sc ON sc.id = l.share_class_id
              LEFT JOIN colleges c ON c.id = m.college_id
             WHERE ${where.join(' AND ')}
             ORDER BY l.sequence`;
  }

  /**
   * The ledger in the French spreadsheet preset. PostgreSQL formats every field (COPY ... CSV with
   * `;`); Node writes the BOM and the header, then only turns record LFs into CRLF.
   */
  async ledgerCsv(org: OrgContext, query: LedgerExportQuery, out: Writable): Promise<void> {
    const tz = await this.timezone(org.organizationId);
    await pipeCopy(
      this.reads,
      (
        lit,
      ) => `SELECT l.sequence, ${sqlFrenchDate('l.effective_on')}, m.membership_number, ${sqlCsvText(SQL_MEMBER_NAME)}, ${sqlCsvText('c.code')}, ${sqlCsvText('sc.code')},
                       ${sqlLabels('l.kind', MOVEMENT_LABELS, lit)}, l.quantity, ${sqlFrenchCents('l.unit_cents')}, ${sqlFrenchCents('l.amount_cents')},
                       ${sqlLabels('l.operation_type', OPERATION_LABELS, lit)},
                       to_char(l.recorded_at AT TIME ZONE ${lit(tz)}, 'DD/MM/YYYY HH24:MI:SS'), l.hash, l.previous_hash
                ${this.ledgerFrom(org.organizationId, query, lit)}`,
      { format: 'csv', delimiter: ';' },
      [new CsvCrlf()],
      out,
      BOM + csvLine([...LEDGER_COLUMNS]),
    );
  }

  /**
   * The same rows as an Excel workbook, written as they come (exceljs streaming writer): real
   * dates, numbers as numbers, euros with two decimals. Rows are parsed from COPY's text output;
   * the loop waits for the response to drain, so a slow client does not fill the memory.
   */
  async ledgerXlsx(org: OrgContext, query: LedgerExportQuery, out: Writable): Promise<void> {
    const tz = await this.timezone(org.organizationId);
    // the COPY first: a busy pool is still a problem+json answer, before any byte of the workbook
    const rows = await openCopyRows(
      this.reads,
      (
        lit,
      ) => `SELECT l.sequence, to_char(l.effective_on, 'YYYY-MM-DD'), m.membership_number, ${SQL_MEMBER_NAME}, c.code, sc.code,
                       ${sqlLabels('l.kind', MOVEMENT_LABELS, lit)}, l.quantity, l.unit_cents, l.amount_cents,
                       ${sqlLabels('l.operation_type', OPERATION_LABELS, lit)},
                       to_char(l.recorded_at AT TIME ZONE ${lit(tz)}, 'YYYY-MM-DD"T"HH24:MI:SS'), l.hash, l.previous_hash
                ${this.ledgerFrom(org.organizationId, query, lit)}`,
      (f) => [
        Number(f[0]),
        excelDate(f[1]),
        f[2] === null ? null : Number(f[2]),
        f[3],
        f[4],
        f[5],
        f[6],
        Number(f[7]),
        Number(f[8]) / 100,
        Number(f[9]) / 100,
        f[10],
        f[11] === null ? null : new Date(`${f[11]}Z`),
        f[12],
        f[13],
      ],
    );
    try {
      // loaded on first use: a large library that only this export needs
      const { default: excel } = await import('exceljs');
      const workbook = new excel.stream.xlsx.WorkbookWriter({
        stream: out,
        useStyles: true,
        useSharedStrings: false,
      });
      workbook.creator = 'Socius';
      const closed = new Promise<void>((resolve) => out.once('close', resolve));
      // after a client left, archiver may still fail writing: that must not become an uncaught 'error'
      (workbook as unknown as { zip?: EventEmitter }).zip?.on('error', () => undefined);
      const sheet = workbook.addWorksheet('Registre', { views: [{ state: 'frozen', ySplit: 1 }] });
      const euros = { numFmt: '#,##0.00' };
      const widths = [10, 12, 13, 32, 10, 10, 24, 10, 15, 15, 20, 19, 66, 66];
      const styles: Partial<ExcelJS.Style>[] = [
        { numFmt: '0' },
        { numFmt: 'dd/mm/yyyy' },
        { numFmt: '0' },
        {},
        {},
        {},
        {},
        { numFmt: '0' },
        euros,
        euros,
        {},
        { numFmt: 'dd/mm/yyyy hh:mm:ss' },
        {},
        {},
      ];
      sheet.columns = LEDGER_COLUMNS.map((header, i) => ({ header, width: widths[i], style: styles[i] }));
      const headerRow = sheet.getRow(1);
      headerRow.font = { bold: true };
      headerRow.commit();

      let n = 0;
      for await (const values of rows) {
        sheet.addRow(values).commit();
        if (++n % XLSX_BATCH === 0) await sheetDrained(sheet, out, closed);
        if (out.destroyed) throw prematureClose();
      }
      sheet.commit();
      await Promise.race([
        workbook.commit(),
        closed.then(() => {
          if (!out.writableFinished) throw prematureClose();
        }),
      ]);
    } finally {
      await rows.close();
    }
  }

  // ---- capital statement -----------------------------------------------------------------

  /**
   * The capital statement at a date (RegisterService.capital), small: built in memory. It ends with
   * the head of the ledger's hash chain, published (LedgerService.anchor) as it is printed.
   */
  async capitalCsv(org: OrgContext, at: string): Promise<string> {
    const capital = await this.register.capital(org, at);
    const head = await this.ledger.anchor(null, org.organizationId, 'capital-statement', { format: 'csv', at });
    const lines: string[] = [BOM];
    lines.push(csvLine(['Capital social au', frenchDate(at)]));
    lines.push(csvLine([]));
    lines.push(csvLine(['Catégorie', 'Nominal', 'Parts', 'Capital souscrit', 'Appelé', 'Versé', 'Sociétaires']));
    for (const c of capital.classes) {
      lines.push(
        csvLine([
          c.shareClassCode,
          frenchCents(c.nominalCents),
          c.quantity,
          frenchCents(c.subscribedCents),
          frenchCents(c.calledCents),
          frenchCents(c.paidCents),
          c.memberCount,
        ]),
      );
    }
    lines.push(csvLine([]));
    lines.push(csvLine(['Collège', 'Poids %', 'Parts', 'Capital', 'Sociétaires']));
    for (const c of capital.colleges) {
      lines.push(
        csvLine([
          c.collegeCode ?? c.name,
          c.weightPercent === null ? '' : frenchDecimal(c.weightPercent),
          c.quantity,
          frenchCents(c.subscribedCents),
          c.memberCount,
        ]),
      );
    }
    lines.push(csvLine([]));
    lines.push(csvLine(['Total', 'Parts', 'Capital souscrit', 'Appelé', 'Versé', 'Sociétaires']));
    lines.push(
      csvLine([
        'Total',
        capital.totalShares,
        frenchCents(capital.totalCents),
        frenchCents(capital.calledCents),
        frenchCents(capital.paidCents),
        capital.memberCount,
      ]),
    );
    lines.push(csvLine([]));
    lines.push(csvLine(['Capital minimum statutaire', frenchCents(capital.minimumCapitalCents)]));
    lines.push(csvLine(['Plus haut capital atteint', frenchCents(capital.highestCapitalCents)]));
    lines.push(csvLine(['Plancher de remboursement', frenchCents(capital.floorCents)]));
    lines.push(csvLine([]));
    lines.push(...ledgerHeadLines(head).map((fields) => csvLine(fields)));
    return lines.join('');
  }

  // ---- members register at a date --------------------------------------------------------

  /**
   * Every member holding shares at the end of `at`: one grouped query over the ledger (the
   * register is the ledger), one column of quantities per share class, streamed by COPY.
   */
  async registerCsv(org: OrgContext, at: string, out: Writable): Promise<void> {
    const classes = await this.repository.shareClasses(this.dataSource.manager, org.organizationId);
    await pipeCopy(
      this.reads,
      (lit) => {
        const perClass = classes.map(
          (c) => `coalesce(sum(h.quantity) FILTER (WHERE h.share_class_id = ${lit(c.id)}::uuid), 0)`,
        );
        return `WITH h AS (
                  SELECT member_id, share_class_id, sum(quantity) AS quantity, sum(amount_cents) AS amount
                    FROM ledger_movements
                   WHERE organization_id = ${lit(org.organizationId)}::uuid AND effective_on <= ${lit(at)}::date
                   GROUP BY member_id, share_class_id HAVING sum(quantity) <> 0)
                SELECT m.membership_number, ${sqlCsvText(SQL_MEMBER_NAME)}, ${sqlCsvText('c.code')}, ${sqlLabels(statusAt(lit(at)), MEMBER_STATUS_LABELS, lit)},
                       ${sqlFrenchDate('m.admitted_on')}, ${sqlFrenchDate(`CASE WHEN m.exit_on <= ${lit(at)}::date THEN m.exit_on END`)},
                       ${[...perClass, 'sum(h.quantity)', sqlFrenchCents('sum(h.amount)::bigint')].join(', ')}
                  FROM h JOIN members m ON m.id = h.member_id
                  LEFT JOIN colleges c ON c.id = m.college_id
                 GROUP BY m.id, c.code
                 ORDER BY m.membership_number NULLS LAST, m.sort_name, m.id`;
      },
      { format: 'csv', delimiter: ';' },
      [new CsvCrlf()],
      out,
      BOM +
        csvLine([
          'N° sociétaire',
          'Nom',
          'Collège',
          'Statut',
          'Admis le',
          'Sortie le',
          ...classes.map((c) => `Parts ${c.code}`),
          'Total parts',
          'Capital',
        ]),
    );
  }
}

/**
 * SQL: the member's standing at the end of `at` (a date literal), from their admission and exit
 * dates, so an extract at a past date shows each member as they stood then — an associate until
 * the day they left (loi 47-1775 art. 7, C. com. L231-6), whatever became of them since — and no
 * later event. The register keeps no dated trail of notices, so one who gave notice later reads as
 * an associate until their exit date.
 */
function statusAt(at: string): string {
  return `(CASE WHEN m.admitted_on IS NULL OR m.admitted_on > ${at}::date THEN 'applicant'
                WHEN m.exit_on IS NOT NULL AND m.exit_on <= ${at}::date
                  THEN (CASE WHEN m.status IN ('resigning', 'active') THEN 'resigned' ELSE m.status END)
                ELSE 'active' END)`;
}

/** 'YYYY-MM-DD' → the Date exceljs writes as that calendar day (it reads dates as UTC). */
function excelDate(iso: string | null): Date | null {
  return iso === null ? null : new Date(`${iso}T00:00:00Z`);
}

/**
 * exceljs writes the sheet's XML into archiver's input (a readable-stream PassThrough) without
 * looking at its return value, so a fast producer piles the whole sheet up in memory while zlib
 * catches up. Waiting for that stream (and the response) to drain keeps the memory flat.
 */
async function sheetDrained(sheet: ExcelJS.Worksheet, out: Writable, closed: Promise<void>): Promise<void> {
  const pipes = (sheet as unknown as { stream?: { pipes?: EventEmitter[] } }).stream?.pipes ?? [];
  for (const pipe of pipes) {
    const state = (pipe as unknown as { _writableState?: { needDrain?: boolean } })._writableState;
    while (state?.needDrain && !out.destroyed) await Promise.race([once(pipe, 'drain'), closed]);
  }
  if (out.writableNeedDrain && !out.destroyed) await Promise.race([once(out, 'drain'), closed]);
}

function prematureClose(): Error {
  return Object.assign(new Error('Premature close'), { code: 'ERR_STREAM_PREMATURE_CLOSE' });
}
