import { loadConfig } from './config';
import { isRedisUrl, redisOptionsFromUrl } from './redis';

describe('REDIS_URL', () => {
  it('reads a plain URL, with TLS for rediss://', () => {
    expect(redisOptionsFromUrl('redis://:s%40cret@cache:6390/2')).toEqual(
      expect.objectContaining({ host: 'cache', port: 6390, password: 's@cret', db: 2 }),
    );
    expect(redisOptionsFromUrl('rediss://cache')).toEqual(expect.objectContaining({ port: 6379, tls: {} }));
  });

  it('reads Redis Sentinel: the sentinels, the master name, its password and database', () => {
    expect(redisOptionsFromUrl('redis+sentinel://:pw@10.0.0.1:26379,10.0.0.2:26380,sentinel-3/socius/1')).toEqual({
      sentinels: [
        { host: '10.0.0.1', port: 26379 },
        { host: '10.0.0.2', port: 26380 },
        { host: 'sentinel-3', port: 26379 },
      ],
      name: 'socius',
      username: undefined,
      password: 'pw',
      db: 1,
    });
  });

  it.each(['http://cache:6379', 'redis+sentinel://s1:26379', 'redis+sentinel://s1:26379/', 'cache:6379'])(
    'refuses %s at boot',
    (url) => {
      expect(isRedisUrl(url)).toBe(false);
      expect(() => loadConfig({ REDIS_URL: url })).toThrow(/REDIS_URL: must be redis:\/\//);
    },
  );
});
