// 10,000 generated partial inputs through the autocomplete handler's own function (autocompleteChoices, which
// calls complete() for questions and filters outlets), checked against Discord's limits for choices.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { autocompleteChoices } from '../../src/discord/interactions.js';
import { loadEngine } from '../helpers.js';
import { choiceViolations, hasLoneSurrogate, question } from './inputs.js';

const engine = await loadEngine();
/** What is typed so far: a prefix of a generated question, as Discord sends it keystroke by keystroke. */
const typing = fc.tuple(question, fc.nat()).map(([q, n]) => q.slice(0, n % (q.length + 1)));

describe('autocomplete, whatever has been typed', () => {
  it('never throws and offers at most 25 choices of 1-100 characters, the typed text first (10,000 inputs)', () => {
    fc.assert(
      fc.property(typing, fc.constantFrom('question', 'question', 'question', 'outlet', 'since'), (typed, option) => {
        const choices = autocompleteChoices(engine, option, typed);
        expect(choiceViolations(choices)).toEqual([]);
        const text = typed.replace(/\s+/g, ' ').trim();
        if (option === 'question' && text && text.length <= 100) expect(choices[0]?.value).toBe(text);
      }),
      { numRuns: 10_000 },
    );
  }, 180_000);

  it('cuts a long choice without splitting an emoji in two', () => {
    const choices = autocompleteChoices(engine, 'question', `${'b'.repeat(98)}😀x`);
    expect(choices.some((c) => hasLoneSurrogate(c.name))).toBe(false);
  });
});
