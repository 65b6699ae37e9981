import { Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { Org, OrgContext, Public, Roles, ThrottleService } from '@socius/auth';
import { ApiProblems, DomainError } from '@socius/core';
import type { Request } from 'express';
import { DocumentsService } from './documents.service';
import { IssuedDocumentListDto, IssuedDocumentsQuery, VerificationDto } from './dto/documents.dto';

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
