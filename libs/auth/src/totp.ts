import { Secret, TOTP } from 'otpauth';
import { createHash, randomInt } from 'node:crypto';

/** RFC 6238 as every authenticator app reads it: SHA-1, 6 digits, 30 seconds. */
const PERIOD = 30;
const DIGITS = 6;
/** A code of the previous or the next step is good too (a clock a little off, a code typed late). */
const WINDOW = 1;
export const TOTP_ISSUER = 'Socius';

/** A code from the authenticator app. */
export const TOTP_CODE = /^\d{6}$/;
/** A recovery code as shown (`xxxxx-xxxxx`), the dash and letter case optional. */
export const RECOVERY_CODE = /^[A-Za-z0-9]{5}-?[A-Za-z0-9]{5}$/;
export const RECOVERY_CODE_COUNT = 10;
/** No 0/o, 1/l/i: a code read from paper is typed right. 31 symbols, 10 of them: about 50 bits. */
const RECOVERY_ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz';

const totp = (secret: string, label = '') =>
  new TOTP({
    issuer: TOTP_ISSUER,
    label,
    algorithm: 'SHA1',
    digits: DIGITS,
    period: PERIOD,
    secret: Secret.fromBase32(secret),
  });

/** A new secret (160 bits, as RFC 4226 recommends), base32 as the apps take it. */
export const newTotpSecret = (): string => new Secret({ size: 20 }).base32;

/** The `otpauth://` URL an authenticator app reads from a QR code. */
export const totpUrl = (secret: string, label: string): string => totp(secret, label).toString();

/** The time step of `code` if it is good at `now` (±1 step), else null. */
export function totpStep(secret: string, code: string, now = Date.now()): number | null {
  if (!TOTP_CODE.test(code)) return null;
  const t = totp(secret);
  const delta = t.validate({ token: code, timestamp: now, window: WINDOW });
  return delta === null ? null : t.counter({ timestamp: now }) + delta;
}

/** New recovery codes, `xxxxx-xxxxx`. */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  const one = () => Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join('');
  const codes = new Set<string>();
  while (codes.size < count) codes.add(one());
  return [...codes].map((c) => `${c.slice(0, 5)}-${c.slice(5)}`);
}

/** SHA-256 (hex) of a recovery code, whatever its dash and letter case. */
export const hashRecoveryCode = (code: string): string =>
  createHash('sha256').update(code.replace(/[\s-]/g, '').toLowerCase()).digest('hex');
