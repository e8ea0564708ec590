// answer(question) → data: the best passages with their sources, or an honest refusal with suggestions.
import type { Article } from './article.js';
import { RELATED_WEIGHT, relatedTerms } from './aliases.js';
import { CODE, modelledThings, startedThings } from './answer-of.js';
import { asksForFigure, asksWhetherHappened, expectedAnswer, OUTCOME_QUESTION, type AnswerType } from './answer-type.js';
import { preferRecent, rank, RECENT, type AnswerContext, type Scored } from './candidates.js';
import { distinct } from './choose.js';
import { namesCode } from './concepts-in.js';
import { definedSubject, describes } from './definition.js';
import { compareFigures } from './disagreements.js';
import { withoutJargon } from './jargon.js';
import { askedIn } from './keyword-questions.js';
import { commonness } from './neighbours.js';
import { isNationality } from './nationality.js';
import type { Passage } from './passages.js';
import { analyseQuestion, COMMON_WORDS, type AnalysedQuestion, type Correction } from './query.js';
import { needsOf } from './question-needs.js';
import { conceptLookup, highlightsFor, type ConceptLookup } from './rank.js';
import { JUDGED, refusedBy, TYPED_CANDIDATES, type RefusalCheck } from './refusal.js';
import { sourceMentions, withoutMentions } from './source-mentions.js';
import { namesAmong, speaksForGovernment, spokenBy } from './spoken-by.js';
import { textFragmentLink } from './text-fragment.js';
import { fold, terms, tokenize } from './text.js';

export type { AnswerContext } from './candidates.js';

export interface SourceRef {
  id: string;
  title: string;
  outlet: string;
  author?: string;
  date: string;
  url?: string;
}

export interface AnswerPassage {
  /** Passage id, `articleId#n`. */
  id: string;
  /** Verbatim text of the passage: a substring of its article's body. */
  text: string;
  score: number;
  /** Character ranges of matched words in `text`. */
  highlights: [number, number][];
  source: SourceRef;
  /** Other outlets that carried the same text. */
  alsoIn?: SourceRef[];
  /** The sentence that best answers, as a character range in `text`. */
  focus: [number, number];
  /** Every sentence of `text` as a character range, so a face can shorten a quote without cutting one. */
  sentences: [number, number][];
  /** Character range of `text` in its article's body. */
  offsets: [number, number];
  /** Character range in the article's body of the paragraph, or paragraphs, the passage comes from. */
  context: [number, number];
  /** Who is quoted or reported, when the text names them ("Kremlin spokesman Dmitry Peskov"). */
  speaker?: string;
  /** The source link pointing at the best sentence (a `#:~:text=` fragment), when the article has a url. */
  link?: string;
}

export interface Disagreement {
  /** What the outlets count differently ("refugees"). */
  about: string;
  /** Each outlet's figure: the sentence stating it, verbatim, and its source. */
  claims: { text: string; figure: string; value: number; source: SourceRef }[];
}

export type RefusalReason = 'empty' | 'too-long' | 'no-keywords' | 'not-found';

export interface Answer {
  question: string;
  answered: boolean;
  passages: AnswerPassage[];
  /** Questions the corpus can answer, offered when this one was not answered. */
  suggestions?: string[];
  /** Why the question was not answered. */
  reason?: RefusalReason;
  /** For a 'not-found' refusal, which check found that no passage answers (for reports and debugging). */
  check?: RefusalCheck;
  /** A sentence for the user explaining the refusal. */
  message?: string;
  /** Misspelled words that were read as corpus words. */
  corrections?: Correction[];
  /** Share of the question's weight (rare words count most) that the best passage covers, 0..1. */
  confidence: number;
  /** How many passages and articles matched any of the question's words. */
  matched: { passages: number; articles: number };
  /** Figures the outlets report differently, each with its source; every claim's passage is in `passages`. */
  disagreements?: Disagreement[];
  /** Figures two or more outlets report alike, each in its own sentence, with its source. */
  agreements?: Disagreement[];
}

export interface AnswerOptions {
  /** Number of passages to return (1..10). */
  top?: number;
  /** Only articles published on or after this date (YYYY-MM-DD). */
  since?: string;
  /** Only articles published on or before this date (YYYY-MM-DD). */
  until?: string;
  /** Only articles of this outlet (case-insensitive substring of the outlet name). */
  outlet?: string;
}

export const DEFAULT_TOP = 3;
export const MAX_TOP = 10;
/** Longer than any real question; a pasted article is not a question. */
export const MAX_QUESTION_CHARS = 500;

/** Weight of the words of a message's scene, before the sentence that asks, or of an aside after it (asideStart).
 * Measured 0.1-1 over sixty-two sets: 0.5 gained one first hit and one wrong refusal in the one set written with
 * scenes; 0.25 and less lose the scene's topic ("For my EU politics seminar: what did Brussels' top diplomat admit…").
 * For asides, 0.1 and 0.25 changed nothing over 341 sets. */
const SCENE_WEIGHT = 0.5;

export function answerQuestion(ctx: AnswerContext, rawQuestion: string, options: AnswerOptions = {}): Answer {
  const question = rawQuestion.replace(/\s+/g, ' ').trim();
  const top = Math.min(Math.max(Math.trunc(options.top ?? DEFAULT_TOP), 1), MAX_TOP);
  const refuse = (reason: RefusalReason, message: string, analysed?: AnalysedQuestion, near: Scored[] = []): Answer => ({
    question,
    answered: false,
    passages: [],
    reason,
    message,
    suggestions: ctx.suggestionsFor(analysed, near.slice(0, 5).map((s) => s.passage.articleId)),
    ...(analysed?.corrections.length ? { corrections: analysed.corrections } : {}),
    confidence: 0,
    matched: { passages: 0, articles: 0 },
  });

  if (question === '') return refuse('empty', 'Ask a question about the articles, for example one of these.');
  if (question.length > MAX_QUESTION_CHARS) {
    return refuse('too-long', `That question is ${question.length} characters long; please keep it under ${MAX_QUESTION_CHARS}.`);
  }
  // A named outlet, wire service or author ("according to AFP") limits the answer to its articles; its name is not
  // looked for in the text.
  const mentions = sourceMentions(question, ctx.articles);
  const sources = mentions.length ? new Set(mentions.flatMap((m) => [...m.articleIds])) : undefined;
  const typed = askedIn(mentions.length ? withoutMentions(question, mentions) : question);
  const { keywordCount } = typed;
  // Jargon the articles never write, nor a word for it ("how many IDPs"), is read as the words they do ("displaced
  // people").
  const inCorpus = (term: string) => ctx.index.df.has(term);
  const asked = withoutJargon(typed.asked, (word, own) => terms(word).some((t) => inCorpus(t) || (!own && relatedTerms(t).some((r) => inCorpus(r.term)))));
  const read = analyseQuestion(asked, ctx.index, ctx.spelledOut);
  // The scene set before the question ("Everyone online says this is WW3 incoming. Is Putin…?") counts for less than
  // what it asks.
  const scene = sceneEnd(asked);
  const aside = asideStart(asked);
  const asking = askingConcepts(asked, read, scene, aside);
  const analysed =
    asking.size === read.concepts.length
      ? read
      : { ...read, concepts: read.concepts.map((c, i) => (asking.has(i) ? c : { ...c, importance: c.importance * SCENE_WEIGHT })) };
  if (analysed.concepts.length === 0) {
    return refuse('no-keywords', 'That question has no words to look for; name a person, place or event.', analysed);
  }

  const types = expectedAnswer(asked);
  const lookup = conceptLookup(analysed.concepts, ctx.index.tokens);
  const needs = needsOf(asked, analysed, types);
  const { counted, speaker } = needs;
  // What the sentence holding the answer must name: the thing that starts ("when do the patrols start"), the weapon whose
  // model is asked ("what type of jets").
  const answerOf = types.includes('start') ? startedThings(asked, analysed) : types.includes('model') ? modelledThings(analysed) : [];
  const ranked = rank(ctx, analysed, lookup, types, counted, options, sources, answerOf, { outcome: OUTCOME_QUESTION.test(asked), happened: asksWhetherHappened(asked) });
  // "What did Merkel tell Erdogan, according to Seibert?": Seibert speaking ("Seibert said the chancellor had told…"),
  // or else Merkel ("Merkel told Erdogan…, Seibert said").
  const byReporter = needs.reporter ? spokenBy(ctx, ranked, analysed, lookup, needs.reporter, asked) : [];
  const spokenOn = byReporter.length ? byReporter : speaker ? spokenBy(ctx, ranked, analysed, lookup, speaker, asked) : ranked;
  // "The M5 highway", "the F-35": a code names one thing, and a passage on another ("the M4") does not answer for it,
  // however much else it shares. The article's title may name it for the whole article.
  const codes = analysed.concepts.flatMap((c, i) => (CODE.test(c.word) && asking.has(i) ? [i] : []));
  const scored = codes.length ? spokenOn.filter((s) => codes.every((c) => namesCode(ctx, s, analysed.concepts[c]!, speaker !== undefined))) : spokenOn;
  if (RECENT.test(asked)) preferRecent(ctx, scored);
  // "What is Idlib?", "who is Peskov?": a passage describing it comes first; none among the first candidates, no answer.
  const subject = subjectTerms(asked, analysed, ranked);
  const describing = subject
    ? scored.slice(0, TYPED_CANDIDATES).filter((s) => s.passage.sentences.some((span) => describes(s.passage.text.slice(span.start, span.end), subject)))
    : [];
  if (describing.length) {
    const rest = scored.slice(0, TYPED_CANDIDATES).filter((s) => !describing.includes(s));
    scored.splice(0, TYPED_CANDIDATES, ...describing, ...rest);
  }
  // Whether the articles answer is judged by the passage that covers the question best among the first few: the first
  // may come first for holding the kind of answer asked for ("12:38") while covering less of the question.
  const judged = scored.slice(0, JUDGED).reduce((a, b) => (b.match.coverage > a.match.coverage ? b : a), scored[0]!);
  const confidence = Math.round((judged?.match.coverage ?? 0) * 1000) / 1000;
  const undescribed = subject !== undefined && describing.length === 0;
  const refused = refusedBy({ ctx, asked, askingText: asked.slice(scene, aside), analysed, asking, lookup, types, needs, answerOf, ranked, scored, judged, confidence, keywordCount, undescribed });
  if (refused) return { ...refuse('not-found', 'The articles do not answer that question.', analysed, scored), check: refused, confidence };
  const articleIds = new Set(scored.map((s) => s.passage.articleId));
  const chosen = distinct(ctx, scored, top);
  const { disagreements, agreements } = figuresFor(ctx, analysed, types, scored, chosen, top);
  return {
    question,
    answered: true,
    passages: chosen.map(({ scored: s, alsoIn }) => toAnswerPassage(ctx, s, alsoIn, lookup)),
    ...(disagreements.length ? { disagreements } : {}),
    ...(agreements.length ? { agreements } : {}),
    ...(analysed.corrections.length ? { corrections: analysed.corrections } : {}),
    confidence,
    matched: { passages: scored.length, articles: articleIds.size },
  };
}

/**
 * The concepts of the sentence that asks, in a message that sets the scene first ("Everyone online says this is WW3
 * incoming. Is Putin looking to go all-out against Turkey?"): a name or a code in the scene is not what is asked
 * about, and no passage need name it. Every concept, when the message is one sentence or asks more than once.
 * `from`: where the sentence that asks starts (see sceneEnd).
 */
function askingConcepts(question: string, analysed: AnalysedQuestion, from: number, to: number): Set<number> {
  const all = new Set(analysed.concepts.keys());
  if (from === 0 && to >= question.length) return all;
  const startOf = new Map(tokenize(question).map((t) => [t.position, t.start]));
  return new Set(
    [...all].filter((i) => {
      const start = startOf.get(analysed.concepts[i]!.position) ?? -1;
      return start >= from && start < to;
    }),
  );
}

/** Where an aside about the asker after the question starts ("When does the ceasefire start? My sister's family is
 * still there."): it counts, as a scene does, for less than what is asked. The question's length when there is none. */
function asideStart(question: string): number {
  const asks = question.lastIndexOf('?');
  const tail = question.slice(asks + 1);
  return asks >= 0 && FIRST_PERSON.test(tail) && !ASKS.test(tail) ? asks + 1 : question.length;
}
// ("I" before a word in lower case: not the "I" of "World War I".)
const FIRST_PERSON = /\b(?:[Ii]['’]?m|[Ii]['’]?ve|[Mm]y|[Mm]e|[Ww]e|[Ww]e['’]ve|[Oo]ur)\b|\b[Ii]\s+\p{Ll}/u;
// An aside asks nothing: "…? Tell me how many died" is the question.
const ASKS = /\b(?:how|what|when|where|who|which|why|tell me|give me|show me)\b/i;

/** Where the sentence that asks starts, after a scene set before it; 0 when there is none. */
function sceneEnd(question: string): number {
  const asks = question.indexOf('?');
  if (asks < 0) return 0;
  // The scene ends at the last full stop before the question mark that ends a sentence, not an abbreviation ("the U.S.
  // offer", "Gen. Haftar").
  let from = 0;
  for (const m of question.slice(0, asks).matchAll(SCENE_END)) from = m.index + m[0].length;
  return from;
}
const SCENE_END = /(?<!(?:^|[\s.])(?:\p{L}|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|St|Jr|Sr|vs|etc))[.!:;]\s+/gu;

/** Candidates looked at for differing figures: enough to reach a second outlet, few enough to stay on topic. */
const DISAGREEMENT_CANDIDATES = 8;

/**
 * Finds figures the outlets report differently and makes sure each is quoted: a claim's passage that did not
 * make the top N replaces the lowest-ranked passage of an outlet already shown. Figures they report alike are
 * returned too, each with its outlet's sentence.
 */
function figuresFor(
  ctx: AnswerContext,
  analysed: AnalysedQuestion,
  types: AnswerType[],
  scored: Scored[],
  chosen: { scored: Scored; alsoIn: Passage[] }[],
  top: number,
): { disagreements: Disagreement[]; agreements: Disagreement[] } {
  const terms = new Set(analysed.concepts.flatMap((c) => c.variants.map((v) => v.term)));
  const candidates = scored.slice(0, DISAGREEMENT_CANDIDATES).map((s) => ({ passage: s.passage, outlet: ctx.articles.get(s.passage.articleId)!.outlet }));
  const { differ: found, agree } = compareFigures(candidates, terms, asksForFigure(types));
  // The claims are quoted among the first passages a reader sees, however many were asked for; for a question that
  // does not ask for a figure, the note quoting them is enough and the passages that answer it stay.
  const shown = Math.min(top, DEFAULT_TOP);
  // A passage quoting a differing figure is not displaced by another's (the most relevant disagreement comes first).
  const quoted = new Set(found.flatMap((d) => d.claims.map((c) => c.passageId)));
  for (const d of asksForFigure(types) ? found : []) {
    for (const claim of d.claims) {
      // A passage shown merged into another (the same words in two outlets) is shown already.
      const at = chosen.findIndex((c) => c.scored.passage.id === claim.passageId || c.alsoIn.some((p) => p.id === claim.passageId));
      if (at >= 0 && at < shown) continue;
      const entry = at >= 0 ? chosen[at]! : { scored: scored.find((s) => s.passage.id === claim.passageId)!, alsoIn: [] };
      const outlets = chosen.slice(0, shown).map((c) => ctx.articles.get(c.scored.passage.articleId)!.outlet);
      const claimOutlets = new Set(d.claims.map((c) => ctx.articles.get(c.articleId)!.outlet));
      // Replace from the bottom, never a passage that quotes a claim, nor the best passage.
      let victim = -1;
      for (let i = outlets.length - 1; i >= 1 && victim < 0; i--) {
        const id = chosen[i]!.scored.passage.id;
        if (!quoted.has(id) && (outlets.filter((o) => o === outlets[i]).length > 1 || !claimOutlets.has(outlets[i]!))) victim = i;
      }
      if (outlets.length < shown && at < 0) chosen.push(entry);
      else if (victim >= 0) {
        if (at >= 0) chosen.splice(at, 1);
        // The passage it displaces moves down, when more passages were asked for than are shown first.
        const [displaced] = chosen.splice(victim, 1, entry);
        if (chosen.length < top) chosen.splice(shown, 0, displaced!);
      }
    }
  }
  const withSources = (d: (typeof found)[number]): Disagreement => ({
    about: d.about,
    claims: d.claims.map((c) => ({ text: c.text, figure: c.figure, value: c.value, source: sourceOf(ctx.articles.get(c.articleId)!) })),
  });
  return { disagreements: found.map(withSources), agreements: agree.map(withSources) };
}

function toAnswerPassage(ctx: AnswerContext, s: Scored, alsoIn: Passage[], lookup: ConceptLookup): AnswerPassage {
  const { passage } = s;
  const sentence = passage.sentences[s.focus] ?? { start: 0, end: passage.text.length };
  const out: AnswerPassage = {
    id: passage.id,
    text: passage.text,
    score: Math.round(s.score * 1000) / 1000,
    highlights: highlightsFor(s.index, ctx.index.tokens, lookup),
    source: sourceOf(ctx.articles.get(passage.articleId)!),
    focus: [sentence.start, sentence.end],
    sentences: passage.sentences.map((x) => [x.start, x.end]),
    offsets: [passage.start, passage.end],
    context: [passage.context.start, passage.context.end],
  };
  if (alsoIn.length) out.alsoIn = alsoIn.map((p) => sourceOf(ctx.articles.get(p.articleId)!));
  return decorate(out, passage, s.focus);
}

/** Adds what a face shows beside the quote: the speaker of the best sentence, and a link to that sentence. */
export function decorate(out: AnswerPassage, passage: Passage, sentenceIndex: number): AnswerPassage {
  // Only the quoted sentence's own speaker: a window's other sentences may be another paragraph, another voice.
  const speaker = passage.speakers?.[sentenceIndex];
  if (speaker) out.speaker = speaker;
  if (out.source.url) out.link = textFragmentLink(out.source.url, out.text.slice(out.focus[0], out.focus[1]));
  return out;
}

export function sourceOf(article: Article): SourceRef {
  const source: SourceRef = { id: article.id, title: article.title, outlet: article.outlet, date: article.date };
  if (article.author) source.author = article.author;
  if (article.url) source.url = article.url;
  return source;
}

/** The runs of words of the thing a "what is X" question asks about that hold a name, each word as the terms it may take. */
function subjectTerms(question: string, analysed: AnalysedQuestion, ranked: readonly Scored[]): ReadonlySet<string>[][] | undefined {
  const subject = definedSubject(question);
  if (!subject) return undefined;
  const from = question.indexOf(subject);
  const words = analysed.concepts.flatMap((c, i) => {
    const at = question.indexOf(c.word, from);
    return at >= from && at + c.word.length <= from + subject.length ? [i] : [];
  });
  const names = new Set(namesAmong(words, analysed, ranked));
  if (names.size === 0) return undefined;
  // The whole, its names alone ("the Kremlin spokesman" as "Kremlin spokesman Dmitry Peskov"), and those without a
  // common word before them ("Operation Spring Shield" is "an operation … named 'Spring Shield'").
  const termsOf = (c: number) => new Set(analysed.concepts[c]!.variants.filter((v) => v.weight >= RELATED_WEIGHT).map((v) => v.term));
  const first = words.findIndex((c) => names.has(c));
  const last = words.findLastIndex((c) => names.has(c));
  // "Turkey's defence minister", "the Greek migration minister": the country says whose minister; Turkey described
  // is not the minister described.
  const whose = [...names].every((c) => speaksForGovernment(analysed.concepts[c]!.word) || isNationality(analysed.concepts[c]!.word)) && names.size < words.length;
  const spans = whose ? [words] : [words, words.slice(first, last + 1)];
  if (last > first && (commonness(fold(analysed.concepts[words[first]!]!.word)) ?? Infinity) < COMMON_WORDS) spans.push(words.slice(first + 1, last + 1));
  return spans.map((span) => span.map(termsOf));
}
