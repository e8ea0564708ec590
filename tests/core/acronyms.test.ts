import { describe, expect, it } from 'vitest';
import { acronymsIn } from '../../src/core/acronyms.js';
import { buildCorpus } from '../../src/core/corpus.js';
import { Engine } from '../../src/core/engine.js';
import { engineOf } from '../helpers.js';

describe('acronymsIn', () => {
  it('finds the names the texts spell out, by their initials, past a capitalised word before them', () => {
    const found = acronymsIn(['The International Organization for Migration said 13,000 people had gathered. The World Health Organization’s team left.']);
    expect(found.get('iom')).toEqual(['International', 'Organization', 'for', 'Migration']);
    expect(found.get('who')).toEqual(['World', 'Health', 'Organization']);
    // Punctuation, a full stop too, ends a name.
    expect(acronymsIn(['Aid came from the International Organization for Migration. The World Food Programme sent more.']).get('iom')).toEqual([
      'International',
      'Organization',
      'for',
      'Migration',
    ]);
    expect(acronymsIn(['In Ankara, Turkish officials spoke.']).has('at')).toBe(false);
  });

  it('finds a name followed by another after a small word ("Bab al-Hawa in February")', () => {
    expect(acronymsIn(['Some 1,200 trucks crossed at Bab al-Hawa in February.']).get('bh')).toEqual(['Bab', 'al-Hawa']);
  });

  it('gives an acronym inside a name all its letters ("UN Security Council" is the UNSC)', () => {
    expect(acronymsIn(['The UN Security Council met on Friday.']).get('unsc')).toEqual(['UN', 'Security', 'Council']);
  });

  it('gives an Arabic name joined to its article the letter after it ("Hayat Tahrir al-Sham" is HTS)', () => {
    expect(acronymsIn(['Hayat Tahrir al-Sham controls much of the province.']).get('hts')).toEqual(['Hayat', 'Tahrir', 'al-Sham']);
    expect(acronymsIn(['Hayat Tahrir Al-Sham controls much of the province.']).get('hts')).toEqual(['Hayat', 'Tahrir', 'Al-Sham']);
  });
});

describe('a question with an acronym the articles never write', () => {
  it('is answered from the name they spell out', () => {
    const corpus = buildCorpus(
      [
        'The International Organization for Migration said at least 13,000 people had gathered along the border.',
        'Markets fell in Istanbul as the lira weakened.',
      ].map((body, i) => ({ path: `${i}.md`, bytes: new TextEncoder().encode(`---\ntitle: "Report"\noutlet: O${i}\ndate: 2020-03-0${i + 1}\n---\n\n${body}\n`) })),
    );
    if (!corpus.ok) throw new Error('fixture invalid');
    const answer = new Engine(corpus.value).answer('how many people gathered at the border according to the IOM?');
    expect(answer.passages[0]?.text).toContain('13,000');
  });

  it('is read in the possessive too ("the HTS\'s view")', () => {
    const held = 'Much of the area is held by Hayat Tahrir al-Sham, which has not endorsed the protest.';
    const answer = engineOf(held, 'Markets fell in Istanbul as the lira weakened.').answer("What is the HTS's view of the protest?");
    expect(answer.passages[0]?.text).toBe(held);
  });

  it('is answered from an Arabic name spelled out with its article ("al-Sham")', () => {
    const held = 'Much of the area is held by Hayat Tahrir al-Sham, which has not endorsed the protest.';
    const answer = engineOf(held, 'Markets fell in Istanbul as the lira weakened.').answer('Is HTS backing the protest?');
    expect(answer.passages[0]?.text).toBe(held);
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
