import { randomBytes } from 'node:crypto';
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

/** A checkout intent as the stand-in keeps it. */
export interface StandinIntent {
  id: number;
  organizationSlug: string;
  body: {
    totalAmount: number;
    initialAmount: number;
    itemName: string;
    backUrl: string;
    errorUrl: string;
    returnUrl: string;
    containsDonation: boolean;
    payer?: { firstName?: string; lastName?: string; email?: string };
    metadata?: Record<string, unknown>;
  };
  order: null | { id: number; payments: { id: number; amount: number; state: string; date: string }[] };
}

export interface HelloAssoStandin {
  /** the API's base URL, to set as the organization's `baseUrl` */
  url: string;
  clientId: string;
  clientSecret: string;
  organizationSlug: string;
  intents: Map<number, StandinIntent>;
  /** where its payment page sends the `Order` notification after paying (none when null) */
  notifyUrl: string | null;
  /** token requests by grant type */
  tokenRequests: { client_credentials: number; refresh_token: number };
  /** Pays a checkout as a payer would: its order, with a payment in `state` (Authorized) of `amount` (the total). */
  pay(id: number, options?: { amount?: number; state?: string }): StandinIntent;
  /** POSTs HelloAsso's `Order` notification of a checkout to `url` (e.g. the API's notification route). */
  notify(id: number, url: string, override?: object): Promise<number>;
  /** Every access token stops working now (HelloAsso answers 401), as one that expired. */
  expireTokens(): void;
  close(): Promise<void>;
}

/**
 * A local stand-in for HelloAsso API v5, speaking what Socius uses of it as documented: OAuth2
 * (`POST /oauth2/token`, client_credentials checked against one client, refresh_token), and
 * `POST|GET /v5/organizations/{slug}/checkout-intents[/{id}]` behind a Bearer token. The
 * `redirectUrl` it gives is its own payment page (`GET /pay/{id}`), whose button pays and sends the
 * payer to the `returnUrl` with HelloAsso's query parameters; `notifyUrl` (when set) gets the
 * `Order` notification, as HelloAsso would send it.
 */
export async function startHelloAssoStandin(
  options: { organizationSlug?: string; notifyUrl?: string } = {},
): Promise<HelloAssoStandin> {
  const clientId = `client-${randomBytes(4).toString('hex')}`;
  const clientSecret = randomBytes(16).toString('hex');
  const organizationSlug = options.organizationSlug ?? 'coop-standin';
  const intents = new Map<number, StandinIntent>();
  const access = new Set<string>();
  const refresh = new Set<string>();
  const tokenRequests = { client_credentials: 0, refresh_token: 0 };
  let nextId = 40_000 + Math.floor(Math.random() * 1000);
  let url = '';

  const json = (res: ServerResponse, status: number, body: unknown) =>
    res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
  const read = (req: IncomingMessage) =>
    new Promise<string>((resolve) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    });
  const grant = () => {
    const token = { access_token: randomBytes(12).toString('hex'), refresh_token: randomBytes(12).toString('hex') };
    access.add(token.access_token);
    refresh.add(token.refresh_token);
    return { ...token, token_type: 'bearer', expires_in: 1800 };
  };
  const intentView = (i: StandinIntent) => ({
    id: i.id,
    redirectUrl: `${url}/pay/${i.id}`,
    metadata: i.body.metadata ?? null,
    ...(i.order ? { order: orderOf(i) } : {}),
  });
  const orderOf = (i: StandinIntent) => ({
    id: i.order!.id,
    date: i.order!.payments[0]?.date,
    formSlug: 'default',
    formType: 'Checkout',
    organizationSlug: i.organizationSlug,
    checkoutIntentId: i.id,
    amount: { total: i.order!.payments.reduce((s, p) => s + p.amount, 0), vat: 0, discount: 0 },
    payer: i.body.payer ?? {},
    items: [
      {
        id: i.order!.id,
        amount: i.body.totalAmount,
        type: i.body.containsDonation ? 'Donation' : 'Payment',
        state: 'Processed',
        name: i.body.itemName,
      },
    ],
    payments: i.order!.payments.map((p) => ({
      ...p,
      paymentMeans: 'Card',
      installmentNumber: 1,
      refundOperations: [],
    })),
    metadata: i.body.metadata ?? null,
  });
  const pay: HelloAssoStandin['pay'] = (id, o = {}) => {
    const intent = intents.get(id);
    if (!intent) throw new Error(`no checkout intent ${id}`);
    intent.order = {
      id: id + 500_000,
      payments: [
        {
          id: id + 900_000,
          amount: o.amount ?? intent.body.totalAmount,
          state: o.state ?? 'Authorized',
          date: new Date().toISOString(),
        },
      ],
    };
    return intent;
  };
  const notify: HelloAssoStandin['notify'] = async (id, target, override = {}) => {
    const intent = intents.get(id)!;
    const res = await fetch(target, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        eventType: 'Order',
        data: intent.order ? orderOf(intent) : { checkoutIntentId: id },
        metadata: intent.body.metadata,
        ...override,
      }),
    });
    await res.body?.cancel();
    return res.status;
  };

  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://standin').pathname;
    const raw = await read(req);
    if (req.method === 'POST' && path === '/oauth2/token') {
      const form = new URLSearchParams(raw);
      const type = form.get('grant_type');
      if (type === 'client_credentials') {
        tokenRequests.client_credentials++;
        if (form.get('client_id') !== clientId || form.get('client_secret') !== clientSecret)
          return json(res, 400, { error: 'unauthorized_client', error_description: 'Invalid client' });
        return json(res, 200, grant());
      }
      if (type === 'refresh_token') {
        tokenRequests.refresh_token++;
        const given = form.get('refresh_token') ?? '';
        if (!refresh.delete(given)) return json(res, 400, { error: 'invalid_grant' });
        return json(res, 200, grant());
      }
      return json(res, 400, { error: 'unsupported_grant_type' });
    }
    const pageMatch = /^\/pay\/(\d+)$/.exec(path);
    if (pageMatch) {
      const intent = intents.get(Number(pageMatch[1]));
      if (!intent) return res.writeHead(404).end('Unknown checkout');
      if (req.method === 'GET') {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        return res.end(
          `<!doctype html><html lang="fr"><title>HelloAsso (stand-in)</title><main><h1>${escape(intent.body.itemName)}</h1>` +
            `<p>${(intent.body.totalAmount / 100).toFixed(2)} €</p><form method="post"><button type="submit">Payer</button></form></main></html>`,
        );
      }
      pay(intent.id);
      if (standin.notifyUrl) await notify(intent.id, standin.notifyUrl);
      const back = new URL(intent.body.returnUrl);
      back.searchParams.set('checkoutIntentId', String(intent.id));
      back.searchParams.set('code', 'succeeded');
      back.searchParams.set('orderId', String(intent.order!.id));
      return res.writeHead(303, { Location: back.toString() }).end();
    }
    const apiMatch = /^\/v5\/organizations\/([^/]+)\/checkout-intents(?:\/(\d+))?$/.exec(path);
    if (apiMatch) {
      const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      if (!bearer || !access.has(bearer)) return json(res, 401, { message: 'Unauthorized' });
      if (apiMatch[1] !== organizationSlug) return json(res, 403, { message: 'Forbidden' });
      if (req.method === 'POST' && !apiMatch[2]) {
        const body = JSON.parse(raw) as StandinIntent['body'];
        const problems = ['backUrl', 'errorUrl', 'returnUrl', 'itemName'].filter(
          (k) => typeof (body as unknown as Record<string, unknown>)[k] !== 'string',
        );
        if (!Number.isInteger(body.totalAmount) || body.totalAmount < 50) problems.push('totalAmount');
        if (body.initialAmount !== body.totalAmount) problems.push('initialAmount');
        if (problems.length)
          return json(res, 400, { errors: problems.map((p) => ({ code: 'ArgumentInvalid', message: p })) });
        const intent: StandinIntent = { id: nextId++, organizationSlug: apiMatch[1], body, order: null };
        intents.set(intent.id, intent);
        return json(res, 200, { id: intent.id, redirectUrl: `${url}/pay/${intent.id}` });
      }
      if (req.method === 'GET' && apiMatch[2]) {
        const intent = intents.get(Number(apiMatch[2]));
        if (!intent) return json(res, 404, { message: 'Not found' });
        return json(res, 200, intentView(intent));
      }
    }
    json(res, 404, { message: 'Not found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const standin: HelloAssoStandin = {
    url,
    notifyUrl: options.notifyUrl ?? null,
    clientId,
    clientSecret,
    organizationSlug,
    intents,
    tokenRequests,
    pay,
    notify,
    expireTokens: () => access.clear(),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  return standin;
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
