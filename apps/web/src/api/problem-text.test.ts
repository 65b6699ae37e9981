import { describe, expect, it } from 'vitest';
import { frenchFieldMessage, frenchProblem } from './problem-text';

describe('the API’s problems in French', () => {
  it('translates the shapes of field messages, keeping their figures', () => {
    expect(frenchFieldMessage('quantity must not be greater than 40')).toBe('ne doit pas dépasser 40');
    expect(frenchFieldMessage('would exceed the maximum of 20 per member')).toBe(
      'dépasserait le maximum de 20 parts par sociétaire',
    );
    expect(frenchFieldMessage('email must be an e-mail address')).toBe('doit être une adresse e-mail valide');
    expect(frenchFieldMessage('is set by the cooperative, not in a member’s own request')).toBe(
      'est fixé par la coopérative',
    );
    expect(
      frenchFieldMessage('is too easy to guess: add another word. Use a longer phrase of unrelated words.'),
    ).toMatch(/^est trop facile à deviner/);
  });

  it('leaves a message it does not know as the API wrote it', () => {
    expect(frenchFieldMessage('"abstain" is reserved')).toBe('"abstain" is reserved');
  });

  it('names a problem by its type, or keeps its detail', () => {
    expect(frenchProblem('share-maximum', 'A member may hold at most 40 shares of class A')).toMatch(/^Ce nombre/);
    expect(frenchProblem('some-new-rule', 'Something new.')).toBe('Something new.');
  });
});
