import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBody, ApiConsumes, ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';
import { Org, OrgContext, Roles, TokenScope } from '@socius/auth';
import {
  ApiProblems,
  DomainError,
  FileResponse,
  IdParam,
  Idempotent,
  isCalendarDate,
  PageQuery,
  NotFoundError,
  RequestContext,
} from '@socius/core';
import { AcceptedJobDto, acceptedJob, StagedUploadsService } from '@socius/jobs';
import type { Request, Response } from 'express';
import {
  AccountingSettingsDto,
  CancelPayoutBatchDto,
  CreatePayoutBatchDto,
  AccountingSettingsViewDto,
  ApproveRedemptionDto,
  AtQuery,
  CapitalDto,
  ChainReportDto,
  CloseFiscalYearDto,
  ConversionDto,
  CreateCapitalCallDto,
  CreateConversionDto,
  CreatePaymentDto,
  CreateRedemptionDto,
  CreateShareClassDto,
  CreateSubscriptionDto,
  CreateTransferDto,
  DecideDto,
  FiscalYearDto,
  FiscalYearListDto,
  HoldingsDto,
  LedgerListDto,
  LedgerQuery,
  LedgerVerifyQuery,
  OpeningQuery,
  OpeningResultDto,
  PayoutBatchDto,
  PayoutBatchListDto,
  PayoutDto,
  RedemptionDto,
  RedemptionListDto,
  RedemptionQuery,
  RejectDto,
  ReversalDto,
  ReversalResultDto,
  SepaBatchDto,
  ShareClassDto,
  ShareClassListDto,
  SubscriptionDto,
  SubscriptionListDto,
  SubscriptionQuery,
  TransferDto,
  TransferListDto,
  TransferQuery,
  UpdateShareClassDto,
} from './dto/shares.dto';
import { LedgerService } from './ledger.service';
import { PayoutBatchesService } from './payout-batches.service';
import { RedemptionsService } from './redemptions.service';
import { REGISTER_OPENING_JOB, RegisterService } from './register.service';
import { SubscriptionsService } from './subscriptions.service';
import { TransfersService } from './transfers.service';

@ApiTags('share classes')
@Controller('v1/orgs/:slug/share-classes')
export class ShareClassesController {
  constructor(private readonly register: RegisterService) {}

  /** A class of shares: its nominal value (fixed for good), the minimum and maximum a member holds. */
  @Post()
  @Roles('admin')
  create(@Org() org: OrgContext, @Body() dto: CreateShareClassDto): Promise<ShareClassDto> {
    return this.register.createClass(org, dto);
  }

  /** The share classes. */
  @Get()
  @Roles('admin', 'accountant', 'member')
  @TokenScope('shares:read')
  list(@Org() org: OrgContext): Promise<ShareClassListDto> {
    return this.register.listClasses(org);
  }

  /** A share class, by its code. */
  @Get(':code')
  @Roles('admin', 'accountant', 'member')
  @TokenScope('shares:read')
  get(@Org() org: OrgContext, @Param('code') code: string): Promise<ShareClassDto> {
    return this.register.getClass(org, code);
  }

  /** Name, minimum, maximum, colleges and instalments; never the nominal value. */
  @Patch(':code')
  @Roles('admin')
  update(
    @Org() org: OrgContext,
    @Param('code') code: string,
    @Body() dto: UpdateShareClassDto,
  ): Promise<ShareClassDto> {
    return this.register.updateClass(org, code, dto);
  }
}

@ApiTags('subscriptions')
@Controller('v1/orgs/:slug/subscriptions')
export class SubscriptionsController {
  constructor(private readonly subscriptions: SubscriptionsService) {}

  /**
   * A subscription form: pending until the board decides. A member subscribes for themselves
   * (today's date). Honours `Idempotency-Key`.
   */
  @Post()
  @Roles('admin', 'member')
  @TokenScope('shares:write')
  @Idempotent()
  create(@Org() org: OrgContext, @Body() dto: CreateSubscriptionDto): Promise<SubscriptionDto> {
    return this.subscriptions.create(org, dto);
  }

  /** Subscriptions, filtered by member or status; a member sees only their own. */
  @Get()
  @Roles('admin', 'accountant', 'member')
  @TokenScope('shares:read')
  list(@Org() org: OrgContext, @Query() query: SubscriptionQuery): Promise<SubscriptionListDto> {
    return this.subscriptions.list(org, query);
  }

  /** A subscription with its payments and calls; a member reads only their own. */
  @Get(':id')
  @Roles('admin', 'accountant', 'member')
  @TokenScope('shares:read')
  get(@Org() org: OrgContext, @IdParam('subscription') id: string): Promise<SubscriptionDto> {
    return this.subscriptions.get(org, id);
  }

  /** The board accepts it; if the money is in, the shares are issued (and an applicant admitted). */
  @Post(':id/approve')
  @HttpCode(200)
  @Roles('admin')
  @TokenScope('shares:write')
  @Idempotent()
  approve(
    @Org() org: OrgContext,
    @IdParam('subscription') id: string,
    @Body() dto: DecideDto,
  ): Promise<SubscriptionDto> {
    return this.subscriptions.approve(org, id, dto);
  }

  /** The board refuses it; money already received is to be returned. */
  @Post(':id/reject')
  @HttpCode(200)
  @Roles('admin')
  @TokenScope('shares:write')
  @Idempotent()
  reject(
    @Org() org: OrgContext,
    @IdParam('subscription') id: string,
    @Body() dto: RejectDto,
  ): Promise<SubscriptionDto> {
    return this.subscriptions.reject(org, id, dto);
  }

  /** Cancels a subscription whose shares are not issued yet; money received goes back. */
  @Post(':id/cancel')
  @HttpCode(200)
  @Roles('admin')
  @TokenScope('shares:write')
  @Idempotent()
  cancel(
    @Org() org: OrgContext,
    @IdParam('subscription') id: string,
    @Body() dto: DecideDto,
  ): Promise<SubscriptionDto> {
    return this.subscriptions.cancel(org, id, dto);
  }

  /** A payment (partial or whole); the one that completes the called amount issues the shares. */
  @Post(':id/payments')
  @Roles('admin')
  @TokenScope('shares:write')
  @Idempotent()
  pay(
    @Org() org: OrgContext,
    @IdParam('subscription') id: string,
    @Body() dto: CreatePaymentDto,
  ): Promise<SubscriptionDto> {
    return this.subscriptions.pay(org, id, dto);
  }

  /** Calls part of the unpaid capital of an instalment subscription. */
  @Post(':id/calls')
  @Roles('admin')
  @TokenScope('shares:write')
  @Idempotent()
  call(
    @Org() org: OrgContext,
    @IdParam('subscription') id: string,
    @Body() dto: CreateCapitalCallDto,
  ): Promise<SubscriptionDto> {
    return this.subscriptions.call(org, id, dto);
  }
}

@ApiTags('transfers')
@Controller('v1/orgs/:slug')
export class TransfersController {
  constructor(private readonly transfers: TransfersService) {}

  /** A transfer of shares between members, pending until the board approves it. */
  @Post('transfers')
  @Roles('admin')
  @TokenScope('shares:write')
  @Idempotent()
  create(@Org() org: OrgContext, @Body() dto: CreateTransferDto): Promise<TransferDto> {
    return this.transfers.create(org, dto);
  }

  /** Transfers, filtered by status; a member sees only those they take part in. */
  @Get('transfers')
  @Roles('admin', 'accountant', 'member')
  @TokenScope('shares:read')
  list(@Org() org: OrgContext, @Query() query: TransferQuery): Promise<TransferListDto> {
    return this.transfers.list(org, query);
  }

  /** A transfer. */
  @Get('transfers/:id')
  @Roles('admin', 'accountant', 'member')
  @TokenScope('shares:read')
  get(@Org() org: OrgContext, @IdParam('transfer') id: string): Promise<TransferDto> {
    return this.transfers.get(org, id);
  }

  /** The board approves: the shares move from the seller to the buyer in the register. */
  @Post('transfers/:id/approve')
  @HttpCode(200)
  @Roles('admin')
  @TokenScope('shares:write')
  @Idempotent()
  approve(@Org() org: OrgContext, @IdParam('transfer') id: string, @Body() dto: DecideDto): Promise<TransferDto> {
    return this.transfers.approve(org, id, dto);
  }

  /** The board refuses the transfer. */
  @Post('transfers/:id/reject')
  @HttpCode(200)
  @Roles('admin')
  @TokenScope('shares:write')
  @Idempotent()
  reject(@Org() org: OrgContext, @IdParam('transfer') id: string, @Body() dto: RejectDto): Promise<TransferDto> {
    return this.transfers.reject(org, id, dto);
  }

  /** Converts shares of one class into shares of another of equal nominal value. */
  @Post('conversions')
  @Roles('admin')
  @Idempotent()
  convert(@Org() org: OrgContext, @Body() dto: CreateConversionDto): Promise<ConversionDto> {
    return this.transfers.convert(org, dto);
  }
}

@ApiTags('redemptions')
@Controller('v1/orgs/:slug/redemptions')
export class RedemptionsController {
  constructor(
    private readonly redemptions: RedemptionsService,
    private readonly payouts: PayoutBatchesService,
  ) {}

  /**
   * A request to take shares back, effective at the fiscal year end unless a date is given; a
   * member asks for their own (the co-op sets the date).
   */
  @Post()
  @Roles('admin', 'member')
  @TokenScope('shares:write')
  @Idempotent()
  create(@Org() org: OrgContext, @Body() dto: CreateRedemptionDto): Promise<RedemptionDto> {
    return this.redemptions.create(org, dto);
  }

  /**
   * A SEPA credit-transfer file (pain.001.001.03) paying approved redemptions whose value is final
   * and that are due: recorded as a payout batch (`X-Payout-Batch-Id`), as `POST payout-batches` does.
   */
  @Post('sepa')
  @HttpCode(200)
  @Roles('admin')
  @FileResponse('application/xml', 'the SEPA credit-transfer file (pain.001.001.03)')
  async sepa(@Org() org: OrgContext, @Body() dto: SepaBatchDto, @Res() res: Response): Promise<void> {
    const batch = await this.payouts.create(org, dto);
    const { fileName, xml } = await this.payouts.file(org, batch.id);
    res.setHeader('Content-Type', 'application/xml; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    res.setHeader('X-Payout-Batch-Id', batch.id);
    res.send(xml);
  }

  /** Redemptions, filtered by member or status; a member sees only their own. */
  @Get()
  @Roles('admin', 'accountant', 'member')
  @TokenScope('shares:read')
  list(@Org() org: OrgContext, @Query() query: RedemptionQuery): Promise<RedemptionListDto> {
    return this.redemptions.list(org, query);
  }

  /** A redemption, with its place in the queue when it waits; a member reads only their own. */
  @Get(':id')
  @Roles('admin', 'accountant', 'member')
  @TokenScope('shares:read')
  get(@Org() org: OrgContext, @IdParam('redemption') id: string): Promise<RedemptionDto> {
    return this.redemptions.get(org, id);
  }

  /** Approves, or queues (`status: waiting`, with the reason) when the capital floor stands in the way. */
  @Post(':id/approve')
  @HttpCode(200)
  @Roles('admin')
  @TokenScope('shares:write')
  @Idempotent()
  approve(
    @Org() org: OrgContext,
    @IdParam('redemption') id: string,
    @Body() dto: ApproveRedemptionDto,
  ): Promise<RedemptionDto> {
    return this.redemptions.approve(org, id, dto);
  }

  /** The board refuses the redemption (pending or waiting). */
  @Post(':id/reject')
  @HttpCode(200)
  @Roles('admin')
  @TokenScope('shares:write')
  @Idempotent()
  reject(@Org() org: OrgContext, @IdParam('redemption') id: string, @Body() dto: RejectDto): Promise<RedemptionDto> {
    return this.redemptions.reject(org, id, dto);
  }

  /** Withdraws a request not yet approved (pending or waiting). */
  @Post(':id/cancel')
  @HttpCode(200)
  @Roles('admin')
  @TokenScope('shares:write')
  @Idempotent()
  cancel(@Org() org: OrgContext, @IdParam('redemption') id: string): Promise<RedemptionDto> {
    return this.redemptions.cancel(org, id);
  }

  /** Records that the member (or the heirs) were paid. */
  @Post(':id/payout')
  @HttpCode(200)
  @Roles('admin')
  @Idempotent()
  payout(@Org() org: OrgContext, @IdParam('redemption') id: string, @Body() dto: PayoutDto): Promise<RedemptionDto> {
    return this.redemptions.payout(org, id, dto);
  }
}

@ApiTags('redemptions')
@Controller('v1/orgs/:slug/payout-batches')
export class PayoutBatchesController {
  constructor(private readonly payouts: PayoutBatchesService) {}

  /**
   * A SEPA payout file for approved redemptions whose value is final (the fiscal year of their
   * effective date closed, loi 47-1775 art. 18) and that are due by `executionOn`. They are marked
   * paid and booked (D 4567 / C 512); no other file can include them unless this one is cancelled.
   */
  @Post()
  @Roles('admin')
  @Idempotent()
  create(@Org() org: OrgContext, @Body() dto: CreatePayoutBatchDto): Promise<PayoutBatchDto> {
    return this.payouts.create(org, dto);
  }

  /** Payout files, the latest first. */
  @Get()
  @Roles('admin', 'accountant')
  list(@Org() org: OrgContext, @Query() query: PageQuery): Promise<PayoutBatchListDto> {
    return this.payouts.list(org, query);
  }

  /** A payout file: its message id, status, totals and the redemptions it pays. */
  @Get(':id')
  @Roles('admin', 'accountant')
  get(@Org() org: OrgContext, @IdParam('payout batch') id: string): Promise<PayoutBatchDto> {
    return this.payouts.get(org, id);
  }

  /** The file as it was issued, byte for byte. */
  @Get(':id/file')
  @Roles('admin', 'accountant')
  @FileResponse('application/xml', 'the SEPA credit-transfer file (pain.001.001.03)')
  async file(@Org() org: OrgContext, @IdParam('payout batch') id: string, @Res() res: Response): Promise<void> {
    const { fileName, xml } = await this.payouts.file(org, id);
    res.setHeader('Content-Type', 'application/xml; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    res.send(xml);
  }

  /** Cancels a file the bank did not execute: its redemptions are unpaid again, the booking reversed. */
  @Post(':id/cancel')
  @HttpCode(200)
  @Roles('admin')
  @Idempotent()
  cancel(
    @Org() org: OrgContext,
    @IdParam('payout batch') id: string,
    @Body() dto: CancelPayoutBatchDto,
  ): Promise<PayoutBatchDto> {
    return this.payouts.cancel(org, id, dto);
  }
}

@ApiTags('register')
@Controller('v1/orgs/:slug')
export class RegisterController {
  constructor(
    private readonly register: RegisterService,
    private readonly ledger: LedgerService,
    private readonly uploads: StagedUploadsService,
  ) {}

  /** What a member held at the end of a day (today by default). */
  @Get('members/:id/holdings')
  @Roles('admin', 'accountant', 'member')
  @TokenScope('shares:read')
  holdings(@Org() org: OrgContext, @IdParam('member') id: string, @Query() query: AtQuery): Promise<HoldingsDto> {
    return this.register.holdings(org, id, query.at);
  }

  /** The capital statement at the end of a day: per class and per college, and the floor. */
  @Get('capital')
  @Roles('admin', 'accountant')
  @TokenScope('shares:read')
  capital(@Org() org: OrgContext, @Query() query: AtQuery): Promise<CapitalDto> {
    return this.register.capital(org, query.at);
  }

  /** The register of movements, in sequence order; a member sees only their own. */
  @Get('ledger')
  @Roles('admin', 'accountant', 'member')
  @TokenScope('shares:read')
  list(@Org() org: OrgContext, @Query() query: LedgerQuery): Promise<LedgerListDto> {
    return this.ledger.listFor(org, query);
  }

  /**
   * Re-verifies the whole hash chain against every head published on statements and exports (and
   * `sequence` + `hash`, read off one); reports the first broken link or contradicted head.
   */
  @Get('ledger/verify')
  @Roles('admin', 'accountant')
  @TokenScope('shares:read')
  verify(@Org() org: OrgContext, @Query() query: LedgerVerifyQuery): Promise<ChainReportDto> {
    const published =
      query.sequence !== undefined && query.hash !== undefined
        ? { sequence: query.sequence, hash: query.hash }
        : undefined;
    return this.ledger.verify(org.organizationId, published);
  }

  /** Corrects the register by reversing an operation's movements (never by changing them). */
  @Post('ledger/reversals')
  @Roles('admin')
  @Idempotent()
  reverse(@Org() org: OrgContext, @Body() dto: ReversalDto): Promise<ReversalResultDto> {
    return this.register.reverse(org, dto);
  }

  /**
   * Brings in an existing register (CSV: externalRef or membershipNumber; shareClassCode; quantity)
   * as opening movements; refused as a whole unless it adds up to `declaredCapitalCents`.
   * With `?async=true`, `Prefer: respond-async`, or a file over IMPORT_SYNC_MAX_BYTES (5 MB), the
   * file is staged and imported by a job: 202, `Location: /v1/orgs/{slug}/jobs/{id}`, `{ jobId }`;
   * the job's `result` is this route's 201 answer, or `{ problem }` (its 400 or 422) when it failed.
   */
  @Post('share-register/opening')
  @Roles('admin')
  @Idempotent()
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiHeader({
    name: 'Prefer',
    required: false,
    description: '`respond-async` (RFC 7240): run the import as a job, like `?async=true`',
  })
  @ApiCreatedResponse({ type: OpeningResultDto, description: 'imported in the request' })
  @ApiAcceptedResponse({
    type: AcceptedJobDto,
    description: 'staged; a job imports it. Location: the job to poll (`GET /v1/orgs/{slug}/jobs/{id}`)',
  })
  @ApiProblems({ 413: 'The file is larger than the import limit', 415: 'Not sent as `text/csv`' })
  async open(
    @Org() org: OrgContext,
    @Query() query: OpeningQuery,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    if (!req.is(['text/csv', 'text/plain', 'application/csv'])) {
      throw new DomainError(
        415,
        'unsupported-media-type',
        'Unsupported media type',
        'Send the CSV with Content-Type: text/csv.',
      );
    }
    const route = await this.uploads.route(req, query);
    if (route.async) {
      const params = { openedOn: query.openedOn, declaredCapitalCents: query.declaredCapitalCents };
      const { jobId } = await this.uploads.stage(
        {
          organizationId: org.organizationId,
          requestedBy: org.userId,
          kind: 'register-opening',
          jobName: REGISTER_OPENING_JOB,
          params,
        },
        route.body,
      );
      return acceptedJob(req, res, org.slug, jobId);
    }
    const result = await this.register.open(org, query, route.body);
    if (RequestContext.current().idempotency?.replayed) res.setHeader('Idempotent-Replayed', 'true');
    res.status(201).json(result);
  }

  /** The fiscal years, open and closed. */
  @Get('fiscal-years')
  @Roles('admin', 'accountant')
  @TokenScope('shares:read')
  years(@Org() org: OrgContext): Promise<FiscalYearListDto> {
    return this.register.years(org);
  }

  /** Closes (and locks) the fiscal year ending on that date, e.g. `fiscal-years/2025-12-31/close`. */
  @Post('fiscal-years/:endOn/close')
  @HttpCode(200)
  @Roles('admin')
  @Idempotent()
  close(
    @Org() org: OrgContext,
    @Param('endOn') endOn: string,
    @Body() dto: CloseFiscalYearDto,
  ): Promise<FiscalYearDto> {
    if (!isCalendarDate(endOn)) throw new NotFoundError('fiscal year');
    return this.register.closeYear(org, endOn, dto);
  }

  /** The account numbers and journal code of the share-capital journal (the defaults where none is set). */
  @Get('accounting/settings')
  @Roles('admin', 'accountant')
  accounting(@Org() org: OrgContext): Promise<AccountingSettingsViewDto> {
    return this.register.accounting(org);
  }

  /** The organization's own account numbers and journal code for the share-capital journal. */
  @Put('accounting/settings')
  @Roles('admin')
  setAccounting(@Org() org: OrgContext, @Body() dto: AccountingSettingsDto): Promise<AccountingSettingsViewDto> {
    return this.register.setAccounting(org, dto);
  }
}
