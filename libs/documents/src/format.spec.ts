import { DocumentFormat, formatSiren, todayIn } from './format';
import { postalAddress } from './postal-address';

describe('document formats', () => {
  const fr = new DocumentFormat('fr', 'Europe/Paris');
  const en = new DocumentFormat('en', 'Europe/Paris');

  it('writes dates the French way, in the organization time zone', () => {
    expect(fr.date(new Date('2026-11-25T10:00:00Z'))).toBe('25 novembre 2026');
    expect(fr.date(new Date('2026-11-30T23:30:00Z'))).toBe('1er décembre 2026'); // already 1 December in Paris
    expect(en.date(new Date('2026-11-25T10:00:00Z'))).toBe('25 November 2026');
    expect(fr.calendarDate('2026-01-01')).toBe('1er janvier 2026');
  });

  it('writes times as "14 h 30" in French, "14:30" in English', () => {
    expect(fr.dateTime(new Date('2026-11-25T13:30:00Z'))).toBe('25 novembre 2026 à 14 h 30');
    expect(en.dateTime(new Date('2026-07-01T07:05:00Z'))).toBe('1 July 2026 at 09:05');
  });

  it('writes numbers, percents and euros with French separators', () => {
    expect(fr.count(12345)).toBe('12\u202f345');
    expect(fr.percent(66.67)).toBe('66,67\u202f%');
    expect(en.percent(50)).toBe('50%');
    expect(fr.money(123456)).toBe('1\u202f234,56 €');
    expect(formatSiren('123456789')).toBe('123 456 789');
  });

  it('writes an address on one line, the country only outside France', () => {
    expect(
      postalAddress({
        addressLine1: '3 place Bellecour',
        addressLine2: null,
        postalCode: '69002',
        city: 'Lyon',
        country: 'FR',
      }),
    ).toBe('3 place Bellecour, 69002 Lyon');
    expect(
      postalAddress({
        addressLine1: 'Rue Neuve 1',
        addressLine2: 'Boîte 3',
        postalCode: '1000',
        city: 'Bruxelles',
        country: 'BE',
      }),
    ).toBe('Rue Neuve 1, Boîte 3, 1000 Bruxelles, BE');
    expect(
      postalAddress({ addressLine1: null, addressLine2: ' ', postalCode: null, city: null, country: 'FR' }),
    ).toBeNull();
  });

  it('knows today in the organization’s calendar', () => {
    expect(todayIn('Europe/Paris', new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(todayIn('America/Martinique', new Date('2027-01-01T02:00:00Z'))).toBe('2026-12-31');
  });
});
