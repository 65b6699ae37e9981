import { INestApplicationContext } from '@nestjs/common';
import {
  JobContext,
  JobHandlerRegistry,
  JobSchedules,
  STAGED_UPLOADS_CLEANUP_JOB,
  StagedUploadsService,
} from '@socius/jobs';
import { request as httpRequest } from 'node:http';
import { Readable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { admittedMember, createOrg, expectProblem, startApi, startWorker, TestApi, TestOrg } from '../support/app';
import { waitFor } from '../support/smtp';

/** Past this many bytes an import runs as a job (5 MB in production; small here so a few thousand rows cross it). */
const SYNC_MAX = 64 * 1024;
const HEADER = 'externalRef;kind;firstName;lastName;companyName;email;collegeCode';

function membersCsv(rows: number, prefix = 'R'): string {
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) lines.push(`${prefix}${i};person;Prénom${i};Nom${i};;p${i}@example.coop;`);
  return lines.join('\n');
}

describe('large imports as background jobs', () => {
  let api: TestApi;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    api = await startApi({ IMPORT_SYNC_MAX_BYTES: String(SYNC_MAX) });
    worker = await startWorker({ RUN_OUTBOX_RELAY: 'true' });
  });
  afterAll(async () => {
    await worker?.close();
    await api.close();
  });

  const importCsv = (org: TestOrg, csv: string, query = '') =>
    api.http
      .post(`/v1/orgs/${org.slug}/members/import${query}`)
      .set(org.admin.auth)
      .set('Content-Type', 'text/csv')
      .send(Buffer.from(csv, 'utf8'));
  const job = (org: TestOrg, id: string) => api.http.get(`/v1/orgs/${org.slug}/jobs/${id}`).set(org.admin.auth);
  const finished = (org: TestOrg, id: string) =>
    waitFor(
      async () => {
        const res = await job(org, id).expect(200);
        return ['completed', 'failed'].includes(res.body.status) ? res.body : undefined;
      },
      30_000,
      `job ${id} to finish`,
    );
  const memberCount = async (org: TestOrg) =>
    (await api.db.query(`SELECT count(*)::int AS n FROM members WHERE organization_id = $1`, [org.id]))[0].n;
  const importAudits = async (org: TestOrg) =>
    (
      await api.db.query(
        `SELECT count(*)::int AS n FROM audit_log WHERE organization_id = $1 AND action = 'members.imported'`,
        [org.id],
      )
    )[0].n;

  it('imports a file over the threshold as a job: 202 with Location, then completed with counts and progress 100', async () => {
    const org = await createOrg(api);
    const csv = membersCsv(3000);
    expect(Buffer.byteLength(csv)).toBeGreaterThan(SYNC_MAX);
    const res = await importCsv(org, csv).expect(202);
    expect(res.body).toEqual(expect.objectContaining({ jobId: expect.any(String), status: 'pending' }));
    expect(res.headers.location).toBe(`/v1/orgs/${org.slug}/jobs/${res.body.jobId}`);

    const done = await finished(org, res.body.jobId);
    expect(done).toEqual(
      expect.objectContaining({
        name: 'members.import',
        status: 'completed',
        progress: 100,
        attempts: 1,
        error: null,
        result: { total: 3000, created: 3000, updated: 0, unchanged: 0 },
        progressDetail: { rowsDone: 3000, bytesDone: Buffer.byteLength(csv), bytesTotal: Buffer.byteLength(csv) },
      }),
    );
    expect(await memberCount(org)).toBe(3000);
    const found = await api.http.get(`/v1/orgs/${org.slug}/members?search=Nom2999`).set(org.admin.auth).expect(200);
    expect(found.body.items[0]).toEqual(
      expect.objectContaining({ externalRef: 'R2999', firstName: 'Prénom2999', status: 'applicant' }),
    );
    // the audit names who sent the file, not the worker alone
    const [audit] = await api.db.query(
      `SELECT actor_user_id FROM audit_log WHERE organization_id = $1 AND action = 'members.imported'`,
      [org.id],
    );
    expect(audit.actor_user_id).toBe(org.admin.id);
    // the staged file went with the import's commit; the upload row keeps the outcome for retries
    const [upload] = await api.db.query(`SELECT id, status, chunks FROM staged_uploads WHERE outbox_id = $1`, [
      res.body.jobId,
    ]);
    expect(upload).toEqual(expect.objectContaining({ status: 'consumed' }));
    expect(upload.chunks).toBeGreaterThan(0);
    expect(
      (await api.db.query(`SELECT count(*)::int AS n FROM staged_upload_chunks WHERE upload_id = $1`, [upload.id]))[0]
        .n,
    ).toBe(0);

    // the same job run again (a retry after a crash past the commit) imports nothing twice
    const handler = worker.get(JobHandlerRegistry).get('members.import')!;
    const ctx: JobContext = {
      outboxId: res.body.jobId,
      organizationId: org.id,
      attempt: 2,
      progress: async () => undefined,
    };
    expect(await handler({ uploadId: upload.id }, ctx)).toEqual({
      total: 3000,
      created: 3000,
      updated: 0,
      unchanged: 0,
    });
    expect(await memberCount(org)).toBe(3000);
    expect(await importAudits(org)).toBe(1);
  });

  it('keeps small files in the request, and runs them as jobs when asked by ?async=true or Prefer: respond-async', async () => {
    const org = await createOrg(api);
    const small = await importCsv(org, membersCsv(3, 'S')).expect(200);
    expect(small.body).toEqual({ total: 3, created: 3, updated: 0, unchanged: 0 });

    const asked = await importCsv(org, membersCsv(3, 'S'), '?async=true').expect(202);
    expect((await finished(org, asked.body.jobId)).result).toEqual({ total: 3, created: 0, updated: 0, unchanged: 3 });

    const preferred = await api.http
      .post(`/v1/orgs/${org.slug}/members/import`)
      .set(org.admin.auth)
      .set('Content-Type', 'text/csv')
      .set('Prefer', 'wait=10, respond-async')
      .send(Buffer.from(membersCsv(4, 'S'), 'utf8'))
      .expect(202);
    expect(preferred.headers['preference-applied']).toBe('respond-async');
    expect((await finished(org, preferred.body.jobId)).result).toEqual({
      total: 4,
      created: 1,
      updated: 0,
      unchanged: 3,
    });

    // ?async=false keeps a large file in the request
    const forced = await importCsv(org, membersCsv(3000, 'F'), '?async=false').expect(200);
    expect(forced.body.created).toBe(3000);

    expectProblem(await importCsv(org, membersCsv(1, 'S'), '?async=maybe'), 400, 'async');
    expectProblem(
      await api.http.post(`/v1/orgs/${org.slug}/members/import?async=true`).set(org.admin.auth).send({ rows: [] }),
      415,
    );
  });

  it('switches a chunked upload (no Content-Length) to a job once it passes the threshold', async () => {
    const org = await createOrg(api);
    const server = api.app.getHttpServer();
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const send = (csv: string) =>
      new Promise<{ status: number; body: Record<string, unknown> }>((resolve, reject) => {
        const req = httpRequest(
          {
            host: '127.0.0.1',
            port,
            method: 'POST',
            path: `/v1/orgs/${org.slug}/members/import`,
            headers: { ...org.admin.auth, 'Content-Type': 'text/csv', 'Transfer-Encoding': 'chunked' },
          },
          (res) => {
            let text = '';
            res.on('data', (c) => (text += c));
            res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
          },
        );
        req.on('error', reject);
        const bytes = Buffer.from(csv, 'utf8');
        for (let i = 0; i < bytes.length; i += 16 * 1024) req.write(bytes.subarray(i, i + 16 * 1024));
        req.end();
      });
    const small = await send(membersCsv(10, 'C'));
    expect(small).toEqual({ status: 200, body: { total: 10, created: 10, updated: 0, unchanged: 0 } });
    const large = await send(membersCsv(2500, 'C'));
    expect(large.status).toBe(202);
    const done = await finished(org, String(large.body.jobId));
    expect(done.result).toEqual({ total: 2500, created: 2490, updated: 0, unchanged: 10 });
    expect(await memberCount(org)).toBe(2500);
  });

  it('fails the job with every bad row and field, as the request would answer, and imports nothing', async () => {
    const org = await createOrg(api);
    const lines = membersCsv(3000).split('\n');
    lines[3] = 'B2;robot;;;;;'; // line 4
    lines[1500] = 'B3;person;No;Mail;;not-an-email;'; // line 1501
    lines[2999] = 'R0;person;Dup;Licate;;;'; // line 3000
    const res = await importCsv(org, lines.join('\n')).expect(202);
    const failed = await finished(org, res.body.jobId);
    expect(failed).toEqual(
      expect.objectContaining({
        status: 'failed',
        attempts: 1,
        error: expect.stringMatching(/error\(s\) in the file: nothing was imported/),
      }),
    );
    expect(failed.result.problem).toEqual(expect.objectContaining({ type: '/problems/validation-error', status: 400 }));
    expect(failed.result.problem.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 4, field: 'kind' }),
        expect.objectContaining({ row: 1501, field: 'email' }),
        expect.objectContaining({ row: 3000, field: 'externalRef', message: 'appears already on line 2' }),
      ]),
    );
    expect(new Set(failed.result.problem.errors.map((e: { row: number }) => e.row))).toEqual(new Set([4, 1501, 3000]));
    expect(await memberCount(org)).toBe(0);
    // refused for good: the staged file is gone, and a rerun answers the same refusal
    const [upload] = await api.db.query(`SELECT id, status FROM staged_uploads WHERE outbox_id = $1`, [res.body.jobId]);
    expect(upload.status).toBe('rejected');
    expect(
      (await api.db.query(`SELECT count(*)::int AS n FROM staged_upload_chunks WHERE upload_id = $1`, [upload.id]))[0]
        .n,
    ).toBe(0);
    const handler = worker.get(JobHandlerRegistry).get('members.import')!;
    await expect(
      handler(
        { uploadId: upload.id },
        { outboxId: res.body.jobId, organizationId: org.id, attempt: 2, progress: async () => undefined },
      ),
    ).rejects.toThrow(/nothing was imported/);
  });

  it('imports once when two runs of the same job overlap (a stalled job handed out again)', async () => {
    const org = await createOrg(api);
    const uploads = api.app.get(StagedUploadsService);
    // staged for a job name no handler claims, so that only this test runs the import
    const { jobId, uploadId } = await uploads.stage(
      { organizationId: org.id, requestedBy: org.admin.id, kind: 'members', jobName: 'test.nobody' },
      Readable.from([Buffer.from(membersCsv(2000, 'T'), 'utf8')]),
    );
    const handler = worker.get(JobHandlerRegistry).get('members.import')!;
    const progress: number[] = [];
    const ctx = (attempt: number): JobContext => ({
      outboxId: jobId,
      organizationId: org.id,
      attempt,
      progress: async (p) => void progress.push(p),
    });
    const results = await Promise.all([handler({ uploadId }, ctx(1)), handler({ uploadId }, ctx(2))]);
    expect(results).toEqual([
      { total: 2000, created: 2000, updated: 0, unchanged: 0 },
      { total: 2000, created: 2000, updated: 0, unchanged: 0 },
    ]);
    expect(await memberCount(org)).toBe(2000);
    expect(await importAudits(org)).toBe(1);
    expect(progress).toContain(100);
  });

  it('opens the share register from a staged file, and fails with the totals when it does not add up', async () => {
    const org = await createOrg(api);
    await api.http
      .post(`/v1/orgs/${org.slug}/share-classes`)
      .set(org.admin.auth)
      .send({ code: 'A', name: 'Parts A', nominalCents: 10000, minPerMember: 1 })
      .expect(201);
    await admittedMember(api, org, { externalRef: 'OLD-1' });
    await admittedMember(api, org, { externalRef: 'OLD-2' });
    const open = (csv: string, declared: number) =>
      api.http
        .post(
          `/v1/orgs/${org.slug}/share-register/opening?openedOn=2025-01-01&declaredCapitalCents=${declared}&async=true`,
        )
        .set(org.admin.auth)
        .set('Content-Type', 'text/csv')
        .send(csv);
    const csv = 'externalRef;shareClassCode;quantity\nOLD-1;A;12\nOLD-2;A;3\n';

    const mismatch = await open(csv, 160000).expect(202);
    expect(mismatch.headers.location).toBe(`/v1/orgs/${org.slug}/jobs/${mismatch.body.jobId}`);
    const refused = await finished(org, mismatch.body.jobId);
    expect(refused.status).toBe('failed');
    expect(refused.result.problem).toEqual(
      expect.objectContaining({
        type: '/problems/opening-capital-mismatch',
        status: 422,
        computedCapitalCents: 150000,
        differenceCents: -10000,
      }),
    );

    const ok = await open(csv, 150000).expect(202);
    const done = await finished(org, ok.body.jobId);
    expect(done).toEqual(
      expect.objectContaining({
        status: 'completed',
        progress: 100,
        result: { openedOn: '2025-01-01', members: 2, movements: 2, capitalCents: 150000 },
      }),
    );
    const capital = await api.http.get(`/v1/orgs/${org.slug}/capital?at=2025-01-01`).set(org.admin.auth).expect(200);
    expect(capital.body.totalCents).toBe(150000);
    // a retry of the completed job answers its result instead of "the register is not empty"
    const [upload] = await api.db.query(`SELECT id FROM staged_uploads WHERE outbox_id = $1`, [ok.body.jobId]);
    const handler = worker.get(JobHandlerRegistry).get('shares.register-opening')!;
    expect(
      await handler(
        { uploadId: upload.id },
        { outboxId: ok.body.jobId, organizationId: org.id, attempt: 2, progress: async () => undefined },
      ),
    ).toEqual(done.result);

    expectProblem(
      await api.http
        .post(`/v1/orgs/${org.slug}/share-register/opening?openedOn=2025-13-01&declaredCapitalCents=1&async=true`)
        .set(org.admin.auth)
        .set('Content-Type', 'text/csv')
        .send(csv),
      400,
      'openedOn',
    );
  });

  it('shows a job to its organization only', async () => {
    const mine = await createOrg(api);
    const theirs = await createOrg(api);
    const res = await importCsv(mine, membersCsv(2, 'X'), '?async=true').expect(202);
    await finished(mine, res.body.jobId);
    expectProblem(await api.http.get(`/v1/orgs/${theirs.slug}/jobs/${res.body.jobId}`).set(theirs.admin.auth), 404);
    expectProblem(await api.http.get(`/v1/orgs/${mine.slug}/jobs/${res.body.jobId}`).set(theirs.admin.auth), 404);
    // and a job cannot import another organization's staged file
    const [upload] = await api.db.query(`SELECT id FROM staged_uploads WHERE outbox_id = $1`, [res.body.jobId]);
    const handler = worker.get(JobHandlerRegistry).get('members.import')!;
    await expect(
      handler(
        { uploadId: upload.id },
        { outboxId: res.body.jobId, organizationId: theirs.id, attempt: 1, progress: async () => undefined },
      ),
    ).rejects.toThrow(/no longer staged/);
    expect(await memberCount(theirs)).toBe(0);
  });

  it('deletes staged files no job consumed after the retention period, every night', async () => {
    const org = await createOrg(api);
    const uploads = api.app.get(StagedUploadsService);
    const fresh = await uploads.stage(
      { organizationId: org.id, requestedBy: null, kind: 'members', jobName: 'test.nobody' },
      Readable.from([Buffer.from(membersCsv(1), 'utf8')]),
    );
    const old = await uploads.stage(
      { organizationId: org.id, requestedBy: null, kind: 'members', jobName: 'test.nobody' },
      Readable.from([Buffer.from(membersCsv(1), 'utf8')]),
    );
    await api.db.query(`UPDATE staged_uploads SET created_at = now() - interval '8 days' WHERE id = $1`, [
      old.uploadId,
    ]);
    const { deleted } = await uploads.cleanup();
    expect(deleted).toBeGreaterThanOrEqual(1);
    const left = await api.db.query(`SELECT id FROM staged_uploads WHERE id = ANY($1::uuid[])`, [
      [fresh.uploadId, old.uploadId],
    ]);
    expect(left.map((r: { id: string }) => r.id)).toEqual([fresh.uploadId]);
    expect(
      (
        await api.db.query(`SELECT count(*)::int AS n FROM staged_upload_chunks WHERE upload_id = $1`, [old.uploadId])
      )[0].n,
    ).toBe(0);
    expect(worker.get(JobSchedules).get(STAGED_UPLOADS_CLEANUP_JOB)).toEqual(
      expect.objectContaining({ pattern: '20 3 * * *', tz: 'Europe/Paris' }),
    );
  });
});
