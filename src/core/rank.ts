// Re-ranking of BM25 candidates: how much of the question a passage covers (rare words count most),
// whether the question's words meet in one sentence, and how close together they stand.
import type { Passage } from './passages.js';
import type { Concept } from './query.js';
import { RELATED_WEIGHT, STANDS_FOR_WEIGHT } from './aliases.js';
import { isNationality } from './nationality.js';
import type { TokenStore } from './token-store.js';

export interface PassageMatch {
  /** Share of the question's importance the passage covers, 0..1. */
  coverage: number;
  /** The same, within the passage's best sentence. */
  sentenceCoverage: number;
  /** Coverage within each sentence of the passage. */
  sentenceCoverages: number[];
  /** Index (in `passage.sentences`) of the best sentence. */
  bestSentence: number;
  /** 1 when the matched words stand next to each other, towards 0 as they spread. */
  proximity: number;
  /** The best weight at which the passage matches each of the question's concepts, 0 for those it lacks. */
  conceptWeights: ArrayLike<number>;
}

/** The question's concepts keyed by term id, built once per question. */
export interface ConceptLookup {
  byTerm: Map<number, { concept: number; weight: number }[]>;
  importance: number[];
  total: number;
  /** Nationalities that qualify the next word of the question: [nationality concept, qualified concept]. */
  modifiers: [number, number][];
  /** Those qualified words that name a role a person holds ("president"), whom an article may name instead. */
  roles: ReadonlySet<number>;
  /**
   * Those qualified words that name men under arms, when the question names two nations' ("Turkish troops … Syrian
   * forces"): an article may call each by the other's word.
   */
  armed: ReadonlySet<number>;
}

const ROLE_WORD = /^(?:president|leader|minister|chancellor|premier|spokes(?:man|woman|person)|head|chief|boss)s?$/i;
/** A country's army by the collective words news uses for it: "Turkish forces" are the question's "Turkish troops".
 * Not "soldiers" (counted one by one) nor "military" (as often an adjective: "Turkish military posts"). */
const ARMED = /^(?:troops|forces|army|armies)$/i;

export function conceptLookup(concepts: readonly Concept[], store: TokenStore): ConceptLookup {
  const byTerm = new Map<number, { concept: number; weight: number }[]>();
  concepts.forEach((concept, c) => {
    for (const variant of concept.variants) {
      const id = store.ids.get(variant.term);
      if (id === undefined) continue;
      const list = byTerm.get(id) ?? [];
      list.push({ concept: c, weight: variant.weight });
      byTerm.set(id, list);
    }
  });
  const modifiers = concepts.flatMap((c, i): [number, number][] => (c.modifies === undefined ? [] : [[i, c.modifies]]));
  const qualified = (pattern: RegExp) => new Set(modifiers.flatMap(([, word]) => (pattern.test(concepts[word]!.word) ? [word] : [])));
  const roles = qualified(ROLE_WORD);
  // With one nation's army named, a passage whose "troops" are another nation's is about the other army. (The count is
  // of qualified words, which is of nations: the question's analysis keeps one concept per word.)
  const armed = qualified(ARMED);
  if (armed.size < 2) armed.clear();
  // "Russian soldiers" asks about Russian ones: the name that tells which matters as much as the word it qualifies.
  // Not when the articles never use that word ("Turkish lira"): a passage saying "Turkish" does not answer for it.
  const importance = concepts.map((c) => {
    const word = c.modifies === undefined ? undefined : concepts[c.modifies]!;
    return Math.max(c.importance, word?.variants.length ? word.importance : 0);
  });
  return { byTerm, importance, total: importance.reduce((a, b) => a + b, 0) || 1, modifiers, roles, armed };
}

/**
 * The lookup to match passage `index` with: a nationality qualifying a word of the question ("Russian soldiers") and
 * that word do not count as covered by a passage where the word is qualified only by another nationality ("Turkish
 * soldiers"), wherever else the passage says "Russian"; when the question names two nations' armies, the passage may
 * call each by the other's word ("Turkish forces … Syrian troops" for "Turkish troops … Syrian forces").
 */
export function lookupFor(passage: Passage, index: number, store: TokenStore, lookup: ConceptLookup): ConceptLookup {
  if (lookup.modifiers.length === 0) return lookup;
  const ids: number[] = [];
  const positions: number[] = [];
  const words: string[] = [];
  store.forEach(index, (termId, position) => {
    ids.push(termId);
    positions.push(position);
  });
  store.forEachRange(index, (_termId, start, end) => words.push(passage.text.slice(start, end)));
  const is = (termId: number, concept: number) => lookup.byTerm.get(termId)?.some((m) => m.concept === concept) ?? false;
  // The question's nation's men under arms, whichever word the passage calls them by: "Turkish forces" agree with the
  // question's "Turkish troops" (while only the question's own word, qualified by another nation, contradicts it).
  const isArmed = (i: number, concept: number) => lookup.armed.has(concept) && ARMED.test(words[i]!);
  let importance: number[] | undefined;
  for (const [name, word] of lookup.modifiers) {
    // "The Turkish president" is also the passage's "Erdogan", whoever else's president it names.
    let agrees = lookup.roles.has(word) && ids.some((id) => lookup.byTerm.get(id)?.some((m) => m.concept === name && m.weight <= STANDS_FOR_WEIGHT));
    let other = false;
    let agreesLoosely = false;
    for (let i = 0; i < ids.length; i++) {
      const own = is(ids[i]!, word);
      if (!own && !isArmed(i, word)) continue;
      // The word right before it, when nothing stands between them.
      for (let j = i - 1; j >= 0 && positions[j] === positions[i]! - 1; j--) {
        if (is(ids[j]!, name)) {
          if (own) agrees = true;
          else agreesLoosely = true;
        } else if (own && isNationality(words[j]!)) other = true;
      }
    }
    if (other && !agrees) {
      importance ??= [...lookup.importance];
      // Neither is covered when the passage is about other soldiers; the word counts as a related word (RELATED_WEIGHT)
      // when the question's nation's army is called by another word ("Turkish forces" for "Turkish troops") and the
      // question's own word is another nation's ("Syrian troops").
      if (agreesLoosely) importance[word] = importance[word]! * RELATED_WEIGHT;
      else importance[name] = importance[word] = 0;
    }
  }
  return importance ? { ...lookup, importance } : lookup;
}

export function matchPassage(passage: Passage, index: number, store: TokenStore, lookup: ConceptLookup): PassageMatch {
  const n = lookup.importance.length;
  const best = new Float64Array(n);
  const perSentence = new Float64Array(passage.sentences.length * n);
  const hitPositions: number[] = [];
  const hitConcepts: number[] = [];
  store.forEach(index, (termId, position, sentence) => {
    const matches = lookup.byTerm.get(termId);
    if (!matches) return;
    for (const { concept, weight } of matches) {
      if (weight > best[concept]!) best[concept] = weight;
      const cell = sentence * n + concept;
      if (cell < perSentence.length && weight > perSentence[cell]!) perSentence[cell] = weight;
      hitPositions.push(position);
      hitConcepts.push(concept);
    }
  });
  const weigh = (weights: ArrayLike<number>, from = 0) => {
    let sum = 0;
    for (let c = 0; c < n; c++) sum += weights[from + c]! * lookup.importance[c]!;
    return sum / lookup.total;
  };
  let sentenceCoverage = 0;
  let bestSentence = 0;
  const sentenceCoverages = passage.sentences.map((_, s) => weigh(perSentence, s * n));
  sentenceCoverages.forEach((value, s) => {
    if (value > sentenceCoverage) [sentenceCoverage, bestSentence] = [value, s];
  });
  return { coverage: weigh(best), sentenceCoverage, sentenceCoverages, bestSentence, proximity: proximity(hitPositions, hitConcepts, n), conceptWeights: best };
}

/** Character ranges in passage `index`'s text of the words that match the question, ascending. */
export function highlightsFor(index: number, store: TokenStore, lookup: ConceptLookup): [number, number][] {
  const out: [number, number][] = [];
  store.forEachRange(index, (termId, start, end) => {
    if (!lookup.byTerm.has(termId)) return;
    const last = out.at(-1);
    if (!(last && last[0] === start)) out.push([start, end]);
  });
  return out;
}

/** Shortest run of positions that holds every matched concept, compared with the number of concepts in it. */
function proximity(positions: number[], concepts: number[], conceptCount: number): number {
  const distinct = new Set(concepts).size;
  if (distinct < 2 || conceptCount < 2) return 0;
  const order = positions.map((_, i) => i).sort((a, b) => positions[a]! - positions[b]!);
  const inWindow = new Map<number, number>();
  let shortest = Infinity;
  let left = 0;
  for (const i of order) {
    inWindow.set(concepts[i]!, (inWindow.get(concepts[i]!) ?? 0) + 1);
    while (inWindow.size === distinct) {
      const first = order[left]!;
      shortest = Math.min(shortest, positions[i]! - positions[first]! + 1);
      const count = inWindow.get(concepts[first]!)! - 1;
      if (count === 0) inWindow.delete(concepts[first]!);
      else inWindow.set(concepts[first]!, count);
      left++;
    }
  }
  return distinct / Math.max(distinct, shortest);
}
