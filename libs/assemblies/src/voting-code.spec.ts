import { canonicalVotingCode, codeHashesOf, hashCode, votingCodeKeyOf, votingCodeOf } from './voting-code';

describe('voting codes', () => {
  const key = votingCodeKeyOf('a server secret of at least thirty-two characters');

  it('derives the same code from the same issue, another from another issue or another secret', () => {
    const code = votingCodeOf(key, '6f1c1a52-4a59-4c8e-9d6e-0d7e3f1b2a10');
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(votingCodeOf(key, '6f1c1a52-4a59-4c8e-9d6e-0d7e3f1b2a10')).toBe(code);
    expect(votingCodeOf(key, '6f1c1a52-4a59-4c8e-9d6e-0d7e3f1b2a11')).not.toBe(code);
    expect(
      votingCodeOf(
        votingCodeKeyOf('another secret, also thirty-two characters'),
        '6f1c1a52-4a59-4c8e-9d6e-0d7e3f1b2a10',
      ),
    ).not.toBe(code);
  });

  it('reads a code typed loosely as the code: case, spaces, dashes, O for 0 and I or L for 1', () => {
    expect(canonicalVotingCode(' abo1-il0o-xyz9-0000 ')).toBe('AB011100XYZ90000');
    expect(hashCode('AB01-1100-XYZ9-0000')).toBe(hashCode('ab0l i1oo xyz9 oooo'));
    expect(hashCode('AB01-1100-XYZ9-0000')).not.toBe(hashCode('AB01-1100-XYZ9-0001'));
    // codes issued before these were stored as the SHA-256 of the code as given
    expect(codeHashesOf('xY_z-1')).toHaveLength(2);
  });
});
