import { countedBase, legalMinimum, voteCapFactors } from './legal-rules';
import { tally } from './tally';

describe('art. 3 bis caps (loi 47-1775)', () => {
  it('leaves votes alone within the caps: 10 cooperators, 3 + 3 non-cooperators (37.5 % and 18.75 %)', () => {
    expect(voteCapFactors(10, 3, 3)).toEqual({ cooperativeFactor: 1, otherFactor: 1 });
  });

  it('caps 15 non-cooperators that are cooperative societies at 49 % of 10 cooperators: 0.49/0.51 × 10 / 15', () => {
    // 15 × f = 9.6078 so that 9.6078 / 19.6078 = 49 %
    expect(voteCapFactors(10, 15, 0).cooperativeFactor).toBeCloseTo(0.640523, 6);
  });

  it('caps 15 other non-cooperators at 35 %: 0.35/0.65 × 10 / 15', () => {
    // 15 × f = 5.3846 so that 5.3846 / 15.3846 = 35 %
    expect(voteCapFactors(10, 0, 15)).toEqual({ cooperativeFactor: 1, otherFactor: expect.closeTo(0.358974, 6) });
  });

  it('applies the 35 % cap then the 49 % cap: 10 cooperators, 5 co-op societies, 10 others', () => {
    // 35 %: b = 0.35/0.65 × 15 = 8.0769; then 5 + 8.0769 = 13.0769 > 49 % of 23.0769, so both are
    // scaled to 0.49/0.51 × 10 = 9.6078: f = 0.734717 → a = 3.6736, b = 5.9343 (30.27 % ≤ 35 %)
    const { cooperativeFactor, otherFactor } = voteCapFactors(10, 5, 10);
    expect(cooperativeFactor).toBeCloseTo(0.734717, 6);
    expect(otherFactor).toBeCloseTo(0.593426, 6);
    const total = 10 + 5 * cooperativeFactor + 10 * otherFactor;
    expect((5 * cooperativeFactor + 10 * otherFactor) / total).toBeCloseTo(0.49, 9);
  });

  it('weighs the ballots by the factors: non-cooperators all for, cooperators all against → 49 %, rejected', () => {
    const caps = voteCapFactors(10, 5, 10);
    const r = tally({
      kind: 'motion',
      weighting: 'per_member',
      majority: 'simple',
      quorumPercent: 0,
      eligibleCount: 25,
      votersCount: 25,
      groups: [
        { collegeId: null, associateClass: 'cooperator', choice: 'against', ballots: 10, weight: 10 },
        { collegeId: null, associateClass: 'non_cooperator_coop', choice: 'for', ballots: 5, weight: 5 },
        { collegeId: null, associateClass: 'non_cooperator', choice: 'for', ballots: 10, weight: 10 },
      ],
      colleges: [],
      caps,
    });
    expect(r).toEqual(
      expect.objectContaining({
        counts: { for: 15, against: 10, abstain: 0 },
        forPercent: 49,
        outcome: 'rejected',
        weightedCounts: { for: 9.6078, against: 10, abstain: 0 },
      }),
    );
  });
});

describe('majority base', () => {
  const votes = (base: 'expressed' | 'present_or_represented' | 'all_votes') =>
    tally({
      kind: 'motion',
      weighting: 'per_member',
      majority: 'simple',
      quorumPercent: 0,
      eligibleCount: 10,
      votersCount: 8,
      groups: [
        { collegeId: null, choice: 'for', ballots: 4, weight: 4 },
        { collegeId: null, choice: 'against', ballots: 1, weight: 1 },
        { collegeId: null, choice: 'abstain', ballots: 3, weight: 3 },
      ],
      colleges: [],
      base,
      electorate: [{ collegeId: null, associateClass: 'cooperator', electors: 10, weight: 10 }],
    });

  it('4 for, 1 against, 3 abstain of 10: 80 % of expressed votes, 50 % of those present (not more than half), 40 % of all', () => {
    expect(votes('expressed')).toEqual(expect.objectContaining({ forPercent: 80, outcome: 'adopted' }));
    expect(votes('present_or_represented')).toEqual(expect.objectContaining({ forPercent: 50, outcome: 'rejected' }));
    expect(votes('all_votes')).toEqual(expect.objectContaining({ forPercent: 40, outcome: 'rejected' }));
  });

  it('reads the SARL rules: all votes, then votes cast on a second consultation; two thirds of those present', () => {
    expect(countedBase('sarl', 'simple', false)).toBe('all_votes');
    expect(countedBase('sarl', 'simple', true)).toBe('expressed');
    expect(countedBase('sarl', 'two_thirds', false)).toBe('present_or_represented');
    expect(countedBase('expressed', 'two_thirds', false)).toBe('expressed');
  });
});

describe('legal minimums', () => {
  it('an SA: ordinary 20 % then none, extraordinary 25 % then 20 % and two thirds (C. com. L225-98, L225-96)', () => {
    expect(legalMinimum('SCIC_SA', false)).toEqual(
      expect.objectContaining({ quorumPercent: 20, secondQuorumPercent: 0, majority: 'simple' }),
    );
    expect(legalMinimum('SA_COOP', true)).toEqual(
      expect.objectContaining({ quorumPercent: 25, secondQuorumPercent: 20, majority: 'two_thirds' }),
    );
  });

  it('a SAS: the statutes decide, no quorum, two thirds for an extraordinary decision by default', () => {
    expect(legalMinimum('SCIC_SAS', true)).toEqual(
      expect.objectContaining({ quorumPercent: 0, secondQuorumPercent: 0, majority: 'two_thirds' }),
    );
  });
});
