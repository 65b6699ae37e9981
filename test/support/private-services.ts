import { SMTPServer } from 'smtp-server';
import { ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { ownerDatabaseUrl, TEMPLATE_DB } from './databases';
import { waitFor } from './smtp';

/**
 * A PostgreSQL cluster and a Redis server of a test file's own, which it may restart, stop and
 * kill: the shared ones (scripts/services.sh) serve every other test run on the machine and must
 * never go down. Both live in a temporary directory under .data/ and on free loopback ports.
 * The cluster has the two roles of scripts/services.sh (socius owns and migrates, socius_app is the
 * API's and the worker's) and one database, `socius`: a copy (pg_dump) of the test template the
 * global setup migrated, owners and grants included.
 */

const ROOT = path.resolve(__dirname, '../..');
const run = promisify(execFile);
const asRoot = process.getuid?.() === 0;

/** A port nobody listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** The newest PostgreSQL's binaries, as scripts/services.sh finds them. */
function pgBin(): string {
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base) ? readdirSync(base).filter((v) => existsSync(`${base}/${v}/bin/pg_ctl`)) : [];
  if (!versions.length) throw new Error('PostgreSQL is not installed (scripts/services.sh installs it)');
  return `${base}/${versions.sort((a, b) => Number(a) - Number(b)).pop()}/bin`;
}

/** PostgreSQL refuses to run as root: as root, its commands run as the postgres user. */
function pgCommand(tool: string, args: string[]): [string, string[]] {
  const bin = `${pgBin()}/${tool}`;
  return asRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
}

const postgresUid = () => Number(execFileSync('id', ['-u', 'postgres']).toString());

function scratchDir(label: string): string {
  mkdirSync(path.join(ROOT, '.data'), { recursive: true });
  const dir = mkdtempSync(path.join(ROOT, '.data', `${label}-`));
  if (asRoot) chownSync(dir, postgresUid(), 0);
  return dir;
}

export interface PrivatePostgres {
  port: number;
  /** the application role's URL of the database `socius` (DATABASE_URL) */
  appUrl: string;
  /** the owner's URL (DATABASE_OWNER_URL) */
  ownerUrl: string;
  /** `pg_ctl restart -m fast`: every connection is cut (57P01), the server is back when it returns */
  restart(): Promise<void>;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** stops the server at once and deletes its directory */
  destroy(): Promise<void>;
}

/** A new cluster (fsync off, as the test profile), its roles, and `socius`: the test template's schema and grants. */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const port = await freePort();
  const dir = scratchDir('pg');
  const data = path.join(dir, 'data');
  const pg = async (tool: string, args: string[]) => {
    const [cmd, argv] = pgCommand(tool, args);
    await run(cmd, argv);
  };
  await pg('initdb', ['-D', data, '-U', 'postgres', '--auth-local=trust', '--auth-host=trust', '-E', 'UTF8']);
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100`;
  const ctl = (...args: string[]) =>
    pg('pg_ctl', ['-D', data, '-o', options, '-l', `${dir}/server.log`, '-w', ...args]);
  await ctl('start');

  const superuser = new Client({ host: '127.0.0.1', port, user: 'postgres', database: 'postgres' });
  await superuser.connect();
  await superuser.query(`CREATE ROLE socius LOGIN CREATEDB PASSWORD 'socius'`);
  await superuser.query(`CREATE ROLE socius_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD 'socius_app'`);
  await superuser.query(`CREATE DATABASE socius OWNER socius`);
  await superuser.end();

  const schema = path.join(dir, 'schema.sql');
  await run(`${pgBin()}/pg_dump`, ['--dbname', ownerDatabaseUrl(TEMPLATE_DB), '--file', schema]);
  if (asRoot) chownSync(schema, postgresUid(), 0);
  await pg('psql', [
    '-X',
    '-q',
    '-v',
    'ON_ERROR_STOP=1',
    '-h',
    '127.0.0.1',
    '-p',
    String(port),
    '-U',
    'postgres',
    '-d',
    'socius',
    '-f',
    schema,
  ]);
  const ownerUrl = `postgres://socius:socius@127.0.0.1:${port}/socius`;
  const appUrl = `postgres://socius_app:socius_app@127.0.0.1:${port}/socius`;
  return {
    port,
    appUrl,
    ownerUrl,
    restart: () => ctl('-m', 'fast', 'restart'),
    stop: () => ctl('-m', 'fast', 'stop'),
    start: () => ctl('start'),
    destroy: async () => {
      await ctl('-m', 'immediate', 'stop').catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface PrivateRedis {
  port: number;
  url: string;
  /** stops the server (SIGTERM: the append-only file keeps what it held, as in production) */
  stop(): Promise<void>;
  /** starts it again on the same port and directory */
  start(): Promise<void>;
  /** stops it, deletes what it held, starts it again: a Redis without persistence, or a failover that lost writes */
  restartEmpty(): Promise<void>;
  destroy(): Promise<void>;
}

/** A redis-server of its own, with an append-only file (what survives a restart survives here). */
export async function startPrivateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  const dir = scratchDir('redis');
  let server: ChildProcess | undefined;
  const ping = async () => {
    const { stdout } = await run('redis-cli', ['-p', String(port), 'ping']).catch(() => ({ stdout: '' }));
    return stdout.trim() === 'PONG';
  };
  const start = async () => {
    server = spawn(
      'redis-server',
      [
        '--bind',
        '127.0.0.1',
        '--port',
        String(port),
        '--dir',
        dir,
        '--save',
        '',
        '--appendonly',
        'yes',
        '--appendfsync',
        'always',
        '--maxmemory-policy',
        'noeviction',
      ],
      { stdio: 'ignore' },
    );
    await waitFor(ping, 10_000, `redis-server on port ${port}`);
  };
  const stop = async () => {
    const child = server;
    server = undefined;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  };
  await start();
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    stop,
    start,
    restartEmpty: async () => {
      await stop();
      for (const file of readdirSync(dir)) rmSync(path.join(dir, file), { recursive: true, force: true });
      await start();
    },
    destroy: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The real worker entry point (apps/worker/src/main.ts) as a process of its own, on the database,
 * Redis and queue prefix of this process's environment (startApi sets them) and `env`, so that a
 * test can kill it with SIGKILL: no shutdown hook, no graceful close of anything.
 */
export async function spawnWorker(env: Record<string, string> = {}): Promise<ChildProcess & { output(): string }> {
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/worker/src/main.ts'],
    {
      cwd: ROOT,
      env: { ...process.env, RUN_OUTBOX_RELAY: 'true', LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  // compiling the libraries on the fly takes seconds, a minute or more on a loaded machine
  await waitFor(
    () => {
      if (child.exitCode !== null) throw new Error(`the worker exited (${child.exitCode}):\n${output}`);
      return output.includes('Socius worker running');
    },
    150_000,
    'the worker to boot',
  ).catch(async (error: Error) => {
    await kill9(child);
    throw error;
  });
  return Object.assign(child, { output: () => output });
}

/** SIGKILL, and wait until the process is gone. */
export function kill9(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

/**
 * An SMTP server keeping each message's recipient and Message-ID, deaf to the connections a
 * killed worker resets (test/support/smtp.ts would fail on them).
 */
export async function startTolerantSmtp() {
  const mails: { to: string; messageId: string | undefined }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('error', () => undefined);
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const headers = raw.slice(0, raw.indexOf('\r\n\r\n')).replace(/\r\n[ \t]+/g, ' ');
        mails.push({
          to: session.envelope.rcptTo[0]?.address ?? '',
          messageId: /^Message-ID:\s*(<[^>]+>)/im.exec(headers)?.[1],
        });
        callback();
      });
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
