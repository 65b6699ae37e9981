/**
 * What a payment provider does for Socius: start a checkout the payer is sent to, and say later —
 * asked by Socius, never believed from a notification's body — whether it was paid, how much, by
 * which payment. HelloAsso is the first (helloasso.provider.ts); nothing else knows which one it is.
 */
export interface PaymentProvider {
  readonly name: string;
  /** A new checkout of `amountCents` at the provider; the payer is sent to `redirectUrl`. */
  createCheckout(account: ProviderAccount, request: CheckoutRequest): Promise<CheckoutCreated>;
  /** What the provider says of a checkout now. */
  confirm(account: ProviderAccount, reference: string): Promise<CheckoutState>;
  /** Throws `ProviderRefusal` when the provider does not accept the account's credentials. */
  verifyAccount(account: ProviderAccount): Promise<void>;
}

/** An organization's account with the provider, its secret opened. */
export interface ProviderAccount {
  /** cache key of the account's tokens: the organization's id */
  key: string;
  accountRef: string;
  clientId: string;
  clientSecret: string;
  baseUrl: string;
}

export interface CheckoutRequest {
  amountCents: number;
  /** what the payer reads at the provider */
  label: string;
  /** where the payer lands after paying, after leaving, after an error */
  returnUrl: string;
  backUrl: string;
  errorUrl: string;
  donation: boolean;
  payer?: { firstName?: string; lastName?: string; email?: string };
  /** Socius's own checkout id, given back by the provider with the checkout */
  checkoutId: string;
}

export interface CheckoutCreated {
  reference: string;
  redirectUrl: string;
}

export interface CheckoutState {
  /** paid: the money is authorized; failed: the provider does not know it or refused it */
  state: 'paid' | 'pending' | 'failed';
  /** what the provider says was paid, in cents (0 unless paid) */
  paidCents: number;
  /** the provider's id of the payment, when paid */
  paymentId: string | null;
  paidAt: Date | null;
  /** Socius's checkout id as the provider gives it back (the metadata sent at creation) */
  checkoutId: string | null;
}

/** The provider refused what was asked (credentials, a request): `field` says which setting, if one. */
export class ProviderRefusal extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ProviderRefusal';
  }
}

/** Injection token of the providers, by name. */
export const PAYMENT_PROVIDERS = Symbol('PAYMENT_PROVIDERS');
export type PaymentProviders = Record<string, PaymentProvider>;
