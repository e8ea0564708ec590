import { describe, expect, it } from 'vitest';
import { withoutShorthand } from '../../src/core/chat-words.js';
import { engineOf } from '../helpers.js';

describe('chat shorthand in a question', () => {
  it('is read as the grammar words it stands for, one word for one word', () => {
    expect(withoutShorthand('Wat did peskov say b4 the talks')).toBe('What did peskov say before the talks');
    expect(withoutShorthand('how many us troops r still in syria')).toBe('how many US troops are still in syria');
  });

  it('leaves out a handle typed to address the bot ("@summit-bot what was…")', () => {
    const engine = engineOf('Erdogan said he would be looking for Putin to agree to a ceasefire.', 'Delegates at the summit talked about the bot attacks on social media.');
    expect(engine.answer('@summit-bot what was erdogan looking for?').passages[0]?.text).toContain('looking for Putin');
    expect(engine.answer('@summit-bot what was erdogan looking for?').passages).toHaveLength(1);
  });

  it('leaves out a request for the source ("source?", "need a source", "conf both sources pls"): every answer quotes one', () => {
    const engine = engineOf(
      'The agreement calls for a ceasefire as of midnight on Friday.',
      'A Turkish security source said the start of the ceasefire was a source of worry for the army on Friday.',
    );
    for (const question of ['source? when does the ceasefire start', 'when does the ceasefire start, source?', 'when does the ceasefire start? need a source', 'when does the ceasefire start - conf both sources pls']) {
      expect(engine.answer(question).passages[0]?.text, question).toContain('as of midnight');
    }
    // …but a source asked about is looked for.
    expect(engine.answer('what did the security source say about the ceasefire?').passages[0]?.text).toContain('security source');
    const kremlin = engineOf('The Kremlin said Putin and Erdogan would meet in Moscow on Thursday.', 'The Kremlin declined to confirm the account of Turkish security sources.');
    expect(kremlin.answer('Did the Kremlin confirm the sources?').passages[0]?.text).toContain('security sources');
  });

  it('reads chat filler ("smh", "y\'all", "dunno", "sorta") as filler, not as a corpus word one letter away ("Yale")', () => {
    const engine = engineOf('The agreement calls for a ceasefire as of midnight on Friday.', 'A Yale professor said the sort of truce agreed rarely lasts.');
    const answer = engine.answer('smh yall dunno when the ceasefire starts? sorta confused');
    expect(answer.corrections).toBeUndefined();
    expect(answer.passages[0]?.text).toContain('as of midnight');
  });

  it('leaves out an emoji described in words ("clock emoji"), which asks nothing', () => {
    expect(withoutShorthand('when does the ceasefire start tho clock emoji')).toBe('when does the ceasefire start tho  ');
    expect(withoutShorthand('how many kids died in the shelling crying-laughing emoji')).toBe('how many kids died in the shelling  ');
    // …but not an emoji asked about.
    expect(withoutShorthand('what emoji did erdogan use')).toBe('what emoji did erdogan use');
    expect(withoutShorthand('how many emojis did erdogan tweet')).toBe('how many emojis did erdogan tweet');
    const engine = engineOf('The agreement calls for a ceasefire as of midnight on Friday.', 'Markets fell in Istanbul as the lira weakened.');
    expect(engine.answer('when does the ceasefire start tho clock emoji').passages[0]?.text).toContain('as of midnight');
  });

  it('reads the grammar words typed wrong most often as the words meant', () => {
    expect(withoutShorthand('when dos the ceasfire start')).toBe('when does the ceasfire start');
    expect(withoutShorthand('Wich rebel groups dominate idlib, waht do they want')).toBe('Which rebel groups dominate idlib, what do they want');
    const engine = engineOf('The agreement calls for a ceasefire as of midnight on Friday.', 'Markets fell in Istanbul as the lira weakened.');
    expect(engine.answer('when dos the ceasfire start').passages[0]?.text).toContain('as of midnight');
  });

  it('reads "n" and "w" between two words as "and" and "with", but not after a preposition, where they are directions', () => {
    expect(withoutShorthand('how long did putin n erdogan talk')).toBe('how long did putin and erdogan talk');
    expect(withoutShorthand('wat triggered the invasion of n syria')).toBe('what triggered the invasion of n syria');
    expect(withoutShorthand('did they end up fighting w the cops, then w/ the army in w idlib')).toBe('did they end up fighting with the cops, then with the army in w idlib');
    expect(withoutShorthand('strikes on n idlib, 10 km w of idlib')).toBe('strikes on n idlib, 10 km w of idlib');
  });

  it('leaves out polite asides that ask nothing', () => {
    expect(withoutShorthand('How, if I may ask, does Russia regard the deal?').replace(/\s+/g, ' ')).toBe('How does Russia regard the deal?');
  });

  it('leaves words that only contain it alone, and the U of "U.S."', () => {
    expect(withoutShorthand('What reward does the U.S. offer? Watch the rwat border')).toBe('What reward does the U.S. offer? Watch the rwat border');
  });

  it('reads "the us" and "us officials" as the country, and "tell us" as the pronoun', () => {
    expect(withoutShorthand('did the us say turkey may defend itself, tell us')).toBe('did the US say turkey may defend itself, tell us');
    const eu = engineOf('The European Union promised 60 million euros in aid to Idlib on Monday.', 'Turkey opened its border with Greece to migrants.');
    expect(eu.answer('what sum did the US promise in aid to idlib').answered).toBe(false);
    expect(eu.answer('what sum did the us promise in aid to idlib').answered).toBe(false);
  });

  it('reads "Mar" as March by a day or a year, or after a word of time, and not elsewhere', () => {
    expect(withoutShorthand('CBRT cut on 17 Mar; lira on Mar 6; posts as of early Mar?')).toBe('CBRT cut on 17 March; lira on March 6; posts as of early March?');
    expect(withoutShorthand('the Deir Mar Musa monastery; did the strikes mar the truce?')).toBe('the Deir Mar Musa monastery; did the strikes mar the truce?');
  });

  it('asks for what a speaker said as the words in full do: no passage where Assad speaks, no answer', () => {
    const engine = engineOf('Putin and Erdogan agreed a new ceasefire in Idlib on Thursday.', "The new ceasefire leaves Assad's army in control of the M5 highway.");
    expect(engine.answer('what did assad himself say about the new ceasefire').answered).toBe(false);
    expect(engine.answer('wat did assad himself say about the new ceasefire').answered).toBe(false);
  });
});
