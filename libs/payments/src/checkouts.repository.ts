import { Injectable } from '@nestjs/common';
import { firstRow, run } from '@socius/database';
import type { EntityManager } from 'typeorm';
import { PaymentCheckout } from './entities/payment-checkout.entity';

export interface OrganizationRow {
  id: string;
  slug: string;
  name: string;
}

export interface PayerRow {
  firstName: string | null;
  lastName: string | null;
  email: string | null;
}

/** The SQL of payments: checkouts, and what they read of organizations and members. */
@Injectable()
export class CheckoutsRepository {
  organizationBySlug(db: EntityManager, slug: string): Promise<OrganizationRow | undefined> {
    return firstRow<OrganizationRow>(db, `SELECT id, slug, name FROM organizations WHERE slug = $1`, [slug]);
  }

  payerOf(db: EntityManager, organizationId: string, memberId: string): Promise<PayerRow | undefined> {
    return firstRow<PayerRow>(
      db,
      `SELECT first_name AS "firstName", coalesce(last_name, company_name) AS "lastName", email
         FROM members WHERE organization_id = $1 AND id = $2`,
      [organizationId, memberId],
    );
  }

  /** The calendar day of an instant in the organization's time zone. */
  async dayOf(db: EntityManager, organizationId: string, at: Date): Promise<string> {
    const row = await firstRow<{ day: string }>(
      db,
      `SELECT to_char($2::timestamptz AT TIME ZONE timezone, 'YYYY-MM-DD') AS day FROM organizations WHERE id = $1`,
      [organizationId, at],
    );
    return row!.day;
  }

  find(db: EntityManager, id: string): Promise<PaymentCheckout | null> {
    return db.findOneBy(PaymentCheckout, { id });
  }

  /** Locked until the caller's transaction ends: one confirmation records at a time. */
  lock(db: EntityManager, id: string): Promise<PaymentCheckout | null> {
    return db.findOne(PaymentCheckout, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  byReference(db: EntityManager, organizationId: string, provider: string, reference: string) {
    return db.findOneBy(PaymentCheckout, {
      organizationId,
      provider: provider as 'helloasso',
      providerReference: reference,
    });
  }

  /** Paid, unless it already was: whether this call made it so. */
  async markPaid(db: EntityManager, id: string, paymentId: string, paidAt: Date): Promise<boolean> {
    const { affected } = await run(
      db,
      `UPDATE payment_checkouts SET status = 'paid', provider_payment_id = $2, paid_at = $3, problem = NULL, updated_at = now()
        WHERE id = $1 AND status <> 'paid' RETURNING id`,
      [id, paymentId, paidAt],
    );
    return affected > 0;
  }

  /** The provider was asked now; an unpaid checkout may change to `abandoned` or `unmatched`. */
  async checked(
    db: EntityManager,
    id: string,
    change: { status?: 'abandoned' | 'unmatched'; problem?: string } = {},
  ): Promise<boolean> {
    const { affected } = await run(
      db,
      `UPDATE payment_checkouts SET checked_at = now(), status = coalesce($2, status), problem = coalesce($3, problem), updated_at = now()
        WHERE id = $1 AND status IN ('pending', 'abandoned') RETURNING id`,
      [id, change.status ?? null, change.problem?.slice(0, 300) ?? null],
    );
    return affected > 0;
  }

  recent(db: EntityManager, organizationId: string, limit: number): Promise<PaymentCheckout[]> {
    return db.find(PaymentCheckout, { where: { organizationId }, order: { createdAt: 'DESC' }, take: limit });
  }
}
