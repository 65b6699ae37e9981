import { createHash, randomBytes } from 'node:crypto';
import { merkleProof, merkleRoot, merkleRootOf, verifyProof } from './merkle';

/** The seal as the README defines it, written the plain way: node = SHA-256(0x01 ‖ left ‖ right), an odd node carried up. */
function reference(leaves: Buffer[]): string {
  if (!leaves.length) return createHash('sha256').update('empty').digest('hex');
  let level = leaves;
  while (level.length > 1) {
    const next: Buffer[] = [];
    for (let i = 0; i < level.length; i += 2) {
      next.push(
        i + 1 < level.length
          ? createHash('sha256')
              .update(Buffer.concat([Buffer.from([1]), level[i], level[i + 1]]))
              .digest()
          : level[i],
      );
    }
    level = next;
  }
  return level[0].toString('hex');
}

describe('the Merkle seal of a ballot box', () => {
  it.each([0, 1, 2, 3, 4, 5, 7, 8, 9, 16, 17, 100, 1023])(
    'has the same root over %i leaves, whether given as hex strings or as one buffer',
    (n) => {
      const leaves = Array.from({ length: n }, () => randomBytes(32));
      const root = reference(leaves);
      expect(merkleRoot(leaves.map((l) => l.toString('hex')))).toBe(root);
      expect(merkleRootOf(Buffer.concat(leaves))).toBe(root);
    },
  );

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
