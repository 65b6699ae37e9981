import { Injectable } from '@nestjs/common';
import { firstRow, rows, run } from '@socius/database';
import type { EntityManager } from 'typeorm';
import type { DeliveryStatus } from './entities/webhook-delivery.entity';
import type { EventIds, WebhookEventType } from './events';

/** A delivery as the log shows it. */
export interface WebhookDeliveryRow {
  id: string;
  event_type: string;
  occurred_at: Date;
  status: DeliveryStatus;
  attempts: number;
  next_attempt_at: Date | null;
  created_at: Date;
}

/** One try of a delivery, as the log shows it. */
export interface WebhookAttemptRow {
  delivery_id: string;
  attempt: number;
  at: Date;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
  replay: boolean;
}

/** A delivery with its endpoint: what one try sends, and where. */
export interface WebhookSendRow {
  id: string;
  organization_id: string;
  event_type: WebhookEventType;
  event_ids: EventIds;
  occurred_at: Date;
  status: string;
  attempts: number;
  endpoint_id: string;
  url: string;
  scopes: string[];
  enabled: boolean;
  secret: string;
  previous_secret: string | null;
  previous_secret_expires_at: Date | null;
}

export interface NewWebhookAttempt {
  organizationId: string;
  deliveryId: string;
  attempt: number;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
  replay: boolean;
}

export interface EndpointFailureRow {
  /** this failure disabled the endpoint */
  now_disabled: boolean;
  disabled_at: Date | null;
}

const DELIVERY_COLUMNS = 'id, event_type, occurred_at, status, attempts, next_attempt_at, created_at';

/** The webhooks' SQL: events into the outbox, deliveries and their tries, the endpoints' failures. */
@Injectable()
export class WebhooksRepository {
  /**
   * One dispatch row per event, in order, for the events an enabled endpoint of the organization
   * wants; answers how many were written.
   */
  async enqueueDispatches(
    em: EntityManager,
    organizationId: string,
    jobName: string,
    events: { type: WebhookEventType; ids: EventIds }[],
  ): Promise<number> {
    const written = await rows<{ id: string }>(
      em,
      `INSERT INTO outbox (organization_id, queue, name, payload)
       SELECT $1, 'default', $2, jsonb_build_object('type', u.type, 'ids', u.ids, 'occurredAt', now())
         FROM unnest($3::text[], $4::jsonb[]) WITH ORDINALITY AS u(type, ids, ord)
        WHERE EXISTS (SELECT 1 FROM webhook_endpoints
                       WHERE organization_id = $1 AND enabled AND u.type = ANY(events))
        ORDER BY u.ord
       RETURNING id`,
      [organizationId, jobName, events.map((e) => e.type), events.map((e) => JSON.stringify(e.ids))],
    );
    return written.length;
  }

  /** Wakes the outbox relay at commit (NOTIFY is transactional). */
  async notify(em: EntityManager, channel: string): Promise<void> {
    await run(em, `SELECT pg_notify($1, '')`, [channel]);
  }

  async countEndpoints(em: EntityManager, organizationId: string): Promise<number> {
    const row = await firstRow<{ n: number }>(
      em,
      `SELECT count(*)::int AS n FROM webhook_endpoints WHERE organization_id = $1`,
      [organizationId],
    );
    return row!.n;
  }

  /** One delivery per enabled endpoint that wants the event, none twice; answers the new ones. */
  createDeliveries(
    em: EntityManager,
    organizationId: string | null,
    eventId: string,
    type: WebhookEventType,
    ids: EventIds,
    occurredAt: string,
  ): Promise<{ id: string }[]> {
    return rows<{ id: string }>(
      em,
      `INSERT INTO webhook_deliveries (organization_id, endpoint_id, event_id, event_type, event_ids, occurred_at)
         SELECT organization_id, id, $2::uuid, $3::text, $4::jsonb, $5::timestamptz FROM webhook_endpoints
          WHERE organization_id = $1 AND enabled AND $3::text = ANY(events)
         ON CONFLICT (endpoint_id, event_id) DO NOTHING
         RETURNING id`,
      [organizationId, eventId, type, JSON.stringify(ids), occurredAt],
    );
  }

  /** A page of an endpoint's deliveries, newest first, after the cursor (created_at, id). */
  deliveryPage(
    em: EntityManager,
    organizationId: string,
    endpointId: string,
    filter: { status?: DeliveryStatus; after?: [string, string] | null },
    limit: number,
  ): Promise<WebhookDeliveryRow[]> {
    const params: unknown[] = [organizationId, endpointId];
    const where = ['organization_id = $1', 'endpoint_id = $2'];
    if (filter.status) where.push(`status = $${params.push(filter.status)}`);
    if (filter.after)
      where.push(
        `(created_at, id) < ($${params.push(filter.after[0])}::timestamptz, $${params.push(filter.after[1])}::uuid)`,
      );
    return rows<WebhookDeliveryRow>(
      em,
      `SELECT ${DELIVERY_COLUMNS}
         FROM webhook_deliveries WHERE ${where.join(' AND ')}
        ORDER BY created_at DESC, id DESC LIMIT ${limit}`,
      params,
    );
  }

  /** The delivery, its row locked until the commit. */
  lockDelivery(
    em: EntityManager,
    organizationId: string,
    endpointId: string,
    deliveryId: string,
  ): Promise<WebhookDeliveryRow | undefined> {
    return firstRow<WebhookDeliveryRow>(
      em,
      `SELECT ${DELIVERY_COLUMNS} FROM webhook_deliveries
          WHERE organization_id = $1 AND endpoint_id = $2 AND id = $3 FOR UPDATE`,
      [organizationId, endpointId, deliveryId],
    );
  }

  /** Makes the delivery pending again, due now; answers it. */
  async markForReplay(em: EntityManager, deliveryId: string): Promise<WebhookDeliveryRow> {
    const updated = await firstRow<WebhookDeliveryRow>(
      em,
      `UPDATE webhook_deliveries SET status = 'pending', next_attempt_at = now(), updated_at = now()
          WHERE id = $1 RETURNING ${DELIVERY_COLUMNS}`,
      [deliveryId],
    );
    return updated!;
  }

  /** The latest `shown` tries of each delivery, by delivery then newest first. */
  attempts(
    em: EntityManager,
    organizationId: string,
    deliveryIds: string[],
    shown: number,
  ): Promise<WebhookAttemptRow[]> {
    return rows<WebhookAttemptRow>(
      em,
      `SELECT delivery_id, attempt, at, status_code AS "statusCode", duration_ms AS "durationMs", error, replay
         FROM (SELECT *, row_number() OVER (PARTITION BY delivery_id ORDER BY attempt DESC) AS n
                 FROM webhook_attempts WHERE organization_id = $1 AND delivery_id = ANY($2::uuid[])) a
        WHERE n <= ${shown} ORDER BY delivery_id, attempt DESC`,
      [organizationId, deliveryIds],
    );
  }

  sendRow(em: EntityManager, deliveryId: string, organizationId: string | null): Promise<WebhookSendRow | undefined> {
    return firstRow<WebhookSendRow>(
      em,
      `SELECT d.id, d.organization_id, d.event_type, d.event_ids, d.occurred_at, d.status, d.attempts, d.endpoint_id,
              e.url, e.scopes, e.enabled, e.secret, e.previous_secret, e.previous_secret_expires_at
         FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id
        WHERE d.id = $1 AND d.organization_id = $2`,
      [deliveryId, organizationId],
    );
  }

  /** A pending delivery whose endpoint was disabled: failed, nothing sent. */
  async failPending(em: EntityManager, deliveryId: string): Promise<void> {
    await run(
      em,
      `UPDATE webhook_deliveries SET status = 'failed', next_attempt_at = NULL, updated_at = now() WHERE id = $1 AND status = 'pending'`,
      [deliveryId],
    );
  }

  /** The delivery's tries so far and status, its row locked until the commit. */
  lockAttempts(
    em: EntityManager,
    deliveryId: string,
  ): Promise<{ attempts: number; status: DeliveryStatus } | undefined> {
    return firstRow<{ attempts: number; status: DeliveryStatus }>(
      em,
      `SELECT attempts, status FROM webhook_deliveries WHERE id = $1 FOR UPDATE`,
      [deliveryId],
    );
  }

  async insertAttempt(em: EntityManager, a: NewWebhookAttempt): Promise<void> {
    await run(
      em,
      `INSERT INTO webhook_attempts (organization_id, delivery_id, attempt, status_code, duration_ms, error, replay)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [a.organizationId, a.deliveryId, a.attempt, a.statusCode, a.durationMs, a.error, a.replay],
    );
  }

  async markSucceeded(em: EntityManager, deliveryId: string, attempt: number): Promise<void> {
    await run(
      em,
      `UPDATE webhook_deliveries SET status = 'succeeded', attempts = $2, next_attempt_at = NULL, updated_at = now() WHERE id = $1`,
      [deliveryId, attempt],
    );
  }

  async resetFailures(em: EntityManager, endpointId: string): Promise<void> {
    await run(em, `UPDATE webhook_endpoints SET consecutive_failures = 0 WHERE id = $1 AND consecutive_failures > 0`, [
      endpointId,
    ]);
  }

  async scheduleRetry(em: EntityManager, deliveryId: string, attempt: number, next: Date): Promise<void> {
    await run(
      em,
      `UPDATE webhook_deliveries SET attempts = $2, next_attempt_at = $3, updated_at = now() WHERE id = $1`,
      [deliveryId, attempt, next],
    );
  }

  async markFailed(em: EntityManager, deliveryId: string, attempt: number): Promise<void> {
    await run(
      em,
      `UPDATE webhook_deliveries SET status = 'failed', attempts = $2, next_attempt_at = NULL, updated_at = now() WHERE id = $1`,
      [deliveryId, attempt],
    );
  }

  /** Counts a failed delivery against the endpoint, disabling it at the limit (once). */
  async countFailure(em: EntityManager, endpointId: string, limit: number): Promise<EndpointFailureRow | undefined> {
    const updated = await run<EndpointFailureRow>(
      em,
      `UPDATE webhook_endpoints SET consecutive_failures = consecutive_failures + 1,
                enabled = enabled AND consecutive_failures + 1 < $2,
                disabled_at = CASE WHEN enabled AND consecutive_failures + 1 >= $2 THEN now() ELSE disabled_at END
          WHERE id = $1
          RETURNING (enabled = false AND disabled_at = now()) AS now_disabled, disabled_at`,
      [endpointId, limit],
    );
    return updated.rows[0];
  }
}
