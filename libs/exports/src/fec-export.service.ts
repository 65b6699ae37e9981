import { Injectable, Logger } from '@nestjs/common';
import type { OrgContext } from '@socius/auth';
import { BusinessRuleError, ValidationError } from '@socius/core';
import { FecExport, fiscalYearOf } from '@socius/shares';
import { createHash, type Hash } from 'node:crypto';
import { Transform, type TransformCallback, Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import { ReadReplica } from '@socius/database';
import { FecExportDto, FecExportListDto, FecQuery, FecReportDto, FecVerifyDto } from './dto/exports.dto';
import { ExportsRepository } from './exports.repository';
import { FecEncoder, type FecEncoding, type FecLine, FecLineError, fecFileName, validateFec } from './fec';
import { CopyTextRows, pipeCopy } from '@socius/database';

/** What one FEC request is about, resolved from the query and the organization. */
export interface FecPlan {
  organizationId: string;
  siren: string;
  fiscalYearStart: string;
  fiscalYearEnd: string;
  encoding: FecEncoding;
  fileName: string;
  /** the year is closed: its entries are final and the export is recorded by its hash */
  yearClosed: boolean;
  /** the export of the closed year recorded earlier, if any */
  recorded: FecExport | null;
}

export interface FecWritten {
  sha256: string;
  byteCount: number;
  lineCount: number;
}

/** Above this size the validator (which reads a whole buffer) is not run in the API process. */
const MAX_VALIDATED_BYTES = 512 * 1024 * 1024;

/**
 * Journal entries in FEC format for import into the co-op's accounting software: the share-capital
 * and donation journals only (the journals Socius keeps), in the layout of LPF art. A47 A-1 and named
 * `{SIREN}FEC{closing}.txt` as accounting software expects. It is not the company's FEC, which its
 * accounting software produces from all its journals (sales, purchases, bank...) after importing these.
 * Lines straight from accounting_entries/accounting_lines by COPY (text format, parsed line by line),
 * through FecEncoder, hashed on the way out. For a closed year, the first export is recorded
 * (fec_exports) and every later one must give the same bytes.
 */
@Injectable()
export class FecExportService {
  private readonly logger = new Logger('FecExport');

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ExportsRepository,
    private readonly reads: ReadReplica,
  ) {}

  /** The closing date of the fiscal year `year` names (`2025` or `2025-12-31`), and the organization's SIREN. */
  async fiscalYear(
    organizationId: string,
    year: string,
  ): Promise<{ fiscalYearEnd: string; closing: string; siren: string | null }> {
    const o = (await this.repository.fiscalSettings(this.dataSource.manager, organizationId))!;
    const closing = o.fiscalYearEnd.trim();
    if (/^\d{4}$/.test(year)) return { fiscalYearEnd: `${year}-${closing}`, closing, siren: o.siren };
    const holding = fiscalYearOf(year, closing).endOn;
    if (holding !== year)
      throw ValidationError.field(
        'year',
        `${year} is not a closing date: the fiscal year holding it ends on ${holding} (closing day ${closing})`,
      );
    return { fiscalYearEnd: year, closing, siren: o.siren };
  }

  async plan(org: OrgContext, query: FecQuery): Promise<FecPlan> {
    const { fiscalYearEnd, closing, siren: rawSiren } = await this.fiscalYear(org.organizationId, query.year);
    const siren = rawSiren?.trim();
    if (!siren) {
      throw new BusinessRuleError(
        'siren-required',
        "The FEC-format journal file is named after the organization's SIREN: set it first (PATCH the organization).",
        undefined,
        [{ field: 'siren', message: 'is not set for this organization' }],
      );
    }
    const year = await this.repository.fiscalYear(this.dataSource.manager, org.organizationId, fiscalYearEnd);
    const encoding = query.encoding ?? 'iso-8859-15';
    const yearClosed = year?.status === 'closed';
    const recorded = yearClosed
      ? await this.repository.recordedFec(this.dataSource.manager, org.organizationId, fiscalYearEnd, encoding)
      : null;
    return {
      organizationId: org.organizationId,
      siren,
      fiscalYearStart: year?.startOn ?? fiscalYearOf(fiscalYearEnd, closing).startOn,
      fiscalYearEnd,
      encoding,
      fileName: fecFileName(siren, fiscalYearEnd),
      yearClosed,
      recorded,
    };
  }

  /**
   * Streams the file into `out` (into nothing when `out` is null: hash only). The lines come in
   * journal, entry number, line number order: entries numbered continuously per journal and year.
   */
  async write(plan: FecPlan, out: Writable | null): Promise<FecWritten> {
    const encoder = new FecEncoder({ encoding: plan.encoding });
    const hasher = new HashCounter();
    await pipeCopy(
      this.reads,
      (lit) => `SELECT e.journal_code, e.journal_label, e.entry_number, to_char(e.entry_date, 'YYYY-MM-DD'),
                       l.account, l.account_label, l.aux_account, l.aux_label, e.piece_ref, to_char(e.piece_date, 'YYYY-MM-DD'),
                       e.label, l.debit_cents, l.credit_cents, to_char(e.validated_on, 'YYYY-MM-DD')
                  FROM accounting_entries e JOIN accounting_lines l ON l.entry_id = e.id
                 WHERE e.organization_id = ${lit(plan.organizationId)}::uuid AND e.fiscal_year_end = ${lit(plan.fiscalYearEnd)}::date
                 ORDER BY e.journal_code, e.entry_number, l.line_number`,
      { format: 'text' },
      [new CopyTextRows(toFecLine), encoder, hasher],
      out ?? discard(),
    );
    return { sha256: hasher.hex(), byteCount: hasher.bytes, lineCount: encoder.lineCount };
  }

  /**
   * After a download ran to its end: the first export of a closed year is recorded; a
   * later one that differs from the record is a reproducibility failure worth an alarm.
   */
  async recordClosedYear(plan: FecPlan, written: FecWritten, userId: string | null): Promise<void> {
    if (!plan.yearClosed) return;
    if (plan.recorded) {
      if (plan.recorded.sha256 !== written.sha256) {
        this.logger.error(
          `FEC ${plan.fileName} (${plan.encoding}) is not reproducible: recorded ${plan.recorded.sha256}, now ${written.sha256}`,
        );
      }
      return;
    }
    await this.repository.recordFec(this.dataSource.manager, {
      organizationId: plan.organizationId,
      fiscalYearEnd: plan.fiscalYearEnd,
      encoding: plan.encoding,
      fileName: plan.fileName,
      sha256: written.sha256,
      byteCount: written.byteCount,
      lineCount: written.lineCount,
      createdBy: userId,
    });
  }

  async history(org: OrgContext): Promise<FecExportListDto> {
    const rows = await this.repository.fecHistory(this.dataSource.manager, org.organizationId);
    const items = rows.map(toExportDto);
    return { items, total: items.length, nextCursor: null };
  }

  /** Regenerates the file (hash only, nothing kept) and compares it with the recorded hash. */
  async verify(org: OrgContext, query: FecQuery): Promise<FecVerifyDto> {
    const plan = await this.plan(org, query);
    const written = await this.write(plan, null);
    const recordedSha256 = plan.recorded?.sha256 ?? null;
    return {
      fiscalYearEnd: plan.fiscalYearEnd,
      encoding: plan.encoding,
      fileName: plan.fileName,
      reproducible: recordedSha256 !== null && recordedSha256 === written.sha256,
      recordedSha256,
      sha256: written.sha256,
      byteCount: written.byteCount,
      lineCount: written.lineCount,
    };
  }

  /** Generates the file and runs our validator (balance, numbering, dates, format) on its bytes. */
  async validate(org: OrgContext, query: FecQuery): Promise<FecReportDto> {
    const plan = await this.plan(org, query);
    const chunks: Buffer[] = [];
    let size = 0;
    const collect = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        size += chunk.length;
        if (size > MAX_VALIDATED_BYTES) {
          callback(
            new BusinessRuleError(
              'fec-too-large',
              `The FEC-format journal file of this year exceeds ${MAX_VALIDATED_BYTES} bytes: download it and run the DGFiP tester on it instead.`,
            ),
          );
          return;
        }
        chunks.push(chunk);
        callback();
      },
    });
    const context = {
      fileName: plan.fileName,
      fiscalYearStart: plan.fiscalYearStart,
      fiscalYearEnd: plan.fiscalYearEnd,
    };
    try {
      await this.write(plan, collect);
    } catch (err) {
      if (!(err instanceof FecLineError)) throw err;
      // the writer refused a line: that is the report
      return {
        valid: false,
        problems: [{ line: 0, ...(err.field ? { field: err.field } : {}), message: err.message }],
        truncated: false,
        lines: 0,
        entries: 0,
        debitCents: 0,
        creditCents: 0,
        ...context,
      };
    }
    const report = validateFec(Buffer.concat(chunks, size), { ...context, siren: plan.siren, encoding: plan.encoding });
    return { ...report, ...context };
  }
}

/** One row of the COPY above → one FEC line. */
function toFecLine(f: (string | null)[]): FecLine {
  return {
    journalCode: f[0] as string,
    journalLabel: f[1] as string,
    entryNumber: Number(f[2]),
    entryDate: f[3] as string,
    account: f[4] as string,
    accountLabel: f[5] as string,
    auxAccount: f[6],
    auxLabel: f[7],
    pieceRef: f[8] as string,
    pieceDate: f[9] as string,
    label: f[10] as string,
    debitCents: Number(f[11]),
    creditCents: Number(f[12]),
    validDate: f[13] as string,
  };
}

/** Passes bytes through, hashing (SHA-256) and counting them. */
class HashCounter extends Transform {
  private readonly hash: Hash = createHash('sha256');
  bytes = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    callback(null, chunk);
  }

  hex(): string {
    return this.hash.digest('hex');
  }
}

function discard(): Writable {
  return new Writable({
    write(_chunk, _encoding, callback) {
      callback();
    },
  });
}

function toExportDto(e: FecExport): FecExportDto {
  return {
    fiscalYearEnd: e.fiscalYearEnd,
    encoding: e.encoding,
    fileName: e.fileName,
    sha256: e.sha256,
    byteCount: Number(e.byteCount),
    lineCount: e.lineCount,
    createdBy: e.createdBy,
    createdAt: e.createdAt,
  };
}
