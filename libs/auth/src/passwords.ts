import { ValidationError } from '@socius/core';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import * as fr from '@zxcvbn-ts/language-fr';
import * as argon2 from 'argon2';

/** OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane. */
const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** zxcvbn's scale is 0 (guessed at once) to 4; 3 means "safely unguessable" against online and slow offline attacks. */
const MIN_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;

/** zxcvbn-ts with the common, English and French dictionaries, built on first use. */
function strength(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    translations: en.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...en.dictionary, ...fr.dictionary },
  });
  return estimator;
}

export const hashPassword = (password: string) => argon2.hash(password, ARGON2_OPTIONS);

export const verifyPassword = (hash: string, password: string) => argon2.verify(hash, password);

/**
 * Refuses a password that is easy to guess (a 400 naming `field`), judged by zxcvbn-ts with the
 * account's own e-mail and name as known words.
 */
export function assertStrongPassword(password: string, knownWords: string[], field = 'password'): void {
  const result = strength().check(
    password,
    knownWords.flatMap((w) => w.toLowerCase().split(/[\s@.]+/)).filter(Boolean),
  );
  if (result.score >= MIN_SCORE) return;
  const advice = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean).join(' ');
  throw ValidationError.field(
    field,
    `is too easy to guess${advice ? `: ${advice}` : ''} Use a longer phrase of unrelated words.`,
  );
}
