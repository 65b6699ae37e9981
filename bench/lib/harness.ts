import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { Client } from 'pg';

export const ROOT = path.resolve(__dirname, '../..');

/** Names the benches give their members: accents, Ł, ø, ß, ễ and CJK, as a real register holds. */
export const FIRST_NAMES = [
  'Camille',
  'Léa',
  'Hélène',
  'Zoé',
  'Łucja',
  'Jürgen',
  'Chloé',
  'Noël',
  'François',
  'Anaïs',
  'Yuki',
  'Amadou',
  'Søren',
  'Inès',
  'Björn',
  'Aurélien',
];
export const LAST_NAMES = [
  'Martin',
  'Bernard',
  'Dupré',
  'Lefèvre',
  'Nørgaard',
  'Straße',
  'Wałęsa',
  'Müller',
  'Garçon',
  'Diallo',
  'Nguyễn',
  'Côté',
  'Öztürk',
  'Da Silva',
  '山田',
  'Ménard',
];

/** The node flags production runs the API and worker with (SOCIUS_NODE_FLAGS, exported by scripts/services.sh, which bench/run.sh sources). */
export function productionNodeArgs(): string[] {
  return (process.env.SOCIUS_NODE_FLAGS ?? '').split(' ').filter(Boolean);
}

/** Deterministic pseudo-random numbers (mulberry32) from a seed, so every run of a bench loads the same data. */
export function seededRandom(seed: number): { rand: () => number; randInt: (lo: number, hi: number) => number } {
  const rand = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { rand, randInt: (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1)) };
}

/**
 * DATABASE_URL (the application's role) and DATABASE_OWNER_URL (the owner's) for the database a
 * URL names, from the roles of the environment's URLs: what the API and the worker are given.
 */
export function databaseEnv(url: string): { DATABASE_URL: string; DATABASE_OWNER_URL: string } {
  const on = (base: string) => {
    const u = new URL(base);
    u.pathname = new URL(url).pathname;
    return u.toString();
  };
  return {
    DATABASE_URL: on(process.env.DATABASE_URL!),
    DATABASE_OWNER_URL: on(process.env.DATABASE_OWNER_URL || process.env.DATABASE_URL!),
  };
}

/**
 * A fresh database on the server of DATABASE_OWNER_URL (or DATABASE_URL), migrated by the built
 * migration CLI; its owner's URL, which the benches load data with (VACUUM, ANALYZE are the owner's).
 */
export async function freshDatabase(name: string): Promise<string> {
  const base = new URL(process.env.DATABASE_OWNER_URL || process.env.DATABASE_URL!);
  const admin = new URL(base.toString());
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  base.pathname = `/${name}`;
  execFileSync(process.execPath, ['dist/libs/database/src/cli/migrate.js'], {
    cwd: ROOT,
    env: { ...process.env, ...databaseEnv(base.toString()) },
    stdio: 'ignore',
  });
  return base.toString();
}

export interface RunningApi {
  base: string;
  pid: number;
  stop(): Promise<void>;
}

/** The built API as its own process, as production runs it. */
export async function startBuiltApi(
  databaseUrl: string,
  port = 3990,
  env: Record<string, string> = {},
): Promise<RunningApi> {
  const nodeArgs = [
    ...productionNodeArgs(),
    ...(process.env.BENCH_API_NODE_ARGS ? process.env.BENCH_API_NODE_ARGS.split(' ') : []),
  ];
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, 'dist/apps/api/src/main.js'], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...databaseEnv(databaseUrl),
      PORT: String(port),
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      JWT_SECRET: 'bench-secret-bench-secret-bench-secret-00',
      BALLOT_SECRET: 'bench-ballot-secret-bench-ballot-secret-00',
      QUEUE_PREFIX: 'socius-bench',
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  // up to a minute: a loaded machine boots the API slowly
  for (let i = 0; i < 600; i++) {
    try {
      const res = await fetch(`${base}/health`);
      if (res.ok) break;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base,
    pid: child.pid!,
    stop: () =>
      new Promise((resolve) =>
        child.exitCode !== null ? resolve() : (child.once('exit', () => resolve()), child.kill('SIGTERM')),
      ),
  };
}

/** Peak resident memory of a process so far (VmHWM), in MB; of a supervisor and its workers, the sum of theirs. */
export function peakRssMb(pid: number): number {
  let total = 0;
  for (const p of processTree(pid)) {
    try {
      total += Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))![1]) / 1024;
    } catch {
      /* gone */
    }
  }
  return total;
}

export async function api<T = any>(
  base: string,
  method: string,
  p: string,
  body?: unknown,
  token?: string,
): Promise<T> {
  const res = await fetch(base + p, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${p} → ${res.status} ${text.slice(0, 500)}`);
  return text ? JSON.parse(text) : (undefined as T);
}

/** Signs up an admin and creates an organization; returns the token and slug. */
export async function adminAndOrg(
  base: string,
  slug: string,
  legalForm = 'SCIC_SAS',
): Promise<{ token: string; slug: string }> {
  const { accessToken } = await api(base, 'POST', '/v1/auth/signup', {
    email: `${slug}@bench.local`,
    password: 'bench-password-1',
    name: 'Bench Admin',
  });
  await api(base, 'POST', '/v1/orgs', { name: `Bench ${slug}`, slug, legalForm, fiscalYearEnd: '12-31' }, accessToken);
  return { token: accessToken, slug };
}

/** Streams a file (or buffer) as a request body. */
export function postStream(
  url: string,
  token: string,
  contentType: string,
  body: NodeJS.ReadableStream,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': contentType } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    body.pipe(req);
  });
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export const ms = (n: number) => `${n.toFixed(1)} ms`;

/** Fires `count` calls at `rate` per second without waiting for answers; returns sorted latencies (ms) from each call's due time. */
export async function openLoop(rate: number, count: number, call: (i: number) => Promise<unknown>): Promise<number[]> {
  const start = performance.now();
  const latencies: number[] = [];
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    inFlight.push(call(i).then(() => void latencies.push(performance.now() - due)));
  }
  await Promise.all(inFlight);
  return latencies.sort((a, b) => a - b);
}

export interface Download {
  status: number;
  ms: number;
  bytes: number;
  lines: number;
  headers: http.IncomingHttpHeaders;
  /** the first 1,000 bytes, to show what came back */
  head: string;
}

/** GETs a URL and throws the body away as it streams in, counting bytes and lines; the time is to the last byte. */
export function download(url: string, token: string): Promise<Download> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const req = http.get(url, { headers: { Authorization: `Bearer ${token}` } }, (res) => {
      let bytes = 0;
      let lines = 0;
      const head: Buffer[] = [];
      res.on('data', (chunk: Buffer) => {
        if (bytes < 1000) head.push(chunk.subarray(0, 1000 - bytes));
        bytes += chunk.length;
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
      });
      res.on('end', () =>
        resolve({
          status: res.statusCode!,
          ms: performance.now() - t0,
          bytes,
          lines,
          headers: res.headers,
          head: Buffer.concat(head).toString('utf8'),
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

/** Runs `task` over `items` with at most `concurrency` in flight; returns the errors. */
export async function inParallel<T>(
  items: T[],
  concurrency: number,
  task: (item: T, i: number) => Promise<unknown>,
): Promise<unknown[]> {
  const errors: unknown[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      try {
        await task(items[i], i);
      } catch (error) {
        errors.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return errors;
}

/** A process and its live descendants (an API started with API_WORKERS > 1 is a supervisor and its workers). */
export function processTree(pid: number): number[] {
  const pids = [pid];
  for (let i = 0; i < pids.length; i++) {
    try {
      for (const tid of readdirSync(`/proc/${pids[i]}/task`)) {
        const children = readFileSync(`/proc/${pids[i]}/task/${tid}/children`, 'utf8').trim();
        if (children) pids.push(...children.split(' ').map(Number));
      }
    } catch {
      /* gone */
    }
  }
  return pids;
}

/**
 * CPU time (user + system) a process and its live descendants have used so far, in ms, from
 * /proc/<pid>/stat (USER_HZ = 100); 0 when it is gone.
 */
export function cpuMs(pid: number): number {
  let total = 0;
  for (const p of processTree(pid)) {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      total += (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
      /* gone */
    }
  }
  return total;
}

/** The whole machine's CPU counters from /proc/stat, in ms summed over all cores: busy and total. */
export function machineCpuMs(): { busy: number; total: number; cores: number } {
  const lines = readFileSync('/proc/stat', 'utf8').split('\n');
  const t = lines[0].trim().split(/\s+/).slice(1, 9).map(Number);
  const total = t.reduce((s, x) => s + x, 0) * 10;
  return { busy: total - (t[3] + t[4]) * 10, total, cores: lines.filter((l) => /^cpu\d/.test(l)).length };
}

/** Streams text-format COPY lines (already escaped) produced in chunks by `lines`. */
export async function copyIn(pg: Client, sql: string, lines: () => Generator<string>): Promise<void> {
  async function* chunks() {
    let buffer = '';
    for (const line of lines()) {
      buffer += line;
      if (buffer.length >= 256 * 1024) {
        yield buffer;
        buffer = '';
      }
    }
    if (buffer) yield buffer;
  }
  await pipeline(Readable.from(chunks()), pg.query(copyFrom(sql)));
}
