import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Org, OrgContext, Public, Roles, TokenScope } from '@socius/auth';
import { ApiProblems, FileResponse, IdParam, Idempotent, isUuid, NotFoundError, PageQuery } from '@socius/core';
import { DocumentLanguageQuery, PdfResponse, sendPdf } from '@socius/documents';
import { attachment, streamDownload } from '@socius/database';
import { CreatePaymentDto } from '@socius/shares';
import type { Response } from 'express';
import { ReadReplica } from '@socius/database';
import { CampaignsService } from './campaigns.service';
import { ContributionsService } from './contributions.service';
import { contributionsCsv } from './contributions-export';
import {
  AdmitContributionDto,
  CampaignDto,
  CampaignLedgerDto,
  CampaignListDto,
  CampaignQuery,
  CloseCampaignDto,
  ContributionDto,
  ContributionListDto,
  ContributionQuery,
  CreateCampaignDto,
  CreateContributionDto,
  FundingSettingsDto,
  FundingSettingsViewDto,
  GivenContributionDto,
  GivenContributionListDto,
  PublicCampaignDto,
  RefundContributionDto,
  RefuseContributionDto,
} from './dto/funding.dto';
import { FundingReceiptsService } from './receipts.service';

@ApiTags('funding')
@Controller('v1/orgs/:slug')
export class CampaignsController {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly contributions: ContributionsService,
    private readonly receipts: FundingReceiptsService,
    private readonly reads: ReadReplica,
  ) {}

  /** A new campaign, `draft` until opened. */
  @Post('campaigns')
  @Roles('admin')
  @TokenScope('funding:write')
  create(@Org() org: OrgContext, @Body() dto: CreateCampaignDto): Promise<CampaignDto> {
    return this.campaigns.create(org, dto);
  }

  /** The campaigns, filtered by status; a member sees the open ones. */
  @Get('campaigns')
  @Roles('admin', 'accountant', 'member')
  @TokenScope('funding:read')
  list(@Org() org: OrgContext, @Query() query: CampaignQuery): Promise<CampaignListDto> {
    return this.campaigns.list(org, query);
  }

  /** The campaign and its figures: pledged, raised, contributors, progress by week; a member reads open ones. */
  @Get('campaigns/:id')
  @Roles('admin', 'accountant', 'member')
  @TokenScope('funding:read')
  get(@Org() org: OrgContext, @IdParam('campaign') id: string): Promise<CampaignDto> {
    return this.campaigns.get(org, id);
  }

  /** Opens a draft campaign to contributions. */
  @Post('campaigns/:id/open')
  @HttpCode(200)
  @Roles('admin')
  @TokenScope('funding:write')
  open(@Org() org: OrgContext, @IdParam('campaign') id: string): Promise<CampaignDto> {
    return this.campaigns.open(org, id);
  }

  /** Closes now (or at `closedOn`): succeeded, failed (all or nothing: settled) or closed. The daily job does it the day after `endsOn`. */
  @Post('campaigns/:id/close')
  @HttpCode(200)
  @Roles('admin')
  @TokenScope('funding:write')
  close(@Org() org: OrgContext, @IdParam('campaign') id: string, @Body() dto: CloseCampaignDto): Promise<CampaignDto> {
    return this.campaigns.close(org, id, dto);
  }

  /**
   * A pledge from a member (`memberId`) or from someone else (`contributor`); a member pledges in
   * their own name. Honours `Idempotency-Key`.
   */
  @Post('campaigns/:id/contributions')
  @Roles('admin', 'member')
  @TokenScope('funding:write')
  @Idempotent()
  contribute(
    @Org() org: OrgContext,
    @IdParam('campaign') id: string,
    @Body() dto: CreateContributionDto,
  ): Promise<ContributionDto> {
    return this.contributions.create(org, id, dto);
  }

  /** The contributions to a campaign, filtered by status and kind. */
  @Get('campaigns/:id/contributions')
  @Roles('admin', 'accountant')
  @TokenScope('funding:read')
  contributionsOf(
    @Org() org: OrgContext,
    @IdParam('campaign') id: string,
    @Query() query: ContributionQuery,
  ): Promise<ContributionListDto> {
    return this.contributions.list(org, id, query);
  }

  /** The campaign ledger: every pledge, payment, refund and cancellation. */
  @Get('campaigns/:id/ledger')
  @Roles('admin', 'accountant')
  @TokenScope('funding:read')
  ledger(
    @Org() org: OrgContext,
    @IdParam('campaign') id: string,
    @Query() query: PageQuery,
  ): Promise<CampaignLedgerDto> {
    return this.campaigns.ledger(org, id, query);
  }

  /** Pooled funding: what this organization gave to campaigns hosted by others. */
  @Get('contributions/given')
  @Roles('admin', 'accountant')
  given(@Org() org: OrgContext, @Query() query: PageQuery): Promise<GivenContributionListDto> {
    return this.campaigns.given(org, query);
  }

  /** Pooled funding: confirms that this organization gave what a host recorded in its name; from then on it counts in `given`. */
  @Post('contributions/given/:id/confirm')
  @HttpCode(200)
  @Roles('admin')
  @ApiProblems({ 404: 'No gift recorded in this organization’s name has this id', 422: 'Already confirmed' })
  confirmGiven(@Org() org: OrgContext, @IdParam('contribution') id: string): Promise<GivenContributionDto> {
    return this.campaigns.answerGiven(org, id, 'confirmed');
  }

  /** Pooled funding: this organization did not give it; the host sees `refused` and it leaves this list. */
  @Post('contributions/given/:id/refuse')
  @HttpCode(200)
  @Roles('admin')
  @ApiProblems({ 404: 'No gift recorded in this organization’s name has this id', 422: 'Already confirmed' })
  refuseGiven(@Org() org: OrgContext, @IdParam('contribution') id: string): Promise<GivenContributionDto> {
    return this.campaigns.answerGiven(org, id, 'refused');
  }

  /** My contributions (the member linked to my account), to every campaign of this organization, with their instalments' parents. */
  @Get('my/contributions')
  @Roles('admin', 'accountant', 'member')
  mine(@Org() org: OrgContext, @Query() query: ContributionQuery): Promise<ContributionListDto> {
    return this.contributions.mine(org, query);
  }

  /** A contribution; a member reads their own only. */
  @Get('contributions/:id')
  @Roles('admin', 'accountant', 'member')
  @TokenScope('funding:read')
  async contribution(@Org() org: OrgContext, @IdParam('contribution') id: string): Promise<ContributionDto> {
    await this.contributions.assertVisible(org, id);
    return this.contributions.get(org, id);
  }

  /** Money received: the whole amount due unless the pledge allows partial payments. Honours `Idempotency-Key`. */
  @Post('contributions/:id/payments')
  @Roles('admin')
  @TokenScope('funding:write')
  @Idempotent()
  pay(
    @Org() org: OrgContext,
    @IdParam('contribution') id: string,
    @Body() dto: CreatePaymentDto,
  ): Promise<ContributionDto> {
    return this.contributions.pay(org, id, dto);
  }

  /** The money received goes back (donation, fee, or shares not yet issued). Honours `Idempotency-Key`. */
  @Post('contributions/:id/refund')
  @HttpCode(200)
  @Roles('admin')
  @TokenScope('funding:write')
  @Idempotent()
  refund(
    @Org() org: OrgContext,
    @IdParam('contribution') id: string,
    @Body() dto: RefundContributionDto,
  ): Promise<ContributionDto> {
    return this.contributions.refund(org, id, dto);
  }

  /** Cancels a pledge with no money received (its subscription, for shares). Honours `Idempotency-Key`. */
  @Post('contributions/:id/cancel')
  @HttpCode(200)
  @Roles('admin')
  @TokenScope('funding:write')
  @Idempotent()
  cancel(@Org() org: OrgContext, @IdParam('contribution') id: string): Promise<ContributionDto> {
    return this.contributions.cancel(org, id);
  }

  /** The board admits the contributor of a share subscription: the money waiting in 4563 becomes capital. */
  @Post('contributions/:id/admit')
  @HttpCode(200)
  @Roles('admin')
  @TokenScope('funding:write')
  @Idempotent()
  admit(
    @Org() org: OrgContext,
    @IdParam('contribution') id: string,
    @Body() dto: AdmitContributionDto,
  ): Promise<ContributionDto> {
    return this.contributions.admit(org, id, dto);
  }

  /** The board refuses the contributor of a share subscription: what was paid goes back. */
  @Post('contributions/:id/refuse')
  @HttpCode(200)
  @Roles('admin')
  @TokenScope('funding:write')
  @Idempotent()
  refuse(
    @Org() org: OrgContext,
    @IdParam('contribution') id: string,
    @Body() dto: RefuseContributionDto,
  ): Promise<ContributionDto> {
    return this.contributions.refuse(org, id, dto);
  }

  /** Reçu de contribution: what was pledged, received and refunded. */
  @Get('contributions/:id/receipt.pdf')
  @Roles('admin', 'accountant', 'member')
  @TokenScope('funding:read')
  @PdfResponse()
  async receipt(
    @Org() org: OrgContext,
    @IdParam('contribution') id: string,
    @Query() query: DocumentLanguageQuery,
    @Res() res: Response,
  ): Promise<void> {
    await this.contributions.assertVisible(org, id);
    sendPdf(res, await this.receipts.receipt(org, id, query.lang));
  }

  /** Reçu fiscal (cerfa 11580) for a donation, where the organization may issue it (never a SCIC or SCOP: 422). */
  @Get('contributions/:id/tax-receipt.pdf')
  @Roles('admin', 'accountant', 'member')
  @PdfResponse()
  async taxReceipt(
    @Org() org: OrgContext,
    @IdParam('contribution') id: string,
    @Query() query: DocumentLanguageQuery,
    @Res() res: Response,
  ): Promise<void> {
    await this.contributions.assertVisible(org, id);
    sendPdf(res, await this.receipts.taxReceipt(org, id, query.lang));
  }

  /** Whether the organization may issue tax receipts, and what they print. */
  @Get('funding/settings')
  @Roles('admin', 'accountant')
  @TokenScope('funding:read')
  settings(@Org() org: OrgContext): Promise<FundingSettingsViewDto> {
    return this.receipts.settings(org);
  }

  /** Tax-receipt eligibility (associations of general interest only), the association's object and signatory. */
  @Put('funding/settings')
  @Roles('admin')
  setSettings(@Org() org: OrgContext, @Body() dto: FundingSettingsDto): Promise<FundingSettingsViewDto> {
    return this.receipts.setSettings(org, dto);
  }

  /** The contributions ledger for the accountant (French spreadsheet CSV): every pledge, payment, refund and cancellation with its journal entry. */
  @Get('exports/contributions.csv')
  @Roles('admin', 'accountant')
  @TokenScope('funding:read')
  @FileResponse('text/csv', 'the contributions ledger, French spreadsheet CSV')
  async csv(@Org() org: OrgContext, @Res() res: Response): Promise<void> {
    attachment(res, 'text/csv; charset=utf-8', `contributions-${org.slug}.csv`);
    await streamDownload(res, () => contributionsCsv(this.reads, org.organizationId, res));
  }
}

/** The public page of a campaign: no login, public campaigns only, no personal data. */
@ApiTags('funding')
@Controller('v1/public/orgs/:slug/campaigns')
export class PublicCampaignsController {
  constructor(private readonly campaigns: CampaignsService) {}

  /** A public campaign's page: its figures and the contributors who agreed to be named. */
  @Get(':id')
  @Public()
  @ApiProblems({ 404: 'No public campaign with that id in that organization' })
  get(@Param('slug') slug: string, @Param('id') id: string): Promise<PublicCampaignDto> {
    if (!isUuid(id)) throw new NotFoundError('campaign');
    return this.campaigns.publicView(slug, id.toLowerCase());
  }
}
