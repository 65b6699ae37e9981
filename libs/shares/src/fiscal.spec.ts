import { addYears, fiscalYearOf } from './fiscal';

describe('fiscal years', () => {
  it('puts a date in the calendar year when the year closes on 31 December', () => {
    expect(fiscalYearOf('2026-03-15', '12-31')).toEqual({ startOn: '2026-01-01', endOn: '2026-12-31' });
    expect(fiscalYearOf('2026-12-31', '12-31')).toEqual({ startOn: '2026-01-01', endOn: '2026-12-31' });
    expect(fiscalYearOf('2027-01-01', '12-31')).toEqual({ startOn: '2027-01-01', endOn: '2027-12-31' });
  });

  it('spans two calendar years when the year closes on 30 June', () => {
    expect(fiscalYearOf('2026-07-01', '06-30')).toEqual({ startOn: '2026-07-01', endOn: '2027-06-30' });
    expect(fiscalYearOf('2026-06-30', '06-30')).toEqual({ startOn: '2025-07-01', endOn: '2026-06-30' });
  });

  it('keeps 28 February as the closing day across leap years', () => {
    expect(fiscalYearOf('2024-02-29', '02-28')).toEqual({ startOn: '2024-02-29', endOn: '2025-02-28' });
    expect(addYears('2024-02-29', 5)).toBe('2029-02-28');
  });
});
