import { randomBytes } from 'node:crypto';
import { leafHash, merkleRoot, receiptHash } from '../../libs/assemblies/src/merkle';
import { TestApi, startApi } from '../support/app';
import { motion, votingCoop } from './support';

/** The seal of a large ballot box: the Merkle root of its leaves in receipt order, and the proof of one receipt. */
describe('the seal of a large ballot box', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  /**
   * A secret resolution, opened, its box loaded by SQL with `n` ballots (as the bench does) — with
   * clear choices, as secret ballots were written before they were encrypted, which a close still counts.
   */
  async function largeBox(n: number) {
    const { post, get, shareholder } = await votingCoop(api);
    await shareholder();
    const assembly = await post('assemblies', {
      title: 'AG',
      kind: 'ordinary',
      weighting: 'per_member',
      secret: true,
    }).expect(201);
    const r = (await post(`assemblies/${assembly.body.id}/resolutions`, motion()).expect(201)).body;
    await post(`resolutions/${r.id}/open`, {}).expect(200);
    const receipts = Array.from({ length: n }, () => randomBytes(12).toString('base64url'));
    const choices = receipts.map((_, i) => (i % 3 ? 'for' : 'against'));
    const hashes = receipts.map(receiptHash);
    const leaves = hashes.map((h, i) => leafHash(h, [choices[i]]));
    const [{ organization_id: org }] = await api.db.query(`SELECT organization_id FROM resolutions WHERE id = $1`, [
      r.id,
    ]);
    await api.db.query(
      `WITH b AS (SELECT gen_random_uuid() AS member_id, rh, leaf, c FROM unnest($3::text[], $4::text[], $5::text[]) AS x(rh, leaf, c)),
            p AS (INSERT INTO participations (resolution_id, member_id, organization_id, cast_by_member_id) SELECT $1, member_id, $2, member_id FROM b)
       INSERT INTO ballots (resolution_id, receipt_hash, organization_id, weight, choice, leaf_hash) SELECT $1, rh, $2, 1, ARRAY[c]::varchar[], leaf FROM b`,
      [r.id, org, hashes, leaves, choices],
    );
    return { post, get, r, n, receipts, choices, hashes, leaves };
  }

  it('is the Merkle root of the leaves in receipt order, and proves a receipt', async () => {
    const { post, get, r, n, receipts, choices, hashes, leaves } = await largeBox(20_000);
    const closed = await post(`resolutions/${r.id}/close`, {}).expect(200);
    const inOrder = hashes.map((h, i) => [h, leaves[i]]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    expect(closed.body.sealHash).toBe(merkleRoot(inOrder.map(([, leaf]) => leaf)));
    const results = (await get(`resolutions/${r.id}/results`).expect(200)).body;
    expect(results).toEqual(
      expect.objectContaining({
        votersCount: n,
        counts: {
          for: choices.filter((c) => c === 'for').length,
          against: choices.filter((c) => c === 'against').length,
          abstain: 0,
        },
        sealHash: closed.body.sealHash,
      }),
    );
    const proof = (await post(`resolutions/${r.id}/verify`, { receipt: receipts[777] }).expect(200)).body;
    expect(proof).toEqual(
      expect.objectContaining({
        included: true,
        counted: true,
        choice: [choices[777]],
        sealHash: closed.body.sealHash,
        leaf: leaves[777],
      }),
    );
  }, 120_000);

  it('fails a close whose box cannot be sealed, leaving it open, and closes it once mended', async () => {
    const box = await largeBox(100);
    const [{ receipt_hash: broken, leaf_hash: leaf }] = await api.db.query(
      `SELECT receipt_hash, leaf_hash FROM ballots WHERE resolution_id = $1 ORDER BY receipt_hash LIMIT 1`,
      [box.r.id],
    );
    await api.db.query(
      `UPDATE ballots SET leaf_hash = repeat('z', 64) WHERE resolution_id = $1 AND receipt_hash = $2`,
      [box.r.id, broken],
    );
    expect((await box.post(`resolutions/${box.r.id}/close`, {})).status).toBe(500);
    expect((await box.get(`resolutions/${box.r.id}`).expect(200)).body.status).toBe('open');
    await api.db.query(`UPDATE ballots SET leaf_hash = $3 WHERE resolution_id = $1 AND receipt_hash = $2`, [
      box.r.id,
      broken,
      leaf,
    ]);
    expect((await box.post(`resolutions/${box.r.id}/close`, {}).expect(200)).body.sealHash).toMatch(/^[0-9a-f]{64}$/);
  }, 60_000);
});
