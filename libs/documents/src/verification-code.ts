import { randomBytes } from 'node:crypto';

/**
 * Crockford's base 32: digits and capitals without I, L, O and U, so a code read off paper and
 * typed again cannot be mistaken (I and L read as 1, O as 0).
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const VERIFICATION_CODE_LENGTH = 10;

/** Ten random symbols: 50 bits, far beyond guessing through a public endpoint. */
export function newVerificationCode(): string {
  // 32 divides 256: taking 5 bits of each byte keeps every symbol equally likely
  return [...randomBytes(VERIFICATION_CODE_LENGTH)].map((b) => ALPHABET[b & 31]).join('');
}

/** What a person typed, as stored: case, spaces and dashes ignored, look-alikes mapped; null if it cannot be a code. */
export function normalizeVerificationCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  return code.length === VERIFICATION_CODE_LENGTH && [...code].every((c) => ALPHABET.includes(c)) ? code : null;
}
