import { applyDecorators, Body, Controller, Get, HttpCode, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { Org, OrgContext, Public, Roles, ThrottleService } from '@socius/auth';
import { ApiProblems, DomainError, IdParam } from '@socius/core';
import type { Request, Response } from 'express';
import { DocumentsService } from './documents.service';
import {
  DocumentLanguageQuery,
  IssuedDocumentListDto,
  IssuedDocumentsQuery,
  MinutesDetailsDto,
  MinutesDetailsViewDto,
  VerificationDto,
} from './dto/documents.dto';
import { MinutesService } from './minutes.service';
import { PdfResponse, sendPdf } from './send-pdf';

/** A PDF of a few hundred kilobytes at most; anything far larger is not one of ours. */
const MAX_VERIFY_BYTES = 20 * 1024 * 1024;

/** Anyone holding a document checks it here, without an account. */
@ApiTags('documents')
@Controller('v1/verify')
export class VerificationController {
  constructor(
    private readonly documents: DocumentsService,
    private readonly throttle: ThrottleService,
  ) {}

  /**
   * The document printed with this verification code: what it is, who issued it, what it certifies
   * (never Socius' internal ids). An unknown code answers `{valid: false}`. VERIFY_RATE_LIMIT
   * verifications per client address per minute (429 beyond).
   */
  @Get(':code')
  @Public()
  @ApiProblems({ 429: 'Too many verifications from this address' })
  async verifyCode(@Param('code') code: string, @Req() req: Request): Promise<VerificationDto> {
    await this.throttle.consume('document-verification', req.ip ?? '');
    return this.documents.verifyCode(code);
  }

  /** Whether this exact file is a document issued here (its SHA-256 is on record): a file changed by one byte is not. */
  @Post()
  @Public()
  @HttpCode(200)
  @ApiConsumes('application/pdf')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiProblems({
    413: 'The file is larger than 20 MB',
    415: 'Not sent as `application/pdf`',
    429: 'Too many verifications from this address',
  })
  async verifyFile(@Req() req: Request): Promise<VerificationDto> {
    await this.throttle.consume('document-verification', req.ip ?? '');
    if (!req.is(['application/pdf', 'application/octet-stream'])) {
      throw new DomainError(
        415,
        'unsupported-media-type',
        'Unsupported media type',
        'Send the file itself with Content-Type: application/pdf.',
      );
    }
    const answer = await this.documents.verifyBytes(req, MAX_VERIFY_BYTES);
    if (answer === 'too-large')
      throw new DomainError(
        413,
        'payload-too-large',
        'Payload too large',
        `A document to verify may hold at most ${MAX_VERIFY_BYTES / 1024 / 1024} MB.`,
      );
    return answer;
  }
}

/** A document route of an organization: read by its admins, accountants and members. */
const PdfDocument = () => applyDecorators(Roles('admin', 'accountant', 'member'), PdfResponse());

@ApiTags('documents')
@Controller('v1/orgs/:slug')
export class MinutesController {
  constructor(private readonly minutes: MinutesService) {}

  /**
   * The minutes (procès-verbal) of a closed resolution, with its attendance sheet; 409 before it
   * closes. Issued once (numbered, registered, verification code printed), then served as stored.
   */
  @Get('resolutions/:id/minutes.pdf')
  @PdfDocument()
  async resolution(
    @Org() org: OrgContext,
    @IdParam('resolution') id: string,
    @Query() query: DocumentLanguageQuery,
    @Res() res: Response,
  ): Promise<void> {
    sendPdf(res, await this.minutes.forResolution(org, id, query.lang));
  }

  /** What the bureau recorded for the minutes: meeting date, bureau, documents submitted, debates. */
  @Get('assemblies/:id/minutes-details')
  @Roles('admin', 'accountant')
  details(@Org() org: OrgContext, @IdParam('assembly') id: string): Promise<MinutesDetailsViewDto> {
    return this.minutes.details(org, id);
  }

  /**
   * Records what the minutes of an assembly must say besides its votes (C. com. R225-106): the
   * meeting date, the bureau (chair, secretary, scrutineers), the documents and reports submitted
   * and a summary of the debates. The next minutes drawn carry them.
   */
  @Put('assemblies/:id/minutes-details')
  @Roles('admin')
  setDetails(
    @Org() org: OrgContext,
    @IdParam('assembly') id: string,
    @Body() dto: MinutesDetailsDto,
  ): Promise<MinutesDetailsViewDto> {
    return this.minutes.setDetails(org, id, dto);
  }

  /** The minutes of every closed resolution of an assembly in one document; 409 while none has closed. */
  @Get('assemblies/:id/minutes.pdf')
  @PdfDocument()
  async assembly(
    @Org() org: OrgContext,
    @IdParam('assembly') id: string,
    @Query() query: DocumentLanguageQuery,
    @Res() res: Response,
  ): Promise<void> {
    sendPdf(res, await this.minutes.forAssembly(org, id, query.lang));
  }
}

/** The registry of issued documents, for the co-op's administrators. */
@ApiTags('documents')
@Controller('v1/orgs/:slug/documents')
export class DocumentRegistryController {
  constructor(private readonly documents: DocumentsService) {}

  /** The documents the organization issued (certificates, receipts, minutes, statements), newest first. */
  @Get()
  @Roles('admin')
  list(@Org() org: OrgContext, @Query() query: IssuedDocumentsQuery): Promise<IssuedDocumentListDto> {
    return this.documents.list(org.organizationId, query);
  }
}
