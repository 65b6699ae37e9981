import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DeliveriesRepository } from './deliveries.repository';

/**
 * Sends a thing at most once per (purpose, recipient). The claim is committed before sending,
 * the mark after: a retry of a job that already sent finds "sent" and skips.
 */
@Injectable()
export class DeliveriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: DeliveriesRepository,
  ) {}

  /** Runs `send` unless this purpose already reached this recipient; true when it sent. */
  async once(
    key: { organizationId: string | null; purpose: string; recipient: string; outboxId?: string },
    send: () => Promise<void>,
  ): Promise<boolean> {
    const recipient = key.recipient.toLowerCase();
    const em = this.dataSource.manager;
    const claimed = await this.repository.claim(em, {
      organizationId: key.organizationId,
      purpose: key.purpose,
      recipient,
      outboxId: key.outboxId ?? null,
    });
    if (claimed === undefined) return false; // already sent
    await send();
    await this.repository.markSent(em, claimed);
    return true;
  }
}
