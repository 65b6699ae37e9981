import { describe, expect, it } from 'vitest';
import { activate } from './i18n';
import { euros, parseEuros } from './format';

describe('amounts typed by a person', () => {
  it('reads euros with a comma or a point, as integer cents', () => {
    expect(parseEuros('25')).toBe(2500);
    expect(parseEuros('25,5')).toBe(2550);
    expect(parseEuros('12.05')).toBe(1205);
    expect(parseEuros(' 1000,00 € ')).toBe(100000);
  });

  it('refuses what is not an amount rather than guessing', () => {
    for (const text of ['', 'abc', '1,234', '12,345', '-5', '1e3', '12 50']) expect(parseEuros(text)).toBeUndefined();
  });

  it('writes cents as euros in the page’s language', () => {
    expect(euros(123456).replace(/\s/g, ' ')).toBe('1 234,56 €');
    activate('en');
    expect(euros(123456)).toBe('€1,234.56');
    activate('fr');
  });
});
