import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { Client } from 'pg';
import { insertVotingCodesForBench } from '../../bench/lib/bench-voting-codes';
import {
  CLUSTER_DIR,
  clusterDown,
  clusterEnv,
  clusterPid,
  clusterUp,
  RetryingClient,
  type Answer,
} from '../../bench/lib/cluster';
import { addShareholders, type LoadedOrg } from '../../bench/lib/shareholders';
import { GENESIS_HASH } from '../../libs/shares/src/ledger';

/**
 * The cluster of docs/deploy.md on one host (scripts/cluster.sh): nginx, two API replicas, two
 * workers, PgBouncer, a primary and a streaming replica, Redis, an S3 server. A burst of ballots and
 * payments goes through nginx while one API replica and one worker are killed; clients retry 502/503
 * with their Idempotency-Key, as real ones would. Every figure must then be exact.
 * CLUSTER_BALLOTS (10,000)  CLUSTER_PAYMENTS (1,000)  CLUSTER_CONCURRENCY (50)  CLUSTER_KILL_AT (0.3 of the burst)
 * SOCIUS_CLUSTER_BUILD=0 starts from dist/ as it is (default: npm run build first).
 */
const BALLOTS = Number(process.env.CLUSTER_BALLOTS ?? 10_000);
const PAYMENTS = Number(process.env.CLUSTER_PAYMENTS ?? 1_000);
const CONCURRENCY = Number(process.env.CLUSTER_CONCURRENCY ?? 50);
const KILL_AT = Number(process.env.CLUSTER_KILL_AT ?? 0.3);
const NOMINAL = 1000;
const CHOICES = ['for', 'against', 'abstain'] as const;

jest.setTimeout(60 * 60_000);

describe('Socius as a cluster on one host', () => {
  let base: URL;
  let http: RetryingClient;
  let pg: Client;
  let env: Record<string, string>;
  let token: string;
  let org: LoadedOrg;
  let memberIds: string[];
  const started = Date.now();
  const auth = () => ({ Authorization: `Bearer ${token}` });
  const orgPath = (p: string) => `/v1/orgs/${org.slug}/${p}`;

  beforeAll(async () => {
    base = new URL(await clusterUp());
    env = clusterEnv();
    http = new RetryingClient(base, CONCURRENCY + 8);
    pg = new Client({ connectionString: env.DATABASE_OWNER_URL });
    await pg.connect();

    const slug = `cluster-${Date.now().toString(36)}`;
    const email = `${slug}@cluster.test`;
    await http.json('POST', '/v1/auth/signup', { email, password: 'cluster-password-1', name: 'Cluster Admin' });
    await pg.query(`UPDATE users SET email_verified_at = now() WHERE email = $1`, [email]);
    token = (await http.json('POST', '/v1/auth/login', { email, password: 'cluster-password-1' })).accessToken;
    await http.json(
      'POST',
      '/v1/orgs',
      { name: 'Coop Cluster', slug, legalForm: 'SCIC_SAS', fiscalYearEnd: '12-31' },
      auth(),
    );
    const shareClass = { code: 'A', name: 'Parts A', nominalCents: NOMINAL, minPerMember: 1 };
    await http.json('POST', `/v1/orgs/${slug}/share-classes`, shareClass, auth());
    const [ids] = (
      await pg.query(
        `SELECT o.id AS org_id, c.id AS class_id FROM organizations o JOIN share_classes c ON c.organization_id = o.id WHERE o.slug = $1`,
        [slug],
      )
    ).rows;
    org = {
      token,
      slug,
      orgId: ids.org_id,
      classId: ids.class_id,
      nominalCents: NOMINAL,
      collegeIds: [],
      lastSequence: 0,
      lastHash: GENESIS_HASH,
      capitalCents: 0,
      highestCapitalCents: 0,
      lastNumber: 0,
    };
    // the electorate, loaded as the ledger would have recorded it (SQL COPY on the primary)
    memberIds = await addShareholders(
      pg,
      org,
      Math.max(BALLOTS, PAYMENTS),
      () => '2025-06-01',
      '2025-06-01T08:00:00.000Z',
      'C',
      () => 2,
    );
    await pg.query(`ANALYZE members, ledger_movements, holdings`);
  });

  afterAll(async () => {
    http?.close();
    await pg?.end();
    await clusterDown();
  });

  it('answers through nginx from both API replicas, with documents in the S3 server', async () => {
    expect(JSON.parse((await http.request('GET', '/health')).body).status).toBe('ok');
    const certificate = await http.request(
      'GET',
      orgPath(`members/${memberIds[0]}/certificate.pdf`),
      undefined,
      auth(),
    );
    expect(certificate.status).toBe(200);
    expect(certificate.body.startsWith('%PDF-')).toBe(true);
    const code = certificate.headers['x-verification-code'] as string;
    // each replica reads the document the other stored: the same number and code, from the bucket
    for (const port of [1, 2].map((i) => Number(base.port) + i)) {
      const direct = new RetryingClient(new URL(`http://127.0.0.1:${port}`));
      const again = await direct.request('GET', orgPath(`members/${memberIds[0]}/certificate.pdf`), undefined, auth());
      direct.close();
      expect(again.status).toBe(200);
      expect(again.headers['x-verification-code']).toBe(code);
    }
    const verified = JSON.parse((await http.request('GET', `/v1/verify/${code}`)).body);
    expect(verified).toEqual(expect.objectContaining({ valid: true }));
    const [{ storage_key: key }] = (
      await pg.query(`SELECT storage_key FROM documents WHERE verification_code = $1`, [code])
    ).rows;
    expect(filesUnder(path.join(CLUSTER_DIR, 's3', 'socius')).some((f) => f.includes(key))).toBe(true);
  });

  it('loses and doubles nothing while an API replica and a worker are killed mid-burst', async () => {
    const assembly = await http.json(
      'POST',
      orgPath('assemblies'),
      { title: 'AG permanente', kind: 'permanent', weighting: 'per_member', secret: true, maxProxiesPerHolder: 1 },
      auth(),
    );
    const resolution = await http.json(
      'POST',
      orgPath(`assemblies/${assembly.id}/resolutions`),
      {
        title: 'Approbation des comptes',
        text: 'Approuver les comptes.',
        majority: 'simple',
        quorumPercent: 25,
        opensAt: new Date(Date.now() + 3600_000).toISOString(),
        closesAt: new Date(Date.now() + 7200_000).toISOString(),
      },
      auth(),
    );
    const opened = await http.json('POST', orgPath(`resolutions/${resolution.id}/open`), {}, auth());
    expect(opened.eligibleCount).toBe(Math.max(BALLOTS, PAYMENTS));
    // the worker e-mails codes to members; a load test needs 10,000 in hand (bench/lib/bench-voting-codes.ts)
    const codes = await insertVotingCodesForBench(pg, org.orgId, assembly.id, memberIds.slice(0, BALLOTS));
    const [{ today }] = (await pg.query(`SELECT to_char(now() AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD') AS today`))
      .rows;

    const sent = { for: 0, against: 0, abstain: 0 };
    const stats = { requests: 0, retried: 0, replayed: 0, killedAt: -1 };
    const refused: string[] = [];
    const note = (what: string, answer: Answer, expected: number) => {
      stats.requests++;
      if (answer.attempts > 1) stats.retried++;
      if (answer.headers['idempotent-replayed'] === 'true') stats.replayed++;
      if (answer.status !== expected) refused.push(`${what} → ${answer.status} ${answer.body.slice(0, 200)}`);
    };
    const keyed = (extra: Record<string, string> = {}) => ({ 'Idempotency-Key': randomUUID(), ...extra });

    const ballot = async (i: number) => {
      const choice = CHOICES[i % 3];
      sent[choice]++;
      const answer = await http.request(
        'POST',
        orgPath(`resolutions/${resolution.id}/ballots`),
        { choice },
        keyed({ 'X-Voting-Code': codes.get(memberIds[i])! }),
      );
      note(`ballot ${i}`, answer, 201);
    };
    // a member subscribes one more share; it is approved, then paid in full: one movement each
    const payment = async (i: number) => {
      const sub = await http.request(
        'POST',
        orgPath('subscriptions'),
        { memberId: memberIds[i], shareClassCode: 'A', quantity: 1, subscribedOn: today },
        keyed(auth()),
      );
      note(`subscription ${i}`, sub, 201);
      if (sub.status !== 201) return;
      const id = JSON.parse(sub.body).id;
      const approve = await http.request(
        'POST',
        orgPath(`subscriptions/${id}/approve`),
        { decidedOn: today },
        keyed(auth()),
      );
      note(`approval ${i}`, approve, 200);
      const paid = await http.request(
        'POST',
        orgPath(`subscriptions/${id}/payments`),
        { amountCents: NOMINAL, paidOn: today, method: 'transfer', reference: `VIR-${i}` },
        keyed(auth()),
      );
      note(`payment ${i}`, paid, 201);
      if (paid.status === 201) expect(JSON.parse(paid.body).status).toBe('issued');
    };

    // ballots and payments interleaved, CONCURRENCY clients taking the next task as they finish
    const tasks: (() => Promise<void>)[] = [];
    const every = Math.max(1, Math.floor(BALLOTS / Math.max(1, PAYMENTS)));
    let paymentsQueued = 0;
    for (let i = 0; i < BALLOTS; i++) {
      tasks.push(() => ballot(i));
      if (i % every === 0 && paymentsQueued < PAYMENTS) {
        const p = paymentsQueued++;
        tasks.push(() => payment(p));
      }
    }
    while (paymentsQueued < PAYMENTS) {
      const p = paymentsQueued++;
      tasks.push(() => payment(p));
    }
    const killAt = Math.floor(tasks.length * KILL_AT);
    const victims = { api: clusterPid('api-1'), worker: clusterPid('worker-1') };
    let next = 0;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < tasks.length) {
          const k = next++;
          if (k === killAt) {
            process.kill(victims.api, 'SIGKILL');
            process.kill(victims.worker, 'SIGKILL');
            stats.killedAt = k;
          }
          await tasks[k]();
        }
      }),
    );
    const seconds = (performance.now() - t0) / 1000;
    console.log(
      `cluster burst: ${BALLOTS} ballots and ${PAYMENTS} payments (${stats.requests} requests) in ${seconds.toFixed(1)} s ` +
        `(${(stats.requests / seconds).toFixed(0)} requests/s), api-1 and worker-1 killed at task ${stats.killedAt}; ` +
        `${stats.retried} retried after 502/503/a broken connection, ${stats.replayed} answered from their Idempotency-Key`,
    );
    expect(refused).toEqual([]);
    expect(() => process.kill(victims.api, 0)).toThrow();

    // the tally equals what was cast, each voter once
    await http.json('POST', orgPath(`resolutions/${resolution.id}/close`), {}, auth());
    const results = await http.json('GET', orgPath(`resolutions/${resolution.id}/results`), undefined, auth());
    expect(results).toEqual(
      expect.objectContaining({
        votersCount: BALLOTS,
        eligibleCount: Math.max(BALLOTS, PAYMENTS),
        counts: sent,
      }),
    );
    const count = async (sql: string, values: unknown[]) => Number((await pg.query(sql, values)).rows[0].count);
    expect(await count(`SELECT count(*) FROM ballots WHERE resolution_id = $1`, [resolution.id])).toBe(BALLOTS);
    expect(await count(`SELECT count(*) FROM participations WHERE resolution_id = $1`, [resolution.id])).toBe(BALLOTS);

    // each payment once: one payment row, one movement, the capital and the chain exact
    const members = Math.max(BALLOTS, PAYMENTS);
    expect(await count(`SELECT count(*) FROM subscription_payments WHERE organization_id = $1`, [org.orgId])).toBe(
      PAYMENTS,
    );
    const verify = await http.json('GET', orgPath('ledger/verify'), undefined, auth());
    expect(verify).toEqual(expect.objectContaining({ valid: true, movements: members + PAYMENTS }));
    const capital = await http.json('GET', orgPath('capital'), undefined, auth());
    expect(capital.totalCents).toBe(org.capitalCents + PAYMENTS * NOMINAL);
    expect(capital.totalShares).toBe(members * 2 + PAYMENTS);

    // the surviving worker finishes every job the burst caused (a killed one's stalled jobs included), each once
    const waitUntil = Date.now() + 180_000;
    let left: { status: string; count: string }[];
    do {
      left = (
        await pg.query(
          `SELECT status, count(*) FROM outbox WHERE organization_id = $1 AND status <> 'completed' AND available_at <= now() GROUP BY 1`,
          [org.orgId],
        )
      ).rows;
      if (!left.length) break;
      await new Promise((r) => setTimeout(r, 1000));
    } while (Date.now() < waitUntil);
    expect(left).toEqual([]);
    expect(duplicateMessageIds(path.join(CLUSTER_DIR, 'mail'), started)).toEqual([]);
  });

  it('reads exports from the streaming replica, and from the primary when the replica is down', async () => {
    const replica = new Client({
      connectionString: env.DATABASE_OWNER_URL.replace(
        `:${env.SOCIUS_CLUSTER_PRIMARY_PORT}/`,
        `:${env.SOCIUS_CLUSTER_REPLICA_PORT}/`,
      ),
    });
    await replica.connect();
    const commits = async () =>
      Number(
        (await replica.query(`SELECT xact_commit FROM pg_stat_database WHERE datname = 'socius'`)).rows[0].xact_commit,
      );
    const first = await commits();
    const before = await commits();
    const idle = before - first; // what asking costs
    const fromReplica = await http.request('GET', orgPath('exports/ledger.csv'), undefined, auth());
    const after = await commits();
    await replica.end();
    expect(fromReplica.status).toBe(200);
    const movements = Number(fromReplica.headers['x-ledger-sequence']);
    expect(fromReplica.body.trim().split('\r\n')).toHaveLength(movements + 1); // header line
    // the export's read-only transaction (and its catch-up check) committed on the replica
    expect(after - before).toBeGreaterThanOrEqual(idle + 1);

    process.kill(clusterPid('postgres-replica'), 'SIGINT'); // fast shutdown
    await new Promise((r) => setTimeout(r, 2000));
    const fromPrimary = await http.request('GET', orgPath('exports/ledger.csv'), undefined, auth());
    expect(fromPrimary.status).toBe(200);
    expect(fromPrimary.body).toBe(fromReplica.body);
  });
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => path.join(dir, f));
}

/** Message-IDs that the mail catcher received more than once since `since` (ms): an e-mail sent twice. */
function duplicateMessageIds(dir: string, since: number): string[] {
  const seen = new Map<string, number>();
  for (const file of readdirSync(dir)) {
    const full = path.join(dir, file);
    if (statSync(full).mtimeMs < since) continue;
    const id = /^Message-ID: (.*)$/im.exec(readFileSync(full, 'utf8'))?.[1]?.trim();
    if (id) seen.set(id, (seen.get(id) ?? 0) + 1);
  }
  return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
}
