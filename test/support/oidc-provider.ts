import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

export interface TestProvider {
  issuer: string;
  /** who signs in at the provider's next login prompt */
  nextLogin(account: { sub: string; email?: string; email_verified?: boolean; name?: string }): Promise<void>;
  /** the parameters of the last authorization request the provider saw */
  lastAuthorization(): Promise<Record<string, string>>;
  close(): Promise<void>;
}

/**
 * A real OpenID Connect provider (test/support/oidc-provider.mjs) in a child process: jest never
 * loads it. `clockSkewSeconds`: its clock runs that far behind, so its tokens arrive expired.
 */
export async function startOidcProvider(
  clients: { client_id: string; client_secret: string; redirect_uris: string[] }[],
  { clockSkewSeconds = 0 } = {},
): Promise<TestProvider> {
  const child: ChildProcess = spawn(process.execPath, [path.join(__dirname, 'oidc-provider.mjs')], {
    env: { ...process.env, OIDC_CLIENTS: JSON.stringify(clients), OIDC_CLOCK_SKEW_SECONDS: String(clockSkewSeconds) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const issuer = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const line = out.split('\n').find((l) => l.startsWith('http://'));
      if (line) resolve(line.trim());
    });
    child.on('exit', (code) => reject(new Error(`oidc-provider exited (${code}): ${stderr}`)));
  });
  return {
    issuer,
    async nextLogin(account) {
      const res = await fetch(`${issuer}/test/next-login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(account),
      });
      if (!res.ok) throw new Error(`next-login: ${res.status}`);
    },
    async lastAuthorization() {
      return (await (await fetch(`${issuer}/test/last-authorization`)).json()) as Record<string, string>;
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}

/**
 * Follows the provider's redirects (its own cookies kept, as a browser would) from an authorization
 * URL until it sends the browser back elsewhere: answers that address (the callback with its code).
 */
export async function throughProvider(authorizationUrl: string): Promise<URL> {
  const jar = new Map<string, string>();
  let url = new URL(authorizationUrl);
  const origin = url.origin;
  for (let hop = 0; hop < 10; hop++) {
    const res = await fetch(url, {
      redirect: 'manual',
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const eq = pair.indexOf('=');
      jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    const location = res.headers.get('location');
    if (!location) throw new Error(`the provider answered ${res.status} at ${url.pathname}: ${await res.text()}`);
    url = new URL(location, url);
    if (url.origin !== origin) return url;
  }
  throw new Error('too many redirects at the provider');
}
