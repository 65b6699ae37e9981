import { Injectable } from '@nestjs/common';
import type { OrgContext } from '@socius/auth';
import { EntityManager } from 'typeorm';

/** What happened to a subscription, told to the libraries that hang on it (a campaign contribution). */
export type SubscriptionChange =
  | {
      kind: 'approved';
      subscriptionId: string;
      organizationId: string;
      decidedOn: string;
      decisionRef: string | null;
      status: string;
    }
  | {
      kind: 'paid';
      subscriptionId: string;
      organizationId: string;
      paymentId: string;
      amountCents: number;
      paidOn: string;
      method: string;
      reference: string | null;
      accountingEntryId: string;
    }
  | {
      /** rejected by the board or cancelled: what was paid and not yet returned goes back now */
      kind: 'rejected' | 'cancelled';
      subscriptionId: string;
      organizationId: string;
      on: string;
      returnedCents: number;
      accountingEntryId: string | null;
      reason: string | null;
      reference: string | null;
    };

/**
 * A library above shares that keeps state about a subscription (funding) registers one of these,
 * so that whichever route changes the subscription, that state follows in the same transaction —
 * without shares depending on it. `beforeChange` runs before the subscription row is locked, so a
 * hook takes its own locks first, in the order its own commands take them (no deadlock between the
 * two routes), and may refuse the action at once. A hook refuses a change by throwing: the whole
 * transaction rolls back.
 */
export type SubscriptionAction = 'approve' | 'reject' | 'cancel' | 'pay';

export interface SubscriptionHook {
  beforeChange?(em: EntityManager, ctx: OrgContext, subscriptionId: string, action: SubscriptionAction): Promise<void>;
  afterChange(em: EntityManager, ctx: OrgContext, change: SubscriptionChange): Promise<void>;
}

/** Extra details a caller inside shares' transaction hands to the hooks (the bank reference of a refund). */
export interface SubscriptionChangeOptions {
  reference?: string | null;
}

@Injectable()
export class SubscriptionHooks {
  private readonly hooks: SubscriptionHook[] = [];

  register(hook: SubscriptionHook): void {
    if (!this.hooks.includes(hook)) this.hooks.push(hook);
  }

  async before(em: EntityManager, ctx: OrgContext, subscriptionId: string, action: SubscriptionAction): Promise<void> {
    for (const h of this.hooks) if (h.beforeChange) await h.beforeChange(em, ctx, subscriptionId, action);
  }

  async after(em: EntityManager, ctx: OrgContext, change: SubscriptionChange): Promise<void> {
    for (const h of this.hooks) await h.afterChange(em, ctx, change);
  }
}
