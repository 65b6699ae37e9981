import { capitalFloorCents, GENESIS_HASH, HashedMovement, movementHash, PublishedAnchor, verifyChain } from './ledger';

/** n movements; the first `v1` of them hashed as before issue 14 (version 1) */
function chain(n: number, v1 = 0): (HashedMovement & { hash: string })[] {
  const out: (HashedMovement & { hash: string })[] = [];
  let previousHash = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const m: HashedMovement = {
      id: `id${i}`,
      organizationId: 'org',
      sequence: i,
      effectiveOn: '2026-01-0' + ((i % 9) + 1),
      memberId: `m${i}`,
      shareClassId: 'A',
      kind: 'issue',
      quantity: i,
      unitCents: 10_000,
      amountCents: i * 10_000,
      operationType: 'subscription',
      operationId: `s${i}`,
      reversesSequence: null,
      recordedBy: 'admin',
      recordedAt: `2026-01-01T00:00:0${i % 10}.000Z`,
      previousHash,
      hashVersion: i <= v1 ? 1 : 2,
    };
    const hash = movementHash(m);
    out.push({ ...m, hash });
    previousHash = hash;
  }
  return out;
}

describe('the ledger hash chain', () => {
  it('accepts an intact chain', () => {
    expect(verifyChain(chain(5))).toBeNull();
  });

  it('reports the first movement whose content was changed', () => {
    const c = chain(5);
    c[2] = { ...c[2], quantity: 300, amountCents: 3_000_000 };
    expect(verifyChain(c)).toEqual({ sequence: 3, reason: 'hash-mismatch' });
  });

  it('reports a movement re-hashed after a change, at the next link', () => {
    const c = chain(5);
    const forged = { ...c[1], memberId: 'someone else' };
    c[1] = { ...forged, hash: movementHash(forged) };
    expect(verifyChain(c)).toEqual({ sequence: 3, reason: 'previous-hash-mismatch' });
  });

  it('reports a deleted movement as a gap in the sequence', () => {
    const c = chain(5);
    c.splice(3, 1);
    expect(verifyChain(c)).toEqual({ sequence: 4, reason: 'sequence-gap' });
  });

  it('hashes every column: another id, operation, recorder, reversed movement or instant gives another hash', () => {
    const [m] = chain(1);
    const changes: Partial<HashedMovement>[] = [
      { id: 'other' },
      { operationId: 'other' },
      { operationId: null },
      { recordedBy: 'someone else' },
      { recordedBy: null },
      { reversesSequence: 7 },
      { recordedAt: '2026-01-01T00:00:01.001Z' },
      { hashVersion: 1 },
    ];
    for (const change of changes) expect(movementHash({ ...m, ...change })).not.toBe(m.hash);
  });

  it('cannot be fooled by moving text from one field to the next', () => {
    const [m] = chain(1);
    expect(movementHash({ ...m, operationType: 'subscription|x', operationId: null })).not.toBe(
      movementHash({ ...m, operationType: 'subscription', operationId: 'x' }),
    );
  });

  it('verifies a chain begun with version-1 hashes and continued with version 2, and refuses going back to 1', () => {
    const c = chain(5, 2);
    expect(verifyChain(c)).toBeNull();
    // version 1 leaves recordedBy out: a changed recorder is only seen on version-2 movements
    expect(verifyChain(c.map((m, i) => (i === 0 ? { ...m, recordedBy: 'x' } : m)))).toBeNull();
    expect(verifyChain(c.map((m, i) => (i === 3 ? { ...m, recordedBy: 'x' } : m)))).toEqual({
      sequence: 4,
      reason: 'hash-mismatch',
    });
    // a version-2 movement passed off as version 1 (whose hash covers less), re-hashed
    const downgraded = { ...c[3], hashVersion: 1, recordedBy: 'x' };
    c[3] = { ...downgraded, hash: movementHash(downgraded) };
    expect(verifyChain(c)).toEqual({ sequence: 4, reason: 'hash-mismatch' });
  });

  it('reports a chain recomputed after a change where it contradicts a published head', () => {
    const c = chain(5);
    const anchor: PublishedAnchor = { sequence: 4, hash: c[3].hash, source: 'capital-statement', publishedAt: null };
    const anchors = new Map([[4, [anchor]]]);
    expect(verifyChain(c, undefined, anchors)).toBeNull();
    // movement 2 changed and every hash from it recomputed: the links hold, the published head does not
    let previousHash = c[0].hash;
    const rewritten = c.map((m, i) => {
      if (i === 0) return m;
      const changed = { ...m, ...(i === 1 ? { quantity: 20, amountCents: 200_000 } : {}), previousHash };
      previousHash = movementHash(changed);
      return { ...changed, hash: previousHash };
    });
    expect(verifyChain(rewritten)).toBeNull();
    expect(verifyChain(rewritten, undefined, anchors)).toEqual({ sequence: 4, reason: 'anchor-mismatch', anchor });
  });
});

describe('the capital floor', () => {
  it('is a quarter of the highest capital by law', () => {
    expect(capitalFloorCents(0, 1_000_000)).toBe(250_000);
  });

  it('is the statutory minimum when that is higher', () => {
    expect(capitalFloorCents(500_000, 1_000_000)).toBe(500_000);
  });

  it('follows statutes that choose one half (SCOP model statutes)', () => {
    expect(capitalFloorCents(0, 1_000_001, { numerator: 1, denominator: 2 })).toBe(500_001);
  });
});
