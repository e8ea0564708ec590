// The candidate passages for a question: BM25 retrieval, then re-ranking by coverage, proximity, the kind of answer
// the question asks for and what the article's title says the passage is about.
import type { Article } from './article.js';
import type { AnswerOptions } from './answer.js';
import { CLAUSE_PUNCTUATION, holdsAnswer, PLANNED, SOUGHT_BEFORE, startsNamed, type AnswerType } from './answer-type.js';
import { NUMBER_WORD, passageClaims } from './claims.js';
import { mentionsNaming, OWN_WORD, sentencesNaming, speaksFor } from './concepts-in.js';
import type { Passage } from './passages.js';
import type { AnalysedQuestion } from './query.js';
import { countOf, type Counted } from './question-needs.js';
import { lookupFor, matchPassage, type ConceptLookup, type PassageMatch } from './rank.js';
import { LARGE_CORPUS, type SearchIndex } from './search-index.js';
import { terms } from './text.js';

/** Candidates taken from BM25 before re-ranking. */
const CANDIDATES = 60;

/** How the ranking signals combine; measured with `npm run eval` on both question sets. */
// A time from which something holds ("as of midnight") is so specific a kind of answer that, for "when does it start"
// questions, a passage stating one comes before any that does not (measured from 0.1 to 3 on every set: 1.5-3 best).
// The kind of answer asked for ("12:38", "three hours") weighs 0.3: measured 0.1-1.0 over eleven sets, 0.3 gained 7
// first hits and 5 in the first three over 0.1; more moved first hits only at the cost of wrong refusals.
// A duration ("six-hour meeting") and a figure counting what "how many" asks about weigh 0.8: a passage on the
// meeting without one does not say how long it lasted, nor one on the refugees without a figure how many there are.
// Measured 0.3-3 over twenty-six sets: durations at 0.8-1 gained two first hits and two outlets whose figures differ
// (1.5 and more lost the one-on-one to the whole meeting's length); counts at 0.8 four first hits and one in the
// first three (1: six, but an outlet lost; 1.5-3 fewer). Money and dates at 0.8 or 1.5 gained nothing. A distance
// ("six kilometres on either side") at 0.8 too: two first hits over thirty-nine sets, nothing lost.
/** Kinds of answer weighed as measures (WEIGHTS.measure), like a count of what "how many" asks about; a temperature
 * and a year were measured in the seventh session of 3 December (+5 in the first three each over 212 sets). */
const MEASURES: ReadonlySet<AnswerType> = new Set(['duration', 'distance', 'length', 'temperature', 'year']);
// What the article's title says and the passage does not weighs 0.35: a paragraph deep in a report on the first
// joint patrol ("It covered about 25 kilometres before turning around") is about the patrol its title names. Measured
// over 262 sets, 0.05-0.8: 0.25-0.4 gained 9-15 first hits and 7-8 in the first three on both halves (even and odd
// sets), 0.35 +12 / +8 with two fewer wrong refusals; 0.6 and more cost refusals. Crediting the lead paragraph too
// gained more in the first three (+14 / +16) but answered two more unanswerable questions and refused two answerable ones.
// Proximity counts in proportion to the square root of the coverage: three of four words side by side ("supporting
// opposing sides … Russia") say less than all four spread out ("Libya … Russia has backed …"). Over 361 sets, against
// proximity alone: +10 first hits and +12 in the first three (both halves of the sets gain), 4 fewer unanswerable
// questions refused and one more answerable one; times the coverage itself: +10 / +7 / −5; times the best sentence's
// coverage: +4 / +8 / −5 / +2; proximity weighed 0.07 or 0.15 instead of 0.1: less.
// For "what happened to…", a passage pointing at a sentence that says what is to happen ("will take place on 15 March")
// loses 0.3 of that sentence's coverage: over 361 sets (0.1-0.5) +2 first hits and one lost, where the plan's window
// also held the outcome; taking "did …" questions too, or "would" as a plan, lost ten ("did Erdogan ask NATO for help"
// is answered by what he wanted).
// A "did …" question's words in a clause only sought ("looking for Putin to agree", see unasserted) count for nothing:
// over 367 sets the weight 1 moves the summit set's truce question and nothing else (at 0.5 it stays second).
const WEIGHTS = { coverage: 0.5, sentence: 0.25, bm25: 0.15, proximity: 0.1, answerType: 0.3, measure: 0.8, startType: 3, speaker: 0.1, title: 0.35, planned: 0.3, unasserted: 1 };

export interface Scored {
  passage: Passage;
  /** Position of the passage in the corpus (its id in the index). */
  index: number;
  match: PassageMatch;
  score: number;
  /** The sentence to point at: the best one, or the one holding the kind of answer asked for when it covers nearly as much. */
  focus: number;
  /** Coverage of the best sentence holding the kind of answer asked for, 0 when none does. */
  typed: number;
}

export interface AnswerContext {
  index: SearchIndex;
  passages: readonly Passage[];
  articles: ReadonlyMap<string, Article>;
  /** The words an acronym stands for in the articles, by its initials in lower case. */
  spelledOut?(initials: string): readonly string[] | undefined;
  /** Questions to offer instead; `nearArticles` are the articles of the passages that came closest. */
  suggestionsFor(question: AnalysedQuestion | undefined, nearArticles?: readonly string[]): string[];
}

export function rank(
  ctx: AnswerContext,
  analysed: AnalysedQuestion,
  lookup: ConceptLookup,
  types: AnswerType[],
  counted: Counted | undefined,
  options: AnswerOptions,
  sources?: ReadonlySet<string>,
  answerOf: readonly number[] = [],
  asks: { outcome?: boolean; happened?: boolean } = {},
): Scored[] {
  const weights = new Map<string, number>();
  for (const concept of analysed.concepts) {
    for (const v of concept.variants) weights.set(v.term, Math.max(weights.get(v.term) ?? 0, v.weight));
  }
  if (weights.size === 0) return [];
  const filter = articleFilter(ctx, options, sources);
  const terms = retrievalTerms(ctx.index, weights);
  const results = terms.length
    ? ctx.index.search.search(terms.join(' '), {
        boostTerm: (term) => weights.get(term) ?? 1,
        combineWith: 'OR',
        fuzzy: false,
        prefix: false,
        ...(filter ? { filter: (r) => filter(ctx.passages[r.id as number]!) } : {}),
      })
    : // Only very common words: no BM25 to go by; the first passages that have them, ranked below by coverage.
      ctx.index
        .scan([...weights.keys()], SCAN_LIMIT)
        .filter((id) => !filter || filter(ctx.passages[id]!))
        .map((id) => ({ id, score: 1 }));
  const topBm25 = results[0]?.score ?? 1;
  const inTitle = titleConcepts(ctx, analysed);
  const scored: Scored[] = [];
  for (const result of results.slice(0, CANDIDATES)) {
    const id = result.id as number;
    const passage = ctx.passages[id]!;
    const match = matchPassage(passage, id, ctx.index.tokens, lookupFor(passage, id, ctx.index.tokens, lookup));
    // A passage matched only through its article's title has nothing to quote.
    if (match.coverage === 0) continue;
    // The sentence holding the kind of answer asked for may be the best sentence's neighbour in the window.
    let typed = 0;
    let typedSentence = -1;
    if (counted || types.length > 0) {
      const claims = counted && passageClaims(passage);
      // "When does the truce start": the start given must be the truce's, not that of an event a clause names; where
      // each sentence names the truce tells which.
      const started = answerOf.length && types.includes('start') ? mentionsNaming(ctx, id, lookup, answerOf) : undefined;
      const naming = started ?? (answerOf.length ? sentencesNaming(ctx, id, lookup, answerOf) : undefined);
      passage.sentences.forEach((span, i) => {
        if (naming && !naming.has(i)) return;
        const count = claims ? countOf(claims[i]?.claims ?? [], counted, claims[i]?.sentence ?? '', claims[i - 1]?.sentence) : undefined;
        const text = passage.text.slice(span.start, span.end);
        // (Its mentions counted from the sentence's start.)
        const inSentence = () => started!.get(i)!.map(([start, end]) => [start - span.start, end - span.start] as const);
        const holds = claims ? count !== undefined : holdsAnswer(text, types) && (!started || startsNamed(text, inSentence()));
        if (!holds) return;
        // "Estimates of their number range from 800 to 1,200" is about what the sentence before named.
        // …and so is "They walked for four days": its answer is of whom the sentence before named ("The Hamdo family…").
        const continues = (claims && claims[i]?.claims.some((c) => NUMBER_WORD.test(c.unit))) || PRONOUN_OPENS.test(text);
        let cover = Math.max(match.sentenceCoverages[i] ?? 0, continues ? (match.sentenceCoverages[i - 1] ?? 0) : 0);
        // "How many soldiers were killed?": "dozens of soldiers are killed" counts them less exactly than "34 died".
        if (count === 'vague') cover *= VAGUE_FIGURE;
        if (cover > typed) [typed, typedSentence] = [cover, i];
      });
    }
    // "How much money…": point at "700 million euros" rather than at the sentence that only repeats the question's
    // words; "What did Erdogan say…": at what Erdogan says.
    const named = passage.sentences.map((_, i) => speaksFor(passage.speakers?.[i], analysed));
    const spoken = named.findIndex((yes, i) => yes && (match.sentenceCoverages[i] ?? 0) >= TYPED_FOCUS * match.sentenceCoverage);
    const focus =
      typedSentence >= 0 && typed >= TYPED_FOCUS * match.sentenceCoverage ? typedSentence : spoken >= 0 && !named[match.bestSentence] ? spoken : match.bestSentence;
    const score =
      WEIGHTS.coverage * match.coverage +
      WEIGHTS.sentence * match.sentenceCoverage +
      WEIGHTS.bm25 * (result.score / topBm25) +
      WEIGHTS.proximity * match.proximity * Math.sqrt(match.coverage) +
      (types.includes('start') ? WEIGHTS.startType : counted || types.some((t) => MEASURES.has(t)) ? WEIGHTS.measure : WEIGHTS.answerType) * typed +
      (named[match.bestSentence] ? WEIGHTS.speaker * match.sentenceCoverage : 0) +
      WEIGHTS.title * titleOnly(inTitle(passage.articleId), match, lookup) -
      (asks.outcome && PLANNED.test(sentenceOf(passage, focus)) ? WEIGHTS.planned * (match.sentenceCoverages[focus] ?? 0) : 0) -
      (asks.happened ? WEIGHTS.unasserted * unasserted(ctx, id, focus, lookup) : 0);
    scored.push({ passage, index: id, match, score, focus, typed });
  }
  return scored.sort((a, b) => b.score - a.score);
}

/**
 * "Did the two presidents agree on a truce?": the share of the question the focus sentence covers only in a clause
 * whose verb is one of the question's words and is only sought ("he would be looking for Putin to agree to a rapid
 * ceasefire"), which says nothing of whether it happened. ("…by groups seeking to sabotage the ceasefire" seeks no
 * word of the question.)
 */
function unasserted(ctx: AnswerContext, index: number, sentence: number, lookup: ConceptLookup): number {
  const passage = ctx.passages[index]!;
  const from = passage.sentences[sentence]?.start ?? 0;
  const asserted = new Map<number, number>();
  const sought = new Map<number, number>();
  let soughtClause = -1;
  // (One walk forward: the clause start moves on at each break passed; what may seek a word stands just before it.)
  let clause = from;
  let scanned = from;
  ctx.index.tokens.forEachRange(index, (termId, start, _end, at) => {
    const matches = lookup.byTerm.get(termId);
    if (at !== sentence || !matches) return;
    for (; scanned < start; scanned++) if (CLAUSE_PUNCTUATION.test(passage.text[scanned]!)) clause = scanned + 1;
    if (SOUGHT_BEFORE.test(passage.text.slice(Math.max(clause, start - SOUGHT_CHARS), start))) soughtClause = clause;
    const into = soughtClause === clause ? sought : asserted;
    for (const { concept, weight } of matches) into.set(concept, Math.max(into.get(concept) ?? 0, weight));
  });
  let share = 0;
  for (const [concept, weight] of sought) share += Math.max(0, weight - (asserted.get(concept) ?? 0)) * lookup.importance[concept]!;
  return share / lookup.total;
}
/** Enough text before a word to hold what seeks it ("would be looking for Russia's Vladimir Putin to "). */
const SOUGHT_CHARS = 100;

/** The terms of each article's title. */
const titleTerms = new WeakMap<Article, Set<string>>();

/** The question's concepts an article's title names in their own words, by article id, each article looked at once. */
function titleConcepts(ctx: AnswerContext, analysed: AnalysedQuestion): (articleId: string) => readonly number[] {
  const byArticle = new Map<string, number[]>();
  return (articleId) => {
    let found = byArticle.get(articleId);
    if (found) return found;
    const article = ctx.articles.get(articleId);
    let title = article && titleTerms.get(article);
    if (article && !title) titleTerms.set(article, (title = new Set(terms(article.title))));
    found = title ? analysed.concepts.flatMap((concept, c) => (concept.variants.some((v) => v.weight >= OWN_WORD && title.has(v.term)) ? [c] : [])) : [];
    byArticle.set(articleId, found);
    return found;
  };
}

/** The share of the question that the title of the passage's article covers (`inTitle`) and the passage does not. */
function titleOnly(inTitle: readonly number[], match: PassageMatch, lookup: ConceptLookup): number {
  let covered = 0;
  for (const c of inTitle) if (!match.conceptWeights[c]) covered += lookup.importance[c]!;
  return covered / lookup.total;
}

export function sentenceOf(passage: Passage, i: number): string {
  const span = passage.sentences[i]!;
  return passage.text.slice(span.start, span.end);
}

/** A sentence about whom or what the sentence before named: "They walked for four days". */
const PRONOUN_OPENS = /^\W*(?:they|he|she|it|this|that)\b/i;

/** How much a vague figure ("dozens", "hundreds of thousands") counts, as the answer to "how many", against an exact one.
 * Measured 0.25-0.75 over a hundred and four sets: 0.5 gained eight first hits (the February 27 strike's 34 and 36
 * before a timeline's "dozens"), nothing in the first three; 0.25 lost five in the first three. */
const VAGUE_FIGURE = 0.5;

/** A sentence holding the kind of answer asked for, or spoken by whom the question names, is pointed at when it covers
 * at least this share of what the best one does. */
const TYPED_FOCUS = 0.5;

/** Questions about "the latest" prefer newer articles. */
export const RECENT = /\b(?:latest|newest|most recent|recent(?:ly)?|current(?:ly)?|so far|to date|up to now|nowadays)\b/i;
/** How much being the newest article adds to a score (the oldest adds nothing). */
const RECENCY_WEIGHT = 0.15;

export function preferRecent(ctx: AnswerContext, scored: Scored[]): void {
  const dates = scored.map((s) => Date.parse(ctx.articles.get(s.passage.articleId)!.date));
  const oldest = Math.min(...dates);
  const span = Math.max(...dates) - oldest;
  if (!(span > 0)) return;
  scored.forEach((s, i) => (s.score += RECENCY_WEIGHT * ((dates[i]! - oldest) / span)));
  scored.sort((a, b) => b.score - a.score);
}

/** Passages a question of only very common words is matched against. */
const SCAN_LIMIT = 2_000;
/** Terms sent to BM25 retrieval at most; the rarest are kept. Re-ranking still weighs every term. */
const MAX_RETRIEVAL_TERMS = 12;
/**
 * Postings BM25 retrieval may walk for one question in a large corpus. MiniSearch scores every posting of
 * every term it is given, so the rarest terms are taken until this many; common ones are left to re-ranking.
 */
const POSTINGS_BUDGET = 4_000;

/**
 * The terms that find candidates: in a large corpus, the rarest ones within a postings budget (a very common
 * term costs the most to look up and tells the least; see also SearchIndex.isRetrievable).
 */
function retrievalTerms(index: SearchIndex, weights: Map<string, number>): string[] {
  if (index.passageCount < LARGE_CORPUS) return [...weights.keys()];
  const byRarity = [...weights.keys()].filter((t) => index.isRetrievable(t)).sort((a, b) => (index.df.get(a) ?? 0) - (index.df.get(b) ?? 0));
  const chosen: string[] = [];
  let postings = 0;
  for (const term of byRarity) {
    postings += index.df.get(term) ?? 0;
    if (chosen.length > 0 && (postings > POSTINGS_BUDGET || chosen.length >= MAX_RETRIEVAL_TERMS)) break;
    chosen.push(term);
  }
  return chosen;
}

function articleFilter(ctx: AnswerContext, options: AnswerOptions, sources?: ReadonlySet<string>): ((p: Passage) => boolean) | undefined {
  const { since, until } = options;
  const outlet = options.outlet?.toLowerCase();
  if (!since && !until && !outlet && !sources) return undefined;
  return (passage) => {
    if (sources && !sources.has(passage.articleId)) return false;
    const article = ctx.articles.get(passage.articleId);
    if (!article) return false;
    if (since && article.date < since) return false;
    if (until && article.date > until) return false;
    if (outlet && !article.outlet.toLowerCase().includes(outlet)) return false;
    return true;
  };
}
