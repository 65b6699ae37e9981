import { TOTP } from 'otpauth';
import { hashRecoveryCode, newRecoveryCodes, newTotpSecret, RECOVERY_CODE, totpStep, totpUrl } from './totp';

describe('totp', () => {
  const secret = newTotpSecret();
  const app = new TOTP({ secret, algorithm: 'SHA1', digits: 6, period: 30 });
  const now = Date.UTC(2026, 0, 15, 12, 0, 10);
  const step = Math.floor(now / 30_000);

  it('accepts the code of this step, the one before and the one after, and says which step it was', () => {
    expect(totpStep(secret, app.generate({ timestamp: now }), now)).toBe(step);
    expect(totpStep(secret, app.generate({ timestamp: now - 30_000 }), now)).toBe(step - 1);
    expect(totpStep(secret, app.generate({ timestamp: now + 30_000 }), now)).toBe(step + 1);
  });

  it('refuses a code two steps away, and anything not six digits', () => {
    expect(totpStep(secret, app.generate({ timestamp: now - 60_000 }), now)).toBeNull();
    expect(totpStep(secret, app.generate({ timestamp: now + 60_000 }), now)).toBeNull();
    expect(totpStep(secret, '12345', now)).toBeNull();
    expect(totpStep(secret, 'abcdef', now)).toBeNull();
  });

  it('writes the otpauth URL of the issuer Socius, labelled with the e-mail', () => {
    const url = new URL(totpUrl(secret, 'camille@example.coop'));
    expect(url.protocol).toBe('otpauth:');
    expect(url.host).toBe('totp');
    expect(decodeURIComponent(url.pathname)).toBe('/Socius:camille@example.coop');
    expect(Object.fromEntries(url.searchParams)).toEqual(
      expect.objectContaining({ secret, issuer: 'Socius', algorithm: 'SHA1', digits: '6', period: '30' }),
    );
  });

  it('makes ten distinct recovery codes, hashed the same whatever the dash and case', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[2-9a-hjkmnp-z]{5}-[2-9a-hjkmnp-z]{5}$/);
    expect(codes.every((c) => RECOVERY_CODE.test(c))).toBe(true);
    expect(hashRecoveryCode(codes[0])).toMatch(/^[0-9a-f]{64}$/);
    expect(hashRecoveryCode(codes[0].toUpperCase().replace('-', ''))).toBe(hashRecoveryCode(codes[0]));
    expect(hashRecoveryCode(codes[1])).not.toBe(hashRecoveryCode(codes[0]));
  });
});
