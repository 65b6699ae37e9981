import { Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ReadReplica } from '@socius/database';
import { ApiTags } from '@nestjs/swagger';
import { Org, OrgContext, Roles, TokenScope } from '@socius/auth';
import { ApiProblems, FileResponse } from '@socius/core';
import { LedgerService } from '@socius/shares';
import type { Response } from 'express';
import {
  AtDateQuery,
  FecExportListDto,
  FecQuery,
  FecReportDto,
  FecVerifyDto,
  JournalCsvQuery,
  LedgerExportQuery,
} from './dto/exports.dto';
import { FecExportService } from './fec-export.service';
import { writeJournalCsv } from './journal-csv';
import { RegisterExportsService } from './register-exports.service';
import { attachment, streamDownload } from '@socius/database';

const CSV = 'text/csv; charset=utf-8';
/** the head of the ledger's hash chain when the file was produced, published with it (LedgerService.anchor) */
const LEDGER_HEAD_HEADERS = {
  'X-Ledger-Sequence': { description: "the sequence of the ledger's last movement when the file was produced" },
  'X-Ledger-Hash': { description: 'its SHA-256: keep it with the file, `GET ledger/verify?sequence=&hash=` checks it' },
};
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Exports for accountants. Files are attachments streamed as they are produced: memory stays flat
 * however large the register. Once bytes have gone out, a failure can only cut the download short.
 */
@ApiTags('exports')
@Controller('v1/orgs/:slug/exports')
export class ExportsController {
  constructor(
    private readonly registerExports: RegisterExportsService,
    private readonly fec: FecExportService,
    private readonly ledger: LedgerService,
    private readonly reads: ReadReplica,
  ) {}

  /** Publishes the chain's head with a file: in its headers, the audit log and the application's log. */
  private async publishHead(res: Response, org: OrgContext, source: string, subject: Record<string, unknown>) {
    const head = await this.ledger.anchor(null, org.organizationId, source, subject);
    res.setHeader('X-Ledger-Sequence', String(head.sequence));
    res.setHeader('X-Ledger-Hash', head.hash);
  }

  /** The ledger of movements (registre des mouvements de titres), French spreadsheet CSV. */
  @Get('ledger.csv')
  @Roles('admin', 'accountant')
  @TokenScope('exports:read')
  @FileResponse('text/csv', 'the ledger, French spreadsheet CSV (UTF-8 with BOM, `;`, CRLF)', LEDGER_HEAD_HEADERS)
  async ledgerCsv(@Org() org: OrgContext, @Query() query: LedgerExportQuery, @Res() res: Response): Promise<void> {
    this.registerExports.checkRange(query);
    await this.publishHead(res, org, 'ledger-export', { format: 'csv' });
    attachment(res, CSV, `registre-parts-${org.slug}.csv`);
    await streamDownload(res, () => this.registerExports.ledgerCsv(org, query, res));
  }

  /** The same ledger as an Excel workbook (sheet "Registre"). */
  @Get('ledger.xlsx')
  @Roles('admin', 'accountant')
  @TokenScope('exports:read')
  @FileResponse(XLSX, 'the ledger, an Excel workbook', LEDGER_HEAD_HEADERS)
  async ledgerXlsx(@Org() org: OrgContext, @Query() query: LedgerExportQuery, @Res() res: Response): Promise<void> {
    this.registerExports.checkRange(query);
    await this.publishHead(res, org, 'ledger-export', { format: 'xlsx' });
    attachment(res, XLSX, `registre-parts-${org.slug}.xlsx`);
    await streamDownload(res, () => this.registerExports.ledgerXlsx(org, query, res));
  }

  /**
   * The capital statement at the end of a day (today by default): per class, per college, total,
   * and the head of the ledger's hash chain (its last lines).
   */
  @Get('capital.csv')
  @Roles('admin', 'accountant')
  @TokenScope('exports:read')
  @FileResponse('text/csv', 'the capital statement, French spreadsheet CSV')
  async capitalCsv(@Org() org: OrgContext, @Query() query: AtDateQuery, @Res() res: Response): Promise<void> {
    const at = await this.registerExports.dateOrToday(org.organizationId, query);
    const content = await this.registerExports.capitalCsv(org, at);
    attachment(res, CSV, `capital-${org.slug}-${at}.csv`);
    res.send(content);
  }

  /** The members holding shares at the end of a day, with their shares per class and capital. */
  @Get('register.csv')
  @Roles('admin', 'accountant')
  @TokenScope('exports:read')
  @FileResponse('text/csv', 'the members holding shares, French spreadsheet CSV')
  async registerCsv(@Org() org: OrgContext, @Query() query: AtDateQuery, @Res() res: Response): Promise<void> {
    const at = await this.registerExports.dateOrToday(org.organizationId, query);
    attachment(res, CSV, `registre-associes-${org.slug}-${at}.csv`);
    await streamDownload(res, () => this.registerExports.registerCsv(org, at, res));
  }

  /**
   * Journal entries in FEC format for import into the co-op's accounting software: the share-capital
   * and donation journals of a fiscal year (`year=2025` or its closing date), in the LPF art. A47 A-1
   * layout, named `{SIREN}FEC{closing}.txt`, ISO-8859-15 by default. Not the company's FEC: its
   * accounting software produces that from all its journals. For a closed year the first download is
   * recorded by its SHA-256; later ones carry the recorded hash in `X-Fec-Sha256` and must give the
   * same bytes. The FEC's fixed 18 columns leave no room for the ledger's chain head: it comes in
   * `X-Ledger-Sequence` and `X-Ledger-Hash`, and is recorded in the audit log.
   */
  @Get('fec')
  @Roles('admin', 'accountant')
  @TokenScope('exports:read')
  @FileResponse('text/plain', "journal entries in FEC format (tab-separated) for the co-op's accounting software", {
    'X-Fec-Year-Closed': {
      description: '`true` when the fiscal year is closed: the entries are final, the export recorded',
    },
    'X-Fec-Sha256': { description: 'the SHA-256 recorded at the first export of the closed year' },
    ...LEDGER_HEAD_HEADERS,
  })
  @ApiProblems({ 422: 'The organization has no SIREN yet (`/problems/siren-required`)' })
  async fecFile(@Org() org: OrgContext, @Query() query: FecQuery, @Res() res: Response): Promise<void> {
    const plan = await this.fec.plan(org, query);
    await this.publishHead(res, org, 'fec-export', { fiscalYearEnd: plan.fiscalYearEnd, fileName: plan.fileName });
    attachment(res, `text/plain; charset=${plan.encoding}`, plan.fileName);
    res.setHeader('X-Fec-Year-Closed', String(plan.yearClosed));
    if (plan.recorded) res.setHeader('X-Fec-Sha256', plan.recorded.sha256);
    await streamDownload(res, async () => {
      const written = await this.fec.write(plan, res);
      await this.fec.recordClosedYear(plan, written, org.userId);
    });
  }

  /**
   * The same journals (share capital, donations) of a fiscal year as a CSV in the layout the
   * accounting software imports: `columns`, `separator`, `decimal`, `dateFormat`, `bom`.
   */
  @Get('journal.csv')
  @Roles('admin', 'accountant')
  @TokenScope('exports:read')
  @FileResponse('text/csv', 'the journal entries of the year, CSV in the layout asked for')
  async journalCsv(@Org() org: OrgContext, @Query() query: JournalCsvQuery, @Res() res: Response): Promise<void> {
    const { fiscalYearEnd } = await this.fec.fiscalYear(org.organizationId, query.year);
    attachment(res, CSV, `journal-${org.slug}-${fiscalYearEnd}.csv`);
    await streamDownload(res, () => writeJournalCsv(this.reads, org.organizationId, fiscalYearEnd, query, res));
  }

  /** The FEC-format exports of closed years recorded, with their hashes. */
  @Get('fec/history')
  @Roles('admin', 'accountant')
  @TokenScope('exports:read')
  history(@Org() org: OrgContext): Promise<FecExportListDto> {
    return this.fec.history(org);
  }

  /** Regenerates the FEC-format file of a year without sending it and compares its hash with the recorded one. */
  @Get('fec/verify')
  @Roles('admin', 'accountant')
  @TokenScope('exports:read')
  @ApiProblems({ 422: 'The organization has no SIREN yet (`/problems/siren-required`)' })
  verify(@Org() org: OrgContext, @Query() query: FecQuery): Promise<FecVerifyDto> {
    return this.fec.verify(org, query);
  }

  /** Runs our validator of the FEC format on the file of that year: balance, numbering, dates, format. */
  @Post('fec/validate')
  @HttpCode(200)
  @Roles('admin', 'accountant')
  @TokenScope('exports:read')
  validate(@Org() org: OrgContext, @Query() query: FecQuery): Promise<FecReportDto> {
    return this.fec.validate(org, query);
  }
}
