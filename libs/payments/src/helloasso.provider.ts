import { createHash } from 'node:crypto';
import type { CheckoutCreated, CheckoutRequest, CheckoutState, PaymentProvider, ProviderAccount } from './provider';
import { ProviderRefusal } from './provider';

export const HELLOASSO_PRODUCTION = 'https://api.helloasso.com';
export const HELLOASSO_SANDBOX = 'https://api.helloasso-sandbox.com';

const TIMEOUT_MS = 10_000;
/** a token is renewed this long before HelloAsso says it expires */
const MARGIN_MS = 60_000;

interface Token {
  accessToken: string;
  refreshToken: string | null;
  expiresAt: number;
}

interface HelloAssoPayment {
  id: number | string;
  amount: number;
  state: string;
  date?: string;
}

interface CheckoutIntentResponse {
  id: number | string;
  redirectUrl?: string;
  metadata?: Record<string, unknown> | null;
  order?: { id: number | string; payments?: HelloAssoPayment[] } | null;
}

/**
 * HelloAsso API v5: OAuth2 client credentials (`POST /oauth2/token`, renewed by its refresh token),
 * `POST /v5/organizations/{slug}/checkout-intents` to start, `GET …/checkout-intents/{id}` to
 * confirm — the checkout intent carries its order only once a payment is authorized. Tokens are
 * kept in this process per organization, never stored.
 */
export class HelloAssoProvider implements PaymentProvider {
  readonly name = 'helloasso';
  private readonly tokens = new Map<string, Token>();

  async createCheckout(account: ProviderAccount, request: CheckoutRequest): Promise<CheckoutCreated> {
    const body = {
      totalAmount: request.amountCents,
      initialAmount: request.amountCents,
      itemName: request.label.slice(0, 250),
      backUrl: request.backUrl,
      errorUrl: request.errorUrl,
      returnUrl: request.returnUrl,
      containsDonation: request.donation,
      ...(request.payer ? { payer: request.payer } : {}),
      metadata: { checkoutId: request.checkoutId },
    };
    const res = await this.api(
      account,
      'POST',
      `/v5/organizations/${encodeURIComponent(account.accountRef)}/checkout-intents`,
      body,
    );
    if (res.status !== 200 && res.status !== 201)
      throw new ProviderRefusal(`HelloAsso refused the checkout (HTTP ${res.status}): ${await excerpt(res)}`);
    const created = (await res.json()) as CheckoutIntentResponse;
    if (created.id === undefined || typeof created.redirectUrl !== 'string')
      throw new ProviderRefusal('HelloAsso answered a checkout without an id or a redirect URL');
    return { reference: String(created.id), redirectUrl: created.redirectUrl };
  }

  async confirm(account: ProviderAccount, reference: string): Promise<CheckoutState> {
    const res = await this.api(
      account,
      'GET',
      `/v5/organizations/${encodeURIComponent(account.accountRef)}/checkout-intents/${encodeURIComponent(reference)}`,
    );
    const none: CheckoutState = { state: 'failed', paidCents: 0, paymentId: null, paidAt: null, checkoutId: null };
    if (res.status === 404) return none;
    if (res.status !== 200) throw new ProviderRefusal(`HelloAsso answered HTTP ${res.status}: ${await excerpt(res)}`);
    const intent = (await res.json()) as CheckoutIntentResponse;
    const checkoutId = typeof intent.metadata?.checkoutId === 'string' ? intent.metadata.checkoutId : null;
    if (String(intent.id) !== reference) return { ...none, checkoutId };
    const authorized = (intent.order?.payments ?? []).filter((p) => p.state === 'Authorized');
    if (!intent.order || !authorized.length) return { ...none, state: 'pending', checkoutId };
    const paidCents = authorized.reduce((sum, p) => sum + (Number.isSafeInteger(p.amount) ? p.amount : NaN), 0);
    const first = authorized[0];
    const paidAt = first.date ? new Date(first.date) : null;
    return {
      state: 'paid',
      paidCents,
      paymentId: String(first.id),
      paidAt: paidAt && !Number.isNaN(paidAt.getTime()) ? paidAt : null,
      checkoutId,
    };
  }

  async verifyAccount(account: ProviderAccount): Promise<void> {
    this.tokens.delete(this.cacheKey(account));
    await this.token(account);
  }

  /** One API call with a valid token; a token HelloAsso no longer takes (401) is renewed once. */
  private async api(account: ProviderAccount, method: string, path: string, body?: unknown): Promise<Response> {
    for (let attempt = 0; ; attempt++) {
      const token = await this.token(account);
      const res = await fetch(new URL(path, account.baseUrl), {
        method,
        headers: {
          Authorization: `Bearer ${token.accessToken}`,
          Accept: 'application/json',
          ...(body ? { 'Content-Type': 'application/json' } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      if (res.status !== 401 || attempt > 0) return res;
      await res.body?.cancel();
      // expired early or revoked: renewed with the refresh token, else by the client's credentials
      token.expiresAt = 0;
    }
  }

  private async token(account: ProviderAccount): Promise<Token> {
    const key = this.cacheKey(account);
    const cached = this.tokens.get(key);
    if (cached && cached.expiresAt - MARGIN_MS > Date.now()) return cached;
    let fresh: Token | null = null;
    if (cached?.refreshToken)
      fresh = await this.askToken(account, { grant_type: 'refresh_token', refresh_token: cached.refreshToken }, false);
    fresh ??= await this.askToken(
      account,
      { grant_type: 'client_credentials', client_id: account.clientId, client_secret: account.clientSecret },
      true,
    );
    this.tokens.set(key, fresh!);
    return fresh!;
  }

  private async askToken(
    account: ProviderAccount,
    form: Record<string, string>,
    required: boolean,
  ): Promise<Token | null> {
    const res = await fetch(new URL('/oauth2/token', account.baseUrl), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: new URLSearchParams(form).toString(),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (res.status !== 200) {
      if (!required) {
        await res.body?.cancel();
        return null;
      }
      throw new ProviderRefusal(
        `HelloAsso refused the client id or secret (HTTP ${res.status}): ${await excerpt(res)}`,
        'clientSecret',
      );
    }
    const t = (await res.json()) as { access_token?: string; refresh_token?: string; expires_in?: number };
    if (!t.access_token) throw new ProviderRefusal('HelloAsso answered no access token', 'clientSecret');
    return {
      accessToken: t.access_token,
      refreshToken: t.refresh_token ?? null,
      expiresAt: Date.now() + Math.max(0, Number(t.expires_in ?? 0)) * 1000,
    };
  }

  /** per organization and credentials: new credentials never use the old ones' token */
  private cacheKey(account: ProviderAccount): string {
    const secret = createHash('sha256').update(`${account.clientId}\n${account.clientSecret}`).digest('hex');
    return `${account.key}:${account.baseUrl}:${secret}`;
  }
}

async function excerpt(res: Response): Promise<string> {
  const text = await res.text().catch(() => '');
  return text.slice(0, 200) || res.statusText;
}
