import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import S3rver from 's3rver';
import { S3Storage } from '@socius/documents';
import { createCoop, paidUpMember, startApi, TestApi, TestOrg } from '../support/app';

describe('documents in an S3 bucket (DOCUMENTS_STORAGE=s3)', () => {
  let api: TestApi;
  let org: TestOrg;
  let s3: S3rver;
  let bucket: S3Storage;
  const directory = mkdtempSync(path.join(tmpdir(), 'socius-s3-'));

  beforeAll(async () => {
    s3 = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: 'socius' }] });
    const { port } = await s3.run();
    const settings = {
      DOCUMENTS_STORAGE: 's3',
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      S3_BUCKET: 'socius',
      S3_PREFIX: 'documents/',
      S3_FORCE_PATH_STYLE: 'true',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
    };
    api = await startApi(settings);
    bucket = new S3Storage('socius', '', {
      endpoint: settings.S3_ENDPOINT,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    });
    org = await createCoop(api, [{ code: 'A', nominalCents: 1000 }]);
  });
  afterAll(async () => {
    await api.close();
    bucket.client.destroy();
    await s3.close();
    rmSync(directory, { recursive: true, force: true });
  });

  const keys = async () =>
    ((await bucket.client.send(new ListObjectsV2Command({ Bucket: 'socius' }))).Contents ?? []).map((o) => o.Key);

  it('stores an issued certificate in the bucket and serves it from there, verifiable by its code', async () => {
    const member = await paidUpMember(api, org, { quantity: 3 });
    const first = await api.http
      .get(`/v1/orgs/${org.slug}/members/${member.id}/certificate.pdf`)
      .set(org.admin.auth)
      .buffer(true)
      .expect(200);
    const code = first.headers['x-verification-code'];
    const [{ storage_key: key, sha256 }] = await api.db.query(
      `SELECT storage_key, sha256 FROM documents WHERE verification_code = $1`,
      [code],
    );
    expect(await keys()).toContain(`documents/${key}`);
    expect((await bucket.get(`documents/${key}`)).equals(first.body)).toBe(true);
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);

    // the same certificate again: read back from the bucket, the same number and code
    const again = await api.http
      .get(`/v1/orgs/${org.slug}/members/${member.id}/certificate.pdf`)
      .set(org.admin.auth)
      .buffer(true)
      .expect(200);
    expect(again.headers['x-verification-code']).toBe(code);
    expect(again.body.equals(first.body)).toBe(true);
    const verified = await api.http.post('/v1/verify').set('Content-Type', 'application/pdf').send(again.body);
    expect(verified.body.valid).toBe(true);
  });

  it('stores the same bytes twice without error, and deletes a missing key without error', async () => {
    const bytes = Buffer.from('%PDF-1.7 test');
    await bucket.put('org/abc.pdf', bytes);
    await bucket.put('org/abc.pdf', bytes);
    expect((await bucket.get('org/abc.pdf')).equals(bytes)).toBe(true);
    await bucket.delete('org/abc.pdf');
    await bucket.delete('org/abc.pdf');
    await expect(bucket.get('org/abc.pdf')).rejects.toThrow();
    await expect(bucket.put('../escape.pdf', bytes)).rejects.toThrow(/Invalid document storage key/);
  });
});
