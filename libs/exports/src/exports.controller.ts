import { Controller, Get, HttpCode, Logger, Post, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { Org, OrgContext, Roles } from '@socius/auth';
import type { Response } from 'express';
import { AtDateQuery, FecExportListDto, FecQuery, FecReportDto, FecVerifyDto, LedgerExportQuery } from './dto/exports.dto';
import { FecExportService } from './fec-export.service';
import { ExportsBusyError } from './pg-copy';
import { RegisterExportsService } from './register-exports.service';

const CSV = 'text/csv; charset=utf-8';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Exports for accountants. Files are attachments streamed as they are produced: memory stays flat
 * however large the register. Once bytes have gone out, a failure can only cut the download short.
 */
@ApiTags('exports')
@Controller('v1/orgs/:slug/exports')
export class ExportsController {
  private readonly logger = new Logger('Exports');

  constructor(
    private readonly registerExports: RegisterExportsService,
    private readonly fec: FecExportService,
  ) {}

  /** The ledger of movements (registre des mouvements de titres), French spreadsheet CSV. */
  @Get('ledger.csv')
  @Roles('admin', 'accountant')
  @ApiProduces('text/csv')
  async ledgerCsv(@Org() org: OrgContext, @Query() query: LedgerExportQuery, @Res() res: Response): Promise<void> {
    this.registerExports.checkRange(query);
    attachment(res, CSV, `registre-parts-${org.slug}.csv`);
    await this.stream(res, () => this.registerExports.ledgerCsv(org, query, res));
  }

  /** The same ledger as an Excel workbook (sheet "Registre"). */
  @Get('ledger.xlsx')
  @Roles('admin', 'accountant')
  @ApiProduces(XLSX)
  async ledgerXlsx(@Org() org: OrgContext, @Query() query: LedgerExportQuery, @Res() res: Response): Promise<void> {
    this.registerExports.checkRange(query);
    attachment(res, XLSX, `registre-parts-${org.slug}.xlsx`);
    await this.stream(res, () => this.registerExports.ledgerXlsx(org, query, res));
  }

  /** The capital statement at the end of a day (today by default): per class, per college, total. */
  @Get('capital.csv')
  @Roles('admin', 'accountant')
  @ApiProduces('text/csv')
  async capitalCsv(@Org() org: OrgContext, @Query() query: AtDateQuery, @Res() res: Response): Promise<void> {
    const at = await this.registerExports.dateOrToday(org.organizationId, query);
    const content = await this.registerExports.capitalCsv(org, at);
    attachment(res, CSV, `capital-${org.slug}-${at}.csv`);
    res.send(content);
  }

  /** The members holding shares at the end of a day, with their shares per class and capital. */
  @Get('register.csv')
  @Roles('admin', 'accountant')
  @ApiProduces('text/csv')
  async registerCsv(@Org() org: OrgContext, @Query() query: AtDateQuery, @Res() res: Response): Promise<void> {
    const at = await this.registerExports.dateOrToday(org.organizationId, query);
    attachment(res, CSV, `registre-associes-${org.slug}-${at}.csv`);
    await this.stream(res, () => this.registerExports.registerCsv(org, at, res));
  }

  /**
   * The FEC of the share-capital journal for a fiscal year (`year=2025` or its closing date),
   * ISO-8859-15 by default. For a closed year the first download is recorded by its SHA-256; later
   * ones carry the recorded hash in `X-Fec-Sha256` and must give the same bytes.
   */
  @Get('fec')
  @Roles('admin', 'accountant')
  @ApiProduces('text/plain')
  async fecFile(@Org() org: OrgContext, @Query() query: FecQuery, @Res() res: Response): Promise<void> {
    const plan = await this.fec.plan(org, query);
    attachment(res, `text/plain; charset=${plan.encoding}`, plan.fileName);
    res.setHeader('X-Fec-Official', String(plan.official));
    if (plan.recorded) res.setHeader('X-Fec-Sha256', plan.recorded.sha256);
    await this.stream(res, async () => {
      const written = await this.fec.write(plan, res);
      await this.fec.recordOfficial(plan, written, org.userId);
    });
  }

  /** The official FEC exports recorded (closed years), with their hashes. */
  @Get('fec/history')
  @Roles('admin', 'accountant')
  history(@Org() org: OrgContext): Promise<FecExportListDto> {
    return this.fec.history(org);
  }

  /** Regenerates the FEC of a year without sending it and compares its hash with the recorded one. */
  @Get('fec/verify')
  @Roles('admin', 'accountant')
  verify(@Org() org: OrgContext, @Query() query: FecQuery): Promise<FecVerifyDto> {
    return this.fec.verify(org, query);
  }

  /** Runs our FEC validator on the file of that year: balance, numbering, dates, format. */
  @Post('fec/validate')
  @HttpCode(200)
  @Roles('admin', 'accountant')
  validate(@Org() org: OrgContext, @Query() query: FecQuery): Promise<FecReportDto> {
    return this.fec.validate(org, query);
  }

  /**
   * Runs a streaming export. Before the first byte an error is still a problem+json answer; after
   * it, or when the client went away, the response can only be cut (the download shows as failed).
   */
  private async stream(res: Response, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      if (!res.headersSent && !res.destroyed) {
        res.removeHeader('Content-Disposition');
        res.removeHeader('X-Fec-Sha256');
        res.removeHeader('X-Fec-Official');
        if (error instanceof ExportsBusyError) res.setHeader('Retry-After', '30');
        throw error;
      }
      if ((error as { code?: string }).code === 'ERR_STREAM_PREMATURE_CLOSE') {
        this.logger.debug('export stopped: the client went away');
      } else {
        this.logger.error({ err: error }, 'export failed after the download had started');
      }
      res.destroy();
    }
  }
}

function attachment(res: Response, contentType: string, fileName: string): void {
  res.setHeader('Content-Type', contentType);
  res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  res.setHeader('Cache-Control', 'no-store');
}
