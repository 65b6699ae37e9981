import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Req } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { Org, OrgContext, Public, Roles, ThrottleService, TokenScope } from '@socius/auth';
import { ApiProblems, DomainError, IdParam } from '@socius/core';
import type { Request } from 'express';
import {
  CheckoutListDto,
  CheckoutStartedDto,
  CheckoutViewDto,
  ConfirmCheckoutDto,
  PaymentAccountDto,
  PaymentAccountStateDto,
  PublicCheckoutDto,
  PublicPaymentsDto,
  SubscriptionCheckoutDto,
} from './dto/payments.dto';
import { PaymentsService } from './payments.service';

/** A provider's notification is small; anything far larger is not one. */
const MAX_NOTIFICATION_BYTES = 64 * 1024;

@ApiTags('payments')
@Controller('v1/orgs/:slug')
export class PaymentsController {
  constructor(private readonly payments: PaymentsService) {}

  /** The payment provider account, if one is set up (its client secret is never shown). */
  @Get('payments/account')
  @Roles('admin')
  account(@Org() org: OrgContext): Promise<PaymentAccountStateDto> {
    return this.payments.account(org);
  }

  /**
   * Sets the payment provider account up or changes it. The provider is asked for a token first:
   * credentials it refuses are a 400 on `clientSecret`.
   */
  @Put('payments/account')
  @Roles('admin')
  @ApiProblems({ 502: 'The provider did not answer' })
  saveAccount(@Org() org: OrgContext, @Body() dto: PaymentAccountDto): Promise<PaymentAccountStateDto> {
    return this.payments.saveAccount(org, dto);
  }

  /** No payment by card any more; checkouts already started are still confirmed. */
  @Delete('payments/account')
  @HttpCode(204)
  @Roles('admin')
  removeAccount(@Org() org: OrgContext): Promise<void> {
    return this.payments.removeAccount(org);
  }

  /** The last 100 checkouts, unmatched ones with what went wrong. */
  @Get('payments/checkouts')
  @Roles('admin', 'accountant')
  @TokenScope('funding:read')
  checkouts(@Org() org: OrgContext): Promise<CheckoutListDto> {
    return this.payments.list(org);
  }

  /** A checkout at the payment provider for (part of) what is due on an approved share subscription. */
  @Post('subscriptions/:id/checkout')
  @Roles('admin', 'member')
  @TokenScope('shares:write')
  @ApiProblems({ 502: 'The provider did not answer' })
  subscriptionCheckout(
    @Org() org: OrgContext,
    @IdParam('subscription') id: string,
    @Body() dto: SubscriptionCheckoutDto,
  ): Promise<CheckoutStartedDto> {
    return this.payments.startForSubscription(org, id, dto);
  }
}

/** Without an account: a donation by card to a public campaign, and the payer's landing. */
@ApiTags('payments')
@Controller('v1/public')
export class PublicPaymentsController {
  constructor(
    private readonly payments: PaymentsService,
    private readonly throttle: ThrottleService,
  ) {}

  /** Whether the organization takes payments by card. */
  @Get('orgs/:slug/payments')
  @Public()
  publicPayments(@Param('slug') slug: string): Promise<PublicPaymentsDto> {
    return this.payments.publicPayments(slug);
  }

  /**
   * A donation to a public campaign paid by card: the pledge is made now (pending), and the payer
   * is sent to `redirectUrl`. APPLICATION_RATE_LIMIT per client address per hour.
   */
  @Post('orgs/:slug/campaigns/:id/checkout')
  @Public()
  @ApiProblems({
    404: 'No public campaign with that id',
    429: 'Too many checkouts from this address',
    502: 'The provider did not answer',
  })
  async campaignCheckout(
    @Param('slug') slug: string,
    @Param('id') id: string,
    @Body() dto: PublicCheckoutDto,
    @Req() req: Request,
  ): Promise<CheckoutStartedDto> {
    await this.throttle.consume('payment-checkout', req.ip ?? '');
    return this.payments.startForCampaign(slug, id, dto);
  }

  /**
   * The payer is back: the provider is asked, and the payment recorded if it is paid. The checkout's
   * id is the capability; the answer holds no personal data.
   */
  @Post('payments/checkouts/:id/confirm')
  @Public()
  @HttpCode(200)
  @ApiProblems({ 404: 'No checkout with that id', 429: 'Too many requests from this address' })
  async confirm(
    @Param('id') id: string,
    @Body() dto: ConfirmCheckoutDto,
    @Req() req: Request,
  ): Promise<CheckoutViewDto> {
    await this.throttle.consume('payment-confirmation', req.ip ?? '');
    return this.payments.confirm(id, dto.outcome);
  }
}

/** Where payment providers notify. */
@ApiTags('payments')
@Controller('v1/payments')
export class PaymentNotificationsController {
  constructor(
    private readonly payments: PaymentsService,
    private readonly throttle: ThrottleService,
  ) {}

  /**
   * HelloAsso's notifications for an organization (the URL set in its HelloAsso account). They are
   * not signed: one only makes Socius ask HelloAsso about the checkout it names, and its amounts
   * are never used. Always 200 at once, whatever it says.
   */
  @Post('helloasso/:slug/notifications')
  @Public()
  @HttpCode(200)
  @ApiBody({ schema: { type: 'object', additionalProperties: true } })
  @ApiProblems({ 413: 'Larger than 64 KB', 429: 'Too many notifications from this address' })
  async helloasso(@Param('slug') slug: string, @Body() body: unknown, @Req() req: Request): Promise<void> {
    await this.throttle.consume('payment-confirmation', req.ip ?? '');
    if (Number(req.headers['content-length'] ?? 0) > MAX_NOTIFICATION_BYTES)
      throw new DomainError(413, 'payload-too-large', 'Payload too large', 'A notification holds at most 64 KB.');
    this.payments.notified('helloasso', slug, body);
  }
}
