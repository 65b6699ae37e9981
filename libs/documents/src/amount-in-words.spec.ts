import { euroAmountInWords, frenchNumber } from './amount-in-words';

describe('amounts in French words (cerfa 11580)', () => {
  it('spells the irregular numbers', () => {
    expect(frenchNumber(21)).toBe('vingt et un');
    expect(frenchNumber(71)).toBe('soixante et onze');
    expect(frenchNumber(80)).toBe('quatre-vingts');
    expect(frenchNumber(81)).toBe('quatre-vingt-un');
    expect(frenchNumber(99)).toBe('quatre-vingt-dix-neuf');
    expect(frenchNumber(200)).toBe('deux cents');
    expect(frenchNumber(201)).toBe('deux cent un');
    expect(frenchNumber(1000)).toBe('mille');
    expect(frenchNumber(80_000)).toBe('quatre-vingt mille');
    expect(frenchNumber(2_000_000)).toBe('deux millions');
  });

  it('writes euros and cents as a receipt does', () => {
    expect(euroAmountInWords(123_456)).toBe('mille deux cent trente-quatre euros et cinquante-six centimes');
    expect(euroAmountInWords(100)).toBe('un euro');
    expect(euroAmountInWords(5_000)).toBe('cinquante euros');
    expect(euroAmountInWords(100_000_000)).toBe("un million d'euros");
    expect(euroAmountInWords(1)).toBe('zéro euro et un centime');
  });
});
