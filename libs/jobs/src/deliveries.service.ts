import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * Sends a thing at most once per (purpose, recipient). The claim is committed before sending,
 * the mark after: a retry of a job that already sent finds "sent" and skips.
 */
@Injectable()
export class DeliveriesService {
  constructor(private readonly dataSource: DataSource) {}

  /** Runs `send` unless this purpose already reached this recipient; true when it sent. */
  async once(
    key: { organizationId: string | null; purpose: string; recipient: string; outboxId?: string },
    send: () => Promise<void>,
  ): Promise<boolean> {
    const recipient = key.recipient.toLowerCase();
    const claimed = await this.dataSource.query(
      `INSERT INTO deliveries (organization_id, purpose, recipient, outbox_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT (purpose, recipient) DO UPDATE SET outbox_id = EXCLUDED.outbox_id WHERE deliveries.status = 'sending'
       RETURNING id`,
      [key.organizationId, key.purpose, recipient, key.outboxId ?? null],
    );
    if (claimed.length === 0) return false; // already sent
    await send();
    await this.dataSource.query(`UPDATE deliveries SET status = 'sent', sent_at = now() WHERE id = $1`, [
      claimed[0].id,
    ]);
    return true;
  }
}
