import { createHash, randomBytes } from 'node:crypto';
import { merkleProof, merkleRoot, merkleRootOf, verifyProof } from './merkle';

/** The seal as the README defines it, written the plain way: node = SHA-256(0x01 ‖ left ‖ right), an odd node carried up. */
function reference(leaves: Buffer[]): string {
  if (!leaves.length) return createHash('sha256').update('empty').digest('hex');
  let level = leaves;
  while (level.length > 1) {
    const next: Buffer[] = [];
    for (let i = 0; i < level.length; i += 2) {
      next.push(i + 1 < level.length ? createHash('sha256').update(Buffer.concat([Buffer.from([1]), level[i], level[i + 1]])).digest() : level[i]);
    }
    level = next;
  }
  return level[0].toString('hex');
}

describe('the Merkle seal of a ballot box', () => {
  it.each([0, 1, 2, 3, 4, 5, 7, 8, 9, 16, 17, 100, 1023])('has the same root over %i leaves, whether given as hex strings or as one buffer', (n) => {
    const leaves = Array.from({ length: n }, () => randomBytes(32));
    const root = reference(leaves);
    expect(merkleRoot(leaves.map((l) => l.toString('hex')))).toBe(root);
    expect(merkleRootOf(Buffer.concat(leaves))).toBe(root);
  });

  it('proves every leaf under the root, and no changed leaf', () => {
    const leaves = Array.from({ length: 13 }, () => randomBytes(32).toString('hex'));
    const root = merkleRoot(leaves);
    leaves.forEach((leaf, i) => expect(verifyProof(leaf, merkleProof(leaves, i), root)).toBe(true));
    const forged = `${leaves[4].slice(0, -1)}${leaves[4].endsWith('0') ? '1' : '0'}`;
    expect(verifyProof(forged, merkleProof(leaves, 4), root)).toBe(false);
  });

  it('refuses leaves that are not 32-byte hashes', () => {
    expect(() => merkleRootOf(Buffer.alloc(33))).toThrow(/32-byte/);
  });
});

describe('the seal in two halves', () => {
  it('is, over n leaves, H(0x01 ‖ root of the first 2^k ‖ root of the rest), 2^k the largest power of two below n (n = 2..300 and large)', () => {
    const hash = (...parts: Buffer[]) => createHash('sha256').update(Buffer.concat(parts)).digest();
    for (const n of [...Array.from({ length: 299 }, (_, i) => i + 2), 4097, 65_536, 65_537, 100_000]) {
      const leaves = randomBytes(32 * n);
      const half = 2 ** Math.ceil(Math.log2(n) - 1);
      const split = hash(Buffer.from([1]), Buffer.from(merkleRootOf(leaves.subarray(0, half * 32)), 'hex'), Buffer.from(merkleRootOf(leaves.subarray(half * 32)), 'hex'));
      expect(split.toString('hex')).toBe(merkleRootOf(leaves));
    }
  });
});
