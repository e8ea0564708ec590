import { describe, expect, it } from 'vitest';
import { withoutJargon } from '../../src/core/jargon.js';
import { engineOf } from '../helpers.js';

const nowhere = () => false;

describe("the war's jargon in a question", () => {
  it('is read as the words the articles write for it, singular or plural', () => {
    expect(withoutJargon('How many IDPs went home? Did the SAA shell Sarmin?', nowhere)).toBe(
      'How many displaced people went home? Did the Syrian army shell Sarmin?',
    );
    expect(withoutJargon('turkish MoD claims 2 APCs hit', nowhere)).toBe('turkish defence ministry claims 2 armoured vehicles hit');
  });

  it('is left as typed where the articles write it, or where the letters are a word ("er", "dc")', () => {
    expect(withoutJargon('How many IDPs went home?', () => true)).toBe('How many IDPs went home?');
    expect(withoutJargon('er, what did the dc circuit say', nowhere)).toBe('er, what did the dc circuit say');
    expect(withoutJargon('the IDPSA report', nowhere)).toBe('the IDPSA report');
  });

  it('finds the passage that says it in words, where the acronym alone named nothing the articles know', () => {
    const returned = 'About 45,000 displaced people have returned home since the truce, local councils said.';
    const police = 'Some 1,000 police officers returned to the Greek border on Sunday.';
    const answer = engineOf(police, returned).answer('How many IDPs have returned home since the truce?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toBe(returned);
  });
});

describe('an acronym the articles spell out', () => {
  it('may keep small letters of the name ("BaH" for Bab al-Hawa)', () => {
    const bah = 'Some 1,200 trucks crossed at Bab al-Hawa in February, aid officials said.';
    const kilis = 'Some 300 trucks crossed at Kilis in February, aid officials said.';
    const answer = engineOf(kilis, bah).answer('How many trucks went through BaH in February?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toBe(bah);
  });

  it('is not looked for among the names when the word has aliases ("MPs" is no "Movement Party")', () => {
    const party = 'The Nationalist Movement Party said it backed the Moscow deal.';
    const deputies = 'Deputies said the Moscow deal left Turkish troops exposed.';
    expect(engineOf(party, deputies).answer('What did the MPs say about the Moscow deal?').passages[0]?.text).toBe(deputies);
  });
});

describe('a month typed short', () => {
  it('is the month ("8 Apr")', () => {
    const april = 'At a meeting on April 8, donors agreed to fund 20 isolation wards.';
    const march = 'At a meeting on March 8, donors discussed winter tents.';
    const answer = engineOf(march, april).answer('What was agreed at the donors meeting on 8 Apr?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toBe(april);
  });
});
