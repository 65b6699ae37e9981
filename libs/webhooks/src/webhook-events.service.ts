import { Injectable } from '@nestjs/common';
import type { OrgContext } from '@socius/auth';
import { NotFoundError } from '@socius/core';
import { OUTBOX_CHANNEL } from '@socius/jobs';
import { EntityManager } from 'typeorm';
import { EventIds, WebhookEventType, WebhookSubject } from './events';
import { WebhooksRepository } from './webhooks.repository';

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

  constructor(private readonly repository: WebhooksRepository) {}

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
    const written = await this.repository.enqueueDispatches(em, organizationId, DISPATCH_JOB, events);
    if (written) await this.repository.notify(em, OUTBOX_CHANNEL);
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
