import { Injectable, OnModuleInit } from '@nestjs/common';
import type { OrgContext } from '@socius/auth';
import { AuditService } from '@socius/audit';
import { SubscriptionAction, SubscriptionChange, SubscriptionHook, SubscriptionHooks } from '@socius/shares';
import { EntityManager } from 'typeorm';
import { campaignOf, contributionOf } from './common';
import { ContributionsRepository } from './contributions.repository';
import { assertAdmissible, assertPayable, ContributionsService } from './contributions.service';
import { Campaign } from './entities/campaign.entity';
import { Contribution } from './entities/contribution.entity';

/**
 * Keeps a share-subscription contribution true to its subscription, whichever route acts on it
 * (`contributions/{id}/…` or `subscriptions/{id}/approve|reject|cancel|payments`), inside the share
 * register's transaction: payments are counted here once, a rejection or cancellation refunds or
 * cancels the contribution, and an admission obeys the campaign's rules. Shares only knows the
 * `SubscriptionHook` interface, so there is no cycle.
 */
@Injectable()
export class FundingSubscriptionHook implements SubscriptionHook, OnModuleInit {
  constructor(
    private readonly hooks: SubscriptionHooks,
    private readonly contributions: ContributionsService,
    private readonly repository: ContributionsRepository,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.hooks.register(this);
  }

  /** Campaign (shared) then contribution: the order every funding command locks in. An admission is checked here, before the register moves. */
  async beforeChange(
    em: EntityManager,
    ctx: OrgContext,
    subscriptionId: string,
    action: SubscriptionAction,
  ): Promise<void> {
    const found = await this.locked(em, ctx.organizationId, subscriptionId);
    if (found && action === 'approve') assertAdmissible(found.campaign, found.contribution);
  }

  async afterChange(em: EntityManager, ctx: OrgContext, change: SubscriptionChange): Promise<void> {
    const found = await this.locked(em, change.organizationId, change.subscriptionId);
    if (!found) return;
    const { campaign, contribution } = found;
    switch (change.kind) {
      case 'approved':
        await this.audit.record(em, {
          organizationId: contribution.organizationId,
          action: 'contribution.admitted',
          entityType: 'contribution',
          entityId: contribution.id,
          changes: {
            subscriptionId: change.subscriptionId,
            subscriptionStatus: change.status,
            decidedOn: change.decidedOn,
            decisionRef: change.decisionRef,
          },
        });
        return;
      case 'paid':
        assertPayable(contribution, change.amountCents, campaign.status);
        await this.contributions.recordPayment(em, ctx, contribution, {
          amountCents: change.amountCents,
          paidOn: change.paidOn,
          method: change.method,
          reference: change.reference,
          accountingEntryId: change.accountingEntryId,
        });
        return;
      case 'rejected':
      case 'cancelled':
        await this.contributions.recordReturn(em, ctx, contribution, {
          on: change.on,
          via: change.kind,
          accountingEntryId: change.accountingEntryId,
          reason: change.reason,
          reference: change.reference,
        });
        return;
    }
  }

  private async locked(
    em: EntityManager,
    organizationId: string,
    subscriptionId: string,
  ): Promise<{ campaign: Campaign; contribution: Contribution } | null> {
    const row = await this.repository.bySubscription(em, organizationId, subscriptionId);
    if (!row) return null;
    const campaign = await campaignOf(em, organizationId, row.campaignId, 'share');
    const contribution = await contributionOf(em, organizationId, row.id, true);
    return { campaign, contribution };
  }
}
