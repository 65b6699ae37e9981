import { SecretBox } from './secret-box';

describe('SecretBox', () => {
  const box = new SecretBox('a server secret of at least thirty-two characters', 'totp');

  it('opens what it sealed, for the same owner, and never shows the plaintext', () => {
    const sealed = box.seal('JBSWY3DPEHPK3PXP', 'user-1');
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(box.open(sealed, 'user-1')).toBe('JBSWY3DPEHPK3PXP');
    expect(box.seal('JBSWY3DPEHPK3PXP', 'user-1')).not.toBe(sealed); // a new IV each time
  });

  it('refuses another owner, another key or purpose, and an altered value', () => {
    const sealed = box.seal('JBSWY3DPEHPK3PXP', 'user-1');
    expect(() => box.open(sealed, 'user-2')).toThrow(/does not open/);
    expect(() =>
      new SecretBox('a server secret of at least thirty-two characters', 'other').open(sealed, 'user-1'),
    ).toThrow();
    expect(() =>
      new SecretBox('another server secret, thirty-two characters+', 'totp').open(sealed, 'user-1'),
    ).toThrow();
    const [v, iv, body, tag] = sealed.split('.');
    const flipped = Buffer.from(body, 'base64url');
    flipped[0] ^= 1;
    expect(() => box.open([v, iv, flipped.toString('base64url'), tag].join('.'), 'user-1')).toThrow();
    expect(() => box.open('JBSWY3DPEHPK3PXP', 'user-1')).toThrow(/Not a sealed value/);
  });
});
