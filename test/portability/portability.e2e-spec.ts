import { INestApplicationContext } from '@nestjs/common';
import { CARRIED_TABLES, LEFT_OUT_TABLES, writeZip } from '@socius/portability';
import { strFromU8, unzipSync } from 'fflate';
import { createHash } from 'node:crypto';
import { createOrg, expectProblem, startApi, startWorker, TestApi, TestOrg } from '../support/app';
import { fuzzCoop } from '../support/fuzz-coop';
import { waitFor } from '../support/smtp';

/**
 * An organization exported and imported into an empty one of the same database (a second
 * instance runs the same code): every figure the same, the chain valid; a tampered file refused
 * with nothing written; and the members' references on other platforms.
 */
describe('portable data', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let source: TestOrg;
  let zip: Buffer;
  let memberIds: string[];

  const as = (org: TestOrg) => ({
    get: (path: string) => api.http.get(`/v1/orgs/${org.slug}/${path}`).set(org.admin.auth),
    post: (path: string, body: object = {}) =>
      api.http.post(`/v1/orgs/${org.slug}/${path}`).set(org.admin.auth).send(body),
  });
  const finished = (org: TestOrg, id: string) =>
    waitFor(
      async () => {
        const res = await as(org).get(`jobs/${id}`).expect(200);
        return ['completed', 'failed'].includes(res.body.status) ? res.body : undefined;
      },
      30_000,
      `job ${id}`,
    ).catch(async (error) => {
      const res = await as(org).get(`jobs/${id}`);
      throw new Error(`${error.message}: ${JSON.stringify(res.body)}`);
    });
  const importZip = async (org: TestOrg, file: Buffer) => {
    const res = await api.http
      .post(`/v1/orgs/${org.slug}/import`)
      .set(org.admin.auth)
      .set('Content-Type', 'application/zip')
      .send(file);
    if (res.status !== 202) return res;
    return { status: 202, body: await finished(org, res.body.jobId) };
  };
  const rowsOf = async (org: TestOrg) =>
    (
      await api.db.query(
        `SELECT (SELECT count(*) FROM members WHERE organization_id = $1)::int +
                (SELECT count(*) FROM ledger_movements WHERE organization_id = $1)::int AS n`,
        [org.id],
      )
    )[0].n;

  beforeAll(async () => {
    api = await startApi();
    worker = await startWorker({ RUN_OUTBOX_RELAY: 'true' });
    const coop = await fuzzCoop(api);
    source = coop.org;
    memberIds = coop.values.members as string[];
    const [open] = coop.values.resolutions as string[];
    // one ballot, then the close: the results travel on the resolution
    const voter = coop.callers.find((c) => c.name === 'member')!;
    await api.http
      .post(`/v1/orgs/${source.slug}/resolutions/${open}/ballots`)
      .set(voter.headers)
      .send({ choice: 'for' })
      .expect(201);
    await as(source).post(`resolutions/${open}/close`).expect(200);
    const [transfer] = coop.values.transfers as string[];
    await as(source).post(`transfers/${transfer}/approve`, { decisionRef: 'CA du 2 février' }).expect(200);
    await api.http
      .put(`/v1/orgs/${source.slug}/members/${memberIds[0]}/external-refs/helloasso`)
      .set(source.admin.auth)
      .send({ externalId: 'ha-42' })
      .expect(200);
  }, 60_000);
  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  it('classifies every table of an organization’s data as carried or left out', async () => {
    const tables: { table_name: string }[] = await api.db.query(
      `SELECT DISTINCT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'organization_id'`,
    );
    const known = new Set([...CARRIED_TABLES.map((t) => t.name), ...Object.keys(LEFT_OUT_TABLES)]);
    expect(tables.map((t) => t.table_name).filter((t) => !known.has(t))).toEqual([]);
  });

  it('exports a zip that an empty organization imports with every figure the same', async () => {
    const started = await as(source).post('export').expect(202);
    const job = await finished(source, started.body.jobId);
    expect(job.status).toBe('completed');
    const download = await api.http
      .get(job.result.download)
      .set(source.admin.auth)
      .buffer(true)
      .parse((res, done) => {
        const parts: Buffer[] = [];
        res.on('data', (c: Buffer) => parts.push(c));
        res.on('end', () => done(null, Buffer.concat(parts)));
      })
      .expect(200)
      .expect('Content-Type', 'application/zip');
    zip = download.body as Buffer;
    const files = unzipSync(zip);
    const manifest = JSON.parse(strFromU8(files['manifest.json']));
    expect(manifest.format).toBe('socius-portable/1');
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['schema.json', 'members.csv', 'ledger_movements.json']));
    for (const [name, meta] of Object.entries<{ sha256: string }>(manifest.files))
      expect(createHash('sha256').update(files[name]).digest('hex')).toBe(meta.sha256);
    expect(manifest.ledger.length).toBeGreaterThan(3);
    expect(JSON.parse(strFromU8(files['member_external_refs.json']))).toEqual([
      expect.objectContaining({ platform: 'helloasso', external_id: 'ha-42' }),
    ]);
    // nothing bound to this instance
    expect(Object.keys(files).filter((n) => /ballots|api_tokens|webhook|organization_users|audit/.test(n))).toEqual([]);

    const target = await createOrg(api, undefined, { legalForm: 'SCOP_SA' });
    const imported = await importZip(target, zip);
    expect(imported.status).toBe(202);
    expect(imported.body).toMatchObject({ status: 'completed' });
    expect(imported.body.result.ledger.sourceHead).toEqual(manifest.ledger.head);

    const verify = await as(target).get('ledger/verify').expect(200);
    expect(verify.body).toMatchObject({ valid: true, movements: manifest.ledger.length });

    const same = async (path: string, strip: (body: any) => unknown = (b) => b) => {
      const [a, b] = await Promise.all([as(source).get(path).expect(200), as(target).get(path).expect(200)]);
      expect(strip(b.body)).toEqual(strip(a.body));
    };
    const withoutIds = (value: unknown): unknown =>
      JSON.parse(JSON.stringify(value), (k, v) =>
        [
          'id',
          'memberId',
          'campaignId',
          'assemblyId',
          'hash',
          'previousHash',
          'lastHash',
          'operationId',
          'shareClassId',
          'collegeId',
        ].includes(k)
          ? undefined
          : v,
      );
    await same('capital', withoutIds);
    await same('members?limit=100', withoutIds);
    await same('ledger?limit=200', withoutIds);
    await same('campaigns', withoutIds);
    await same('fiscal-years', withoutIds);
    const [closed] = await resolutionsOf(source);
    const targetClosed = await resolutionsOf(target);
    const results = async (org: TestOrg, id: string) =>
      withoutIds((await as(org).get(`resolutions/${id}/results`).expect(200)).body);
    expect(await results(target, targetClosed[0])).toEqual(await results(source, closed));

    // holdings, member by member (by membership number)
    const byNumber = async (org: TestOrg) => {
      const list = (await as(org).get('members?limit=100').expect(200)).body.items;
      const out: Record<string, unknown> = {};
      for (const m of list)
        out[m.membershipNumber ?? m.lastName] = withoutIds(
          (await as(org).get(`members/${m.id}/holdings`).expect(200)).body,
        );
      return out;
    };
    expect(await byNumber(target)).toEqual(await byNumber(source));

    // the external reference came along, and finds the imported member
    const found = await as(target).get('external-refs/helloasso/ha-42').expect(200);
    expect((await as(target).get(`members/${found.body.memberId}`).expect(200)).body.externalRefs).toEqual([
      expect.objectContaining({ platform: 'helloasso', externalId: 'ha-42' }),
    ]);

    // the import is in the target's history
    const audit = await api.db.query(
      `SELECT action FROM audit_log WHERE organization_id = $1 AND action = 'organization.imported'`,
      [target.id],
    );
    expect(audit).toHaveLength(1);

    // a second import into what is no longer empty
    const again = await importZip(target, zip);
    expectProblem(again as never, 409);
    expect(again.body.type).toMatch(/organization-not-empty$/);
  }, 60_000);

  async function resolutionsOf(org: TestOrg): Promise<string[]> {
    const rows = await api.db.query(
      `SELECT id FROM resolutions WHERE organization_id = $1 AND status = 'closed' ORDER BY number, title`,
      [org.id],
    );
    return rows.map((r: { id: string }) => r.id);
  }

  it('refuses a tampered zip before writing anything', async () => {
    const files = unzipSync(zip);
    const manifest = JSON.parse(strFromU8(files['manifest.json']));
    const rebuild = (changes: Record<string, Buffer>, fixChecksums: boolean) => {
      const all: Record<string, Buffer> = {
        ...Object.fromEntries(Object.entries(files).map(([k, v]) => [k, Buffer.from(v)])),
        ...changes,
      };
      if (fixChecksums) {
        const m = JSON.parse(JSON.stringify(manifest));
        for (const name of Object.keys(changes))
          m.files[name] = {
            ...m.files[name],
            sha256: createHash('sha256').update(changes[name]).digest('hex'),
            bytes: changes[name].length,
          };
        all['manifest.json'] = Buffer.from(JSON.stringify(m));
      }
      return writeZip(Object.entries(all));
    };
    const ledger = JSON.parse(strFromU8(files['ledger_movements.json']));
    ledger[2].quantity = ledger[2].quantity + 1;
    const altered = Buffer.from(JSON.stringify(ledger));

    const target = await createOrg(api);
    // an altered row whose checksum was not updated
    const wrongChecksum = await importZip(target, rebuild({ 'ledger_movements.json': altered }, false));
    expect(wrongChecksum.body).toMatchObject({ status: 'failed' });
    expect(wrongChecksum.body.result.problem.errors[0].field).toBe('ledger_movements.json');
    // an altered row with its checksum updated: the chain gives it away
    const brokenChain = await importZip(target, rebuild({ 'ledger_movements.json': altered }, true));
    expect(brokenChain.body).toMatchObject({ status: 'failed' });
    expect(brokenChain.body.result.problem.errors[0].field).toBe('ledger_movements.json[2]');
    // not a zip at all
    const garbage = await importZip(target, Buffer.from('PK\u0003\u0004 not really a zip'));
    expect(garbage.body).toMatchObject({ status: 'failed' });
    expect(await rowsOf(target)).toBe(0);
  }, 30_000);

  it('keeps one reference per platform and member, finds the member by it, and erases it with them', async () => {
    const [a, b] = memberIds.slice(1, 3);
    const put = (id: string, externalId: string) =>
      api.http
        .put(`/v1/orgs/${source.slug}/members/${id}/external-refs/brevo`)
        .set(source.admin.auth)
        .send({ externalId });
    await put(a, 'b-1').expect(200);
    expectProblem(await put(b, 'b-1'), 409, 'externalId');
    await put(a, 'b-2').expect(200);
    expect((await as(source).get('external-refs/brevo/b-2').expect(200)).body.memberId).toBe(a);
    await as(source).get('external-refs/brevo/b-1').expect(404);
    expectProblem(
      await api.http
        .put(`/v1/orgs/${source.slug}/members/${a}/external-refs/Not%20A%20Platform`)
        .set(source.admin.auth)
        .send({ externalId: 'x' }),
      400,
      'platform',
    );
    await api.http
      .delete(`/v1/orgs/${source.slug}/members/${a}/external-refs/brevo`)
      .set(source.admin.auth)
      .expect(204);
    await as(source).get('external-refs/brevo/b-2').expect(404);

    // erasure: the departed member's references go, and so do the organization's exports
    await put(b, 'b-3').expect(200);
    await api.db.query(`UPDATE members SET status = 'resigned', exit_on = '2000-01-01' WHERE id = $1`, [b]);
    await as(source).post(`members/${b}/erase`).expect(200);
    await as(source).get('external-refs/brevo/b-3').expect(404);
    const exports = await api.db.query(`SELECT count(*)::int AS n FROM portable_exports WHERE organization_id = $1`, [
      source.id,
    ]);
    expect(exports[0].n).toBe(0);
  }, 30_000);
});
