import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiTags } from '@nestjs/swagger';
import { Org, OrgContext, Roles } from '@socius/auth';
import { IdParam } from '@socius/core';
import { DocumentLanguageQuery, PdfResponse, sendPdf } from '@socius/documents';
import type { Response } from 'express';
import { AnnualCertificatesService } from './annual-certificates.service';
import { AnnualCertificatesDto, CertificateAtQuery, JobAcceptedDto, TaxCertificateQuery } from './certificates.dto';
import { CertificatesService } from './certificates.service';

/**
 * Certificates and statements of the share register, issued once per state of what they show
 * (numbered, registered, verification code printed), then served as stored.
 */
@ApiTags('documents')
@Controller('v1/orgs/:slug')
export class CertificatesController {
  constructor(
    private readonly certificates: CertificatesService,
    private readonly annual: AnnualCertificatesService,
  ) {}

  /**
   * Attestation de détention de parts sociales: the member, their membership, the shares held per
   * class at the end of `at` (today by default) and the capital subscribed, called and paid, with
   * the statement of variable capital. A member reads their own only.
   */
  @Get('members/:id/certificate.pdf')
  @Roles('admin', 'accountant', 'member')
  @PdfResponse()
  async certificate(
    @Org() org: OrgContext,
    @IdParam('member') id: string,
    @Query() query: CertificateAtQuery,
    @Res() res: Response,
  ): Promise<void> {
    sendPdf(res, await this.certificates.shareCertificate(org, id, query.at, query.lang));
  }

  /** Reçu de souscription: the subscription, its status and every payment; a new one after each payment. */
  @Get('subscriptions/:id/receipt.pdf')
  @Roles('admin', 'accountant', 'member')
  @PdfResponse()
  async receipt(
    @Org() org: OrgContext,
    @IdParam('subscription') id: string,
    @Query() query: DocumentLanguageQuery,
    @Res() res: Response,
  ): Promise<void> {
    sendPdf(res, await this.certificates.receipt(org, id, query.lang));
  }

  /**
   * État individuel IR-PME (CGI art. 199 terdecies-0 A): the year's payments towards issued shares.
   * Natural persons only (a legal entity is 422), and 422 when the year holds no such payment.
   */
  @Get('members/:id/tax-certificate.pdf')
  @Roles('admin', 'accountant', 'member')
  @PdfResponse()
  async taxCertificate(
    @Org() org: OrgContext,
    @IdParam('member') id: string,
    @Query() query: TaxCertificateQuery,
    @Res() res: Response,
  ): Promise<void> {
    sendPdf(
      res,
      await this.certificates.taxCertificate(org, id, query.year ?? new Date().getUTCFullYear() - 1, query.lang),
    );
  }

  /** The capital statement at the end of `at`: the figures of `GET capital?at=`, per class and college, and the floor. */
  @Get('capital.pdf')
  @Roles('admin', 'accountant')
  @PdfResponse()
  async capital(@Org() org: OrgContext, @Query() query: CertificateAtQuery, @Res() res: Response): Promise<void> {
    sendPdf(res, await this.certificates.capitalStatement(org, query.at, query.lang));
  }

  /**
   * Issues a share certificate at `at` for every member holding shares then and e-mails it to
   * those who consented to e-mail, once per member and year; follow it at `GET jobs/{jobId}`.
   */
  @Post('documents/annual-certificates')
  @HttpCode(202)
  @Roles('admin')
  @ApiAcceptedResponse({ type: JobAcceptedDto })
  annualCertificates(@Org() org: OrgContext, @Body() dto: AnnualCertificatesDto): Promise<JobAcceptedDto> {
    return this.annual.request(org, dto.at);
  }
}
