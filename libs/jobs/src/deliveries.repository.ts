import { Injectable } from '@nestjs/common';
import { firstRow, run } from '@socius/database';
import type { EntityManager } from 'typeorm';

export interface DeliveryClaim {
  organizationId: string | null;
  purpose: string;
  recipient: string;
  outboxId: string | null;
}

/** The deliveries' SQL: at most one message per (purpose, recipient). */
@Injectable()
export class DeliveriesRepository {
  /** Claims the delivery; undefined when it was sent already (a claim still `sending` is taken over). */
  async claim(em: EntityManager, claim: DeliveryClaim): Promise<string | undefined> {
    const row = await firstRow<{ id: string }>(
      em,
      `INSERT INTO deliveries (organization_id, purpose, recipient, outbox_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT (purpose, recipient) DO UPDATE SET outbox_id = EXCLUDED.outbox_id WHERE deliveries.status = 'sending'
       RETURNING id`,
      [claim.organizationId, claim.purpose, claim.recipient, claim.outboxId],
    );
    return row?.id;
  }

  async markSent(em: EntityManager, id: string): Promise<void> {
    await run(em, `UPDATE deliveries SET status = 'sent', sent_at = now() WHERE id = $1`, [id]);
  }
}
