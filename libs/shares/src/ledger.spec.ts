import { capitalFloorCents, GENESIS_HASH, HashedMovement, movementHash, verifyChain } from './ledger';

function chain(n: number): (HashedMovement & { hash: string })[] {
  const out: (HashedMovement & { hash: string })[] = [];
  let previousHash = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const m: HashedMovement = {
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
      recordedAt: `2026-01-01T00:00:0${i % 10}.000Z`,
      previousHash,
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

  it('hashes every field: the same movement with another operation has another hash', () => {
    const [m] = chain(1);
    expect(movementHash({ ...m, operationId: 'other' })).not.toBe(m.hash);
    expect(movementHash({ ...m, recordedAt: '2026-01-01T00:00:01.001Z' })).not.toBe(m.hash);
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
