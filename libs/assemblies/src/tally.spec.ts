import { leafHash, merkleProof, merkleRoot, receiptHash, verifyProof } from './merkle';
import { proxyCap, quorumReached, tally, TallyInput } from './tally';

const motion = (over: Partial<TallyInput>): TallyInput => ({
  kind: 'motion',
  weighting: 'per_member',
  majority: 'simple',
  quorumPercent: 0,
  eligibleCount: 10,
  votersCount: 0,
  groups: [],
  colleges: [],
  ...over,
});
const g = (choice: string, ballots: number, collegeId: string | null = null, weight = ballots) => ({
  collegeId,
  choice,
  ballots,
  weight,
});

describe('tally', () => {
  it('does not count abstentions as expressed votes', () => {
    const r = tally(motion({ votersCount: 9, groups: [g('for', 4), g('against', 3), g('abstain', 2)] }));
    expect(r.counts).toEqual({ for: 4, against: 3, abstain: 2 });
    expect(r.forPercent).toBe(57.14);
    expect(r.outcome).toBe('adopted');
  });

  it('rejects a tie under simple majority, and needs two thirds exactly for a two-thirds majority', () => {
    expect(tally(motion({ votersCount: 4, groups: [g('for', 2), g('against', 2)] })).outcome).toBe('rejected');
    expect(
      tally(motion({ majority: 'two_thirds', votersCount: 3, groups: [g('for', 2), g('against', 1)] })).outcome,
    ).toBe('adopted');
    expect(
      tally(motion({ majority: 'two_thirds', votersCount: 5, groups: [g('for', 3), g('against', 2)] })).outcome,
    ).toBe('rejected');
  });

  it('weighs each college by its percent, one member one vote inside (SCIC)', () => {
    const colleges = [
      { id: 'u', code: 'USAGERS', weightPercent: 50 },
      { id: 's', code: 'SALARIES', weightPercent: 30 },
      { id: 'p', code: 'PARTENAIRES', weightPercent: 20 },
    ];
    // 100 users mostly against, 3 employees for, 1 partner for: colleges carry it
    const r = tally(
      motion({
        weighting: 'college',
        colleges,
        eligibleCount: 120,
        votersCount: 104,
        groups: [g('for', 40, 'u'), g('against', 60, 'u'), g('for', 3, 's'), g('for', 1, 'p')],
      }),
    );
    expect(r.forPercent).toBe(70); // 50 × 0.4 + 30 × 1 + 20 × 1
    expect(r.outcome).toBe('adopted');
    expect(r.colleges.map((c) => [c.code, c.forPercent])).toEqual([
      ['USAGERS', 40],
      ['SALARIES', 100],
      ['PARTENAIRES', 100],
    ]);
  });

  it('rescales the weights when a college expressed no vote', () => {
    const colleges = [
      { id: 'u', code: 'U', weightPercent: 50 },
      { id: 's', code: 'S', weightPercent: 50 },
    ];
    const r = tally(
      motion({
        weighting: 'college',
        colleges,
        votersCount: 3,
        groups: [g('for', 1, 'u'), g('against', 1, 'u'), g('abstain', 1, 's')],
      }),
    );
    expect(r.forPercent).toBe(50);
    expect(r.outcome).toBe('rejected');
  });

  it('counts shares for a per-share vote', () => {
    const r = tally(
      motion({ weighting: 'per_share', votersCount: 3, groups: [g('for', 1, null, 100), g('against', 2, null, 20)] }),
    );
    expect(r.forPercent).toBe(83.33);
    expect(r.outcome).toBe('adopted');
  });

  it('fails the quorum below the percent of eligible voters, abstentions counting as present', () => {
    expect(quorumReached(25, 100, 25)).toBe(true);
    expect(quorumReached(24, 100, 25)).toBe(false);
    expect(quorumReached(0, 0, 10)).toBe(false);
    expect(quorumReached(0, 0, 0)).toBe(true);
    expect(tally(motion({ quorumPercent: 50, eligibleCount: 10, votersCount: 4, groups: [g('for', 4)] })).outcome).toBe(
      'no_quorum',
    );
  });

  it('elects the most voted candidates for the seats, and flags a tie for the last seat', () => {
    const candidates = [
      { key: 'a', label: 'Alice' },
      { key: 'b', label: 'Bruno' },
      { key: 'c', label: 'Chloé' },
    ];
    const r = tally(
      motion({ kind: 'election', candidates, seats: 2, votersCount: 6, groups: [g('a', 5), g('b', 3), g('c', 2)] }),
    );
    expect(r.elected).toEqual(['a', 'b']);
    expect(r.outcome).toBe('elected');
    const tie = tally(
      motion({ kind: 'election', candidates, seats: 1, votersCount: 4, groups: [g('a', 2), g('b', 2)] }),
    );
    expect(tie.tie).toBe(true);
  });
});

describe('proxy caps', () => {
  it('applies the SCOP rule: one below 20 members, a twentieth from 20 on', () => {
    expect(proxyCap('scop', 0, 19)).toBe(1);
    expect(proxyCap('scop', 0, 20)).toBe(1);
    expect(proxyCap('scop', 0, 60)).toBe(3);
    expect(proxyCap('fixed', 2, 60)).toBe(2);
  });
});

describe('the seal of the ballot box', () => {
  it('proves that each ballot is under the root, and not a changed one', () => {
    const leaves = Array.from({ length: 7 }, (_, i) =>
      leafHash(receiptHash(`r${i}`), [i % 2 ? 'for' : 'against']),
    ).sort();
    const root = merkleRoot(leaves);
    leaves.forEach((leaf, i) => expect(verifyProof(leaf, merkleProof(leaves, i), root)).toBe(true));
    const forged = leafHash(receiptHash('r1'), ['against']);
    expect(verifyProof(forged, merkleProof(leaves, 0), root)).toBe(false);
  });
});
