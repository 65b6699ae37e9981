import { LoggerService } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { randomBytes } from 'node:crypto';
import { AddressInfo, createServer, connect, Server, Socket } from 'node:net';
import request from 'supertest';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { expectProblem } from '../support/app';
import { cloneTemplate, ownerUrlOf } from '../support/databases';

/** A TCP relay to a server that the test can take down (every connection cut, new ones refused) and bring back. */
async function relay(target: string): Promise<{ url: string; down(): void; up(): void; close(): Promise<void> }> {
  const upstream = new URL(target);
  const sockets = new Set<Socket>();
  let isDown = false;
  const server: Server = createServer((client) => {
    if (isDown) return client.destroy();
    const server = connect(Number(upstream.port), upstream.hostname);
    for (const s of [client, server]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => undefined);
    }
    client.pipe(server).pipe(client);
    client.on('close', () => server.destroy());
    server.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = new URL(target);
  url.port = String((server.address() as AddressInfo).port);
  return {
    url: url.toString(),
    down() {
      isDown = true;
      for (const s of sockets) s.destroy();
    },
    up() {
      isDown = false;
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      }),
  };
}

type Line = { level: string; message: string; extra: unknown[] };

/** Every call the application makes to its logger, kept to be read back. */
class CapturingLogger implements LoggerService {
  lines: Line[] = [];
  private add(level: string, message: unknown, extra: unknown[]) {
    this.lines.push({ level, message: typeof message === 'string' ? message : JSON.stringify(message), extra });
  }
  log(message: unknown, ...extra: unknown[]) {
    this.add('log', message, extra);
  }
  warn(message: unknown, ...extra: unknown[]) {
    this.add('warn', message, extra);
  }
  error(message: unknown, ...extra: unknown[]) {
    this.add('error', message, extra);
  }
  debug() {}
  verbose() {}
}

/**
 * /health while PostgreSQL or Redis is away (cut off by a relay in front of each): 503 naming the
 * part that is down, and for each probe one line in the log, without a stack trace.
 */
describe('health when PostgreSQL or Redis is down', () => {
  let app: NestExpressApplication;
  let http: ReturnType<typeof request>;
  let postgres: Awaited<ReturnType<typeof relay>>;
  let redis: Awaited<ReturnType<typeof relay>>;
  const logger = new CapturingLogger();

  /** What three probes log, each answered 503. */
  async function probesLog(): Promise<{ lines: Line[]; bodies: request.Response[] }> {
    logger.lines = [];
    const bodies: request.Response[] = [];
    for (let i = 0; i < 3; i++) bodies.push(await http.get('/health'));
    await new Promise((r) => setTimeout(r, 200)); // anything logged late (a pool's error event)
    return { lines: logger.lines, bodies };
  }

  beforeAll(async () => {
    const database = await cloneTemplate();
    postgres = await relay(database);
    redis = await relay(process.env.REDIS_URL!);
    Object.assign(process.env, {
      DATABASE_URL: postgres.url,
      DATABASE_OWNER_URL: ownerUrlOf(database),
      REDIS_URL: redis.url,
      QUEUE_PREFIX: `socius-test-${randomBytes(4).toString('hex')}`,
      DATABASE_POOL_WAIT_MS: '1000',
    });
    app = await createApiApp({ logger: true });
    app.useLogger(logger);
    app.flushLogs(); // what the boot logged goes to it too, and nothing is held back from now on
    http = request(app.getHttpServer());
  });
  afterAll(async () => {
    postgres?.up();
    redis?.up();
    await app?.close();
    await postgres?.close();
    await redis?.close();
  });

  it('is healthy with both up, and logs nothing for it', async () => {
    logger.lines = [];
    await http.get('/health').expect(200);
    expect(logger.lines).toEqual([]);
  });

  it('answers 503 naming PostgreSQL while it is down, one line per probe, no stack trace', async () => {
    postgres.down();
    const { lines, bodies } = await probesLog().finally(() => postgres.up());
    for (const res of bodies) {
      expectProblem(res, 503);
      expect(res.body.type).toBe('/problems/unhealthy');
      expect(res.body.detail).toMatch(/^Down: postgres\b/);
      expect(res.body.details).toEqual(
        expect.objectContaining({ postgres: expect.objectContaining({ status: 'down' }), redis: { status: 'up' } }),
      );
      expect(res.headers['retry-after']).toBe('5');
    }
    expect(lines).toHaveLength(3);
    for (const line of lines) {
      expect(line.level).toBe('warn');
      expect(line.message).toMatch(/^health check failed: Down: postgres\b[^,]*\.$/);
      expect(line.message).not.toContain('\n');
      expect(line.extra).toEqual(['Health']); // the context only: no error object, no stack
    }
    for (let i = 0; i < 20 && (await http.get('/health')).status !== 200; i++)
      await new Promise((r) => setTimeout(r, 250));
    await http.get('/health').expect(200);
  });

  it('answers 503 naming Redis while it is down, one line per probe, no stack trace', async () => {
    redis.down();
    const { lines, bodies } = await probesLog().finally(() => redis.up());
    for (const res of bodies) {
      expectProblem(res, 503);
      expect(res.body.detail).toMatch(/^Down: redis \(/);
    }
    expect(lines).toHaveLength(3);
    for (const line of lines) {
      expect(line.message).toMatch(/^health check failed: Down: redis \(.+\)\.$/);
      expect(line.extra).toEqual(['Health']);
    }
    for (let i = 0; i < 20 && (await http.get('/health')).status !== 200; i++)
      await new Promise((r) => setTimeout(r, 250));
    await http.get('/health').expect(200);
  });
});
