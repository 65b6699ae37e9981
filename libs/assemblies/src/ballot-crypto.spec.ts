import { randomBytes } from 'node:crypto';
import {
  CIPHERTEXT_BYTES,
  choiceOf,
  Decryptor,
  EncryptedSum,
  encryptChoice,
  optionsOf,
  privateKeyOf,
  publicKeyOf,
} from './ballot-crypto';

const SECRET = 'a-ballot-secret-for-the-unit-tests-0000';
const RESOLUTION = '6f1c2a7e-1111-4222-8333-444455556666';
const motion = optionsOf({ kind: 'motion', candidates: [] });
const election = optionsOf({ kind: 'election', candidates: [{ key: 'alice' }, { key: 'bruno' }, { key: 'chloe' }] });
const key = publicKeyOf(SECRET, RESOLUTION);
const receipt = () => randomBytes(16).toString('base64url');

describe('ballot-crypto', () => {
  it('encrypts one ciphertext per option: a motion for and against, an election each candidate and abstain', () => {
    expect(motion).toEqual(['for', 'against']);
    expect(election).toEqual(['alice', 'bruno', 'chloe', 'abstain']);
    expect(encryptChoice(key, RESOLUTION, receipt(), motion, ['for'])).toHaveLength(2 * CIPHERTEXT_BYTES);
  });

  it('gives the same choice different ciphertexts under different receipts, and the same under one receipt', () => {
    const r = receipt();
    const a = encryptChoice(key, RESOLUTION, r, motion, ['for']);
    expect(encryptChoice(key, RESOLUTION, r, motion, ['for']).equals(a)).toBe(true);
    expect(encryptChoice(key, RESOLUTION, receipt(), motion, ['for']).equals(a)).toBe(false);
  });

  it('recomputes the choice from the receipt, and nothing from another receipt', () => {
    for (const choice of [['for'], ['against'], ['abstain']]) {
      const r = receipt();
      const c = encryptChoice(key, RESOLUTION, r, motion, choice);
      expect(choiceOf(key, RESOLUTION, r, motion, c)).toEqual(choice);
      expect(choiceOf(key, RESOLUTION, receipt(), motion, c)).toBeNull();
    }
    const r = receipt();
    const c = encryptChoice(key, RESOLUTION, r, election, ['alice', 'chloe']);
    expect(choiceOf(key, RESOLUTION, r, election, c)).toEqual(['alice', 'chloe']);
  });

  it('decrypts sums, weighted too, with the private key of the server secret, and not with another', () => {
    const choices = ['for', 'against', 'for', 'abstain', 'for', 'against', 'for'];
    const weights = [1, 5, 2, 7, 3, 1, 10];
    const sums = motion.map(() => new EncryptedSum());
    const weighted = motion.map(() => new EncryptedSum());
    choices.forEach((choice, b) => {
      const c = encryptChoice(key, RESOLUTION, receipt(), motion, [choice]);
      motion.forEach((_, i) => {
        const one = new EncryptedSum();
        one.add(c.subarray(i * CIPHERTEXT_BYTES, (i + 1) * CIPHERTEXT_BYTES));
        sums[i] = sums[i].plus(one);
        weighted[i] = weighted[i].plus(one.times(weights[b]));
      });
    });
    const d = new Decryptor(privateKeyOf(SECRET, RESOLUTION), 29);
    expect(sums.map((s) => d.decrypt(s, 7))).toEqual([4, 2]);
    expect(weighted.map((s) => d.decrypt(s, 29))).toEqual([1 + 2 + 3 + 10, 5 + 1]);
    // another secret, or another resolution's key, decrypts nothing
    expect(() =>
      new Decryptor(privateKeyOf('another-secret-another-secret-000000', RESOLUTION), 29).decrypt(sums[0], 7),
    ).toThrow(/does not decrypt/);
    expect(() => new Decryptor(privateKeyOf(SECRET, 'another'), 29).decrypt(sums[0], 7)).toThrow(/does not decrypt/);
    // an empty sum is 0
    expect(d.decrypt(new EncryptedSum(), 0)).toBe(0);
  });

  it('derives the key pair from the secret and the resolution: another resolution has another key', () => {
    expect(publicKeyOf(SECRET, 'another').publicKey).not.toBe(key.publicKey);
    expect(publicKeyOf(SECRET, RESOLUTION).publicKey).toMatch(/^[0-9a-f]{64}$/);
  });
});
