import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { AuditService } from '@socius/audit';
import { OrgContext, SecretBox, sha256 } from '@socius/auth';
import {
  APP_CONFIG,
  AppConfig,
  BusinessRuleError,
  DomainError,
  NotFoundError,
  RequestContext,
  ValidationError,
  isUuid,
} from '@socius/core';
import { CampaignsService, ContributionsService } from '@socius/funding';
import { BooksService, SubscriptionsService } from '@socius/shares';
import { DataSource, EntityManager } from 'typeorm';
import { CheckoutsRepository } from './checkouts.repository';
import {
  CheckoutAdminDto,
  CheckoutListDto,
  CheckoutStartedDto,
  CheckoutViewDto,
  PaymentAccountDto,
  PaymentAccountStateDto,
  PublicCheckoutDto,
  PublicPaymentsDto,
  SubscriptionCheckoutDto,
} from './dto/payments.dto';
import { PaymentAccount } from './entities/payment-account.entity';
import { PaymentCheckout } from './entities/payment-checkout.entity';
import { HELLOASSO_PRODUCTION, HELLOASSO_SANDBOX } from './helloasso.provider';
import {
  CheckoutRequest,
  CheckoutState,
  PAYMENT_PROVIDERS,
  PaymentProvider,
  PaymentProviders,
  ProviderAccount,
  ProviderRefusal,
} from './provider';

/** The provider APIs an account may point at; loopback ones only where webhooks may (tests, development). */
const KNOWN_BASE_URLS = [HELLOASSO_PRODUCTION, HELLOASSO_SANDBOX];
const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]'];

/**
 * Payments in: an organization's provider account, checkouts started for a contribution or a share
 * subscription, and their confirmation. A provider's notification is never believed: it only makes
 * Socius ask the provider, and a payment is recorded when the provider says the checkout is paid,
 * for the amount asked, and names this checkout — once, whatever the repeats.
 */
@Injectable()
export class PaymentsService implements OnApplicationShutdown {
  private readonly logger = new Logger('Payments');
  private readonly box: SecretBox;
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PAYMENT_PROVIDERS) private readonly providers: PaymentProviders,
    private readonly repo: CheckoutsRepository,
    private readonly campaigns: CampaignsService,
    private readonly contributions: ContributionsService,
    private readonly subscriptions: SubscriptionsService,
    private readonly books: BooksService,
    private readonly audit: AuditService,
  ) {
    this.box = new SecretBox(config.JWT_SECRET, 'payment-account');
  }

  // ---- the account ---------------------------------------------------------------------

  async account(ctx: OrgContext): Promise<PaymentAccountStateDto> {
    const account = await this.dataSource.manager.findOneBy(PaymentAccount, { organizationId: ctx.organizationId });
    return { account: account ? this.accountView(account, ctx.slug) : null };
  }

  /** Sets the account up after the provider accepted its credentials (a token was granted). */
  async saveAccount(ctx: OrgContext, dto: PaymentAccountDto): Promise<PaymentAccountStateDto> {
    const baseUrl = this.allowedBaseUrl(dto.baseUrl);
    const org = ctx.organizationId;
    const existing = await this.dataSource.manager.findOneBy(PaymentAccount, { organizationId: org });
    const secret =
      dto.clientSecret ?? (existing?.provider === dto.provider ? this.box.open(existing.clientSecret, org) : undefined);
    if (!secret) throw ValidationError.field('clientSecret', 'is required to set the account up');
    const provider = this.provider(dto.provider);
    try {
      await provider.verifyAccount({
        key: org,
        accountRef: dto.accountRef,
        clientId: dto.clientId,
        clientSecret: secret,
        baseUrl,
      });
    } catch (error) {
      if (error instanceof ProviderRefusal) throw ValidationError.field(error.field ?? 'clientId', error.message);
      throw this.unreachable(error);
    }
    return this.dataSource.transaction(async (em) => {
      await em.save(
        em.create(PaymentAccount, {
          organizationId: org,
          provider: dto.provider,
          accountRef: dto.accountRef,
          clientId: dto.clientId,
          clientSecret: this.box.seal(secret, org),
          baseUrl,
          enabled: dto.enabled ?? true,
        }),
      );
      await this.audit.record(em, {
        organizationId: org,
        action: existing ? 'payments.account-changed' : 'payments.account-set-up',
        entityType: 'organization',
        entityId: org,
        // never the secret: only whether it changed
        changes: {
          provider: dto.provider,
          accountRef: dto.accountRef,
          clientId: dto.clientId,
          baseUrl,
          enabled: dto.enabled ?? true,
          secretChanged: dto.clientSecret !== undefined,
        },
      });
      const saved = await em.findOneByOrFail(PaymentAccount, { organizationId: org });
      return { account: this.accountView(saved, ctx.slug) };
    });
  }

  async removeAccount(ctx: OrgContext): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const { affected } = await em.delete(PaymentAccount, { organizationId: ctx.organizationId });
      if (!affected) throw new NotFoundError('payment account');
      await this.audit.record(em, {
        organizationId: ctx.organizationId,
        action: 'payments.account-removed',
        entityType: 'organization',
        entityId: ctx.organizationId,
      });
    });
  }

  async publicPayments(slug: string): Promise<PublicPaymentsDto> {
    const org = await this.repo.organizationBySlug(this.dataSource.manager, slug);
    if (!org) throw new NotFoundError('organization');
    const account = await this.dataSource.manager.findOneBy(PaymentAccount, { organizationId: org.id, enabled: true });
    return { checkout: !!account };
  }

  // ---- starting checkouts -------------------------------------------------------------------

  /** A donation to a public campaign: a pledge by the person, then the provider's checkout for it. */
  async startForCampaign(slug: string, campaignId: string, dto: PublicCheckoutDto): Promise<CheckoutStartedDto> {
    if (!isUuid(campaignId)) throw new NotFoundError('campaign');
    const org = await this.repo.organizationBySlug(this.dataSource.manager, slug);
    if (!org) throw new NotFoundError('campaign');
    const account = await this.enabledAccount(org.id);
    const campaign = await this.campaigns.publicView(slug, campaignId.toLowerCase());
    const ctx = systemContext(org.id, org.slug);
    const contribution = await this.contributions.create(ctx, campaign.id, {
      kind: 'donation',
      amountCents: dto.amountCents,
      contributor: {
        kind: 'person',
        name: `${dto.firstName.trim()} ${dto.lastName.trim()}`,
        email: dto.email,
        address: dto.address,
      },
      publicName: dto.publicName ?? false,
    });
    const landing = `${this.config.PUBLIC_URL}/campaigns/${org.slug}/${campaign.id}`;
    return this.start(account, {
      organizationId: org.id,
      purpose: 'contribution',
      contributionId: contribution.id,
      amountCents: dto.amountCents,
      label: `${campaign.title} — ${org.name}`,
      landing,
      donation: true,
      payer: { firstName: dto.firstName.trim(), lastName: dto.lastName.trim(), email: dto.email },
    });
  }

  /** A member pays (part of) what is due on an approved share subscription. */
  async startForSubscription(ctx: OrgContext, id: string, dto: SubscriptionCheckoutDto): Promise<CheckoutStartedDto> {
    const subscription = await this.subscriptions.get(ctx, id);
    const account = await this.enabledAccount(ctx.organizationId);
    if (subscription.status !== 'approved')
      throw new BusinessRuleError(
        'subscription-not-approved',
        `This subscription is ${subscription.status}: only an approved subscription is paid by card here.`,
        { status: subscription.status },
        [{ field: 'id', message: `the subscription is ${subscription.status}` }],
      );
    const due = subscription.calledCents - subscription.paidCents;
    if (due <= 0)
      throw new BusinessRuleError('nothing-due', 'Nothing is due on this subscription now.', undefined, [
        { field: 'amountCents', message: 'nothing is due' },
      ]);
    const amountCents = dto.amountCents ?? due;
    if (amountCents > due)
      throw new BusinessRuleError(
        'overpayment',
        `At most ${due} cents are due on this subscription; ${amountCents} is too much.`,
        { dueCents: due },
        [{ field: 'amountCents', message: `is more than the ${due} cents due` }],
      );
    const payer = await this.repo.payerOf(this.dataSource.manager, ctx.organizationId, subscription.memberId);
    const org = await this.repo.organizationBySlug(this.dataSource.manager, ctx.slug);
    return this.start(account, {
      organizationId: ctx.organizationId,
      purpose: 'subscription',
      subscriptionId: id,
      amountCents,
      label: `${subscription.quantity} × ${subscription.shareClassCode} — ${org?.name ?? ctx.slug}`,
      landing: `${this.config.PUBLIC_URL}/o/${ctx.slug}/shares`,
      donation: false,
      payer: payer?.lastName
        ? {
            firstName: payer.firstName ?? undefined,
            lastName: payer.lastName,
            email: payer.email ?? undefined,
          }
        : undefined,
    });
  }

  private async start(
    account: PaymentAccount,
    c: {
      organizationId: string;
      purpose: 'contribution' | 'subscription';
      contributionId?: string;
      subscriptionId?: string;
      amountCents: number;
      label: string;
      landing: string;
      donation: boolean;
      payer?: CheckoutRequest['payer'];
    },
  ): Promise<CheckoutStartedDto> {
    const checkout = await this.dataSource.transaction(async (em) => {
      const saved = await em.save(
        em.create(PaymentCheckout, {
          organizationId: c.organizationId,
          provider: account.provider,
          purpose: c.purpose,
          contributionId: c.contributionId ?? null,
          subscriptionId: c.subscriptionId ?? null,
          amountCents: c.amountCents,
          status: 'pending',
        }),
      );
      await this.audit.record(em, {
        organizationId: c.organizationId,
        action: 'payments.checkout-started',
        entityType: c.purpose,
        entityId: (c.contributionId ?? c.subscriptionId)!,
        changes: { checkoutId: saved.id, provider: account.provider, amountCents: c.amountCents },
      });
      return saved;
    });
    const back = (outcome: string) => `${c.landing}?checkout=${checkout.id}&outcome=${outcome}`;
    let created;
    try {
      created = await this.provider(account.provider).createCheckout(this.open(account), {
        amountCents: c.amountCents,
        label: c.label,
        returnUrl: back('return'),
        backUrl: back('back'),
        errorUrl: back('error'),
        donation: c.donation,
        payer: c.payer,
        checkoutId: checkout.id,
      });
    } catch (error) {
      await this.repo.checked(this.dataSource.manager, checkout.id, { status: 'abandoned', problem: String(error) });
      throw this.unreachable(error);
    }
    await this.dataSource.manager.update(
      PaymentCheckout,
      { id: checkout.id },
      { providerReference: created.reference, redirectUrl: created.redirectUrl },
    );
    return { checkoutId: checkout.id, redirectUrl: created.redirectUrl };
  }

  // ---- confirmation -------------------------------------------------------------------------

  /**
   * Asks the provider about the checkout and records its payment if it is paid as asked. The payer's
   * landing (`outcome` back or error) marks an unpaid checkout abandoned; a later confirmation may
   * still find it paid.
   */
  async confirm(id: string, outcome?: 'return' | 'back' | 'error'): Promise<CheckoutViewDto> {
    if (!isUuid(id)) throw new NotFoundError('checkout');
    const em = this.dataSource.manager;
    const checkout = await this.repo.find(em, id.toLowerCase());
    if (!checkout) throw new NotFoundError('checkout');
    if (checkout.status === 'pending' || checkout.status === 'abandoned') await this.check(checkout, outcome);
    return checkoutView((await this.repo.find(em, checkout.id))!);
  }

  /**
   * A provider's notification for an organization: only a reason to ask the provider. Answered at
   * once; the confirmation runs on, and a failure waits for the next notification or landing.
   */
  notified(providerName: string, slug: string, body: unknown): void {
    const reference = notifiedReference(body);
    if (!reference) return;
    const work = this.confirmNotified(providerName, slug, reference)
      .catch((error: unknown) =>
        this.logger.warn(`A ${providerName} notification for ${slug} was not confirmed: ${String(error)}`),
      )
      .finally(() => this.running.delete(work));
    this.running.add(work);
  }

  /** Confirmations still running (tests wait for them; shutdown too). */
  async settled(): Promise<void> {
    while (this.running.size) await Promise.allSettled([...this.running]);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.settled();
  }

  async list(ctx: OrgContext): Promise<CheckoutListDto> {
    const items = await this.repo.recent(this.dataSource.manager, ctx.organizationId, 100);
    return { items: items.map(checkoutAdminView) };
  }

  private async confirmNotified(providerName: string, slug: string, reference: string): Promise<void> {
    const em = this.dataSource.manager;
    const org = await this.repo.organizationBySlug(em, slug);
    if (!org) return;
    const checkout = await this.repo.byReference(em, org.id, providerName, reference);
    // a checkout Socius did not start here: nothing to confirm
    if (!checkout || (checkout.status !== 'pending' && checkout.status !== 'abandoned')) return;
    await this.check(checkout);
  }

  private async check(checkout: PaymentCheckout, outcome?: 'return' | 'back' | 'error'): Promise<void> {
    if (!checkout.providerReference) return;
    const account = await this.dataSource.manager.findOneBy(PaymentAccount, {
      organizationId: checkout.organizationId,
      provider: checkout.provider,
    });
    if (!account) return;
    let state: CheckoutState;
    try {
      state = await this.provider(checkout.provider).confirm(this.open(account), checkout.providerReference);
    } catch (error) {
      throw this.unreachable(error);
    }
    const em = this.dataSource.manager;
    if (state.state !== 'paid') {
      const gaveUp = outcome === 'back' || outcome === 'error' || state.state === 'failed';
      await this.repo.checked(em, checkout.id, gaveUp ? { status: 'abandoned' } : {});
      return;
    }
    const problem =
      state.checkoutId !== checkout.id
        ? 'the provider’s checkout names another Socius checkout'
        : state.paidCents !== checkout.amountCents
          ? `the provider says ${state.paidCents} cents were paid, ${checkout.amountCents} were asked`
          : null;
    if (problem) return this.unmatched(checkout, problem);
    try {
      await this.record(checkout, state);
    } catch (error) {
      // money came that the books refuse now (the pledge was cancelled meanwhile…): for an admin
      if (error instanceof DomainError) return this.unmatched(checkout, `not recorded: ${error.message}`);
      throw error;
    }
  }

  /** Records the payment through the funding or share register path, once. */
  private async record(checkout: PaymentCheckout, state: CheckoutState): Promise<void> {
    const paidAt = state.paidAt ?? new Date();
    const today = await this.books.today(this.dataSource.manager, checkout.organizationId);
    const day = await this.repo.dayOf(this.dataSource.manager, checkout.organizationId, paidAt);
    const payment = {
      amountCents: checkout.amountCents,
      paidOn: day < today ? day : today,
      method: 'card' as const,
      reference: `${checkout.provider.toUpperCase()}-${state.paymentId}`.slice(0, 200),
    };
    const ctx = systemContext(checkout.organizationId, '');
    await RequestContext.run(
      { ...RequestContext.current(), actor: `payment:${checkout.provider}`, userId: undefined },
      async () => {
        if (checkout.purpose === 'subscription') {
          // one transaction: the checkout is locked, the register records, the checkout is paid
          await this.dataSource.transaction(async (em) => {
            const locked = await this.repo.lock(em, checkout.id);
            if (!locked || locked.status === 'paid' || locked.status === 'unmatched') return;
            await this.subscriptions.payIn(em, ctx, checkout.subscriptionId!, payment);
            await this.repo.markPaid(em, checkout.id, state.paymentId!, paidAt);
          });
          return;
        }
        // the contribution's own command, in its own transaction: its idempotency key (the
        // checkout's) makes a repeat or a concurrent duplicate replay the first answer
        const key = `payment-checkout:${checkout.id}`;
        await RequestContext.run({ ...RequestContext.current(), idempotency: { key, fingerprint: sha256(key) } }, () =>
          this.contributions.pay(ctx, checkout.contributionId!, payment),
        );
        await this.repo.markPaid(this.dataSource.manager, checkout.id, state.paymentId!, paidAt);
      },
    );
  }

  private async unmatched(checkout: PaymentCheckout, problem: string): Promise<void> {
    await this.dataSource.transaction(async (em: EntityManager) => {
      if (!(await this.repo.checked(em, checkout.id, { status: 'unmatched', problem }))) return;
      await this.audit.record(em, {
        organizationId: checkout.organizationId,
        action: 'payments.checkout-unmatched',
        entityType: checkout.purpose,
        entityId: (checkout.contributionId ?? checkout.subscriptionId)!,
        changes: { checkoutId: checkout.id, problem },
      });
    });
    this.logger.warn(`Checkout ${checkout.id} is unmatched: ${problem}`);
  }

  // ---- helpers ---------------------------------------------------------------------------

  private async enabledAccount(organizationId: string): Promise<PaymentAccount> {
    const account = await this.dataSource.manager.findOneBy(PaymentAccount, { organizationId, enabled: true });
    if (!account)
      throw new BusinessRuleError(
        'payments-not-set-up',
        'This organization takes no payment by card: an administrator sets a payment provider up first.',
      );
    return account;
  }

  private provider(name: string): PaymentProvider {
    const provider = this.providers[name];
    if (!provider) throw new Error(`No payment provider named ${name}`);
    return provider;
  }

  private open(account: PaymentAccount): ProviderAccount {
    return {
      key: account.organizationId,
      accountRef: account.accountRef,
      clientId: account.clientId,
      clientSecret: this.box.open(account.clientSecret, account.organizationId),
      baseUrl: account.baseUrl,
    };
  }

  private allowedBaseUrl(given: string): string {
    let url: URL;
    try {
      url = new URL(given);
    } catch {
      throw ValidationError.field('baseUrl', 'must be a URL');
    }
    const origin = url.origin;
    if (KNOWN_BASE_URLS.includes(origin)) return origin;
    if (this.config.WEBHOOK_ALLOW_LOOPBACK && LOOPBACK_HOSTS.includes(url.hostname)) return origin;
    throw ValidationError.field('baseUrl', `must be ${KNOWN_BASE_URLS.join(' or ')}`);
  }

  private unreachable(error: unknown): DomainError {
    if (error instanceof DomainError) return error;
    this.logger.warn(`Payment provider: ${String(error)}`);
    return new DomainError(
      502,
      'payment-provider-unavailable',
      'Payment provider unavailable',
      'The payment provider did not answer as expected; nothing was charged. Try again in a moment.',
    );
  }

  private accountView(a: PaymentAccount, slug: string) {
    return {
      provider: a.provider,
      accountRef: a.accountRef,
      clientId: a.clientId,
      baseUrl: a.baseUrl,
      enabled: a.enabled,
      notificationUrl: `${this.config.PUBLIC_URL}/v1/payments/${a.provider}/${slug}/notifications`,
      updatedAt: a.updatedAt,
    };
  }
}

/** Acting for the organization itself (a public checkout, a provider's confirmation). */
function systemContext(organizationId: string, slug: string): OrgContext {
  return { organizationId, slug, role: 'admin', userId: null, memberId: null };
}

/**
 * The checkout a notification is about: HelloAsso's `Order` events carry `checkoutIntentId` and the
 * metadata sent at creation; nothing else of the body is used.
 */
function notifiedReference(body: unknown): string | null {
  if (!body || typeof body !== 'object') return null;
  const data = (body as { data?: unknown }).data;
  if (!data || typeof data !== 'object') return null;
  const ref = (data as { checkoutIntentId?: unknown }).checkoutIntentId;
  if ((typeof ref === 'number' && Number.isSafeInteger(ref)) || (typeof ref === 'string' && /^\d{1,20}$/.test(ref)))
    return String(ref);
  return null;
}

function checkoutView(c: PaymentCheckout): CheckoutViewDto {
  return { id: c.id, purpose: c.purpose, amountCents: c.amountCents, status: c.status, paidAt: c.paidAt };
}

function checkoutAdminView(c: PaymentCheckout): CheckoutAdminDto {
  return {
    ...checkoutView(c),
    contributionId: c.contributionId,
    subscriptionId: c.subscriptionId,
    provider: c.provider,
    providerReference: c.providerReference,
    providerPaymentId: c.providerPaymentId,
    problem: c.problem,
    createdAt: c.createdAt,
    checkedAt: c.checkedAt,
  };
}
