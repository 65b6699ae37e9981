import type { RedisOptions } from 'ioredis';

const SENTINEL_URL = /^redis\+sentinel:\/\/(?:([^:@/]*)(?::([^@/]*))?@)?([^/@]+)\/([A-Za-z0-9._-]+)(?:\/(\d+))?$/;

/**
 * REDIS_URL → ioredis options:
 * - `redis://[user:password@]host[:port][/db]` (`rediss://` turns TLS on);
 * - `redis+sentinel://[user:password@]sentinel1:26379,sentinel2:26379/MASTER_NAME[/db]`: Redis
 *   Sentinel, which tells where the master of that name is and follows it through a failover (the
 *   password is the master's; the sentinels are asked without one).
 */
export function redisOptionsFromUrl(url: string): RedisOptions {
  const sentinel = SENTINEL_URL.exec(url);
  if (sentinel) {
    const [, user, password, hosts, name, db] = sentinel;
    return {
      sentinels: hosts.split(',').map((h) => {
        const [host, port] = h.trim().split(':');
        return { host, port: port ? Number(port) : 26379 };
      }),
      name,
      username: user ? decodeURIComponent(user) : undefined,
      password: password ? decodeURIComponent(password) : undefined,
      db: db ? Number(db) : 0,
    };
  }
  const u = new URL(url);
  return {
    host: u.hostname || '127.0.0.1',
    port: u.port ? Number(u.port) : 6379,
    username: u.username ? decodeURIComponent(u.username) : undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0,
    ...(u.protocol === 'rediss:' ? { tls: {} } : {}),
  };
}

/** Whether REDIS_URL is one of the two forms above. */
export function isRedisUrl(url: string): boolean {
  if (SENTINEL_URL.test(url)) return true;
  try {
    return ['redis:', 'rediss:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}
