import { Logger } from '@nestjs/common';
import { AssembliesService } from '@socius/assemblies';
import { appPool } from '@socius/database';
import { randomBytes } from 'node:crypto';
import type { PoolClient } from 'pg';
import { CopyRows } from '../../libs/assemblies/src/copy-rows';
import { leafHash, merkleRootOf, receiptHash } from '../../libs/assemblies/src/merkle';
import { SEAL_INLINE_MAX } from '../../libs/assemblies/src/seal-pool';
import { TestApi, startApi } from '../support/app';
import { motion, votingCoop } from './support';

/** The seal of a large box: read on a second connection while the close counts, hashed on threads. */
describe('the seal of a large ballot box', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  /**
   * A secret resolution of one elector, opened, its box loaded by SQL with more ballots than are
   * sealed on the event loop (as the bench does); its electorate counted as `eligible` when given.
   */
  async function largeBox(eligible?: number) {
    const { post, get, shareholder } = await votingCoop(api);
    await shareholder();
    const assembly = await post('assemblies', { title: 'AG', kind: 'ordinary', weighting: 'per_member', secret: true }).expect(201);
    const r = (await post(`assemblies/${assembly.body.id}/resolutions`, motion()).expect(201)).body;
    await post(`resolutions/${r.id}/open`, {}).expect(200);
    if (eligible) await api.db.query(`UPDATE resolutions SET eligible_count = $2 WHERE id = $1`, [r.id, eligible]);
    const n = SEAL_INLINE_MAX * 5 + 123;
    const receipts = Array.from({ length: n }, () => randomBytes(12).toString('base64url'));
    const choices = receipts.map((_, i) => (i % 3 ? 'for' : 'against'));
    const hashes = receipts.map(receiptHash);
    const leaves = hashes.map((h, i) => leafHash(h, [choices[i]]));
    const [{ organization_id: org }] = await api.db.query(`SELECT organization_id FROM resolutions WHERE id = $1`, [r.id]);
    await api.db.query(
      `WITH b AS (SELECT gen_random_uuid() AS member_id, rh, leaf, c FROM unnest($3::text[], $4::text[], $5::text[]) AS x(rh, leaf, c)),
            p AS (INSERT INTO participations (resolution_id, member_id, organization_id, cast_by_member_id) SELECT $1, member_id, $2, member_id FROM b)
       INSERT INTO ballots (resolution_id, receipt_hash, organization_id, weight, choice, leaf_hash) SELECT $1, rh, $2, 1, ARRAY[c]::varchar[], leaf FROM b`,
      [r.id, org, hashes, leaves, choices],
    );
    return { post, get, r, n, receipts, choices, hashes, leaves };
  }

  async function closesAndProves({ post, get, r, n, receipts, choices, hashes, leaves }: Awaited<ReturnType<typeof largeBox>>) {
    const closed = await post(`resolutions/${r.id}/close`, {}).expect(200);
    const inOrder = hashes.map((h, i) => [h, leaves[i]]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    expect(closed.body.sealHash).toBe(merkleRootOf(Buffer.from(inOrder.map(([, leaf]) => leaf).join(''), 'hex')));
    // as it was computed before: leaves ordered by PostgreSQL
    const [{ box }] = await api.db.query(`SELECT decode(string_agg(leaf_hash, '' ORDER BY receipt_hash), 'hex') AS box FROM ballots WHERE resolution_id = $1`, [r.id]);
    expect(merkleRootOf(box)).toBe(closed.body.sealHash);
    const results = (await get(`resolutions/${r.id}/results`).expect(200)).body;
    expect(results).toEqual(expect.objectContaining({ votersCount: n, counts: { for: choices.filter((c) => c === 'for').length, against: choices.filter((c) => c === 'against').length, abstain: 0 }, sealHash: closed.body.sealHash }));
    const proof = (await get(`resolutions/${r.id}/verify?receipt=${receipts[777]}`).expect(200)).body;
    expect(proof).toEqual(expect.objectContaining({ included: true, sealHash: closed.body.sealHash, leaf: leaves[777] }));
  }

  it('is the Merkle root of the leaves in receipt order, and proves a receipt: sealed on the event loop, then on the threads', async () => {
    const seals = api.app.get(AssembliesService)['seals'];
    expect(seals.running).toBe(false);
    // the box outgrows what the close expects (one elector)
    await closesAndProves(await largeBox());
    // the first large seal started the threads: the next box is read and sealed on them, on a connection of their own
    await seals.started();
    expect(seals.running).toBe(true);
    await closesAndProves(await largeBox(SEAL_INLINE_MAX * 6));
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name LIKE '% seal'`);
    expect(n).toBeGreaterThan(0); // a connection per thread, opened ahead of this box
  }, 180_000);

  it('reads the box on the API connection when a seal thread cannot', async () => {
    const service = api.app.get(AssembliesService);
    await service['seals'].started();
    const settings = service['sealConnection']();
    service['sealConnectionSettings'] = { ...settings, connectionString: 'postgres://nobody:wrong@127.0.0.1:1/none', connectionTimeoutMillis: 2000 };
    const warn = jest.spyOn(Logger.prototype, 'warn');
    try {
      await closesAndProves(await largeBox(SEAL_INLINE_MAX * 6));
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/the seal thread could not read the ballot box \(.*ECONNREFUSED/));
    } finally {
      service['sealConnectionSettings'] = settings;
      warn.mockRestore();
    }
  }, 180_000);

  it('fails a close whose box cannot be sealed, leaving it open and no connection out, and closes it once mended', async () => {
    const pool = appPool(api.db);
    for (const large of [false, true]) {
      const box = await largeBox(large ? SEAL_INLINE_MAX * 6 : undefined);
      if (!large) await api.db.query(`DELETE FROM ballots WHERE resolution_id = $1 AND receipt_hash NOT IN (SELECT receipt_hash FROM ballots WHERE resolution_id = $1 ORDER BY receipt_hash LIMIT 100)`, [box.r.id]);
      const [{ receipt_hash: broken, leaf_hash: leaf }] = await api.db.query(`SELECT receipt_hash, leaf_hash FROM ballots WHERE resolution_id = $1 ORDER BY receipt_hash LIMIT 1`, [box.r.id]);
      await api.db.query(`UPDATE ballots SET leaf_hash = repeat('z', 64) WHERE resolution_id = $1 AND receipt_hash = $2`, [box.r.id, broken]);
      const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
      try {
        expect((await box.post(`resolutions/${box.r.id}/close`, {})).status).toBe(500);
      } finally {
        warn.mockRestore();
      }
      expect((await box.get(`resolutions/${box.r.id}`).expect(200)).body.status).toBe('open');
      expect(pool.totalCount - pool.idleCount).toBe(0);
      await api.db.query(`UPDATE ballots SET leaf_hash = $3 WHERE resolution_id = $1 AND receipt_hash = $2`, [box.r.id, broken, leaf]);
      expect((await box.post(`resolutions/${box.r.id}/close`, {}).expect(200)).body.sealHash).toMatch(/^[0-9a-f]{64}$/);
    }
  }, 180_000);

  it('counts and seals on the close\'s own connection when the pool has none to spare', async () => {
    const { post, get, shareholder, ballot } = await votingCoop(api);
    const voters = [await shareholder(true), await shareholder(true), await shareholder(true)];
    const assembly = await post('assemblies', { title: 'AG', kind: 'ordinary', weighting: 'per_member', secret: true }).expect(201);
    const r = (await post(`assemblies/${assembly.body.id}/resolutions`, motion()).expect(201)).body;
    await post(`resolutions/${r.id}/open`, {}).expect(200);
    const receipts: string[] = [];
    for (const [i, v] of voters.entries()) receipts.push((await ballot(r.id, v.user!.auth, { choice: i ? 'for' : 'against' }).expect(201)).body.receipt);
    // all of the pool but one connection held: the close's transaction takes the last one
    const pool = appPool(api.db);
    const max = pool.options.max ?? 10;
    const held: PoolClient[] = [];
    const elsewhere = jest.spyOn(api.app.get(AssembliesService) as never, 'readElsewhere');
    try {
      while (held.length < max && !(pool.totalCount >= max - 1 && pool.idleCount === 0)) held.push(await pool.connect());
      const closed = await post(`resolutions/${r.id}/close`, {}).expect(200);
      expect(elsewhere).not.toHaveBeenCalled();
      expect(closed.body.sealHash).toMatch(/^[0-9a-f]{64}$/);
      for (const h of held.splice(0)) h.release();
      const [{ leaves }] = await api.db.query(`SELECT decode(string_agg(leaf_hash, '' ORDER BY receipt_hash), 'hex') AS leaves FROM ballots WHERE resolution_id = $1`, [r.id]);
      expect(closed.body.sealHash).toBe(merkleRootOf(leaves));
      expect((await get(`resolutions/${r.id}/results`).expect(200)).body).toEqual(expect.objectContaining({ votersCount: 3, counts: { for: 2, against: 1, abstain: 0 } }));
      expect((await get(`resolutions/${r.id}/verify?receipt=${receipts[1]}`).expect(200)).body.included).toBe(true);
    } finally {
      for (const h of held) h.release();
      elsewhere.mockRestore();
    }
  });

  describe('CopyRows', () => {
    let client: PoolClient;
    beforeAll(async () => {
      client = await appPool(api.db).connect();
    });
    afterAll(() => client.release(new Error('done')));
    const copy = (sql: string, capacity = 0) => {
      const c = new CopyRows(sql, capacity);
      client.query(c);
      return c.result;
    };
    /** The rows of CopyData messages, as text. */
    const text = (messages: Uint8Array) => {
      const bytes = Buffer.from(messages.buffer, messages.byteOffset, messages.byteLength);
      let out = '';
      for (let i = 0; i < bytes.length; ) {
        if (bytes[i] !== 0x64) throw new Error(`not a CopyData message at ${i}`);
        const length = bytes.readUInt32BE(i + 1);
        out += bytes.toString('latin1', i + 5, i + 1 + length);
        i += 1 + length;
      }
      return out;
    };

    it('reads the rows of a COPY TO, across the socket chunks, growing its buffer', async () => {
      const rows = await copy(`COPY (SELECT lpad(i::text, 9, '0') FROM generate_series(1, 200000) i) TO STDOUT`);
      expect(rows.buffer).toBeInstanceOf(SharedArrayBuffer);
      expect(rows.length).toBe(200_000 * 15);
      expect(text(rows)).toBe(Array.from({ length: 200_000 }, (_, i) => `${String(i + 1).padStart(9, '0')}\n`).join(''));
      // rows of any length
      expect(text(await copy(`COPY (SELECT repeat('x', i % 70000) FROM generate_series(1, 300) i) TO STDOUT`))).toBe(Array.from({ length: 300 }, (_, i) => `${'x'.repeat((i + 1) % 70000)}\n`).join(''));
      expect(await copy(`COPY (SELECT 1 WHERE false) TO STDOUT`, 100)).toHaveLength(0);
      // the connection goes on as usual
      expect((await client.query(`SELECT 41 + 1 AS x`)).rows).toEqual([{ x: 42 }]);
    });

    it('passes over notices sent among the rows', async () => {
      await client.query(`CREATE FUNCTION pg_temp.noisy(i int) RETURNS int LANGUAGE plpgsql AS $$ BEGIN IF i % 1000 = 0 THEN RAISE NOTICE 'row %', i; END IF; RETURN i; END $$`);
      const rows = await copy(`COPY (SELECT lpad(pg_temp.noisy(i)::text, 9, '0') FROM generate_series(1, 20000) i) TO STDOUT`, 20000 * 15);
      expect(text(rows)).toBe(Array.from({ length: 20_000 }, (_, i) => `${String(i + 1).padStart(9, '0')}\n`).join(''));
    });

    it('fails with the error of a COPY that fails on the way, and leaves the connection usable', async () => {
      await expect(copy(`COPY (SELECT 1 / (i - 150000) FROM generate_series(1, 200000) i) TO STDOUT`)).rejects.toThrow(/division by zero/);
      await expect(copy(`COPY (SELECT * FROM no_such_table) TO STDOUT`)).rejects.toThrow(/no_such_table/);
      await expect(copy(`SELECT 1`)).rejects.toThrow(/unexpected message T/);
      expect((await client.query(`SELECT 41 + 1 AS x`)).rows).toEqual([{ x: 42 }]);
    });
  });
});
