import { createServer, IncomingHttpHeaders } from 'node:http';
import { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  id: string;
  timestamp: string;
  signature: string;
  headers: IncomingHttpHeaders;
  raw: string;
  body: { type: string; timestamp: string; data: Record<string, unknown> };
}

/**
 * A webhook receiver on loopback that keeps each request it gets. `answer` decides the status of
 * each (200 unless told): a test makes it fail, then heal.
 */
export async function startReceiver(): Promise<{
  url: string;
  received: ReceivedWebhook[];
  answer: (hook: ReceivedWebhook) => number;
  close(): Promise<void>;
}> {
  const state = {
    received: [] as ReceivedWebhook[],
    answer: (() => 200) as (hook: ReceivedWebhook) => number,
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const hook: ReceivedWebhook = {
        id: String(req.headers['webhook-id']),
        timestamp: String(req.headers['webhook-timestamp']),
        signature: String(req.headers['webhook-signature']),
        headers: req.headers,
        raw,
        body: JSON.parse(raw),
      };
      state.received.push(hook);
      res.writeHead(state.answer(hook)).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    get received() {
      return state.received;
    },
    get answer() {
      return state.answer;
    },
    set answer(fn) {
      state.answer = fn;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The headers standardwebhooks' `Webhook.verify` reads. */
export const signedHeaders = (hook: ReceivedWebhook) => ({
  'webhook-id': hook.id,
  'webhook-timestamp': hook.timestamp,
  'webhook-signature': hook.signature,
});
