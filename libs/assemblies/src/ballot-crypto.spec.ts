import { createHash, randomBytes } from 'node:crypto';
import { ballotKeyOf, decryptChoice, encryptChoice } from './ballot-crypto';

const SECRET = 'a-ballot-secret-for-the-unit-tests-0000';
const RESOLUTION = '6f1c2a7e-1111-4222-8333-444455556666';
const key = ballotKeyOf(SECRET, RESOLUTION);
const rh = () => createHash('sha256').update(randomBytes(16)).digest('hex');

describe('ballot-crypto', () => {
  it('decrypts what it encrypted: a motion choice, an election choice', () => {
    for (const choice of [['for'], ['against'], ['abstain'], ['alice', 'chloé']]) {
      const h = rh();
      expect(decryptChoice(key, RESOLUTION, h, encryptChoice(key, RESOLUTION, h, choice))).toEqual(choice);
    }
  });

  it('derives one key per secret and resolution', () => {
    expect(ballotKeyOf(SECRET, RESOLUTION)).toHaveLength(32);
    expect(ballotKeyOf(SECRET, RESOLUTION).equals(key)).toBe(true);
    expect(ballotKeyOf(SECRET, 'another').equals(key)).toBe(false);
    expect(ballotKeyOf('another-secret-another-secret-000000', RESOLUTION).equals(key)).toBe(false);
  });

  it('refuses another key, another box or receipt (the associated data), and any altered byte', () => {
    const h = rh();
    const c = encryptChoice(key, RESOLUTION, h, ['for']);
    expect(() =>
      decryptChoice(ballotKeyOf('another-secret-another-secret-000000', RESOLUTION), RESOLUTION, h, c),
    ).toThrow();
    expect(() => decryptChoice(ballotKeyOf(SECRET, 'another'), RESOLUTION, h, c)).toThrow();
    expect(() => decryptChoice(key, 'another', h, c)).toThrow();
    expect(() => decryptChoice(key, RESOLUTION, rh(), c)).toThrow();
    for (let i = 0; i < c.length; i++) {
      const t = Buffer.from(c);
      t[i] ^= 1;
      expect(() => decryptChoice(key, RESOLUTION, h, t)).toThrow();
    }
    expect(() => decryptChoice(key, RESOLUTION, h, c.subarray(0, 20))).toThrow();
  });

  it('draws a new nonce for each ballot: the same choice never gives the same bytes', () => {
    const h = rh();
    const seen = new Set<string>();
    for (let i = 0; i < 100; i++) seen.add(encryptChoice(key, RESOLUTION, h, ['for']).toString('hex'));
    expect(seen.size).toBe(100);
    const nonces = new Set([...seen].map((c) => c.slice(0, 24)));
    expect(nonces.size).toBe(100);
  });
});
