import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ledgerOverreach } from '../../libs/database/src/roles';
import { HashedMovement, movementHash } from '../../libs/shares/src/ledger';
import { createCoop, createMember, startApi, TestApi, TestOrg } from '../support/app';
import { separateRoles, withAdmin } from '../support/databases';

/**
 * Issue 14: the ledger resists the owner of its table. The API connects as a role that may only read
 * and add to it; the owner (which migrates) still can rewrite it, but no longer so that the heads
 * published on statements and exports still match.
 */
describe('the ledger against its owner', () => {
  let api: TestApi;
  let tmp: string;
  beforeAll(async () => {
    if (!separateRoles())
      throw new Error('these tests need two database roles: set DATABASE_OWNER_URL (scripts/services.sh does)');
    api = await startApi();
    tmp = mkdtempSync(path.join(tmpdir(), 'socius-ledger-'));
  });
  afterAll(async () => {
    await api.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  const url = (o: TestOrg, p: string) => `/v1/orgs/${o.slug}/${p}`;
  /** the owner of the tables, on this file's database */
  const asOwner = <T>(fn: (c: Client) => Promise<T>) => withAdmin(fn, process.env.DATABASE_OWNER_URL!);
  const download = (o: TestOrg, p: string) =>
    api.http
      .get(url(o, p))
      .set(o.admin.auth)
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });
  const verify = async (o: TestOrg, q = '') =>
    (
      await api.http
        .get(url(o, `ledger/verify${q}`))
        .set(o.admin.auth)
        .expect(200)
    ).body;

  /** A co-op whose register holds 4 movements: two issues and a transfer between the holders. */
  async function coopWithMovements(): Promise<TestOrg> {
    const org = await createCoop(api, [{ code: 'A', nominalCents: 10000 }], { siren: '732829320' });
    const ids: string[] = [];
    for (const quantity of [10, 4]) {
      const member = await createMember(api, org);
      const post = (p: string, body: object) => api.http.post(url(org, p)).set(org.admin.auth).send(body);
      const sub = await post('subscriptions', {
        memberId: member.id,
        shareClassCode: 'A',
        quantity,
        subscribedOn: '2026-02-02',
      }).expect(201);
      await post(`subscriptions/${sub.body.id}/approve`, { decidedOn: '2026-02-02' }).expect(200);
      await post(`subscriptions/${sub.body.id}/payments`, {
        amountCents: quantity * 10000,
        paidOn: '2026-02-02',
        method: 'check',
      }).expect(201);
      ids.push(member.id);
    }
    const t = await api.http
      .post(url(org, 'transfers'))
      .set(org.admin.auth)
      .send({ fromMemberId: ids[0], toMemberId: ids[1], shareClassCode: 'A', quantity: 3, effectiveOn: '2026-04-01' })
      .expect(201);
    await api.http
      .post(url(org, `transfers/${t.body.id}/approve`))
      .set(org.admin.auth)
      .send({})
      .expect(200);
    return org;
  }

  /** The head printed at the end of the capital statement CSV. */
  async function printedHead(org: TestOrg): Promise<{ sequence: number; hash: string }> {
    const res = await download(org, 'exports/capital.csv').expect(200);
    const rows = (res.body as Buffer).subarray(3).toString('utf8').split('\r\n');
    const value = (label: string) => rows.find((r) => r.startsWith(`${label};`))?.split(';')[1];
    return {
      sequence: Number(value('Registre des mouvements : dernier mouvement n°')),
      hash: value('Registre des mouvements : empreinte SHA-256')!,
    };
  }

  /** As the owner, with the triggers off: changes movements and recomputes the chain from the first changed. */
  async function rewrite(org: TestOrg, change: string, params: unknown[], from: number, recompute = true) {
    await asOwner(async (c) => {
      await c.query('BEGIN');
      await c.query(`ALTER TABLE ledger_movements DISABLE TRIGGER USER`);
      await c.query(change, [org.id, ...params]);
      if (recompute) {
        const { rows } = await c.query(
          `SELECT * FROM ledger_movements WHERE organization_id = $1 AND sequence >= $2 ORDER BY sequence`,
          [org.id, from],
        );
        let [{ hash: previousHash }] = (
          await c.query(`SELECT hash FROM ledger_movements WHERE organization_id = $1 AND sequence = $2`, [
            org.id,
            from - 1,
          ])
        ).rows;
        for (const r of rows) {
          const m: HashedMovement = {
            id: r.id,
            organizationId: r.organization_id,
            sequence: Number(r.sequence),
            effectiveOn: r.effective_on,
            memberId: r.member_id,
            shareClassId: r.share_class_id,
            kind: r.kind,
            quantity: r.quantity,
            unitCents: Number(r.unit_cents),
            amountCents: Number(r.amount_cents),
            operationType: r.operation_type,
            operationId: r.operation_id,
            reversesSequence: r.reverses_sequence === null ? null : Number(r.reverses_sequence),
            recordedBy: r.recorded_by,
            recordedAt: r.recorded_at.toISOString(),
            previousHash,
            hashVersion: r.hash_version,
          };
          const hash = movementHash(m);
          await c.query(`UPDATE ledger_movements SET previous_hash = $2, hash = $3 WHERE id = $1`, [
            r.id,
            previousHash,
            hash,
          ]);
          previousHash = hash;
        }
        await c.query(`UPDATE ledger_heads SET last_hash = $2 WHERE organization_id = $1`, [org.id, previousHash]);
      }
      await c.query(`ALTER TABLE ledger_movements ENABLE TRIGGER USER`);
      await c.query('COMMIT');
    });
  }

  it('lets the application role only read and add to the ledger: no ALTER, TRIGGER, UPDATE, DELETE or TRUNCATE', async () => {
    const org = await coopWithMovements();
    const attempts: [string, RegExp][] = [
      [`ALTER TABLE ledger_movements DISABLE TRIGGER USER`, /must be owner of table ledger_movements/],
      [`ALTER TABLE ledger_movements DISABLE TRIGGER ledger_movements_no_update_delete`, /must be owner/],
      [`ALTER TABLE ledger_movements ADD COLUMN note text`, /must be owner/],
      [`UPDATE ledger_movements SET quantity = 400 WHERE organization_id = '${org.id}'`, /permission denied/],
      [`DELETE FROM ledger_movements WHERE organization_id = '${org.id}'`, /permission denied/],
      [`TRUNCATE ledger_movements CASCADE`, /permission denied/],
      [
        `CREATE TRIGGER sneak BEFORE UPDATE ON ledger_movements FOR EACH ROW EXECUTE FUNCTION socius_append_only()`,
        /permission denied|must be owner/,
      ],
      [`DROP TRIGGER ledger_movements_no_update_delete ON ledger_movements`, /must be owner/],
      [`UPDATE accounting_lines SET debit_cents = 0 WHERE false`, /permission denied/],
      [`ALTER TABLE members DISABLE TRIGGER USER`, /must be owner/],
      [`SET session_replication_role = replica`, /permission denied/],
    ];
    for (const [sql, error] of attempts) await expect(api.db.query(sql)).rejects.toThrow(error);
    // it still reads, adds, and updates the ordinary tables
    expect((await verify(org)).valid).toBe(true);
    await api.db.query(`UPDATE organizations SET name = name WHERE id = $1`, [org.id]);
    expect(await ledgerOverreach(api.db)).toEqual([]);
    // what it needs of the owner's after a large import, the owner's function does
    await expect(api.db.query(`ANALYZE members`)).resolves.toBeDefined(); // skipped, with a warning
    await api.db.query(`SELECT socius_tidy_members()`);
    // the boot warning's check names what the owner could do (a deployment with one URL is warned)
    const owner = await new DataSource({ type: 'postgres', url: process.env.DATABASE_OWNER_URL }).initialize();
    try {
      expect(await ledgerOverreach(owner)).toEqual(['owner', 'UPDATE', 'DELETE', 'TRUNCATE', 'TRIGGER']);
    } finally {
      await owner.destroy();
    }
    expect(
      (await api.http.get(url(org, 'ledger')).set(org.admin.auth).expect(200)).body.items.map(
        (i: { quantity: number }) => i.quantity,
      ),
    ).toEqual([10, 4, -3, 3]);

    // a table a later migration creates is the application's to use too (default privileges), the owner's to alter
    await asOwner((c) => c.query(`CREATE TABLE later_feature (id int PRIMARY KEY, note text)`));
    await api.db.query(`INSERT INTO later_feature VALUES (1, 'a')`);
    await api.db.query(`UPDATE later_feature SET note = 'b'`);
    await expect(api.db.query(`ALTER TABLE later_feature ADD COLUMN x int`)).rejects.toThrow(/must be owner/);
    await expect(api.db.query(`TRUNCATE later_feature`)).rejects.toThrow(/permission denied/);
  });

  it('reports a chain rewritten consistently by the owner where it contradicts the head a statement printed', async () => {
    const org = await coopWithMovements();
    const published = await printedHead(org);
    const before = await verify(org);
    expect(published).toEqual({ sequence: 4, hash: before.lastHash });
    expect(before).toEqual(expect.objectContaining({ valid: true, lastSequence: 4, anchorsChecked: 1 }));

    // the owner raises movement 2 and recomputes every hash from it: each link follows from the one before
    await rewrite(
      org,
      `UPDATE ledger_movements SET quantity = 40, amount_cents = 400000 WHERE organization_id = $1 AND sequence = 2`,
      [],
      2,
    );
    const after = await verify(org);
    expect(after).toEqual(
      expect.objectContaining({
        valid: false,
        lastSequence: 3,
        firstBroken: {
          sequence: 4,
          reason: 'anchor-mismatch',
          anchor: expect.objectContaining({ sequence: 4, hash: published.hash, source: 'capital-statement' }),
        },
      }),
    );
    expect(after.lastHash).not.toBe(published.hash);

    // the owner may also erase the anchors the audit log kept: the printed copy still tells
    await asOwner((c) =>
      c.query(`DELETE FROM audit_log WHERE organization_id = $1 AND action = 'ledger.anchored'`, [org.id]),
    );
    expect(await verify(org)).toEqual(expect.objectContaining({ valid: true, anchorsChecked: 0 }));
    expect(await verify(org, `?sequence=${published.sequence}&hash=${published.hash}`)).toEqual(
      expect.objectContaining({
        valid: false,
        firstBroken: expect.objectContaining({
          sequence: 4,
          reason: 'anchor-mismatch',
          anchor: { sequence: 4, hash: published.hash, source: 'query', publishedAt: null },
        }),
      }),
    );
  });

  it('reports the movements taken away after a head was published', async () => {
    const org = await coopWithMovements();
    const published = await printedHead(org);
    await rewrite(org, `DELETE FROM ledger_movements WHERE organization_id = $1 AND sequence > $2`, [2], 0, false);
    await asOwner((c) =>
      c.query(
        `UPDATE ledger_heads SET last_sequence = 2, last_hash = (SELECT hash FROM ledger_movements WHERE organization_id = $1 AND sequence = 2) WHERE organization_id = $1`,
        [org.id],
      ),
    );
    expect((await verify(org)).firstBroken).toEqual(
      expect.objectContaining({ sequence: 4, reason: 'anchor-mismatch', anchor: expect.objectContaining(published) }),
    );
  });

  it('hashes who recorded a movement: changing recorded_by breaks the chain', async () => {
    const org = await coopWithMovements();
    const [{ recorded_by }] = await api.db.query(
      `SELECT recorded_by FROM ledger_movements WHERE organization_id = $1 AND sequence = 3`,
      [org.id],
    );
    expect(recorded_by).toBe(org.admin.id);
    await rewrite(
      org,
      `UPDATE ledger_movements SET recorded_by = gen_random_uuid() WHERE organization_id = $1 AND sequence = 3`,
      [],
      0,
      false,
    );
    expect(await verify(org)).toEqual(
      expect.objectContaining({ valid: false, firstBroken: { sequence: 3, reason: 'hash-mismatch' } }),
    );
  });

  it('prints the chain head on the capital statements and with the FEC, and keeps each, and the one of a year closed, in the audit log', async () => {
    const org = await coopWithMovements();
    const { lastHash } = await verify(org);

    const csv = await printedHead(org);
    expect(csv).toEqual({ sequence: 4, hash: lastHash });

    const pdf = await download(org, 'capital.pdf').expect(200);
    const file = path.join(tmp, 'capital.pdf');
    writeFileSync(file, pdf.body as Buffer);
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']).toString('utf8');
    expect(text).toContain(lastHash);
    expect(text.replace(/\s+/g, ' ')).toContain('Empreinte SHA-256 du mouvement n° 4, le dernier inscrit');

    const fec = await download(org, 'exports/fec?year=2026').expect(200);
    expect(fec.headers['x-ledger-sequence']).toBe('4');
    expect(fec.headers['x-ledger-hash']).toBe(lastHash);
    const ledgerCsv = await download(org, 'exports/ledger.csv').expect(200);
    expect(ledgerCsv.headers['x-ledger-hash']).toBe(lastHash);

    await api.http.post(url(org, 'fiscal-years/2025-12-31/close')).set(org.admin.auth).send({}).expect(200);

    const audit = await api.http.get(url(org, 'audit?entityType=ledger')).set(org.admin.auth).expect(200);
    expect(
      audit.body.items.map((i: { action: string; changes: Record<string, unknown> }) => [
        i.action,
        i.changes.source,
        i.changes.sequence,
        i.changes.hash,
      ]),
    ).toEqual(
      [
        ['ledger.anchored', 'capital-statement', 4, lastHash],
        ['ledger.anchored', 'capital-statement', 4, lastHash],
        ['ledger.anchored', 'fec-export', 4, lastHash],
        ['ledger.anchored', 'ledger-export', 4, lastHash],
        ['ledger.anchored', 'fiscal-year-close', 4, lastHash],
      ].reverse(),
    );
    expect(await verify(org)).toEqual(expect.objectContaining({ valid: true, anchorsChecked: 1 }));
  });
});
