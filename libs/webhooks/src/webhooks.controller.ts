import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Org, OrgContext, Roles } from '@socius/auth';
import { ApiProblems, IdParam } from '@socius/core';
import {
  CreateWebhookDto,
  DeliveryQuery,
  UpdateWebhookDto,
  WebhookDeliveryDto,
  WebhookDeliveryListDto,
  WebhookDto,
  WebhookListDto,
  WebhookWithSecretDto,
} from './dto/webhook.dto';
import { WebhooksService } from './webhooks.service';

@ApiTags('webhooks')
@Controller('v1/orgs/:slug/webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  /** A new endpoint; its signing secret is in this answer only. */
  @Post()
  @Roles('admin')
  @ApiProblems({ 400: 'A URL that is not https://, or names an internal address', 422: 'Too many endpoints' })
  create(@Org() org: OrgContext, @Body() dto: CreateWebhookDto): Promise<WebhookWithSecretDto> {
    return this.webhooks.create(org, dto);
  }

  /** The organization's endpoints, without their secrets. */
  @Get()
  @Roles('admin')
  list(@Org() org: OrgContext): Promise<WebhookListDto> {
    return this.webhooks.list(org);
  }

  /** One endpoint, without its secret. */
  @Get(':id')
  @Roles('admin')
  get(@Org() org: OrgContext, @IdParam('webhook') id: string): Promise<WebhookDto> {
    return this.webhooks.get(org, id);
  }

  /** Changes the URL, the events, the scopes; `enabled: true` re-enables an endpoint its failures disabled. */
  @Patch(':id')
  @Roles('admin')
  update(@Org() org: OrgContext, @IdParam('webhook') id: string, @Body() dto: UpdateWebhookDto): Promise<WebhookDto> {
    return this.webhooks.update(org, id, dto);
  }

  /** Deletes the endpoint and its delivery log; nothing more is sent to it. */
  @Delete(':id')
  @HttpCode(204)
  @Roles('admin')
  async remove(@Org() org: OrgContext, @IdParam('webhook') id: string): Promise<void> {
    await this.webhooks.remove(org, id);
  }

  /** A new secret, in this answer only; the old one keeps signing beside it during the grace period. */
  @Post(':id/rotate-secret')
  @HttpCode(200)
  @Roles('admin')
  rotate(@Org() org: OrgContext, @IdParam('webhook') id: string): Promise<WebhookWithSecretDto> {
    return this.webhooks.rotateSecret(org, id);
  }

  /** The delivery log, newest first: each delivery's status, tries (status code, duration, error) and next try. */
  @Get(':id/deliveries')
  @Roles('admin')
  deliveries(
    @Org() org: OrgContext,
    @IdParam('webhook') id: string,
    @Query() query: DeliveryQuery,
  ): Promise<WebhookDeliveryListDto> {
    return this.webhooks.deliveries(org, id, query);
  }

  /** Sends a delivery again now, with the same `webhook-id`. */
  @Post(':id/deliveries/:deliveryId/replay')
  @HttpCode(202)
  @Roles('admin')
  @ApiProblems({ 409: 'The delivery is still being tried', 422: 'The endpoint is disabled' })
  replay(
    @Org() org: OrgContext,
    @IdParam('webhook') id: string,
    @IdParam('delivery', 'deliveryId') deliveryId: string,
  ): Promise<WebhookDeliveryDto> {
    return this.webhooks.replay(org, id, deliveryId);
  }
}
