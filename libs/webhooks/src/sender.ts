import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { guardedLookup, refusedUrl, UrlPolicy } from './url-policy';

export interface SendOutcome {
  statusCode: number | null;
  durationMs: number;
  /** why it failed: a status outside 2xx, no answer, a refused address */
  error: string | null;
}

/**
 * POSTs a delivery once. Redirects are not followed (a receiver could point at an internal
 * address), the answer's body is read and dropped, and the whole exchange is bounded in time.
 */
export function postWebhook(
  url: string,
  headers: Record<string, string>,
  body: string,
  options: UrlPolicy & { timeoutMs: number },
): Promise<SendOutcome> {
  const started = process.hrtime.bigint();
  const elapsed = () => Number((process.hrtime.bigint() - started) / 1_000_000n);
  // an address allowed when saved may not be now (the setting changed): checked before each try
  const refused = refusedUrl(url, options);
  if (refused) return Promise.resolve({ statusCode: null, durationMs: 0, error: `refused: ${refused}` });
  return new Promise((resolve) => {
    let settled = false;
    const done = (statusCode: number | null, error: string | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ statusCode, durationMs: elapsed(), error: error?.slice(0, 500) ?? null });
    };
    const target = new URL(url);
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(
      target,
      {
        method: 'POST',
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'user-agent': 'Socius-Webhooks/1',
        },
        lookup: guardedLookup(options) as never,
        agent: false,
      },
      (res) => {
        res.on('data', () => undefined);
        res.on('error', () => undefined);
        const code = res.statusCode ?? null;
        res.on('end', () => done(code, code !== null && code >= 200 && code < 300 ? null : `HTTP ${code}`));
      },
    );
    const timer = setTimeout(() => {
      req.destroy();
      done(null, `no answer within ${options.timeoutMs} ms`);
    }, options.timeoutMs);
    req.on('error', (error) => done(null, error.message));
    req.end(body);
  });
}
