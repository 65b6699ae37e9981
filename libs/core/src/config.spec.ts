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

describe('the cluster settings', () => {
  it('keep documents on the local disk and read exports from the primary by default', () => {
    const config = loadConfig({});
    expect(config.DOCUMENTS_STORAGE).toBe('local');
    expect(config.DATABASE_REPLICA_URL).toBe('');
    expect(config.DATABASE_DIRECT_URL).toBe('');
  });

  it('need a bucket for S3 storage', () => {
    expect(() => loadConfig({ DOCUMENTS_STORAGE: 's3' })).toThrow(/S3_BUCKET must be a bucket name/);
    const config = loadConfig({
      DOCUMENTS_STORAGE: 's3',
      S3_BUCKET: 'socius-documents',
      S3_ENDPOINT: 'https://s3.fr-par.scw.cloud',
      S3_FORCE_PATH_STYLE: 'true',
    });
    expect(config).toEqual(expect.objectContaining({ S3_BUCKET: 'socius-documents', S3_FORCE_PATH_STYLE: true }));
    expect(() => loadConfig({ DOCUMENTS_STORAGE: 'nfs' })).toThrow(/DOCUMENTS_STORAGE/);
  });

  it('refuse a replica or a direct URL that is not PostgreSQL', () => {
    expect(() => loadConfig({ DATABASE_REPLICA_URL: 'mysql://replica/socius' })).toThrow(/DATABASE_REPLICA_URL/);
    expect(() => loadConfig({ DATABASE_DIRECT_URL: 'primary:5432' })).toThrow(/DATABASE_DIRECT_URL/);
  });
});
