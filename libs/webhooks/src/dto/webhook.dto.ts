import { ApiProperty } from '@nestjs/swagger';
import { API_SCOPES } from '@socius/auth';
import { EnumProperty, PageQuery } from '@socius/core';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { WEBHOOK_EVENT_TYPES } from '../events';
import { DELIVERY_STATUSES, DeliveryStatus } from '../entities/webhook-delivery.entity';

const EventsProperty = () => ApiProperty({ enum: WEBHOOK_EVENT_TYPES, enumName: 'WebhookEventType', isArray: true });
const ScopesProperty = () => ApiProperty({ enum: API_SCOPES, enumName: 'ApiScope', isArray: true });

export class CreateWebhookDto {
  /** where deliveries are POSTed: `https://`, never an internal address */
  @IsString()
  @MaxLength(2000)
  url: string;

  @EventsProperty()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(WEBHOOK_EVENT_TYPES.length)
  @IsIn(WEBHOOK_EVENT_TYPES, { each: true })
  events: string[];

  /** the scopes whose data deliveries may carry (names, e-mails, amounts…); none: ids only */
  @ScopesProperty()
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(API_SCOPES.length)
  @IsIn(API_SCOPES, { each: true })
  scopes?: string[];
}

export class UpdateWebhookDto {
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  url?: string;

  @EventsProperty()
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(WEBHOOK_EVENT_TYPES.length)
  @IsIn(WEBHOOK_EVENT_TYPES, { each: true })
  events?: string[];

  @ScopesProperty()
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(API_SCOPES.length)
  @IsIn(API_SCOPES, { each: true })
  scopes?: string[];

  /** true re-enables an endpoint its failures disabled (and forgets them) */
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

export class WebhookDto {
  id: string;
  url: string;
  @EventsProperty()
  events: string[];
  @ScopesProperty()
  scopes: string[];
  enabled: boolean;
  /** when repeated failures disabled it */
  disabledAt: Date | null;
  consecutiveFailures: number;
  /** until when the secret before the last rotation still signs */
  previousSecretExpiresAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** An endpoint with its signing secret, shown once (at creation and at rotation). */
export class WebhookWithSecretDto extends WebhookDto {
  /** `whsec_` and base64: verify `webhook-signature` with it */
  secret: string;
}

export class WebhookListDto {
  items: WebhookDto[];
  total: number;
  nextCursor: string | null;
}

export class WebhookAttemptDto {
  attempt: number;
  at: Date;
  /** the receiver's HTTP status, null when it did not answer */
  statusCode: number | null;
  durationMs: number;
  error: string | null;
  replay: boolean;
}

export class WebhookDeliveryDto {
  /** the `webhook-id` of every try */
  id: string;
  @EnumProperty(WEBHOOK_EVENT_TYPES, { enumName: 'WebhookEventType' })
  eventType: string;
  occurredAt: Date;
  @EnumProperty(DELIVERY_STATUSES, { enumName: 'WebhookDeliveryStatus' })
  status: DeliveryStatus;
  attempts: number;
  /** when the next try is due, while pending */
  nextAttemptAt: Date | null;
  /** the latest tries first (at most 20) */
  attemptLog: WebhookAttemptDto[];
  createdAt: Date;
}

export class WebhookDeliveryListDto {
  items: WebhookDeliveryDto[];
  nextCursor: string | null;
}

export class DeliveryQuery extends PageQuery {
  @ApiProperty({ enum: DELIVERY_STATUSES, required: false })
  @IsOptional()
  @IsIn(DELIVERY_STATUSES)
  status?: DeliveryStatus;
}
