import { createHash, createHmac, hkdfSync } from 'node:crypto';

/**
 * Voting codes (docs/ballot-secrecy.md, "Voting codes"). A member's code for an assembly is derived,
 * not drawn: `HMAC-SHA256(key, code id)` where the code id is a random UUID drawn for each issue and
 * stored with the code's hash, and the key is `HKDF-SHA256(BALLOT_SECRET, salt "socius/voting-code/v1")`.
 * So a retried e-mail carries the same code as the first, a letter printed twice shows the same
 * code, and neither the code nor anything that gives it is in the database: only its hash and the id,
 * which without the server's secret give nothing.
 */

const SALT = 'socius/voting-code/v1';
/** Crockford's base32: no I, L, O, U, so a code copied from paper is read one way. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 16 symbols of 5 bits: 80 bits, beyond guessing at 20 wrong tries a minute per address. */
const SYMBOLS = 16;

/** The key voting codes are derived with, from the server's secret. */
export function votingCodeKeyOf(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, SALT, 'voting codes', 32));
}

/** The code of one issue, as printed and sent: `XXXX-XXXX-XXXX-XXXX`. */
export function votingCodeOf(key: Buffer, codeId: string): string {
  const mac = createHmac('sha256', key).update(codeId).digest();
  let bits = 0n;
  for (const byte of mac.subarray(0, 10)) bits = (bits << 8n) | BigInt(byte);
  let code = '';
  for (let i = SYMBOLS - 1; i >= 0; i--) code += ALPHABET[Number((bits >> BigInt(i * 5)) & 31n)];
  return code.match(/.{4}/g)!.join('-');
}

/** A code as typed, as its hash is taken: case, spaces and dashes ignored, O read as 0 and I or L as 1. */
export function canonicalVotingCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

const sha256 = (code: string) => createHash('sha256').update(`voting-code:${code}`).digest('hex');

/** What is stored of a code: the SHA-256 of its canonical form (80 random bits: no salt needed). */
export const hashCode = (code: string) => sha256(canonicalVotingCode(code));

/** The hashes a typed code may be stored under: its canonical form's, and its own (codes issued before these). */
export const codeHashesOf = (typed: string): string[] => [hashCode(typed), sha256(typed)];
