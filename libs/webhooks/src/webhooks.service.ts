import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '@socius/audit';
import type { OrgContext } from '@socius/auth';
import { SecretBox } from '@socius/auth';
import {
  APP_CONFIG,
  AppConfig,
  BusinessRuleError,
  ConflictError,
  decodeCursor,
  encodeCursor,
  NotFoundError,
  ValidationError,
} from '@socius/core';
import { OutboxService } from '@socius/jobs';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import {
  CreateWebhookDto,
  DeliveryQuery,
  UpdateWebhookDto,
  WebhookAttemptDto,
  WebhookDeliveryDto,
  WebhookDeliveryListDto,
  WebhookDto,
  WebhookListDto,
  WebhookWithSecretDto,
} from './dto/webhook.dto';
import { WebhookEndpoint } from './entities/webhook-endpoint.entity';
import { newSecret } from './signing';
import { refusedUrl } from './url-policy';
import { WebhookDeliveryRow, WebhooksRepository } from './webhooks.repository';

export const SEND_JOB = 'webhooks.send';
export const DISABLED_NOTICE_JOB = 'webhooks.disabled-notice';
/** an organization's endpoints, at most */
const MAX_ENDPOINTS = 20;
const ATTEMPTS_SHOWN = 20;

/** The payload of a send job: one try of one delivery. */
export interface SendJobPayload {
  deliveryId: string;
  attempt: number;
  replay?: boolean;
}

/** Endpoints (admin routes), their secrets, and the delivery log. */
@Injectable()
export class WebhooksService {
  readonly secrets: SecretBox;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: WebhooksRepository,
  ) {
    this.secrets = new SecretBox(config.JWT_SECRET, 'webhook-secret');
  }

  async create(ctx: OrgContext, dto: CreateWebhookDto): Promise<WebhookWithSecretDto> {
    this.assertUrl(dto.url);
    return this.dataSource.transaction(async (em) => {
      const n = await this.repository.countEndpoints(em, ctx.organizationId);
      if (n >= MAX_ENDPOINTS)
        throw new BusinessRuleError(
          'too-many-webhooks',
          `An organization has at most ${MAX_ENDPOINTS} webhook endpoints.`,
        );
      const id = randomUUID();
      const secret = newSecret();
      const endpoint = await em.save(
        em.create(WebhookEndpoint, {
          id,
          organizationId: ctx.organizationId,
          url: dto.url,
          events: unique(dto.events),
          scopes: unique(dto.scopes ?? []),
          secret: this.secrets.seal(secret, id),
        }),
      );
      await this.audit.record(em, {
        organizationId: ctx.organizationId,
        action: 'webhook.created',
        entityType: 'webhook',
        entityId: id,
        changes: { url: dto.url, events: endpoint.events, scopes: endpoint.scopes },
      });
      return { ...toDto(endpoint), secret };
    });
  }

  async list(ctx: OrgContext): Promise<WebhookListDto> {
    const rows = await this.dataSource.getRepository(WebhookEndpoint).find({
      where: { organizationId: ctx.organizationId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return { items: rows.map(toDto), total: rows.length, nextCursor: null };
  }

  async get(ctx: OrgContext, id: string): Promise<WebhookDto> {
    return toDto(await this.find(this.dataSource.manager, ctx, id));
  }

  async update(ctx: OrgContext, id: string, dto: UpdateWebhookDto): Promise<WebhookDto> {
    if (dto.url !== undefined) this.assertUrl(dto.url);
    return this.dataSource.transaction(async (em) => {
      const endpoint = await this.find(em, ctx, id, true);
      const changes: Record<string, unknown> = {};
      if (dto.url !== undefined && dto.url !== endpoint.url) changes.url = endpoint.url = dto.url;
      if (dto.events) changes.events = endpoint.events = unique(dto.events);
      if (dto.scopes) changes.scopes = endpoint.scopes = unique(dto.scopes);
      if (dto.enabled !== undefined && dto.enabled !== endpoint.enabled) {
        changes.enabled = endpoint.enabled = dto.enabled;
        // re-enabled by an admin: its failures are forgotten; disabled by hand: not "by failures"
        endpoint.consecutiveFailures = 0;
        endpoint.disabledAt = null;
      }
      const saved = await em.save(endpoint);
      if (Object.keys(changes).length)
        await this.audit.record(em, {
          organizationId: ctx.organizationId,
          action: 'webhook.updated',
          entityType: 'webhook',
          entityId: id,
          changes,
        });
      return toDto(saved);
    });
  }

  async remove(ctx: OrgContext, id: string): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const endpoint = await this.find(em, ctx, id, true);
      await em.delete(WebhookEndpoint, { organizationId: ctx.organizationId, id });
      await this.audit.record(em, {
        organizationId: ctx.organizationId,
        action: 'webhook.deleted',
        entityType: 'webhook',
        entityId: id,
        changes: { url: endpoint.url },
      });
    });
  }

  /** A new secret; the current one keeps signing beside it for WEBHOOK_SECRET_GRACE_HOURS. */
  async rotateSecret(ctx: OrgContext, id: string): Promise<WebhookWithSecretDto> {
    return this.dataSource.transaction(async (em) => {
      const endpoint = await this.find(em, ctx, id, true);
      const secret = newSecret();
      endpoint.previousSecret = endpoint.secret;
      endpoint.previousSecretExpiresAt = new Date(Date.now() + this.config.WEBHOOK_SECRET_GRACE_HOURS * 3_600_000);
      endpoint.secret = this.secrets.seal(secret, id);
      const saved = await em.save(endpoint);
      await this.audit.record(em, {
        organizationId: ctx.organizationId,
        action: 'webhook.secret-rotated',
        entityType: 'webhook',
        entityId: id,
        changes: { previousSecretExpiresAt: endpoint.previousSecretExpiresAt.toISOString() },
      });
      return { ...toDto(saved), secret };
    });
  }

  /** The secrets that sign now: the current one, and the previous one during its grace. */
  signingSecrets(endpoint: Pick<WebhookEndpoint, 'id' | 'secret' | 'previousSecret' | 'previousSecretExpiresAt'>) {
    const secrets = [this.secrets.open(endpoint.secret, endpoint.id)];
    if (endpoint.previousSecret && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > new Date())
      secrets.push(this.secrets.open(endpoint.previousSecret, endpoint.id));
    return secrets;
  }

  /** The delivery log, newest first, each with its latest tries. */
  async deliveries(ctx: OrgContext, id: string, query: DeliveryQuery): Promise<WebhookDeliveryListDto> {
    const em = this.dataSource.manager;
    await this.find(em, ctx, id);
    const limit = query.limit ?? 50;
    const after = decodeCursor(query.cursor, 2);
    const raw = await this.repository.deliveryPage(
      em,
      ctx.organizationId,
      id,
      { status: query.status, after: after ? [String(after[0]), String(after[1])] : null },
      limit + 1,
    );
    const page = raw.slice(0, limit);
    const log = await this.attemptLog(
      em,
      ctx.organizationId,
      page.map((r) => r.id),
    );
    const last = page[page.length - 1];
    return {
      items: page.map((r) => toDeliveryDto(r, log.get(r.id) ?? [])),
      nextCursor: raw.length > limit ? encodeCursor([last.created_at.toISOString(), last.id]) : null,
    };
  }

  /** Sends a delivery again now, with the same `webhook-id` (one try, not a new schedule). */
  async replay(ctx: OrgContext, id: string, deliveryId: string): Promise<WebhookDeliveryDto> {
    return this.dataSource.transaction(async (em) => {
      const endpoint = await this.find(em, ctx, id);
      const row = await this.repository.lockDelivery(em, ctx.organizationId, id, deliveryId);
      if (!row) throw new NotFoundError('delivery');
      if (row.status === 'pending')
        throw new ConflictError('delivery-pending', 'This delivery is still being tried: wait for its outcome.');
      if (!endpoint.enabled)
        throw new BusinessRuleError('webhook-disabled', 'This endpoint is disabled: enable it before replaying.');
      const updated = await this.repository.markForReplay(em, deliveryId);
      await this.outbox.enqueue(em, {
        organizationId: ctx.organizationId,
        queue: 'default',
        name: SEND_JOB,
        payload: { deliveryId, attempt: row.attempts + 1, replay: true } satisfies SendJobPayload,
      });
      await this.audit.record(em, {
        organizationId: ctx.organizationId,
        action: 'webhook.delivery-replayed',
        entityType: 'webhook',
        entityId: id,
        changes: { deliveryId },
      });
      const log = await this.attemptLog(em, ctx.organizationId, [deliveryId]);
      return toDeliveryDto(updated, log.get(deliveryId) ?? []);
    });
  }

  private async attemptLog(
    em: EntityManager,
    organizationId: string,
    deliveryIds: string[],
  ): Promise<Map<string, WebhookAttemptDto[]>> {
    const log = new Map<string, WebhookAttemptDto[]>();
    if (!deliveryIds.length) return log;
    const rows = await this.repository.attempts(em, organizationId, deliveryIds, ATTEMPTS_SHOWN);
    for (const { delivery_id, ...attempt } of rows) log.set(delivery_id, [...(log.get(delivery_id) ?? []), attempt]);
    return log;
  }

  private assertUrl(url: string): void {
    const refused = refusedUrl(url, { allowLoopback: this.config.WEBHOOK_ALLOW_LOOPBACK });
    if (refused) throw ValidationError.field('url', refused);
  }

  private async find(em: EntityManager, ctx: OrgContext, id: string, lock = false): Promise<WebhookEndpoint> {
    const endpoint = await em.findOne(WebhookEndpoint, {
      where: { organizationId: ctx.organizationId, id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!endpoint) throw new NotFoundError('webhook');
    return endpoint;
  }
}

function toDeliveryDto(r: WebhookDeliveryRow, attemptLog: WebhookAttemptDto[]): WebhookDeliveryDto {
  return {
    id: r.id,
    eventType: r.event_type,
    occurredAt: r.occurred_at,
    status: r.status,
    attempts: r.attempts,
    nextAttemptAt: r.status === 'pending' ? r.next_attempt_at : null,
    attemptLog,
    createdAt: r.created_at,
  };
}

export function toDto(e: WebhookEndpoint): WebhookDto {
  return {
    id: e.id,
    url: e.url,
    events: e.events,
    scopes: e.scopes,
    enabled: e.enabled,
    disabledAt: e.disabledAt,
    consecutiveFailures: e.consecutiveFailures,
    previousSecretExpiresAt:
      e.previousSecretExpiresAt && e.previousSecretExpiresAt > new Date() ? e.previousSecretExpiresAt : null,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}

const unique = (values: string[]) => [...new Set(values)];
