import { Controller, Get, Post, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { Org, OrgContext, Roles, TokenScope } from '@socius/auth';
import { ApiProblems, DomainError, FileResponse, IdParam } from '@socius/core';
import { acceptedJob, AcceptedJobDto } from '@socius/jobs';
import type { Request, Response } from 'express';
import { PortabilityService } from './portability.service';

@ApiTags('portability')
@Controller('v1/orgs/:slug')
export class PortabilityController {
  constructor(private readonly portability: PortabilityService) {}

  /**
   * Starts a full export of the organization (docs/portability.md): a job builds a zip of JSON and
   * CSV files with their schema, the ledger with its hashes and a manifest of checksums and figures.
   * It holds every member's personal data: admins only, or a token with `exports:read`. The job's
   * `result.download` is where to fetch the zip. 409 while a vote is open (ballots stay here).
   */
  @Post('export')
  @Roles('admin')
  @TokenScope('exports:read')
  @ApiAcceptedResponse({
    type: AcceptedJobDto,
    description: 'the export job to poll (`GET /v1/orgs/{slug}/jobs/{id}`)',
  })
  @ApiProblems({ 409: 'A vote is open: close it first' })
  async export(@Org() org: OrgContext, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { jobId } = await this.portability.requestExport(org);
    acceptedJob(req, res, org.slug, jobId);
  }

  /** The zip of a finished export (409 while its job runs). */
  @Get('export/:id')
  @Roles('admin')
  @TokenScope('exports:read')
  @FileResponse('application/zip', 'the organization’s portable export')
  async file(@Org() org: OrgContext, @IdParam('export') id: string, @Res() res: Response): Promise<void> {
    const { fileName, file } = await this.portability.file(org, id);
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.send(file);
  }

  /**
   * Imports a portable export (the zip, `Content-Type: application/zip`) into this organization,
   * which must hold no data yet (409 otherwise). A job checks the whole file — checksums, the
   * ledger's chain, columns — before writing anything, then writes it in one transaction; a
   * tampered or unreadable file fails the job with a 422 problem naming the file and row.
   */
  @Post('import')
  @Roles('admin')
  @ApiConsumes('application/zip')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiAcceptedResponse({
    type: AcceptedJobDto,
    description: 'the import job to poll (`GET /v1/orgs/{slug}/jobs/{id}`)',
  })
  @ApiProblems({
    409: 'The organization already holds data',
    413: 'The file is larger than the import limit',
    415: 'Not sent as `application/zip`',
  })
  async import(@Org() org: OrgContext, @Req() req: Request, @Res() res: Response): Promise<void> {
    if (!req.is(['application/zip', 'application/x-zip-compressed', 'application/octet-stream']))
      throw new DomainError(
        415,
        'unsupported-media-type',
        'Unsupported media type',
        'Send the zip with Content-Type: application/zip.',
      );
    const { jobId } = await this.portability.requestImport(org, req);
    acceptedJob(req, res, org.slug, jobId);
  }
}
