import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@socius/core';
import { DeliveriesService, JobContext, JobHandler, OutboxService } from '@socius/jobs';
import { MailerService } from '@socius/notifications';
import { Organization, OrganizationsService } from '@socius/organizations';
import { DataSource } from 'typeorm';
import { eventData, EventIds, WEBHOOK_EVENTS, WebhookEventType } from './events';
import { WebhookEndpoint } from './entities/webhook-endpoint.entity';
import { retryDelayMs } from './retries';
import { postWebhook } from './sender';
import { webhookHeaders } from './signing';
import { DISPATCH_JOB, WebhookEvents } from './webhook-events.service';
import { WebhooksRepository } from './webhooks.repository';
import { DISABLED_NOTICE_JOB, SEND_JOB, SendJobPayload, WebhooksService } from './webhooks.service';

interface DispatchPayload {
  type: WebhookEventType;
  ids: EventIds;
  occurredAt: string;
}

/** Fans events out to endpoints, sends each delivery with its retries, and disables failing endpoints. */
@Injectable()
export class WebhooksJobs {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly events: WebhookEvents,
    private readonly webhooks: WebhooksService,
    private readonly organizations: OrganizationsService,
    private readonly deliveries: DeliveriesService,
    private readonly mailer: MailerService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: WebhooksRepository,
  ) {}

  /** One delivery per enabled endpoint that wants the event; a retried job creates none twice. */
  @JobHandler(DISPATCH_JOB)
  async dispatch(payload: Record<string, unknown>, ctx: JobContext): Promise<{ deliveries: number }> {
    const event = payload as unknown as DispatchPayload;
    return this.dataSource.transaction(async (em) => {
      const created = await this.repository.createDeliveries(
        em,
        ctx.organizationId,
        ctx.outboxId,
        event.type,
        event.ids,
        event.occurredAt,
      );
      for (const { id } of created)
        await this.outbox.enqueue(em, {
          organizationId: ctx.organizationId,
          queue: 'default',
          name: SEND_JOB,
          payload: { deliveryId: id, attempt: 1 } satisfies SendJobPayload,
        });
      return { deliveries: created.length };
    });
  }

  /**
   * One try. The outcome and the next step (a later try, success, failure, disabling the endpoint)
   * are written together; a job retried after a crash sends again with the same `webhook-id`.
   */
  @JobHandler(SEND_JOB)
  async send(payload: Record<string, unknown>, ctx: JobContext): Promise<Record<string, unknown>> {
    const { deliveryId, attempt, replay = false } = payload as unknown as SendJobPayload;
    const row = await this.repository.sendRow(this.dataSource.manager, deliveryId, ctx.organizationId);
    if (!row) return { skipped: 'deleted' };
    if (row.attempts >= attempt || row.status !== 'pending') return { skipped: 'already tried' };
    if (!row.enabled) {
      await this.repository.failPending(this.dataSource.manager, deliveryId);
      return { skipped: 'endpoint disabled' };
    }
    const { subject, scope } = WEBHOOK_EVENTS[row.event_type];
    const view = row.scopes.includes(scope)
      ? await this.events.read(subject, row.organization_id, row.event_ids[`${subject}Id`] ?? null)
      : null;
    const body = JSON.stringify({
      type: row.event_type,
      timestamp: new Date(row.occurred_at).toISOString(),
      data: eventData(row.event_type, row.event_ids, row.scopes, view),
    });
    const secrets = this.webhooks.signingSecrets({
      id: row.endpoint_id,
      secret: row.secret,
      previousSecret: row.previous_secret,
      previousSecretExpiresAt: row.previous_secret_expires_at,
    });
    const headers = webhookHeaders(secrets, deliveryId, Math.floor(Date.now() / 1000), body);
    const outcome = await postWebhook(row.url, headers, body, {
      allowLoopback: this.config.WEBHOOK_ALLOW_LOOPBACK,
      timeoutMs: this.config.WEBHOOK_TIMEOUT_MS,
    });
    return this.dataSource.transaction(async (em) => {
      const current = await this.repository.lockAttempts(em, deliveryId);
      if (!current || current.attempts >= attempt) return { skipped: 'recorded meanwhile' };
      await this.repository.insertAttempt(em, {
        organizationId: row.organization_id,
        deliveryId,
        attempt,
        statusCode: outcome.statusCode,
        durationMs: outcome.durationMs,
        error: outcome.error,
        replay,
      });
      if (!outcome.error) {
        await this.repository.markSucceeded(em, deliveryId, attempt);
        await this.repository.resetFailures(em, row.endpoint_id);
        return { status: 'succeeded', statusCode: outcome.statusCode };
      }
      const tries = replay ? 1 : attempt;
      if (!replay && tries < this.config.WEBHOOK_MAX_ATTEMPTS) {
        const next = new Date(Date.now() + retryDelayMs(attempt, this.config.WEBHOOK_RETRY_BASE_MS));
        await this.repository.scheduleRetry(em, deliveryId, attempt, next);
        await this.outbox.enqueue(em, {
          organizationId: row.organization_id,
          queue: 'default',
          name: SEND_JOB,
          payload: { deliveryId, attempt: attempt + 1 } satisfies SendJobPayload,
          availableAt: next,
        });
        return { status: 'retrying', error: outcome.error, nextAttemptAt: next.toISOString() };
      }
      await this.repository.markFailed(em, deliveryId, attempt);
      if (replay) return { status: 'failed', error: outcome.error };
      // a failed delivery counts once; the endpoint is disabled once, by the failure that reaches the limit
      const disabled = await this.repository.countFailure(
        em,
        row.endpoint_id,
        this.config.WEBHOOK_DISABLE_AFTER_FAILURES,
      );
      if (disabled?.now_disabled)
        await this.outbox.enqueue(em, {
          organizationId: row.organization_id,
          queue: 'mail',
          name: DISABLED_NOTICE_JOB,
          payload: { endpointId: row.endpoint_id, disabledAt: new Date(disabled.disabled_at!).toISOString() },
        });
      return { status: 'failed', error: outcome.error, endpointDisabled: Boolean(disabled?.now_disabled) };
    });
  }

  /** Tells each admin of the organization, once, that an endpoint was disabled after its failures. */
  @JobHandler(DISABLED_NOTICE_JOB)
  async disabledNotice(payload: Record<string, unknown>, ctx: JobContext): Promise<{ sent: number }> {
    const organizationId = ctx.organizationId!;
    const endpoint = await this.dataSource
      .getRepository(WebhookEndpoint)
      .findOneBy({ organizationId, id: String(payload.endpointId) });
    if (!endpoint || endpoint.enabled) return { sent: 0 }; // deleted or re-enabled meanwhile
    const organization = await this.dataSource.getRepository(Organization).findOneByOrFail({ id: organizationId });
    const users = await this.organizations.listUsers({
      organizationId,
      slug: organization.slug,
      role: 'admin',
      userId: '',
      memberId: null,
    });
    const fr = organization.defaultLanguage !== 'en';
    const link = `${this.config.PUBLIC_URL}/o/${organization.slug}/admin/webhooks`;
    const failures = endpoint.consecutiveFailures;
    let sent = 0;
    for (const admin of users.items.filter((u) => u.role === 'admin')) {
      const mailed = await this.deliveries.once(
        {
          organizationId,
          purpose: `webhook-disabled:${endpoint.id}:${String(payload.disabledAt)}`,
          recipient: admin.email,
          outboxId: ctx.outboxId,
        },
        () =>
          this.mailer.send({
            to: admin.email,
            messageId: `<${ctx.outboxId}.${admin.userId}@socius>`,
            subject: fr
              ? `${organization.name} : un webhook a été désactivé`
              : `${organization.name}: a webhook was disabled`,
            text: fr
              ? `Bonjour ${admin.name},\n\nL’adresse ${endpoint.url} n’a pas reçu ${failures} envois de suite : Socius a cessé de lui envoyer les événements de ${organization.name}.\nUne fois le récepteur réparé, réactivez-la et rejouez les envois manqués :\n${link}\n`
              : `Hello ${admin.name},\n\n${endpoint.url} failed ${failures} deliveries in a row: Socius stopped sending it the events of ${organization.name}.\nOnce the receiver is fixed, enable it again and replay the missed deliveries:\n${link}\n`,
          }),
      );
      if (mailed) sent++;
    }
    return { sent };
  }
}
