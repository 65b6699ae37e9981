import type { ChildProcess } from 'node:child_process';
import { createCoop, startApi, TestApi, TestOrg } from '../support/app';
import { kill9, spawnWorker, startTolerantSmtp } from '../support/private-services';
import { waitFor } from '../support/smtp';

const SHAREHOLDERS = 600;
const IMPORT_ROWS = 20_000;
/** e-mails the annual certificates job has in flight at once (MAILS_IN_FLIGHT × CHUNKS_IN_FLIGHT) */
const IN_FLIGHT = 16;
/** a dead worker's job is taken over within two of these (BullMQ's lock, 30 s in production) */
const JOB_LOCK_MS = '4000';

/**
 * The worker process is killed (SIGKILL: no shutdown hook, nothing closed) in the middle of a
 * batch, and a new one started: the batch is taken over and finishes with every result exactly
 * once. (Convocations: test/reliability/convocations-worker-killed.e2e-spec.ts.)
 */
describe('reliability: a worker killed in the middle of a batch', () => {
  let api: TestApi;
  let smtp: Awaited<ReturnType<typeof startTolerantSmtp>>;
  let worker: ChildProcess;
  const startWorker = () => spawnWorker({ SMTP_URL: smtp.url, JOB_LOCK_MS });

  beforeAll(async () => {
    smtp = await startTolerantSmtp();
    api = await startApi({ SMTP_URL: smtp.url });
    worker = await startWorker();
  }, 180_000);
  afterAll(async () => {
    if (worker) await kill9(worker);
    await api?.close();
    await smtp?.close();
  });

  const job = async (org: TestOrg, id: string) =>
    (await api.http.get(`/v1/orgs/${org.slug}/jobs/${id}`).set(org.admin.auth).expect(200)).body;
  const completed = async (org: TestOrg, id: string) => {
    let last: Record<string, unknown> = {};
    return waitFor(
      async () => {
        const j = (last = await job(org, id));
        if (j.status === 'failed') throw new Error(`job failed: ${j.error}`);
        return j.status === 'completed' ? j : undefined;
      },
      100_000,
      'the job to complete after the restart',
    ).catch((error: Error) => {
      throw new Error(`${error.message}; the job: ${JSON.stringify(last)}`);
    });
  };
  /** SIGKILL now, and a new worker (which takes the job over once the dead one's lock lapses). */
  const killAndReplace = async () => {
    await kill9(worker);
    worker = await startWorker();
  };

  it('annual certificates: every shareholder gets one certificate, numbered without a gap, and one e-mail', async () => {
    const org = await createCoop(api, [{ code: 'A', nominalCents: 1000 }]);
    await api.db.query(
      `INSERT INTO members (organization_id, kind, first_name, last_name, email, e_consent, status, membership_number, admitted_on, sort_name, external_ref)
       SELECT $1, 'person', 'Membre', 'N' || g, 'holder' || g || '@crash.example.coop', true, 'active', g, '2026-01-02', 'n' || lpad(g::text, 6, '0'), 'H' || g
         FROM generate_series(1, $2::int) AS g`,
      [org.id, SHAREHOLDERS],
    );
    const register = ['externalRef;shareClassCode;quantity'];
    for (let g = 1; g <= SHAREHOLDERS; g++) register.push(`H${g};A;${1 + (g % 5)}`);
    const capital = register.slice(1).reduce((sum, line) => sum + Number(line.split(';')[2]) * 1000, 0);
    await api.http
      .post(`/v1/orgs/${org.slug}/share-register/opening?openedOn=2026-01-02&declaredCapitalCents=${capital}`)
      .set(org.admin.auth)
      .set('Content-Type', 'text/csv')
      .send(register.join('\n'))
      .expect(201);

    const started = await api.http
      .post(`/v1/orgs/${org.slug}/documents/annual-certificates`)
      .set(org.admin.auth)
      .send({ at: '2026-06-30' })
      .expect(202);
    const jobId: string = started.body.jobId;
    await waitFor(() => smtp.mails.length >= SHAREHOLDERS / 4, 60_000, 'a quarter of the e-mails');
    await killAndReplace();
    const atKill = smtp.mails.length;
    expect(atKill).toBeLessThan(SHAREHOLDERS);

    const done = await completed(org, jobId);
    expect(done).toEqual(
      expect.objectContaining({ progress: 100, result: expect.objectContaining({ members: SHAREHOLDERS }) }),
    );
    await new Promise((r) => setTimeout(r, 500)); // nothing late still arriving

    const certificates = await api.db.query(
      `SELECT subject_id, number FROM documents WHERE organization_id = $1 AND kind = 'share_certificate'`,
      [org.id],
    );
    expect(certificates).toHaveLength(SHAREHOLDERS);
    expect(new Set(certificates.map((c: { subject_id: string }) => c.subject_id)).size).toBe(SHAREHOLDERS);
    // numbers handed out before the kill and not yet registered were completed, none wasted
    const numbers = certificates.map((c: { number: string }) => Number(/(\d+)$/.exec(c.number)![1]));
    expect(Math.max(...numbers)).toBe(SHAREHOLDERS);
    expect(new Set(numbers).size).toBe(SHAREHOLDERS);

    const ids = smtp.mails.map((m) => m.messageId);
    const duplicates = ids.length - new Set(ids).size;
    console.log(
      `worker-crash, certificates: ${atKill} e-mails before SIGKILL, ${ids.length} in all, ${new Set(ids).size} distinct, ` +
        `${duplicates} sent twice (accepted by SMTP, not yet marked sent at the kill)`,
    );
    expect(new Set(ids).size).toBe(SHAREHOLDERS);
    expect(new Set(smtp.mails.map((m) => m.to)).size).toBe(SHAREHOLDERS);
    expect(duplicates).toBeLessThanOrEqual(IN_FLIGHT);
    const [deliveries] = await api.db.query(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE status = 'sent')::int AS sent FROM deliveries WHERE organization_id = $1 AND purpose LIKE 'annual-certificate:2026:%'`,
      [org.id],
    );
    expect(deliveries).toEqual({ n: SHAREHOLDERS, sent: SHAREHOLDERS });
  }, 300_000);

  it('members import: the import is done again from the start, and every row is a member exactly once', async () => {
    const org = await createCoop(api);
    const csv = ['externalRef;kind;firstName;lastName;companyName;email;collegeCode'];
    for (let i = 0; i < IMPORT_ROWS; i++) csv.push(`R${i};person;Prénom${i};Nom${i};;r${i}@import.example.coop;`);
    const started = await api.http
      .post(`/v1/orgs/${org.slug}/members/import?async=true`)
      .set(org.admin.auth)
      .set('Content-Type', 'text/csv')
      .send(Buffer.from(csv.join('\n'), 'utf8'))
      .expect(202);
    const jobId: string = started.body.jobId;
    const midway = await waitFor(
      async () => {
        const j = await job(org, jobId);
        if (j.status === 'completed') throw new Error('the import ended before the kill: make it larger');
        return (j.progressDetail?.rowsDone ?? 0) >= IMPORT_ROWS / 10 ? j : undefined;
      },
      60_000,
      'the import to be a tenth through',
    );
    await killAndReplace();
    // the import writes in one transaction: the dead worker's rows were rolled back with it
    const [left] = await api.db.query(`SELECT count(*)::int AS n FROM members WHERE organization_id = $1`, [org.id]);
    expect(left.n).toBe(0);

    const done = await completed(org, jobId);
    console.log(
      `worker-crash, import: SIGKILL after ${midway.progressDetail.rowsDone} of ${IMPORT_ROWS} rows; completed`,
    );
    expect(done).toEqual(
      expect.objectContaining({ result: { total: IMPORT_ROWS, created: IMPORT_ROWS, updated: 0, unchanged: 0 } }),
    );
    // one import committed: one audit entry for it
    const [audits] = await api.db.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE organization_id = $1 AND action = 'members.imported'`,
      [org.id],
    );
    expect(audits.n).toBe(1);
    const [members] = await api.db.query(
      `SELECT count(*)::int AS n, count(DISTINCT external_ref)::int AS refs FROM members WHERE organization_id = $1`,
      [org.id],
    );
    expect(members).toEqual({ n: IMPORT_ROWS, refs: IMPORT_ROWS });
    const [upload] = await api.db.query(`SELECT status FROM staged_uploads WHERE outbox_id = $1`, [jobId]);
    expect(upload.status).toBe('consumed');
  }, 300_000);
});
