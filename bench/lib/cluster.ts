import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './harness';

/**
 * The cluster of scripts/cluster.sh (docs/deploy.md) for the load test and the bench: start it, read
 * its settings and PIDs, stop it, and an HTTP client that retries as a real client would.
 */

export const CLUSTER_DIR = path.resolve(ROOT, process.env.SOCIUS_CLUSTER_DIR ?? '.data/cluster');

/** `scripts/cluster.sh up` (with these settings on top of ours); answers SOCIUS_URL, the line it prints last. */
export async function clusterUp(env: Record<string, string> = {}): Promise<string> {
  const { stdout } = await promisify(execFile)('bash', [path.join(ROOT, 'scripts/cluster.sh'), 'up'], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
    timeout: 15 * 60_000,
  });
  const last = stdout.trim().split('\n').pop() ?? '';
  const url = /^SOCIUS_URL=(http:\/\/\S+)$/.exec(last)?.[1];
  if (!url) throw new Error(`cluster.sh up printed no SOCIUS_URL last:\n${stdout}`);
  return url;
}

export async function clusterDown(): Promise<void> {
  await promisify(execFile)('bash', [path.join(ROOT, 'scripts/cluster.sh'), 'down'], { cwd: ROOT, timeout: 120_000 });
}

/** The settings every process of the cluster runs with (`.data/cluster/env`). */
export function clusterEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of readFileSync(path.join(CLUSTER_DIR, 'env'), 'utf8').split('\n')) {
    const at = line.indexOf('=');
    if (at > 0) env[line.slice(0, at)] = line.slice(at + 1);
  }
  return env;
}

/** The PID of one of the cluster's processes (`api-1`, `worker-2`, `postgres-replica` …). */
export function clusterPid(name: string): number {
  return Number(readFileSync(path.join(CLUSTER_DIR, `${name}.pid`), 'utf8').trim());
}

export interface Answer {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
  /** requests sent for this answer (1 when the first one was answered) */
  attempts: number;
}

/** Answers a client retries: the proxy found no replica (502, 504), one was busy (503), or the connection broke (0). */
export const RETRIED = new Set([0, 502, 503, 504]);

/**
 * Keep-alive HTTP to one base URL. `post` retries an answer in RETRIED with the same request (and so
 * the same Idempotency-Key), after a short pause, as a client of a replicated API would.
 */
export class RetryingClient {
  readonly agent: http.Agent;

  constructor(
    readonly base: URL,
    sockets = 64,
    private readonly maxAttempts = 30,
  ) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets: sockets });
  }

  async request(method: string, p: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    for (let attempt = 1; ; attempt++) {
      const answer = await this.once(method, p, payload, headers);
      if (!RETRIED.has(answer.status) || attempt >= this.maxAttempts) return { ...answer, attempts: attempt };
      await new Promise((r) => setTimeout(r, Math.min(2_000, 50 * 2 ** Math.min(attempt, 6))));
    }
  }

  async json<T = any>(method: string, p: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
    const answer = await this.request(method, p, body, headers);
    if (answer.status >= 400) throw new Error(`${method} ${p} → ${answer.status} ${answer.body.slice(0, 500)}`);
    return answer.body ? JSON.parse(answer.body) : (undefined as T);
  }

  private once(
    method: string,
    p: string,
    payload: string | undefined,
    headers: Record<string, string>,
  ): Promise<Omit<Answer, 'attempts'>> {
    return new Promise((resolve) => {
      const req = http.request(
        {
          agent: this.agent,
          host: this.base.hostname,
          port: this.base.port,
          path: p,
          method,
          timeout: 60_000,
          headers: {
            ...(payload === undefined
              ? {}
              : { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(payload)) }),
            ...headers,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode!, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }),
          );
          res.on('error', (e) => resolve({ status: 0, body: String(e), headers: {} }));
        },
      );
      req.on('timeout', () => req.destroy(new Error('timed out')));
      req.on('error', (e) => resolve({ status: 0, body: String(e), headers: {} }));
      req.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
