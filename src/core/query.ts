// A question as the ranker sees it: concepts (one per content word) that a passage may cover, each
// satisfied by the word itself, its related words (weaker), or a typo correction.
import { doubleMetaphone } from 'double-metaphone';
import { heldThingTerms, INFORMAL_WEIGHT, RELATED_WEIGHT, lastingTerms, relatedTerms } from './aliases.js';
import { START_QUESTION, START_VERB } from './answer-type.js';
import { isCountryTypedLower, isNationality, peopleAndAdjective } from './nationality.js';
import type { SearchIndex } from './search-index.js';
import { GENERIC_WORDS } from './data/generic-words.js';
import { commonness, commonWords, neighboursOf } from './neighbours.js';
import { irregularFormsOf, synonymsOf } from './synonyms.js';
import { analyseWord, fold, tokenize } from './text.js';
import { editDistance } from './edit-distance.js';
import { STOP_WORDS } from './stop-words.js';
import { otherSpellings } from './spellings.js';

export interface Variant {
  term: string;
  /** 1 for the question's own word, lower for related words and corrections. */
  weight: number;
}

export interface Concept {
  /** The word as the user wrote it. */
  word: string;
  variants: Variant[];
  /** How much covering this concept matters: its rarest variant's idf. */
  importance: number;
  /** The corpus has none of the word's own forms, corrections, related words or synonyms: the question asks about
   * something the articles do not mention, or says it in words they do not use (see NEIGHBOUR_WEIGHT). */
  unknown: boolean;
  /** Position of the word among the question's words (stop words count). */
  position: number;
  /** For a nationality directly before another word ("Russian soldiers"), the index of that word's concept. */
  modifies?: number;
}

export interface Correction {
  from: string;
  to: string;
}

export interface AnalysedQuestion {
  concepts: Concept[];
  corrections: Correction[];
}

/**
 * A word the corpus lacks says the question is about something the articles do not cover, when it names
 * a thing ("Ukraine", "election"). A common verb or adverb ("likely", "started") is only how it was asked.
 */
const GENERIC_WEIGHT = 0.3;
/** A name the corpus never mentions ("Ukraine") is what the question is about: it weighs more than any word the corpus has. */
const ABSENT_NAME_WEIGHT = 1.5;
/** A lower-case word the corpus lacks ("reputation") is as often the question's own way of saying what the articles
 * say otherwise: it weighs as much as the rarest word the corpus has, no more. */
const ABSENT_WORD_WEIGHT = 1;
/** Names and things say more about what is asked than verbs and adjectives do, even when the corpus has both. */
const KNOWN_GENERIC_WEIGHT = 0.4;

/** A capitalised word inside the sentence is a name, however common the word. */
function isName(word: string, question: string): boolean {
  if (isCountryTypedLower(word)) return true;
  const at = question.indexOf(word);
  return at > 0 && /^\p{Lu}/u.test(word) && !/[.!?]\s*$/.test(question.slice(0, at));
}

function isGeneric(word: string, question: string): boolean {
  return !isName(word, question) && GENERIC_WORDS.has(fold(word));
}

/** A dictionary synonym (WordNet) counts less than the domain's own related words. */
const SYNONYM_WEIGHT = 0.5;

/** Analysed terms of the words a table gives for a word, looked up once per word. */
function memoisedTerms(table: (word: string) => readonly string[]): (word: string) => readonly string[] {
  const memo = new Map<string, readonly string[]>();
  return (word) => {
    let found = memo.get(word);
    if (!found) {
      found = [...new Set(table(word).map(analyseWord).filter((t): t is string => t !== null))];
      if (memo.size > 50_000) memo.clear();
      memo.set(word, found);
    }
    return found;
  };
}

const synonymTerms = memoisedTerms(synonymsOf);

/** A word used like the question's word (GloVe neighbours) is weaker evidence than a dictionary synonym. */
const NEIGHBOUR_WEIGHT = 0.4;

const neighbourTerms = memoisedTerms(neighboursOf);

/** Another form of the same word ("met" for "meet") is nearly the word itself. */
const FORM_WEIGHT = 0.9;

const LIGHT_VERB = /^(?:take|takes|took|taken|taking|come|comes|came|coming|go|goes|went|going)$/i;
const LIGHT_VERB_PHRASE = /^\s+(?:effect|into (?:force|effect))\b/i;
const WHEN_BEFORE_TIME = /^(?:what|which|start|starting|end|ending|effective)$/i;
const HOW_WHAT = /^(?:far|long|old|wide|deep|high|tall|big|large|much|many|often|soon)$/i;

/** Words that open a verb's object: "hold their next summit". */
const OBJECT_START = /^(?:the|a|an|their|its|his|her|our|your|my|this|that|these|those|any|some|every|each|another)$/i;

/** A corrected word counts a little less than a word spelled as the corpus spells it. */
export const CORRECTION_WEIGHT = 0.85;

/**
 * `spelledOut`: the words an acronym stands for in the articles ("iom" → International Organization for Migration),
 * for an acronym of the question they never write.
 */
export function analyseQuestion(question: string, index: SearchIndex, spelledOut?: (initials: string) => readonly string[] | undefined): AnalysedQuestion {
  const tokens = tokenize(question);
  const byPosition = new Map<number, { word: string; terms: string[] }>();
  for (const [i, token] of tokens.entries()) {
    if (!token.term) continue;
    // "How far", "how long", "how old" say what kind of answer is wanted (see answer-type.ts), not what it is about.
    const previous = tokens[i - 1];
    if (previous && /^how$/i.test(question.slice(previous.start, previous.end)) && HOW_WHAT.test(question.slice(token.start, token.end))) continue;
    // So do "date", "duration", "what day" and "what/start time" ("ceasefire start time", "from what moment"): passages
    // answer them with dates and spans of time, not the word.
    const word = question.slice(token.start, token.end);
    if (/^(?:dates?|duration)$/i.test(word) || (/^(?:time|moment|hour|day)$/i.test(word) && previous && WHEN_BEFORE_TIME.test(question.slice(previous.start, previous.end)))) continue;
    // "When does the ceasefire start / take effect": a time from which it holds, not the word "start".
    if (START_VERB.test(word) && START_QUESTION.test(question)) continue;
    // …nor for the light verb of "take effect", "come into force", "go into effect".
    if (LIGHT_VERB.test(word) && LIGHT_VERB_PHRASE.test(question.slice(token.end)) && START_QUESTION.test(question)) continue;
    // "Since when", "since what year" ask for a time from which, as "when" does, not for the word "since".
    if (/^since$/i.test(word) && /^\s+(?:when|(?:what|which) (?:year|date|day|month|time))\b/i.test(question.slice(token.end))) continue;
    // "Right now" is now, not a right.
    const following = tokens[i + 1];
    if (/^right$/i.test(word) && following && /^now$/i.test(question.slice(following.start, following.end))) continue;
    // And "number of X" asks for a figure counting X, not for the word "number".
    if (/^number$/i.test(word) && /^\s+of\b/i.test(question.slice(token.end))) continue;
    // "At 9 pm" is a time of day, not a prime minister (see aliases.ts).
    if (/^[ap]m$/i.test(word) && /\d\s*$/.test(question.slice(0, token.start))) continue;
    const entry = byPosition.get(token.position) ?? { word: question.slice(token.start, token.end), terms: [] };
    entry.terms.push(token.term);
    byPosition.set(token.position, entry);
  }

  const concepts: Concept[] = [];
  const corrections: Correction[] = [];
  let lasting = false;
  const seen = new Set<string>();
  const conceptAt = new Map<number, number>();
  // A word's correction is asked for twice (is it a misspelt English word, or a corpus word's?): found once.
  const correctedWords = new Map<string, ReturnType<typeof correct>>();
  const corrected = (word: string) => {
    if (!correctedWords.has(word)) correctedWords.set(word, correct(word, index));
    return correctedWords.get(word);
  };
  for (const [position, typed] of byPosition) {
    let { word, terms } = typed;
    // A misspelt English word the articles never use ("amercian", "stil") is read as that word, so that its aliases,
    // synonyms and commonness count, rather than weighing as a rare word no passage has.
    const english = englishSpelling(word, terms, index, question, corrected);
    if (english) {
      corrections.push({ from: word, to: english });
      terms = tokenize(english).flatMap((t) => (t.term ? [t.term] : []));
      word = english;
      if (terms.length === 0) continue;
    }
    // "soliders": two letters swapped, whose stem happens to be another corpus word's ("solid"), is the corpus word.
    // (Only then: a word whose stem no passage has is corrected below, where "acuse" is accused, not "cause".)
    const swapped = english || !terms.some((t) => index.df.has(t)) ? undefined : swappedCorpusWord(word, index);
    if (swapped) {
      corrections.push({ from: word, to: swapped.word });
      terms = [swapped.term];
      word = swapped.word;
    }
    const known = terms.filter((t) => index.df.has(t));
    const key = (known.length ? known : terms).join(' ');
    if (seen.has(key)) continue;
    seen.add(key);

    const variants: Variant[] = known.map((term) => ({ term, weight: 1 }));
    // A word the alias tables know ("jets" ~ warplanes) is no misspelling of a corpus word ("Jens").
    const aliased = terms.some((t) => relatedTerms(t).some((r) => index.df.has(r.term)));
    // The other side of the Atlantic's spelling ("center" for the articles' "centre", "defense", "traveled") is the
    // same word, read as a correction: common English words are never corrected otherwise.
    const spelled = variants.length === 0 ? otherSpellings(word).map((w) => ({ word: w, term: analyseWord(fold(w)) })).find((o) => o.term && index.df.has(o.term)) : undefined;
    const initials = initialsOf(word);
    const expansion = variants.length === 0 && initials && !aliased ? rarestTerm(spelledOut?.(initials) ?? [], index) : undefined;
    if (spelled?.term) {
      variants.push({ term: spelled.term, weight: CORRECTION_WEIGHT });
      corrections.push({ from: word, to: spelled.word });
    } else if (expansion) variants.push({ term: expansion, weight: CORRECTION_WEIGHT });
    else if (variants.length === 0 && !aliased && !english && !commonEnglish(word)) {
      const correction = corrected(word);
      if (correction) {
        variants.push({ term: correction.term, weight: CORRECTION_WEIGHT });
        corrections.push({ from: word, to: correction.word });
      } else if (misspeltStopWord(word)) {
        // "acording to", "becuase": filler typed wrong is filler still.
        continue;
      }
    }
    // A place the articles name only by its adjective: "Thrace" for "the Thracian village of Kiyikoy", "Crimea" for
    // "Crimean".
    if (variants.length === 0 && isName(word, question)) {
      const demonym = demonymsOf(fold(word)).map(analyseWord).find((t): t is string => !!t && index.df.has(t));
      if (demonym) variants.push({ term: demonym, weight: RELATED_WEIGHT });
    }
    // Related words of the word, of its corpus variants, and of its base form: "broken" is related to what "break" is
    // ("violate"), which Porter2 does not see.
    const bases = isName(word, question) ? [] : irregularFormsOf(fold(word)).map(analyseWord).filter((t): t is string => !!t);
    const heads = [...new Set([...variants.map((v) => v.term), ...terms, ...bases])];
    for (const head of heads) {
      for (const { term, weight } of relatedTerms(head)) {
        if (index.df.has(term) && !variants.some((v) => v.term === term)) variants.push({ term, weight });
      }
    }
    // "Will the truce hold?", "…last, or is it a pause": with no object after the verb.
    const after = tokens.find((t) => t.position === position + 1);
    if (!after || (after.term === null && !OBJECT_START.test(question.slice(after.start, after.end)))) {
      for (const term of terms.flatMap(lastingTerms)) {
        if (index.df.has(term) && !variants.some((v) => v.term === term)) variants.push({ term, weight: INFORMAL_WEIGHT });
        lasting = true;
      }
    }
    for (const term of peopleAndAdjective(word).map(analyseWord)) {
      if (term && index.df.has(term) && !variants.some((v) => v.term === term)) variants.push({ term, weight: RELATED_WEIGHT });
    }
    if (!isName(word, question)) {
      for (const form of irregularFormsOf(fold(word))) {
        const term = analyseWord(form);
        if (term && index.df.has(term) && !variants.some((v) => v.term === term)) variants.push({ term, weight: FORM_WEIGHT });
      }
      for (const term of synonymTerms(fold(word).replace(/['’]s$/u, ''))) {
        if (index.df.has(term) && !variants.some((v) => v.term === term)) variants.push({ term, weight: SYNONYM_WEIGHT });
      }
    }
    // Nothing the articles say matches the word, not even a synonym: it still says what is asked, and a passage
    // using a word of the same use ("prestige" for "reputation", "fear" for "worry") covers a little of it. Not for
    // names and nationalities, whose neighbours are other names ("Ukraine" → Russia), nor by a word the question has
    // itself: a common adjective's neighbours include the words it goes with ("prime" → minister).
    const unknown = variants.length === 0;
    if (unknown && !isName(word, question) && !isNationality(word)) {
      for (const term of neighbourTerms(fold(word).replace(/['’]s$/u, ''))) {
        if (tokens.some((t) => t.term === term)) continue;
        if (index.df.has(term) && !variants.some((v) => v.term === term)) variants.push({ term, weight: NEIGHBOUR_WEIGHT });
      }
    }
    const own = variants.filter((v) => v.weight >= CORRECTION_WEIGHT);
    let importance = Math.max(...(own.length ? own : !unknown ? variants : [{ term: undefined }]).map((v) => index.idf(v.term)));
    if (isGeneric(word, question)) importance *= unknown ? GENERIC_WEIGHT : KNOWN_GENERIC_WEIGHT;
    else if (unknown) importance *= isName(word, question) ? ABSENT_NAME_WEIGHT : ABSENT_WORD_WEIGHT;
    conceptAt.set(position, concepts.length);
    concepts.push({ word, variants, importance, unknown, position });
  }
  // …and then what holds is also what an article says holds ("the truce" is "Thursday's agreement").
  if (lasting) {
    for (const c of concepts) {
      const held = c.variants.filter((v) => v.weight >= CORRECTION_WEIGHT).flatMap((v) => heldThingTerms(v.term));
      for (const term of held) if (index.df.has(term) && !c.variants.some((v) => v.term === term)) c.variants.push({ term, weight: INFORMAL_WEIGHT });
    }
  }
  for (const [position, c] of conceptAt) {
    const next = conceptAt.get(position + 1);
    if (next !== undefined && isNationality(concepts[c]!.word)) concepts[c]!.modifies = next;
    // "Recep Tayyip Erdogan" is one person, asked about as much as "Erdogan": the given names, rarer in the articles
    // than the surname (they stand only in the first mention), would otherwise make those first mentions win.
    const surname = nameAfter(concepts, c);
    if (surname !== undefined && givenName(concepts[c]!, concepts[surname]!, index)) concepts[c]!.importance = 0;
  }
  return { concepts, corrections };
}

/** Small words inside a surname: "Ursula von der Leyen" is "von der Leyen" after the first mention, "Staffan de
 * Mistura" "de Mistura", "Abu Mohammad al Jolani" "al Jolani". */
const NAME_PARTICLE = /^(?:von|van|der|den|de|di|da|du|del|della|la|le|al|el|bin|ibn|ter|ten|dos|das)$/i;

/** The concept of the word that carries on the name after `c`: the next word, or the first after its particles. */
export function nameAfter(concepts: readonly Concept[], c: number): number | undefined {
  const from = concepts[c]!.position;
  for (let p = from + 1; p <= from + 3; p++) {
    const at = concepts.findIndex((x) => x.position === p);
    if (at < 0) return undefined;
    if (!NAME_PARTICLE.test(concepts[at]!.word)) return at;
  }
  return undefined;
}

/** Beyond this many passages, a word is not checked for being a given name (the check reads each of them). */
const GIVEN_NAME_PASSAGES = 200;

/**
 * Whether a word of the question is a given name before the next one ("Recep" before "Tayyip", "Tayyip" before
 * "Erdogan"): every passage that has it has the next word too, and it is no nationality.
 */
function givenName(word: Concept, next: Concept, index: SearchIndex): boolean {
  const own = word.variants[0];
  const surname = next.variants[0];
  if (!/^\p{Lu}\p{Ll}/u.test(word.word) || !/^\p{Lu}\p{Ll}/u.test(next.word)) return false;
  if (!own || !surname || own.weight < 1 || surname.weight < 1 || isNationality(word.word) || isNationality(next.word)) return false;
  const df = index.df.get(own.term) ?? 0;
  if (df === 0 || df > GIVEN_NAME_PASSAGES || df > (index.df.get(surname.term) ?? 0)) return false;
  const surnameId = index.tokens.ids.get(surname.term);
  if (surnameId === undefined) return false;
  return index.search.search(own.term, { fuzzy: false, prefix: false }).every((r) => index.tokens.termSet(r.id as number).has(surnameId));
}

/** Words this common are typed on purpose: "help" is no misspelling of "held", nor "taking" of "making". */
export const COMMON_WORDS = 10_000;
const commonEnglish = (word: string) => /^\p{Ll}/u.test(word) && (commonness(fold(word)) ?? Infinity) < COMMON_WORDS;

/**
 * The corpus word closest to a misspelled one: one edit for words of 4-7 letters, two from 8 on,
 * preferring the fewest edits, then the most common word.
 */
function correct(word: string, index: SearchIndex): { word: string; term: string } | undefined {
  const folded = fold(word).replace(/['’]s$/u, '').replace(/['’.]/gu, '');
  if (folded.length < 4 || !/^\p{L}+$/u.test(folded)) return undefined;
  const maxEdits = folded.length >= 8 ? 2 : 1;
  // A letter doubled or not ("borel" for Borrell, "asad" for Assad) is the commonest slip in names: it wins over a
  // word one edit away ("bore"), and so it does in another form of the word ("acuse" is accused, not "cause").
  const stemmed = analyseWord(folded);
  const same = squeezedIn(index).words.get(squeeze(folded)) ?? (stemmed ? squeezedIn(index).terms.get(squeeze(stemmed)) : undefined);
  if (same) return { word: same, term: index.words.get(same)!.term };
  let best: { word: string; term: string; distance: number; count: number } | undefined;
  // Two swapped letters are one typo ("merkle"), though Levenshtein distance counts them as two.
  for (let i = 0; i + 1 < folded.length; i++) {
    const swapped = folded.slice(0, i) + folded[i + 1] + folded[i] + folded.slice(i + 2);
    const entry = index.words.get(swapped);
    if (entry && (!best || entry.count > best.count)) best = { word: swapped, term: entry.term, distance: 1, count: entry.count };
  }
  for (const [candidate, [entry, distance]] of index.surface.fuzzyGet(folded, maxEdits)) {
    if (!best || distance < best.distance || (distance === best.distance && entry.count > best.count)) {
      best = { word: candidate, term: entry.term, distance, count: entry.count };
    }
  }
  best ??= soundsLike(folded, index, /^\p{Lu}/u.test(word)) ?? sameStem(folded, index);
  return best && { word: best.word, term: best.term };
}

/**
 * Arabic names end in -a, -ah, -e or -eh as transliterations choose ("Atma" for Atmeh, "Sarmadah" for Sarmada): a
 * corpus word that differs only there, and is the only one, is the name meant.
 */
const NAME_ENDING = /(?:[ae]h?|h)$/u;
const endings = new WeakMap<SearchIndex, Map<string, string | null>>();
function sameStem(folded: string, index: SearchIndex): { word: string; term: string; distance: number; count: number } | undefined {
  let found = endings.get(index);
  if (!found) {
    found = new Map();
    for (const word of index.words.keys()) {
      if (word.length < 4 || !/^\p{L}+$/u.test(word) || !NAME_ENDING.test(word)) continue;
      const key = squeeze(word).replace(NAME_ENDING, '');
      // Two corpus words on one stem: neither is the name meant.
      found.set(key, found.has(key) && found.get(key) !== word ? null : word);
    }
    endings.set(index, found);
  }
  const key = squeeze(folded).replace(NAME_ENDING, '');
  const word = key.length >= 3 ? found.get(key) : undefined;
  if (!word) return undefined;
  const entry = index.words.get(word)!;
  return { word, term: entry.term, distance: 2, count: entry.count };
}

/**
 * A corpus word of the same length that sounds the same (Double Metaphone) and is within two edits, for
 * misspellings that move letters around ("lybia" for libya, "isreal" for israel) more than one edit can reach. A name
 * typed capitalised may also have a letter more or fewer when it starts as the corpus word does ("Peskoff" for Peskov;
 * "Sergei" is not "surge").
 */
function soundsLike(folded: string, index: SearchIndex, name = false): { word: string; term: string; distance: number; count: number } | undefined {
  const [code] = doubleMetaphone(folded);
  let best: { word: string; term: string; distance: number; count: number } | undefined;
  for (const candidate of phoneticWords(index).get(code) ?? []) {
    // Letters moved, not added or dropped: "recipe" is not "recep".
    if (candidate[0] !== folded[0]) continue;
    const sameLength = candidate.length === folded.length;
    if (!sameLength && !(name && Math.abs(candidate.length - folded.length) === 1 && candidate.slice(0, NAME_START) === folded.slice(0, NAME_START))) continue;
    const distance = editDistance(folded, candidate, 2);
    const entry = index.words.get(candidate)!;
    if (distance <= 2 && (!best || distance < best.distance || (distance === best.distance && entry.count > best.count))) {
      best = { word: candidate, term: entry.term, distance, count: entry.count };
    }
  }
  return best;
}

/** Letters a name misspelled by a letter more or fewer keeps from the corpus word. */
const NAME_START = 3;

const squeeze = (word: string) => word.replace(/(\p{L})\1+/gu, '$1');

/**
 * The corpus's words by their letters with doubles made single (the commonest, when several), and by their terms so
 * made, made when first needed.
 */
const squeezed = new WeakMap<SearchIndex, { words: Map<string, string>; terms: Map<string, string> }>();
function squeezedIn(index: SearchIndex): { words: Map<string, string>; terms: Map<string, string> } {
  let found = squeezed.get(index);
  if (!found) {
    found = { words: new Map(), terms: new Map() };
    for (const [word, entry] of index.words) {
      if (word.length < 4 || !/^\p{L}+$/u.test(word)) continue;
      for (const [map, key] of [[found.words, squeeze(word)], [found.terms, squeeze(entry.term)]] as const) {
        const held = map.get(key);
        if (!held || index.words.get(held)!.count < entry.count) map.set(key, word);
      }
    }
    squeezed.set(index, found);
  }
  return found;
}

/** The corpus's words by their primary Double Metaphone code, made the first time a word needs it. */
const phonetic = new WeakMap<SearchIndex, Map<string, string[]>>();
function phoneticWords(index: SearchIndex): Map<string, string[]> {
  let found = phonetic.get(index);
  if (!found) {
    found = new Map();
    for (const word of index.words.keys()) {
      if (word.length < 4 || !/^\p{L}+$/u.test(word)) continue;
      const [code] = doubleMetaphone(word);
      found.set(code, [...(found.get(code) ?? []), word]);
    }
    phonetic.set(index, found);
  }
  return found;
}

/** Stop words long enough that one typo cannot make them another word. */
const LONG_STOP_WORDS = [...STOP_WORDS].filter((w) => w.length >= 5 && !/['’]/.test(w));

/**
 * A misspelling, within one edit, of a stop word of five letters or more ("acording", "becuase", "abot"), and no
 * English word itself ("father" is one edit from "rather").
 */
function misspeltStopWord(word: string): boolean {
  const folded = fold(word);
  if (folded.length < 4 || STOP_WORDS.has(folded) || synonymsOf(folded).length > 0 || neighboursOf(folded).length > 0) return false;
  return LONG_STOP_WORDS.some((w) => Math.abs(w.length - folded.length) <= 1 && (editDistance(w, folded, 1) <= 1 || swappedOnce(w, folded)));
}

/**
 * The commonest English word one edit (or one swap) from a lower-case word of four letters or more that is itself no
 * English word, nor a corpus word, nor one away from a corpus word: "amercian" → american, "stil" → still.
 */
function englishSpelling(
  word: string,
  terms: readonly string[],
  index: SearchIndex,
  question: string,
  corrected: (word: string) => { word: string } | undefined,
): string | undefined {
  const folded = fold(word);
  if (folded.length < 4 || !/^\p{Ll}+$/u.test(folded) || /^\p{Lu}/u.test(word) || isName(word, question)) return undefined;
  // Who says something is a person: "what did macron say" names Macron, typed in lower case, not a misspelt "macro".
  if ([...question.matchAll(SPEAKER_TYPED_LOWER)].some((m) => fold(m[1]!) === folded)) return undefined;
  if (terms.some((t) => index.df.has(t) || relatedTerms(t).some((r) => index.df.has(r.term)))) return undefined;
  if (STOP_WORDS.has(folded) || neighboursOf(folded).length > 0 || synonymsOf(folded).length > 0) return undefined;
  // "seein", "sayin", "nothin": the g dropped as it is in speech, not a corpus word one letter away ("Selin"); but a
  // name with a letter doubled is that name ("puttin" is Putin, not "putting").
  const corpusWord = corrected(word);
  const gDropped = /in$/.test(folded) && commonness(folded) === undefined ? `${folded}g` : undefined;
  const doubled = corpusWord !== undefined && squeeze(corpusWord.word) === squeeze(folded);
  if (gDropped && !doubled && (commonness(gDropped) !== undefined || STOP_WORDS.has(gDropped))) return gDropped;
  if (corpusWord) return undefined;
  // "abot", "abuot": a grammar word typed wrong, not a rarer English word one letter away ("abbot").
  if (misspeltStopWord(word)) return undefined;
  for (const candidate of commonWords()) {
    if (candidate[0] !== folded[0] || Math.abs(candidate.length - folded.length) > 1 || candidate.length < 4) continue;
    if (editDistance(candidate, folded, 1) <= 1 || swappedOnce(candidate, folded)) return candidate;
  }
  return undefined;
}

/** The word between "did / does / what…" and a verb of saying: who says something. */
const SPEAKER_TYPED_LOWER =
  /\b(?:did|does|do|has|have|had|will|would|what)\s+(\p{L}+)\s+(?:say|said|says|tell|told|think|claim|claimed|warn|warned|write|wrote|tweet|tweeted|announce|announced)\b/giu;

/** The corpus word two swapped letters away from a lower-case word that is neither a corpus word nor English. */
function swappedCorpusWord(word: string, index: SearchIndex): { word: string; term: string } | undefined {
  const folded = fold(word);
  if (folded.length < 5 || !/^\p{Ll}+$/u.test(word) || index.words.has(folded) || commonness(folded) !== undefined || STOP_WORDS.has(folded)) return undefined;
  for (let i = 0; i + 1 < folded.length; i++) {
    const candidate = folded.slice(0, i) + folded[i + 1] + folded[i] + folded.slice(i + 2);
    const entry = index.words.get(candidate);
    if (entry) return { word: candidate, term: entry.term };
  }
  return undefined;
}

function swappedOnce(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}

/**
 * The initials an acronym stands for, in lower case: "IOM", and also its plural ("IOMs") and the small letters some
 * acronyms keep ("BaH" for Bab al-Hawa, "BaS" for Bab al-Salam).
 */
function initialsOf(typed: string): string | undefined {
  // (Its possessive too: "the UAE's take".)
  const word = typed.replace(/['’]s$/, '');
  if (!ACRONYM.test(word)) return undefined;
  return word.replace(/s$/, '').replace(/\p{Ll}/gu, '').toLowerCase();
}
const ACRONYM = /^[A-Z](?:[a-z]?[A-Z]){1,5}s?$/;

/** The adjectives a place's name makes in English: Crimea → Crimean, Thrace → Thracian, Bosnia → Bosnian. */
function demonymsOf(place: string): string[] {
  if (place.length < 4) return [];
  const stem = place.replace(/[aeiouy]$/, '');
  // (Not "Rome" → "Roman", nor a name + i: too often another word.)
  return [`${place}n`, `${place}an`, `${place}ian`, `${stem}ian`, `${stem}ese`];
}

/** The rarest of these words' terms that the corpus has: the one that says most which name is meant. */
function rarestTerm(words: readonly string[], index: SearchIndex): string | undefined {
  let best: string | undefined;
  for (const word of words) {
    const term = analyseWord(fold(word));
    if (term && index.df.has(term) && (!best || index.idf(term) > index.idf(best))) best = term;
  }
  return best;
}
