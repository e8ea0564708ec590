// Figures in a sentence and what they count: "some four million refugees" → 4,000,000 refugees;
// "after 34 died in an air strike" (no noun after the number) → 34 of the noun counted earlier ("soldiers").
import { GENERIC_WORDS } from './data/generic-words.js';
import { STOP_WORDS } from './stop-words.js';
import type { Passage } from './passages.js';
import { isCountryInitials, isNationality, isPeople } from './nationality.js';
import { analyseWord, fold, tokenize, type Token } from './text.js';

export interface Claim {
  value: number;
  /** The counted noun as written ("refugees"), and its analysed term for comparing across outlets. */
  unit: string;
  unitTerm: string;
  /** Character range of the figure and its unit in the sentence. */
  start: number;
  end: number;
  /** Analysed terms around the figure, to tell which question it answers. */
  context: Set<string>;
  /** Analysed terms of the figure's own words, its noun and what qualifies it ("7 million Russian tourists"). */
  phrase: Set<string>;
  /** Nationalities and peoples among those words ("Russian", "Russians"), as written. */
  nationalities: string[];
  /** "two more soldiers", "eight of the 12 posts": a count of what was added or of a part, not a total. */
  increment: boolean;
  /** "hundreds of protesters": a count, but no figure to compare. */
  vague: boolean;
  /** The first words after the figure and its noun ("died in an air strike"): what happened to the things counted,
   * to tell one event from another when an outlet gives two figures for the same noun. */
  next: Set<string>;
}

const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};
const SCALE: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };
/** A month's name, as the word right before a day ("March 5", "Feb. 28"); not "April," before a figure of its own
 * ("On 8 April, 45 members…"). */
const MONTHS = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;
/** A month's name right after a figure, capitalised ("may" is more often the verb). */
const MONTH_AFTER = /^(?:st|nd|rd|th)?\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/;
/** A figure written as a word: "twelve". */
export const NUMBER_AS_WORD = Object.keys(WORD_NUMBERS).join('|');
const NUMBER = new RegExp(
  String.raw`\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|${NUMBER_AS_WORD})(?:\s+(hundred|thousand|million|billion))?\b`,
  'giu',
);
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;
/** Words after a figure that describe the counted thing rather than name it ("heavily-armed", "Turkish"). */
const MAX_MODIFIERS = 2;
/** How far around a figure its context reaches, in characters (about eight words each side). */
const CONTEXT_CHARS = 55;
/** Content words after a figure that say what the count is of. */
const NEXT_WORDS = 4;

/** "hundreds of protesters", "tens of thousands of people": a count too vague to compare, but a count. */
const VAGUE = /\b(dozens|scores|hundreds|thousands|tens of thousands|hundreds of thousands|millions)\s+of\b/giu;
const VAGUE_VALUES: Record<string, number> = {
  dozens: 24, scores: 40, hundreds: 200, thousands: 2_000, 'tens of thousands': 20_000, 'hundreds of thousands': 200_000, millions: 2e6,
};

interface Figure {
  index: number;
  /** Length of the figure's own text ("some four million" without "some"; "hundreds of"). */
  length: number;
  value: number;
  vague: boolean;
}

/** The value of one figure written as digits or as a word ("12", "12,000", "twelve"), or undefined. */
export function figureValue(word: string): number | undefined {
  const value = WORD_NUMBERS[word.toLowerCase()] ?? Number(word.replace(/,/g, ''));
  return Number.isFinite(value) ? value : undefined;
}

function figuresIn(sentence: string): Figure[] {
  const figures: Figure[] = [];
  for (const m of sentence.matchAll(NUMBER)) {
    const raw = m[1]!.toLowerCase();
    const base = figureValue(raw)!;
    const value = base * (m[2] ? SCALE[m[2].toLowerCase()]! : 1);
    const before = sentence.slice(0, m.index).trimEnd();
    // Years, dates, clock times and ordinals are not counts.
    if (/^\d{4}$/.test(raw) && value >= 1800 && value <= 2100 && !m[2]) continue;
    if (MONTHS.test(before.split(/\s+/).at(-1) ?? '')) continue;
    // …nor a day before its month: "on 2 March", "15 Feb".
    if (MONTH_AFTER.test(sentence.slice(m.index + m[0].length))) continue;
    if (/[:$€£]$/.test(before) || /^(?:st|nd|rd|th|:|\.\d|-year|-hour|-day)/.test(sentence.slice(m.index + m[0].length))) continue;
    figures.push({ index: m.index, length: m[0].length, value, vague: false });
  }
  for (const m of sentence.matchAll(VAGUE)) {
    if (!figures.some((f) => f.index < m.index + m[0].length && m.index < f.index + f.length)) {
      figures.push({ index: m.index, length: m[0].length, value: VAGUE_VALUES[m[1]!.toLowerCase()]!, vague: true });
    }
  }
  return figures.sort((a, b) => a.index - b.index);
}

export function claimsIn(sentence: string): Claim[] {
  const words = [...sentence.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  const claims: Claim[] = [];
  const unitless: Figure[] = [];
  let tokens: Token[] | undefined;
  for (const figure of figuresIn(sentence)) {
    const { index, length } = figure;
    const at = words.findIndex((w) => w.start >= index + length);
    // "two more soldiers" is an increment: it counts soldiers, but is no total to compare with another outlet's.
    const increment = at >= 0 && /^more$/i.test(words[at]!.text);
    const before = words.findIndex((w) => w.start >= index);
    const unit =
      compoundPart(words, index, length) ??
      unitAfter(words, increment ? at + 1 : at, sentence, index + length) ??
      (figure.vague ? undefined : (partOf(words, sentence, index + length, figure.value) ?? unitBefore(words, before) ?? theirNumber(words, before)));
    // "He wrote 12 articles on the protocol", "the paper ran 12 articles" count no document's parts: "the protocol has
    // three articles", "it has ten articles" do.
    if (!unit || (DOCUMENT_PART.test(unit.text) && WRITING.test(sentence))) {
      unitless.push(figure);
      continue;
    }
    // The words around the figure itself (not its unit, which may stand far before it).
    const context = new Set<string>();
    tokens ??= tokenize(sentence);
    for (const token of tokens) {
      if (token.term && token.end > index - CONTEXT_CHARS && token.start < index + length + CONTEXT_CHARS) context.add(token.term);
    }
    const unitTerm = termOfUnit(unit.text);
    context.add(unitTerm);
    const end = Math.max(index + length, unit.start > index ? unit.end : 0);
    const next = new Set(tokens.filter((t) => t.term && t.start >= end).slice(0, NEXT_WORDS).map((t) => t.term!));
    // The figure to its noun; a noun named before the figure ("Turkish soldiers …, after 34 died") brings the word before it.
    const from = unit.start > index ? index : (words[words.indexOf(unit) - 1] ?? unit).start;
    const own = tokens.filter((t) => t.term && ((t.start >= index && t.end <= end) || (t.start >= from && t.end <= unit.end)));
    claims.push({
      value: figure.value,
      unit: unit.text,
      unitTerm,
      start: index,
      end,
      context,
      // (A document part is filler to the tokenizer: its term is the claim's own.)
      phrase: new Set([...own.map((t) => t.term!), ...(DOCUMENT_PART.test(unit.text) ? [unitTerm] : [])]),
      nationalities: own.map((t) => sentence.slice(t.start, t.end)).filter((w) => isNationality(w) || isPeople(w) || isCountryInitials(w)),
      increment,
      vague: figure.vague,
      next,
    });
  }
  // "eight of the 12 posts are encircled": eight posts, a part of the whole the next figure counts.
  for (const part of unitless) {
    const whole = claims.find((c) => PART_OF.test(sentence.slice(part.index + part.length, c.start)));
    if (whole && !part.vague) claims.push({ ...whole, value: part.value, start: part.index, increment: true });
  }
  return claims.sort((a, b) => a.start - b.start);
}

const OF_DETERMINER = String.raw`\s+of\s+(?:the|its|their|his|her|these|those|our)\s+`;
const PART_OF = new RegExp(`^${OF_DETERMINER}$`, 'i');
/** "nine of its fighters", "all 23 of its Syrian workers": a part of a body of people or things, counted by its noun
 * (not "one of the…", which singles one out, nor "eight of the 12 posts", a part of a whole counted next). */
const OF_ITS = new RegExp(`^${OF_DETERMINER}`, 'i');
function partOf(words: W[], sentence: string, figureEnd: number, value: number): W | undefined {
  const of = value >= 2 ? OF_ITS.exec(sentence.slice(figureEnd)) : null;
  if (!of) return undefined;
  const end = figureEnd + of[0].length;
  return unitAfter(words, words.findIndex((w) => w.start >= end), sentence, end);
}

type W = { text: string; start: number; end: number };

/** Parts of a document, counted ("the protocol has three articles") though the word is filler in questions ("what do
 * the articles say"). */
export const DOCUMENT_PART = /^(?:articles?|clauses?)$/i;
/** Articles written rather than a document's: "wrote 12 articles", "ran a series of articles" (a text that "ran to
 * three articles" has them). */
const WRITING = /\b(?:wrote|written|writes|writing|published|publishes|publishing|authored|penned|reporters?|journalists?|newspapers?|columns?)\b|\b(?:ran|runs)\b(?!\s+to\b)/i;

/** A counted noun's term: its analysed term, or a document part's word without its plural. */
export function termOfUnit(word: string): string {
  const f = fold(word);
  return analyseWord(f) ?? f.replace(/s$/, '');
}

/** "A three-article protocol": the document part a figure joined to it by a hyphen counts. */
function compoundPart(words: W[], index: number, length: number): W | undefined {
  const word = words.find((w) => w.start === index);
  if (!word || word.text[length] !== '-') return undefined;
  const part = word.text.slice(length + 1);
  return DOCUMENT_PART.test(part) ? { text: part, start: index + length + 1, end: word.end } : undefined;
}

function isNoun(word: W | undefined): boolean {
  if (!word) return false;
  const f = fold(word.text);
  return /^\p{Ll}/u.test(word.text) && (!STOP_WORDS.has(f) || DOCUMENT_PART.test(f)) && !GENERIC_WORDS.has(f) && !(f in WORD_NUMBERS) && !(f in SCALE) && f.length > 2;
}

function unitAfter(words: W[], at: number, sentence: string, figureEnd: number): W | undefined {
  if (at < 0) return undefined;
  let last = at + MAX_MODIFIERS;
  for (let i = at; i <= last && i < words.length; i++) {
    const word = words[i]!;
    // "at about 960,000, officials said": punctuation ends the figure's words.
    if (/[,;:.!?()"“”]/.test(sentence.slice(i === at ? figureEnd : words[i - 1]!.end, word.start))) return undefined;
    const f = fold(word.text);
    // "7 million Russians": a people is what is counted.
    if (isPeople(word.text)) return word;
    // "Turkish", "heavily-armed", and names used as modifiers: "two Patriot batteries".
    const modifier = GENERIC_WORDS.has(f) || /^\p{Lu}/u.test(word.text) || f.includes('-');
    if (!modifier && isNoun(word)) return compoundHead(words, i, sentence);
    // "42 Syrian and international charities": joined modifiers count as one.
    if ((f === 'and' || f === 'or') && i > at) {
      last++;
      continue;
    }
    // "500 US troops": a country by its initials qualifies what is counted, like "American" ("US" is no stop word).
    if (!modifier || (STOP_WORDS.has(f) && !isCountryInitials(word.text))) return undefined;
  }
  return undefined;
}

/**
 * The head of a compound the noun at `i` begins: "12 observation posts" counts posts, "two coastal military bases"
 * bases. Only up to a plural within two words; otherwise the noun itself ("36 soldiers killed", "a 30 km corridor").
 */
function compoundHead(words: W[], i: number, sentence: string): W {
  const first = words[i]!;
  if (isPlural(first)) return first;
  for (let j = i + 1; j <= i + 2 && j < words.length; j++) {
    const word = words[j]!;
    if (/[^\s-]/.test(sentence.slice(words[j - 1]!.end, word.start))) return first;
    const f = fold(word.text);
    if (!/^\p{Ll}/u.test(word.text) || STOP_WORDS.has(f) || f in WORD_NUMBERS || f.length < 3) return first;
    if (isPlural(word)) return word;
  }
  return first;
}

const isPlural = (word: W) => /[^s]s$/.test(fold(word.text)) || IRREGULAR_PLURALS.has(fold(word.text));

/** Plurals without an -s: "puts the number of people displaced at about 960,000". */
const IRREGULAR_PLURALS = new Set(['people', 'children', 'women', 'men', 'police', 'personnel', 'civilians']);

/** "Estimates of their number range from 800 to 1,200": the figure is of "their number", what the sentence before
 * named (see countsAsked). */
function theirNumber(words: W[], at: number): W | undefined {
  for (let i = Math.min(at, words.length) - 1; i >= 1; i--) {
    if (THEIR.test(words[i - 1]!.text) && NUMBER_WORD.test(words[i]!.text)) return words[i];
  }
  return undefined;
}
const THEIR = /^(?:their|its|whose)$/i;
export const NUMBER_WORD = /^(?:number|numbers|strength|total|count)$/i;

/** The nearest plural noun before the figure in the same sentence: "soldiers ..., after 34 died". */
function unitBefore(words: W[], at: number): W | undefined {
  for (let i = at - 1; i >= 0; i--) {
    const word = words[i]!;
    const f = fold(word.text);
    if (isNoun(word) && (/[^s]s$/.test(f) || IRREGULAR_PLURALS.has(f))) return word;
  }
  return undefined;
}

/** Claims per passage, found once: the same passages come back for many questions. */
const cache = new WeakMap<Passage, { sentence: string; claims: Claim[] }[]>();

export function passageClaims(passage: Passage): { sentence: string; claims: Claim[] }[] {
  let found = cache.get(passage);
  if (!found) {
    found = passage.sentences.map((span) => {
      const sentence = passage.text.slice(span.start, span.end);
      return { sentence, claims: claimsIn(sentence) };
    });
    cache.set(passage, found);
  }
  return found;
}
