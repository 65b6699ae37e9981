import { Injectable } from '@nestjs/common';
import type { OrgContext } from '@socius/auth';
import { NotFoundError } from '@socius/core';
import { OUTBOX_CHANNEL } from '@socius/jobs';
import { EntityManager } from 'typeorm';
import { EventIds, WebhookEventType, WebhookSubject } from './events';

export const DISPATCH_JOB = 'webhooks.dispatch';

/** The context a reader acts in: the organization itself (no user), as an admin would see the subject. */
export function organizationReader(organizationId: string): OrgContext {
  return { organizationId, slug: '', role: 'admin', userId: '', memberId: null };
}

/** Reads a subject as the API's GET shows it; null (or NotFoundError) when it is gone. */
export type SubjectReader = (organizationId: string, id: string) => Promise<object | null>;

/**
 * Where the domain libraries publish their events (inside the transaction of the change) and say
 * how their subjects read, so that this library, below them, never reaches into their tables.
 */
@Injectable()
export class WebhookEvents {
  private readonly readers = new Map<WebhookSubject, SubjectReader>();

  /**
   * Records an event in the outbox, in the caller's transaction: it exists if and only if the
   * change commits. Nothing is written when no enabled endpoint of the organization wants it.
   */
  async publish(em: EntityManager, organizationId: string, type: WebhookEventType, ids: EventIds): Promise<void> {
    await this.publishMany(em, organizationId, [{ type, ids }]);
  }

  /** The same for many events in one statement (an import). */
  async publishMany(
    em: EntityManager,
    organizationId: string,
    events: { type: WebhookEventType; ids: EventIds }[],
  ): Promise<void> {
    if (!events.length) return;
    const rows = await em.query(
      `INSERT INTO outbox (organization_id, queue, name, payload)
       SELECT $1, 'default', $2, jsonb_build_object('type', u.type, 'ids', u.ids, 'occurredAt', now())
         FROM unnest($3::text[], $4::jsonb[]) WITH ORDINALITY AS u(type, ids, ord)
        WHERE EXISTS (SELECT 1 FROM webhook_endpoints
                       WHERE organization_id = $1 AND enabled AND u.type = ANY(events))
        ORDER BY u.ord
       RETURNING id`,
      [organizationId, DISPATCH_JOB, events.map((e) => e.type), events.map((e) => JSON.stringify(e.ids))],
    );
    if (rows.length) await em.query(`SELECT pg_notify($1, '')`, [OUTBOX_CHANNEL]);
  }

  /** Called once per subject by the library that owns it. */
  describe(subject: WebhookSubject, reader: SubjectReader): void {
    if (this.readers.has(subject)) throw new Error(`Webhook subject "${subject}" is described twice`);
    this.readers.set(subject, reader);
  }

  async read(subject: WebhookSubject, organizationId: string, id: string | null): Promise<object | null> {
    const reader = this.readers.get(subject);
    if (!reader || !id) return null;
    try {
      return await reader(organizationId, id);
    } catch (error) {
      if (error instanceof NotFoundError) return null;
      throw error;
    }
  }
}
