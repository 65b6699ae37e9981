import { validateSync } from 'class-validator';
import { IsBic, IsIban, isBic, isIban, normalizeIban, sepaText } from './bank';

describe('IBAN', () => {
  it.each([
    'FR7630006000011234567890189',
    'DE89370400440532013000',
    'BE68539007547034',
    'GB82WEST12345698765432',
    'NL91ABNA0417164300',
    'IT60X0542811101000000123456',
    'ES9121000418450200051332',
    'CH9300762011623852957',
    'LU280019400644750000',
    'AT611904300234573201',
    'PT50000201231234567890154',
    'IE29AIBK93115212345678',
    'MC5811222000010123456789030',
  ])('accepts %s', (iban) => {
    expect(isIban(iban)).toBe(true);
  });

  it('normalizes the print format', () => {
    expect(normalizeIban(' fr76 3000 6000 0112 3456 7890 189 ')).toBe('FR7630006000011234567890189');
    expect(isIban(normalizeIban('de89 3704 0044 0532 0130 00'))).toBe(true);
  });

  it('refuses the print format itself: callers normalize first', () => {
    expect(isIban('FR76 3000 6000 0112 3456 7890 189')).toBe(false);
    expect(isIban('fr7630006000011234567890189')).toBe(false);
  });

  it('refuses a typo: one changed digit, two swapped digits', () => {
    expect(isIban('FR7630006000011234567890188')).toBe(false);
    expect(isIban('DE89370400440532013001')).toBe(false);
    expect(isIban('BE68539007547043')).toBe(false);
    expect(isIban('FR7630006000011234567809189')).toBe(false);
  });

  it('refuses a wrong length for the country', () => {
    expect(isIban('FR763000600001123456789018')).toBe(false);
    expect(isIban('DE893704004405320130001')).toBe(false);
    // A German account number behind a French country code.
    expect(isIban('FR89370400440532013000')).toBe(false);
  });

  it('refuses unknown countries, bad check digits and garbage', () => {
    expect(isIban('XX89370400440532013000')).toBe(false);
    expect(isIban('')).toBe(false);
    expect(isIban('FR76')).toBe(false);
    expect(isIban('FR7630006000011234567890-89')).toBe(false);
    expect(isIban('FRXX30006000011234567890189')).toBe(false);
  });

  it('handles long IBANs without losing precision (letters expand to two digits)', () => {
    expect(isIban('MT84MALT011000012345MTLCAST001S')).toBe(true);
    expect(isIban('MT84MALT011000012345MTLCAST001T')).toBe(false);
  });
});

describe('BIC', () => {
  it('accepts 8 and 11 characters', () => {
    expect(isBic('BNPAFRPP')).toBe(true);
    expect(isBic('BNPAFRPPXXX')).toBe(true);
    expect(isBic('AGRIFRPP882')).toBe(true);
    expect(isBic('DEUTDEFF500')).toBe(true);
  });

  it('refuses other lengths, lower case and digits in the bank or country code', () => {
    expect(isBic('BNPAFRP')).toBe(false);
    expect(isBic('BNPAFRPPXX')).toBe(false);
    expect(isBic('BNPAFRPPXXXX')).toBe(false);
    expect(isBic('bnpafrpp')).toBe(false);
    expect(isBic('BNP1FRPP')).toBe(false);
    expect(isBic('BNPAF1PP')).toBe(false);
    // the pain.001.001.03 BICIdentifier pattern: location [A-Z2-9][A-NP-Z0-9]
    expect(isBic('ABCDFR1A')).toBe(false);
    expect(isBic('BNPAFRPO')).toBe(false);
    expect(isBic('BNPAFR2A')).toBe(true);
    expect(isBic('BNPAFRP0')).toBe(true);
    expect(isBic('')).toBe(false);
  });
});

describe('IsIban / IsBic decorators', () => {
  class Account {
    @IsIban() iban: unknown;
    @IsBic() bic: unknown;
  }

  function errors(iban: unknown, bic: unknown) {
    const a = new Account();
    a.iban = iban;
    a.bic = bic;
    return validateSync(a).flatMap((e) => Object.values(e.constraints ?? {}));
  }

  it('passes valid values', () => {
    expect(errors('FR7630006000011234567890189', 'BNPAFRPP')).toEqual([]);
  });

  it('reports invalid values and non-strings', () => {
    expect(errors('FR7630006000011234567890188', 'BNPA')).toEqual([
      'iban must be a valid IBAN',
      'bic must be a valid BIC (ISO 9362): 8 or 11 characters, as the pain.001 schema allows',
    ]);
    expect(errors(42, null)).toHaveLength(2);
  });
});

describe('sepaText', () => {
  it('transliterates to the SEPA Latin character set', () => {
    expect(sepaText('Łukasz Wałęsa & Fils — Société', 70)).toBe('Lukasz Walesa + Fils Societe');
    expect(sepaText('Straße Œuvre Ærø', 70)).toBe('Strasse OEuvre AEro');
    expect(sepaText('Coopérative « L’Épi d’Or »', 70)).toBe("Cooperative L'Epi d'Or");
    expect(sepaText('Ñandú Çà ü', 70)).toBe('Nandu Ca u');
  });

  it('keeps the allowed punctuation and replaces the rest by spaces', () => {
    expect(sepaText("Ref: A/B-1? (x). y, z' +", 70)).toBe("Ref: A/B-1? (x). y, z' +");
    expect(sepaText('a<b>c"d;e_f@g#h*i', 70)).toBe('a b c d e f g h i');
    expect(sepaText('Ville 北京 €', 70)).toBe('Ville');
  });

  it('collapses whitespace, trims, and cuts to the maximum without a trailing space', () => {
    expect(sepaText('  a \t\n  b  ', 70)).toBe('a b');
    expect(sepaText('abcdef', 3)).toBe('abc');
    expect(sepaText('abc def', 4)).toBe('abc');
    expect(sepaText('é'.repeat(100), 70)).toHaveLength(70);
    expect(sepaText('', 10)).toBe('');
  });
});
