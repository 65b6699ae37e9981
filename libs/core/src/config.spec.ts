import { ConfigError, loadConfig, parseTrustProxy } from './config';

describe('TRUST_PROXY', () => {
  it('trusts loopback only by default', () => {
    expect(parseTrustProxy(loadConfig({}).TRUST_PROXY)).toEqual(['loopback']);
  });

  it.each([
    ['false', false],
    ['2', 2],
    ['loopback, 10.0.0.0/8, fd00::/8', ['loopback', '10.0.0.0/8', 'fd00::/8']],
    ['203.0.113.7', ['203.0.113.7']],
  ])('reads %s as Express takes it', (value, expected) => {
    expect(parseTrustProxy(loadConfig({ TRUST_PROXY: value }).TRUST_PROXY)).toEqual(expected);
  });

  it.each(['true', '*', 'everything', '10.0.0.0/33', '10.0.0.0/8/1', 'loopback,', '256.1.1.1'])(
    'refuses to boot with %s, naming the variable',
    (value) => {
      expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(ConfigError);
      expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(/TRUST_PROXY: must be false, a number of hops/);
    },
  );
});

describe('DATABASE_OWNER_URL', () => {
  const app = 'postgres://socius_app:x@db:5432/socius';

  it('is optional: the application role then migrates too', () => {
    expect(loadConfig({ DATABASE_URL: app }).DATABASE_OWNER_URL).toBe('');
  });

  it('must name the database DATABASE_URL names, so that the owner migrates the one the application uses', () => {
    expect(
      loadConfig({ DATABASE_URL: app, DATABASE_OWNER_URL: 'postgres://socius:y@db-direct:5432/socius' })
        .DATABASE_OWNER_URL,
    ).toBe('postgres://socius:y@db-direct:5432/socius');
    expect(() => loadConfig({ DATABASE_URL: app, DATABASE_OWNER_URL: 'postgres://socius:y@db:5432/other' })).toThrow(
      /DATABASE_OWNER_URL: names the database "other" and DATABASE_URL "socius"/,
    );
    expect(() => loadConfig({ DATABASE_URL: app, DATABASE_OWNER_URL: 'mysql://x@db/socius' })).toThrow(ConfigError);
  });
});
