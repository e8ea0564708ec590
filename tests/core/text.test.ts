import { describe, expect, it } from 'vitest';
import { fold, terms, tokenize } from '../../src/core/text.js';

describe('fold', () => {
  it('folds case and diacritics without deleting letters', () => {
    expect(fold('Erdoğan')).toBe('erdogan');
    expect(fold('Çavuşoğlu')).toBe('cavusoglu');
    expect(fold('İstanbul')).toBe('istanbul');
    expect(fold('Lenarčič')).toBe('lenarcic');
    expect(fold('ılık straße')).toBe('ilik strasse');
    // Transliterated Arabic: the ayn and hamza marks are typed by nobody.
    expect(terms('ʿAbd al-Karīm Saʿdūn, Maʿarrat al-Nuʿmān')).toEqual(terms("Abd al-Karim Sadun, Maarrat al-Nu'man"));
  });
});

describe('terms', () => {
  it('matches names written with and without diacritics', () => {
    expect(terms('Erdoğan, Çavuşoğlu')).toEqual(terms('Erdogan, Cavusoglu'));
  });

  it('drops stop words and question filler', () => {
    expect(terms('What did the articles say about the ceasefire?')).toEqual(terms('ceasefire'));
  });

  it('stems with Porter2, which keeps "news" apart from "new"', () => {
    expect(terms('soldiers killed')).toEqual(terms('soldier kill'));
    expect(terms('Idlib news')).not.toEqual(terms('Idlib new'));
  });

  it('treats ceasefire, cease-fire, cease fire and truce as one term', () => {
    const ceasefire = terms('ceasefire')[0];
    expect(terms('truce')).toContain(ceasefire);
    expect(terms('cease-fire')).toContain(ceasefire);
    expect(terms('cease fire')).toEqual([ceasefire]);
  });

  it('reads a head of state as a president and a head of government as a chancellor', () => {
    expect(terms('the German head of government')).toEqual(terms('the German chancellor'));
    expect(terms('head of state')).toEqual(terms('president'));
  });

  it('treats the skies over a place as its airspace, cops as police and a mum as a mother', () => {
    expect(terms('the skies over Idlib')).toEqual(terms('the airspace over Idlib'));
    expect(terms('sky')).toEqual(terms('airspace'));
    expect(terms('Greek cops')).toEqual(terms('Greek police'));
    expect(terms('his mum')).toEqual(terms('his mother'));
  });

  it('drops chat filler that names nothing: "stuff", "happening"', () => {
    expect(terms("what's happening with the planes and stuff")).toEqual(terms('planes'));
  });

  it('reads "can\'t", typed in a question, as the articles\' "cannot"', () => {
    expect(terms("Europe can't decide")).toEqual(terms('Europe cannot decide'));
  });

  it('reads U.S. and US as the country but "us" as a pronoun', () => {
    expect(terms('U.S. troops')).toEqual(terms('US troops'));
    expect(terms('United States troops')).toEqual(terms('US troops'));
    expect(terms('give us troops')).toEqual(terms('give troops'));
  });

  it('keeps numbers whole, with their separators read as one number', () => {
    expect(terms('1,000 police and 3.7 million refugees')).toEqual(['1000', 'polic', '3.7', 'million', 'refuge']);
  });
});

describe('tokenize', () => {
  it('gives each word its exact character range in the original text', () => {
    const text = 'Erdoğan’s “Spring Shield” in al-Assad’s Syria.';
    for (const token of tokenize(text)) {
      expect(text.slice(token.start, token.end)).toMatch(/^[\p{L}\p{N}]/u);
    }
    const ranges = tokenize(text).map((t) => text.slice(t.start, t.end));
    expect(ranges).toContain('Erdoğan’s');
    expect(ranges).toContain('al-Assad’s');
  });
});

describe('relatedTerms', () => {
  it('links places and institutions that stand for a country at the related weight, and leaders more loosely', async () => {
    const { relatedTerms, RELATED_WEIGHT, STANDS_FOR_WEIGHT } = await import('../../src/core/aliases.js');
    const [turkey] = terms('Turkey');
    const [ankara] = terms('Ankara');
    const [putin] = terms('Putin');
    const [kremlin] = terms('Kremlin');
    expect(relatedTerms(ankara!)).toContainEqual({ term: turkey, weight: RELATED_WEIGHT });
    expect(relatedTerms(putin!)).toContainEqual({ term: kremlin, weight: STANDS_FOR_WEIGHT });
    expect(relatedTerms(kremlin!)).toContainEqual({ term: putin, weight: STANDS_FOR_WEIGHT });
    expect(STANDS_FOR_WEIGHT).toBeLessThan(RELATED_WEIGHT);
  });

  it("links the asker's words for officials to the articles' titles: envoy and diplomat, mouthpiece and spokesman, chief and minister", async () => {
    const { relatedTerms, RELATED_WEIGHT } = await import('../../src/core/aliases.js');
    const related = (a: string, b: string) => relatedTerms(terms(a)[0]!).some((r) => r.term === terms(b)[0] && r.weight === RELATED_WEIGHT);
    expect(related('envoy', 'diplomat')).toBe(true);
    expect(related('mouthpiece', 'spokesman')).toBe(true);
    expect(related('chief', 'minister')).toBe(true);
    // "The EU's top diplomat" is its foreign minister, whatever the title: the title keeps its own words as well.
    expect(terms('top diplomat')).toEqual(terms('foreign affairs chief'));
    expect(terms('Secretary of State')).toEqual([...terms('top diplomat'), 'secretari', 'state']);
    expect(terms('Foreign Policy High Representative')).toEqual([...terms('top diplomat'), 'foreign', 'polici', 'high', 'repres']);
  });
});

describe('isNationality', () => {
  it('tells nationality words from names that end the same way', async () => {
    const { isNationality } = await import('../../src/core/nationality.js');
    for (const word of ['Turkish', 'Russian', 'Syrian', 'European', 'Greek', 'Iraqi', 'Chinese', 'American']) expect(isNationality(word), word).toBe(true);
    for (const word of ['Erdogan', 'Rouhani', 'Putin', 'Idlib', 'Russian-backed']) expect(isNationality(word), word).toBe(false);
  });

  it('knows nationalities typed in lower case, without taking "civilian" or "punish" for one', async () => {
    const { isNationality } = await import('../../src/core/nationality.js');
    for (const word of ['turkish', 'russian', 'greek', 'iraqi']) expect(isNationality(word), word).toBe(true);
    for (const word of ['civilian', 'punish', 'finish', 'polish', 'american-backed']) expect(isNationality(word), word).toBe(false);
  });
});
