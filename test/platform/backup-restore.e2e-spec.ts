import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { ledgerOverreach } from '../../libs/database/src/roles';
import { createOrg, paidUpMember, startApi, TestApi, TestOrg, TestUser } from '../support/app';
import { DB_PREFIX, databaseUrl, ownerDatabaseUrl, ownerUrlOf, separateRoles } from '../support/databases';

const root = path.resolve(__dirname, '../..');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Supertest collects a PDF as a Buffer only when told to. */
const binary = (req: request.Test) =>
  req.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });

/** A URL without its password, and the password (for PGPASSWORD): what an operator would type. */
function splitPassword(url: string): { url: string; password: string } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = '';
  return { url: u.toString(), password };
}

/**
 * A co-operative backed up with scripts/backup.sh and restored with scripts/restore.sh into a new
 * database and a new documents directory, then served by an API on the restored copy: the ledger
 * still verifies, every issued document is still verifiable and its stored bytes still match, and
 * every figure (capital, holdings, ballots' results, the ledger) is the same.
 */
describe('backup and restore', () => {
  let api: TestApi;
  let restored: { http: ReturnType<typeof request>; db: DataSource; close(): Promise<void> } | undefined;
  let org: TestOrg;
  let documentsDir: string;
  let backupsDir: string;
  let restoredDocumentsDir: string;
  let backup: string;
  const restoredName = `${DB_PREFIX}_t_restored_${randomBytes(4).toString('hex')}`;
  const paths = {
    member: (id: string) => `members/${id}/holdings`,
    results: (id: string) => `resolutions/${id}/results`,
  };

  let members: { id: string; user?: TestUser }[];
  let resolutionId: string;
  let before: Record<string, unknown>;
  let minutes: Buffer;
  let documents: { number: string; verification_code: string; sha256: string; storage_key: string }[];

  const figuresOf = async (http: ReturnType<typeof request>) => {
    const get = async (p: string) => (await http.get(`/v1/orgs/${org.slug}/${p}`).set(org.admin.auth).expect(200)).body;
    const figures: Record<string, unknown> = {
      capital: await get('capital'),
      ledger: await get('ledger?limit=100'),
      verify: await get('ledger/verify'),
      results: await get(paths.results(resolutionId)),
      resolution: await get(`resolutions/${resolutionId}`),
    };
    for (const m of members) figures[`holdings ${m.id}`] = await get(paths.member(m.id));
    for (const d of documents)
      figures[`verify ${d.number}`] = (await http.get(`/v1/verify/${d.verification_code}`).expect(200)).body;
    return figures;
  };

  beforeAll(async () => {
    documentsDir = mkdtempSync(path.join(tmpdir(), 'socius-backup-documents-'));
    backupsDir = mkdtempSync(path.join(tmpdir(), 'socius-backups-'));
    restoredDocumentsDir = path.join(mkdtempSync(path.join(tmpdir(), 'socius-restored-')), 'documents');
    api = await startApi({ DOCUMENTS_DIR: documentsDir, PUBLIC_URL: 'https://socius.example.coop' });
    org = await createOrg(api, undefined, { name: 'Coopérative du Moulin', siren: '552100554' });
    const post = (p: string, body: object, auth: object = org.admin.auth) =>
      api.http
        .post(`/v1/orgs/${org.slug}/${p}`)
        .set(auth as Record<string, string>)
        .send(body);
    await post('share-classes', { code: 'A', name: 'Parts A', nominalCents: 1000, minPerMember: 1 }).expect(201);
    members = [
      await paidUpMember(api, org, {
        quantity: 3,
        withAccount: true,
        member: { firstName: 'Łukasz', lastName: 'Wałęsa' },
      }),
      await paidUpMember(api, org, {
        quantity: 2,
        withAccount: true,
        member: { firstName: 'Hélène', lastName: 'Dupré' },
      }),
      await paidUpMember(api, org, {
        quantity: 1,
        withAccount: true,
        member: { firstName: 'Chloé', lastName: 'Nguyễn' },
      }),
    ];
    // a subscription half paid: movements that are not whole shares yet
    const pending = await post('subscriptions', {
      memberId: members[2].id,
      shareClassCode: 'A',
      quantity: 4,
      subscribedOn: '2026-02-01',
    }).expect(201);
    await post(`subscriptions/${pending.body.id}/approve`, { decidedOn: '2026-02-02' }).expect(200);
    await post(`subscriptions/${pending.body.id}/payments`, {
      amountCents: 1500,
      paidOn: '2026-02-03',
      method: 'transfer',
    }).expect(201);

    // a secret vote, closed: its ballots are sealed under a key kept in the database
    const assembly = await post('assemblies', {
      title: 'Assemblée générale ordinaire 2026',
      kind: 'ordinary',
      weighting: 'per_member',
      secret: true,
    }).expect(201);
    const resolution = await post(`assemblies/${assembly.body.id}/resolutions`, {
      title: 'Approbation des comptes 2025',
      text: "L'assemblée générale approuve les comptes de l'exercice 2025.",
      majority: 'simple',
      quorumPercent: 50,
      opensAt: new Date(Date.now() + 3600_000).toISOString(),
      closesAt: new Date(Date.now() + 7200_000).toISOString(),
    }).expect(201);
    resolutionId = resolution.body.id;
    await post(`resolutions/${resolutionId}/open`, {}).expect(200);
    await post(`resolutions/${resolutionId}/ballots`, { choice: 'for' }, members[0].user!.auth).expect(201);
    await post(`resolutions/${resolutionId}/ballots`, { choice: 'for' }, members[1].user!.auth).expect(201);
    await post(`resolutions/${resolutionId}/ballots`, { choice: 'against' }, members[2].user!.auth).expect(201);
    await post(`resolutions/${resolutionId}/close`, {}).expect(200);

    // issued documents: minutes, a certificate, a receipt, the capital statement
    const download = (p: string) => binary(api.http.get(`/v1/orgs/${org.slug}/${p}`).set(org.admin.auth)).expect(200);
    minutes = (await download(`resolutions/${resolutionId}/minutes.pdf`)).body as Buffer;
    await download(`members/${members[0].id}/certificate.pdf`);
    await download(`subscriptions/${pending.body.id}/receipt.pdf`);
    await download('capital.pdf');
    documents = await api.db.query(
      `SELECT number, verification_code, sha256, storage_key FROM documents WHERE organization_id = $1 ORDER BY number`,
      [org.id],
    );
    before = await figuresOf(api.http);
  });

  afterAll(async () => {
    await restored?.close();
    await api?.close();
    for (const dir of [documentsDir, backupsDir, path.dirname(restoredDocumentsDir)])
      if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('backs up the database and the documents into one dated directory, and prints its path without secrets', () => {
    const out = execFileSync('bash', ['scripts/backup.sh', backupsDir], {
      cwd: root,
      env: { ...process.env, DATABASE_OWNER_URL: ownerUrlOf(process.env.DATABASE_URL!), DOCUMENTS_DIR: documentsDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    }).toString();
    backup = out.trim();
    expect(path.dirname(backup)).toBe(backupsDir);
    expect(path.basename(backup)).toMatch(/^socius-backup-\d{8}T\d{6}Z$/);
    const info = readFileSync(path.join(backup, 'INFO'), 'utf8');
    expect(info).toContain(`documents=${documents.length}`);
    // the URL, with or without its password, is neither printed nor kept
    for (const text of [out, info]) expect(text).not.toMatch(/postgres(ql)?:\/\//);
  });

  it('restores into a new database and documents directory, the application role granted its rights', async () => {
    const owner = splitPassword(ownerDatabaseUrl(restoredName));
    const appRole = decodeURIComponent(new URL(databaseUrl(restoredName)).username);
    const run = (documents = restoredDocumentsDir) =>
      spawnSync('bash', ['scripts/restore.sh', '--app-role', appRole, backup, owner.url, documents], {
        cwd: root,
        env: { ...process.env, PGPASSWORD: owner.password },
        encoding: 'utf8',
      });
    const first = run();
    expect(first.stderr).toContain("granting the application's role");
    expect(first.status).toBe(0);
    expect(first.stderr + first.stdout).not.toContain(owner.password ? `:${owner.password}@` : 'postgres://');
    // never over documents already there
    const again = run();
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/is not empty: restore the documents into a new directory/);
    // nor over a database that holds tables
    const overDatabase = run(path.join(path.dirname(restoredDocumentsDir), 'other'));
    expect(overDatabase.status).toBe(1);
    expect(overDatabase.stderr).toMatch(/already holds tables: restore into a new one/);

    Object.assign(process.env, {
      DATABASE_URL: databaseUrl(restoredName),
      DATABASE_OWNER_URL: ownerDatabaseUrl(restoredName),
      DOCUMENTS_DIR: restoredDocumentsDir,
      QUEUE_PREFIX: `socius-test-${randomBytes(4).toString('hex')}`,
    });
    const app = await createApiApp({ logger: false });
    restored = { http: request(app.getHttpServer()), db: app.get(DataSource), close: () => app.close() };
    // the API's role reads and adds, and may not change the ledger, as after a migration
    if (separateRoles()) expect(await ledgerOverreach(restored.db)).toEqual([]);
  });

  it('finds the ledger valid and every figure equal on the restored copy', async () => {
    const after = await figuresOf(restored!.http);
    expect(after).toEqual(before);
    expect(after.verify).toEqual(expect.objectContaining({ valid: true }));
    expect(after.results).toEqual(
      expect.objectContaining({ outcome: 'adopted', counts: { for: 2, against: 1, abstain: 0 } }),
    );
  });

  it('keeps every issued document verifiable, by its code and by its stored bytes', async () => {
    expect(documents.length).toBe(4);
    for (const d of documents) {
      const bytes = readFileSync(path.join(restoredDocumentsDir, d.storage_key));
      expect(sha256(bytes)).toBe(d.sha256);
      const res = await restored!.http
        .post('/v1/verify')
        .set('Content-Type', 'application/pdf')
        .send(bytes)
        .expect(200);
      expect(res.body).toEqual(
        expect.objectContaining({ valid: true, document: expect.objectContaining({ number: d.number }) }),
      );
      expect((await restored!.http.get(`/v1/verify/${d.verification_code}`).expect(200)).body.valid).toBe(true);
    }
    // the minutes are served from the restored file, not drawn anew
    const again = await binary(
      restored!.http.get(`/v1/orgs/${org.slug}/resolutions/${resolutionId}/minutes.pdf`).set(org.admin.auth),
    ).expect(200);
    expect(Buffer.compare(again.body as Buffer, minutes)).toBe(0);
  });

  it('goes on from where the backup left off: a new payment extends the same chain', async () => {
    const post = (p: string, body: object) =>
      restored!.http.post(`/v1/orgs/${org.slug}/${p}`).set(org.admin.auth).send(body);
    const sub = await post('subscriptions', {
      memberId: members[1].id,
      shareClassCode: 'A',
      quantity: 1,
      subscribedOn: '2026-03-01',
    }).expect(201);
    await post(`subscriptions/${sub.body.id}/approve`, { decidedOn: '2026-03-02' }).expect(200);
    await post(`subscriptions/${sub.body.id}/payments`, {
      amountCents: 1000,
      paidOn: '2026-03-03',
      method: 'transfer',
    }).expect(201);
    const verify = (await restored!.http.get(`/v1/orgs/${org.slug}/ledger/verify`).set(org.admin.auth).expect(200))
      .body;
    expect(verify.valid).toBe(true);
  });
});
