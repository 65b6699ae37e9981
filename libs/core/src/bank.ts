import { ValidateBy } from 'class-validator';

/**
 * IBAN length per country (ISO 13616 / SWIFT IBAN registry) for the SEPA scheme area: the
 * accounts a SEPA credit transfer can reach. An IBAN from any other country is refused.
 */
export const SEPA_IBAN_LENGTHS: Readonly<Record<string, number>> = Object.freeze({
  AD: 24,
  AT: 20,
  BE: 16,
  BG: 22,
  CH: 21,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  EE: 20,
  ES: 24,
  FI: 18,
  FR: 27,
  GB: 22,
  GI: 23,
  GR: 27,
  HR: 21,
  HU: 28,
  IE: 22,
  IS: 26,
  IT: 27,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MC: 27,
  MT: 31,
  NL: 18,
  NO: 15,
  PL: 28,
  PT: 25,
  RO: 24,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  VA: 22,
  // Crown dependencies use the GB format.
  GG: 22,
  IM: 22,
  JE: 22,
  // French overseas territories in the SEPA area: French format.
  BL: 27,
  GF: 27,
  GP: 27,
  MF: 27,
  MQ: 27,
  PM: 27,
  RE: 27,
  YT: 27,
});

/** "fr76 3000 6000 0112 3456 7890 189" → "FR7630006000011234567890189" (electronic format). */
export function normalizeIban(s: string): string {
  return s.replace(/\s+/g, '').toUpperCase();
}

/**
 * An IBAN in electronic format (no spaces, upper case: pass user input through `normalizeIban`
 * first) of a SEPA country, with its length and its ISO 13616 mod-97 check.
 */
export function isIban(s: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s)) return false;
  if (SEPA_IBAN_LENGTHS[s.slice(0, 2)] !== s.length) return false;
  const check = s.slice(2, 4);
  if (check === '00' || check === '01' || check === '99') return false;
  return ibanMod97(s.slice(4) + s.slice(0, 4)) === 1;
}

/**
 * The remainder mod 97 of the number the letters-as-digits string stands for (A=10 … Z=35),
 * folded character by character: the running value stays below 97 × 100, far from any limit.
 */
function ibanMod97(rearranged: string): number {
  let remainder = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    remainder = code <= 57 ? (remainder * 10 + (code - 48)) % 97 : (remainder * 100 + (code - 55)) % 97;
  }
  return remainder;
}

/**
 * A BIC (ISO 9362): 4 letters for the bank, 2 for the country, 2 characters of location and an
 * optional 3-character branch, upper case — exactly the `BICIdentifier` pattern of the ISO 20022
 * pain.001.001.03 schema (libs/shares/schemas), which a bank's validator applies:
 * `[A-Z]{6,6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3,3}){0,1}`. The location's first character is never 0
 * or 1 and its second never the letter O (in ISO 9362 a second character 0 marks a test BIC).
 */
export function isBic(s: string): boolean {
  return /^[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?$/.test(s);
}

export function IsIban() {
  return ValidateBy({
    name: 'isIban',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isIban(value),
      defaultMessage: () => '$property must be a valid IBAN',
    },
  });
}

export function IsBic() {
  return ValidateBy({
    name: 'isBic',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isBic(value),
      defaultMessage: () =>
        '$property must be a valid BIC (ISO 9362): 8 or 11 characters, as the pain.001 schema allows',
    },
  });
}

/** Letters that do not decompose into a base letter plus accents under NFD. */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'SS',
  Ł: 'L',
  ł: 'l',
  Œ: 'OE',
  œ: 'oe',
  Æ: 'AE',
  æ: 'ae',
  Ø: 'O',
  ø: 'o',
  Đ: 'D',
  đ: 'd',
  Ð: 'D',
  ð: 'd',
  Þ: 'TH',
  þ: 'th',
  ı: 'i',
  Ħ: 'H',
  ħ: 'h',
  '&': '+',
  '\u2018': "'",
  '\u2019': "'",
  '\u02bc': "'",
};

/**
 * Text restricted to the SEPA Latin character set (EPC: a-z A-Z 0-9 / - ? : ( ) . , ' + and
 * space): accents stripped, a few letters transliterated, `&` as `+`, everything else a space;
 * spaces collapsed, trimmed, cut to `max` characters.
 */
export function sepaText(s: string, max: number): string {
  return s
    .replace(/[ßẞŁłŒœÆæØøĐđÐðÞþıĦħ&\u2018\u2019\u02bc]/g, (c) => SPECIAL_LETTERS[c])
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9/\-?:().,'+ ]/g, ' ')
    .replace(/ +/g, ' ')
    .trim()
    .slice(0, Math.max(0, max))
    .trimEnd();
}
