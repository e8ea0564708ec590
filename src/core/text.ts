// Text processing shared by indexing and querying, so both sides agree on what a "term" is.
import stem from 'wink-porter2-stemmer';
import { STOP_WORDS } from './stop-words.js';
import { canonicalTerm, PHRASES } from './aliases.js';

/** A word of the original text and where it stands, so matches can be highlighted in the verbatim quote. */
export interface Token {
  /** Analysed term (folded, stemmed, canonicalised); `null` for stop words. */
  term: string | null;
  /** Character range in the text that was tokenised. */
  start: number;
  end: number;
  /** Position among the tokens of the text, for proximity. */
  position: number;
}

/**
 * Lower-cases and strips diacritics by decomposition, so Erdoğan = Erdogan, Çavuşoğlu = Cavusoglu,
 * İstanbul = istanbul; letters without a decomposition (ı, ß, ø...) are mapped explicitly, never deleted.
 */
export function fold(text: string): string {
  // Most words are plain ASCII; decomposition is only needed for the rest.
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    // Transliteration marks for the Arabic ayn and hamza ("Saʿdūn", "Hayʼat") are typed by nobody: "Sadun", "Hayat".
    .replace(/[\u02BB-\u02BF]/gu, '')
    .toLowerCase()
    .replace(/[ıßøłđæœ]/g, (c) => FOLD_EXTRA[c] ?? c);
}

const ASCII = /^[\x00-\x7f]*$/;
const FOLD_EXTRA: Record<string, string> = { ı: 'i', ß: 'ss', ø: 'o', ł: 'l', đ: 'd', æ: 'ae', œ: 'oe' };

// Words, numbers with separators (3.7, 1,000), and words joined by apostrophes, hyphens or dots (U.S., al-Assad).
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’.,\-‐–][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*\.?/gu;

interface RawWord {
  text: string;
  start: number;
  end: number;
}

function rawWords(text: string): RawWord[] {
  const words: RawWord[] = [];
  for (const m of text.matchAll(WORD)) {
    let raw = m[0];
    const start = m.index;
    // A trailing dot belongs to the word only for abbreviations such as "U.S." (a dot inside the word).
    if (raw.endsWith('.') && !/\.\p{L}\.$/u.test(raw)) raw = raw.slice(0, -1);
    // Commas join only digits (1,000); "Idlib,Syria" is two words.
    for (const part of splitOn(raw, /,(?!\d)|(?<!\d),/u)) {
      words.push({ text: part.text, start: start + part.offset, end: start + part.offset + part.text.length });
    }
  }
  return words;
}

function splitOn(word: string, sep: RegExp): { text: string; offset: number }[] {
  const parts: { text: string; offset: number }[] = [];
  let offset = 0;
  for (const piece of word.split(sep)) {
    if (piece) parts.push({ text: piece, offset });
    offset += piece.length + 1;
  }
  return parts;
}

/** Folds one word into its index terms: possessives dropped, hyphenated words split and also kept whole. */
function wordTerms(raw: string): string[] {
  // Acronyms keep their meaning before case is folded away: "US" and "U.S." are the country, "us" is a pronoun.
  if (/^U\.?S\.?$/.test(raw)) return ['usa'];
  if (/^U\.?N\.?$/.test(raw)) return ['un'];
  let word = fold(raw).replace(/['’]s$/u, '').replace(/['’]/gu, '');
  if (/^\d+(?:[.,]\d+)*$/.test(word)) return [word.replace(/,/g, '')];
  word = word.replace(/\./g, '');
  const parts = word.split(/[\-‐–]/u).filter(Boolean);
  if (parts.length <= 1) return [word.replace(/^(\p{L}{1,3}\d{1,4})s$/u, '$1')];
  // A code ("S-400", "Su-24") is one name: its letter and its number are not words of their own. Its plural
  // ("S-400s", "F-35s") is the same name.
  if (/^\p{L}{1,3}-\d{1,4}\p{L}?$/u.test(word)) return [parts.join('').replace(/(\d)s$/u, '$1')];
  return [...parts, parts.join('')];
}

/** Words seen before and their terms: a corpus repeats words, so analysis (folding, stemming) is done once per word. */
const memo = new Map<string, readonly (string | null)[]>();
const MEMO_LIMIT = 200_000;

function analysedTerms(raw: string): readonly (string | null)[] {
  let terms = memo.get(raw);
  if (terms === undefined) {
    terms = wordTerms(raw).map(analyseWord);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(raw, terms);
  }
  return terms;
}

/** Stop word check and stemming (Porter2), then the domain alias table. */
export function analyseWord(folded: string): string | null {
  let term = analysed.get(folded);
  if (term === undefined) {
    term = STOP_WORDS.has(folded) ? null : /^\d/.test(folded) ? folded : canonicalTerm(stem(folded));
    if (analysed.size >= MEMO_LIMIT) analysed.clear();
    analysed.set(folded, term);
  }
  return term;
}
const analysed = new Map<string, string | null>();

/**
 * Splits text into analysed tokens with their character ranges. Multi-word phrases from the alias table
 * ("cease fire", "united states") become one term placed on their first word.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const words = rawWords(text);
  let position = 0;
  // The end of a phrase that keeps its words, within which no shorter phrase is looked for.
  let kept = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const phrase = i >= kept ? matchPhrase(text, words, i) : undefined;
    if (phrase) {
      const last = words[i + phrase.length - 1]!;
      // A phrase that keeps its words stands on its first word's position, beside that word's own term.
      tokens.push({ term: phrase.term, start: word.start, end: last.end, position: phrase.keep ? position : position++ });
      if (!phrase.keep) {
        i += phrase.length - 1;
        continue;
      }
      // (A separable verb's object may hold phrases of its own: "pulled [the air force] back".)
      if (!phrase.separated) kept = i + phrase.length;
    }
    for (const term of analysedTerms(word.text)) tokens.push({ term, start: word.start, end: word.end, position });
    position++;
  }
  return tokens;
}

/** The alias table's phrases by their first word, in table order: most words start none, and are looked up once. */
const PHRASES_BY_FIRST = new Map<string, (typeof PHRASES)[number][]>();
for (const phrase of PHRASES) PHRASES_BY_FIRST.set(phrase.words[0]!, [...(PHRASES_BY_FIRST.get(phrase.words[0]!) ?? []), phrase]);

function matchPhrase(text: string, words: RawWord[], i: number): { term: string; length: number; keep?: true; separated?: true } | undefined {
  const candidates = PHRASES_BY_FIRST.get(fold(words[i]!.text));
  if (!candidates) return undefined;
  for (const phrase of candidates) {
    if (i + phrase.words.length > words.length) continue;
    let ok = true;
    for (let k = 1; k < phrase.words.length && ok; k++) {
      ok = fold(words[i + k]!.text) === phrase.words[k];
    }
    if (ok && !phrase.apart) return { term: phrase.term, length: phrase.words.length, ...(phrase.keep ? { keep: phrase.keep } : {}) };
    if (phrase.gap) {
      const length = separatedBy(text, words, i, phrase.words[1]!, phrase.gap, phrase.between);
      if (length) return { term: phrase.term, length, keep: true, separated: true };
    }
  }
  return undefined;
}

/** The object of a separable verb is a few words within the same line and clause: "took [the town] back", each of
 * them `between` allows; not a particle that starts a time ("took over Idlib back in 2019", "back then"). */
function separatedBy(text: string, words: RawWord[], i: number, particle: string, most: number, between?: RegExp): number | undefined {
  const spaced = (a: RawWord, b: RawWord) => /^[ \t]+$/.test(text.slice(a.end, b.start));
  for (let gap = 1; gap <= most && i + gap + 1 < words.length; gap++) {
    const object = words[i + gap]!;
    if (!spaced(words[i + gap - 1]!, object) || (between && !between.test(object.text))) return undefined;
    const last = words[i + gap + 1]!;
    if (fold(last.text) !== particle || !spaced(object, last)) continue;
    const after = text.slice(last.end, last.end + 12);
    return PARTICLE_THEN.test(after) ? undefined : gap + 2;
  }
  return undefined;
}
const PARTICLE_THEN = /^[ \t]+(?:then\b|in[ \t]+(?:19|20)\d\d\b)/i;

/** The analysed terms of a text, stop words removed, in order (duplicates kept). */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const token of tokenize(text)) if (token.term) out.push(token.term);
  return out;
}
