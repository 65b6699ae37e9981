import { Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiTags } from '@nestjs/swagger';
import { Org, OrgContext, Roles } from '@socius/auth';
import { FileResponse, IdParam } from '@socius/core';
import type { Response } from 'express';
import { ConvocationsService, MAX_LETTERS_PER_FILE } from './convocations.service';
import { ConvocationStartedDto, LettersQuery, NoticeStartedDto, VotingCodeReissuedDto } from './dto/convocations.dto';

@ApiTags('convocations')
@Controller('v1/orgs/:slug/assemblies/:id/convocations')
export class ConvocationsController {
  constructor(private readonly convocations: ConvocationsService) {}

  /**
   * Convenes the assembly: a background job e-mails each active member who consented (when the
   * organization convenes by e-mail) the agenda, how to vote and the convocation letter (PDF), once
   * per member — posting again reaches only members not reached yet. A member without an account
   * gets their personal voting code in the e-mail (a link `{PUBLIC_URL}/vote#code=…`), issued by the
   * job: no answer to an administrator ever contains a code. The others are in `postal.csv` and
   * `letters.pdf`. Follow the job at `GET /v1/orgs/{slug}/jobs/{jobId}`.
   */
  @Post()
  @HttpCode(202)
  @Roles('admin')
  @ApiAcceptedResponse({ type: ConvocationStartedDto })
  convene(@Org() org: OrgContext, @IdParam('assembly') id: string): Promise<ConvocationStartedDto> {
    return this.convocations.convene(org, id);
  }

  /** The active members to convene by post, with their postal address (French spreadsheet CSV: BOM, `;`, CRLF). */
  @Get('postal.csv')
  @Roles('admin')
  @FileResponse('text/csv', 'the members to convene by post, French spreadsheet CSV')
  async postalCsv(@Org() org: OrgContext, @IdParam('assembly') id: string, @Res() res: Response): Promise<void> {
    const convocation = await this.convocations.context(org.organizationId, id);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="convocations-courrier-${id.slice(0, 8)}.csv"`);
    res.setHeader('Cache-Control', 'no-store');
    await this.convocations.writePostalCsv(convocation, res);
  }

  /**
   * The postal convocation letters, one per member (address placed for a window envelope), up to
   * 200 per file: `offset` gives the next ones; `X-Total-Count` says how many there are in all. A
   * member without an account finds their voting code in their letter: each download is audited.
   */
  @Get('letters.pdf')
  @Roles('admin')
  @FileResponse('application/pdf', 'the letters, one page or more per member', {
    'X-Total-Count': { description: 'how many letters there are in all', schema: { type: 'integer' } },
  })
  async letters(
    @Org() org: OrgContext,
    @IdParam('assembly') id: string,
    @Query() query: LettersQuery,
    @Res() res: Response,
  ): Promise<void> {
    const offset = query.offset ?? 0;
    const { pdf, total, count } = await this.convocations.postalLetters(
      org,
      id,
      offset,
      query.limit ?? MAX_LETTERS_PER_FILE,
      query.memberId,
    );
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader(
      'Content-Disposition',
      `inline; filename="convocations-${id.slice(0, 8)}-${offset + 1}-${offset + count}.pdf"`,
    );
    res.setHeader('Content-Length', String(pdf.length));
    res.setHeader('X-Total-Count', String(total));
    res.setHeader('Cache-Control', 'no-store');
    res.end(pdf);
  }
}

@ApiTags('convocations')
@Controller('v1/orgs/:slug/resolutions/:id')
export class ResolutionNoticesController {
  constructor(private readonly convocations: ConvocationsService) {}

  /**
   * Reminds the electors of an open vote who have not voted yet (e-mail and consent), once per
   * member; the same reminders go out by themselves 48 hours before closing. 409 unless open.
   */
  @Post('reminders')
  @HttpCode(202)
  @Roles('admin')
  @ApiAcceptedResponse({ type: NoticeStartedDto })
  remind(@Org() org: OrgContext, @IdParam('resolution') id: string): Promise<NoticeStartedDto> {
    return this.convocations.remind(org, id);
  }

  /**
   * E-mails the results of a closed vote to its electors (e-mail and consent), once per member;
   * they also go out by themselves within minutes of closing. 409 unless closed.
   */
  @Post('result-notices')
  @HttpCode(202)
  @Roles('admin')
  @ApiAcceptedResponse({ type: NoticeStartedDto })
  notifyResults(@Org() org: OrgContext, @IdParam('resolution') id: string): Promise<NoticeStartedDto> {
    return this.convocations.notifyResults(org, id);
  }
}

@ApiTags('convocations')
@Controller('v1/orgs/:slug/assemblies/:id/members/:memberId/voting-code')
export class VotingCodesController {
  constructor(private readonly convocations: ConvocationsService) {}

  /**
   * Issues a member a new voting code for the assembly and revokes their old one at once (nobody
   * else's): a job e-mails it to them, or, for a member convened by post, their letter
   * (`letters.pdf?memberId=`) prints it. The code is never in this answer.
   */
  @Post()
  @HttpCode(202)
  @Roles('admin')
  @ApiAcceptedResponse({ type: VotingCodeReissuedDto })
  reissue(
    @Org() org: OrgContext,
    @IdParam('assembly') id: string,
    @IdParam('member', 'memberId') memberId: string,
  ): Promise<VotingCodeReissuedDto> {
    return this.convocations.reissueVotingCode(org, id, memberId);
  }
}
