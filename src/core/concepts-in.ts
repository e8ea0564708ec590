// What of the question a candidate passage holds: its concepts in the text, in the speaker's name, in the article's
// title, and which of its sentences name them.
import { INFORMAL_WEIGHT, RELATED_WEIGHT } from './aliases.js';
import type { AnalysedQuestion, Concept } from './query.js';
import type { ConceptLookup } from './rank.js';
import { terms } from './text.js';
import type { AnswerContext, Scored } from './candidates.js';
import type { Passage } from './passages.js';
import { paragraphs } from './sentences.js';

export const hasAll = (found: ReadonlySet<number>, concepts: readonly number[]) => concepts.every((c) => found.has(c));

/** Concepts of the question that passage `s` has, in any variant (`own`: the question's own words only; `related`:
 * those and related words, not synonyms or neighbours), and, with `speaker`, in the name of whoever speaks its best
 * sentence. */
export function conceptsIn(ctx: AnswerContext, s: Scored, lookup: ConceptLookup, { own = false, related = false, speaker = false } = {}): Set<number> {
  const found = new Set<number>();
  const least = own ? OWN_WORD : related ? RELATED_WEIGHT : 0;
  const add = (id: number | undefined) => {
    for (const m of lookup.byTerm.get(id ?? -1) ?? []) if (m.weight >= least) found.add(m.concept);
  };
  for (const id of ctx.index.tokens.termSet(s.index)) add(id);
  const who = speaker ? s.passage.speakers?.[s.match.bestSentence] : undefined;
  if (who) for (const c of speakerConcepts(ctx, lookup, who)) found.add(c);
  return found;
}

/** Concepts of the question that a sentence's speaker ("Kremlin spokesman Dmitry Peskov") has, in any variant. */
export function speakerConcepts(ctx: AnswerContext, lookup: ConceptLookup, who: string): Set<number> {
  const found = new Set<number>();
  for (const term of speakerTerms(who)) for (const m of lookup.byTerm.get(ctx.index.tokens.ids.get(term) ?? -1) ?? []) found.add(m.concept);
  return found;
}

/** Concepts of the question a passage has in the question's own words, in its text or its article's title (an article
 * about Hmeimim need not name it in every paragraph). */
export function placeConcepts(ctx: AnswerContext, s: Scored, lookup: ConceptLookup): Set<number> {
  const found = conceptsIn(ctx, s, lookup, { own: true });
  for (const term of terms(ctx.articles.get(s.passage.articleId)!.title)) {
    for (const m of lookup.byTerm.get(ctx.index.tokens.ids.get(term) ?? -1) ?? []) if (m.weight >= OWN_WORD) found.add(m.concept);
  }
  return found;
}

/** Whether a passage, or its article's title, has this code of the question ("S-400" as s400, not its parts "s" and "400");
 * for a speaker's words asked about (`quoted`), the paragraph before the quote may name it. */
export function namesCode(ctx: AnswerContext, s: Scored, code: Concept, quoted = false): boolean {
  const wanted = new Set(code.variants.filter((v) => v.weight >= OWN_WORD && /\d/.test(v.term) && /\p{L}/u.test(v.term)).map((v) => v.term));
  if (wanted.size === 0) return false;
  for (const id of ctx.index.tokens.termSet(s.index)) if (wanted.has(ctx.index.tokens.terms[id] ?? '')) return true;
  return terms(ctx.articles.get(s.passage.articleId)!.title).some((t) => wanted.has(t)) || (quoted && terms(paragraphBefore(ctx, s.passage)).some((t) => wanted.has(t)));
}

/** The paragraph just before a passage's own: a quote about "the road" often follows the paragraph that names the
 * M4. */
export function paragraphBefore(ctx: AnswerContext, passage: Passage): string {
  const body = ctx.articles.get(passage.articleId)!.body;
  const span = passage.paragraph > 0 ? paragraphs(body)[passage.paragraph - 1] : undefined;
  return span ? body.slice(span.start, span.end) : '';
}

/** Sentences (indexes in the passage) of passage `index` that have one of these concepts in its own word, a related or
 * an informal one, or a synonym ("push" for the offensive): not a mere neighbour. */
export function sentencesNaming(ctx: AnswerContext, index: number, lookup: ConceptLookup, concepts: readonly number[]): Set<number> {
  const found = new Set<number>();
  const names = naming(lookup, concepts);
  ctx.index.tokens.forEach(index, (termId, _position, sentence) => {
    if (names(termId)) found.add(sentence);
  });
  return found;
}

/** Where passage `index` names one of these concepts, as `sentencesNaming` counts naming: character ranges in the
 * passage's text, ascending, by sentence (its keys are `sentencesNaming`'s sentences). */
export function mentionsNaming(ctx: AnswerContext, index: number, lookup: ConceptLookup, concepts: readonly number[]): Map<number, [number, number][]> {
  const found = new Map<number, [number, number][]>();
  const names = naming(lookup, concepts);
  ctx.index.tokens.forEachRange(index, (termId, start, end, sentence) => {
    if (!names(termId)) return;
    const list = found.get(sentence);
    if (list) list.push([start, end]);
    else found.set(sentence, [[start, end]]);
  });
  return found;
}

const naming = (lookup: ConceptLookup, concepts: readonly number[]) => (termId: number) =>
  lookup.byTerm.get(termId)?.some((m) => concepts.includes(m.concept) && m.weight >= INFORMAL_WEIGHT) ?? false;

/** Variants at least this strong are the question's own word or its spelling correction. */
export const OWN_WORD = 0.85;

/** Whether the question names whoever speaks in the sentence ("What did Erdogan say…" and "…, Erdogan said"). */
export function speaksFor(speaker: string | null | undefined, analysed: AnalysedQuestion): boolean {
  if (!speaker) return false;
  const named = speakerTerms(speaker);
  return analysed.concepts.some((c) => c.variants.some((v) => v.weight >= OWN_WORD && named.has(v.term)));
}

/** The terms of a speaker's name, once per name: the same speakers come back with every question. */
const speakerMemo = new Map<string, ReadonlySet<string>>();
export function speakerTerms(speaker: string): ReadonlySet<string> {
  let found = speakerMemo.get(speaker);
  if (!found) {
    found = new Set(terms(speaker));
    if (speakerMemo.size > 10_000) speakerMemo.clear();
    speakerMemo.set(speaker, found);
  }
  return found;
}
