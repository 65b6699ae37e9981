import { applyDecorators, Body, Controller, Get, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Org, OrgContext, Roles } from '@socius/auth';
import { IdParam } from '@socius/core';
import { DocumentLanguageQuery, PdfResponse, sendPdf } from '@socius/documents';
import type { Response } from 'express';
import { MinutesDetailsDto, MinutesDetailsViewDto } from './minutes.dto';
import { MinutesService } from './minutes.service';

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
