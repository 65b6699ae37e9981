import {
  campaignOutcome,
  monthlyDueDates,
  progressPercent,
  taxReceiptRefusal,
  weekOf,
  weeklyProgress,
} from './figures';

describe('campaign outcome', () => {
  it('succeeds when the goal is reached, whatever the mode', () => {
    expect(campaignOutcome('all_or_nothing', 10_000, 10_000)).toBe('succeeded');
    expect(campaignOutcome('keep_it_all', 12_000, 10_000)).toBe('succeeded');
  });
  it('fails an all-or-nothing campaign one cent short, and only closes a keep-it-all one', () => {
    expect(campaignOutcome('all_or_nothing', 9_999, 10_000)).toBe('failed');
    expect(campaignOutcome('keep_it_all', 9_999, 10_000)).toBe('closed');
  });
});

describe('monthly instalments', () => {
  it('fall on the same day each month, across the year end', () => {
    expect(monthlyDueDates('2026-11-15', 3)).toEqual(['2026-11-15', '2026-12-15', '2027-01-15']);
  });
  it('put the 31st on the last day of shorter months', () => {
    expect(monthlyDueDates('2027-01-31', 3)).toEqual(['2027-01-31', '2027-02-28', '2027-03-31']);
    expect(monthlyDueDates('2028-01-31', 2)).toEqual(['2028-01-31', '2028-02-29']);
  });
});

describe('progress by week', () => {
  it('starts weeks on Monday', () => {
    expect(weekOf('2026-11-25')).toBe('2026-11-23'); // a Wednesday
    expect(weekOf('2026-11-23')).toBe('2026-11-23');
    expect(weekOf('2026-11-29')).toBe('2026-11-23'); // Sunday
  });
  it('adds the week up, refunds included, with a running total', () => {
    expect(
      weeklyProgress([
        { occurredOn: '2026-11-30', cents: 500 },
        { occurredOn: '2026-11-24', cents: 1000 },
        { occurredOn: '2026-11-25', cents: 2000 },
        { occurredOn: '2026-12-01', cents: -1000 },
      ]),
    ).toEqual([
      { weekOf: '2026-11-23', raisedCents: 3000, cumulativeCents: 3000 },
      { weekOf: '2026-11-30', raisedCents: -500, cumulativeCents: 2500 },
    ]);
  });
  it('gives percent of the goal with two decimals', () => {
    expect(progressPercent(2000, 3000)).toBe(66.67);
    expect(progressPercent(0, 3000)).toBe(0);
  });
});

describe('tax receipts for donations', () => {
  it('are refused to a SCIC or a SCOP, which are offered shares instead', () => {
    for (const form of ['SCIC_SAS', 'SCIC_SA', 'SCIC_SARL', 'SCOP_SA', 'SCOP_SARL']) {
      expect(taxReceiptRefusal(form)).toMatch(/cannot issue tax receipts.*Offer shares/);
    }
  });
  it('are refused to other companies, allowed to an association', () => {
    expect(taxReceiptRefusal('SA_COOP')).toMatch(/Only an association/);
    expect(taxReceiptRefusal('ASSOCIATION')).toBeNull();
  });
});
