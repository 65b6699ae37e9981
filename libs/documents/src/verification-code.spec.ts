import { newVerificationCode, normalizeVerificationCode } from './verification-code';

describe('verification codes', () => {
  it('are ten symbols without I, L, O or U', () => {
    for (let i = 0; i < 200; i++) expect(newVerificationCode()).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
  });

  it('read back what a person typed: lower case, dashes, spaces, look-alike letters', () => {
    const code = 'AB12CD34EF';
    expect(normalizeVerificationCode('ab12c-d34ef')).toBe(code);
    expect(normalizeVerificationCode(' AB12 CD34 EF ')).toBe(code);
    expect(normalizeVerificationCode('0O1IL00000')).toBe('0011100000');
  });

  it('refuse what cannot be a code', () => {
    expect(normalizeVerificationCode('AB12CD34E')).toBeNull();
    expect(normalizeVerificationCode('AB12CD34EFG')).toBeNull();
    expect(normalizeVerificationCode('AB12CD34EU')).toBeNull();
    expect(normalizeVerificationCode('%')).toBeNull();
  });
});
