// answer(question) → data: the best passages with their sources, or an honest refusal with suggestions.
import type { Article } from './article.js';
import { INFORMAL_WEIGHT, isSeatOfGovernment, RELATED_WEIGHT, STANDS_FOR_WEIGHT } from './aliases.js';
import { asksForFigure, expectedAnswer, holdsAnswer, isWeapon, MONTH, type AnswerType } from './answer-type.js';
import { daysNamed, namesDay } from './days.js';
import type { Passage } from './passages.js';
import { analyseQuestion, COMMON_WORDS, CORRECTION_WEIGHT, type AnalysedQuestion, type Concept, type Correction } from './query.js';
import { isCountry, isCountryTypedLower, isNationality } from './nationality.js';
import { withoutShorthand } from './chat-words.js';
import { countOf, countsAsked, needsOf, type Counted } from './question-needs.js';
import { NUMBER_WORD, passageClaims } from './claims.js';
import { compareFigures } from './disagreements.js';
import { conceptLookup, highlightsFor, lookupFor, matchPassage, type ConceptLookup, type PassageMatch } from './rank.js';
import { sourceMentions, withoutMentions } from './source-mentions.js';
import { speechVerbAt } from './speakers.js';
import { textFragmentLink } from './text-fragment.js';
import { fold, terms, tokenize } from './text.js';
import { definedSubject, describes } from './definition.js';
import { asksForName, asksWhoLeads, namedThing, namesSomethingNew } from './name-question.js';
import { commonness } from './neighbours.js';
import { LARGE_CORPUS, type SearchIndex } from './search-index.js';

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
/** Candidates taken from BM25 before re-ranking. */
const CANDIDATES = 60;
/** A passage must cover at least this share of the question's weight for the question to count as answered. */
export const MIN_COVERAGE = 0.33;
/**
 * …unless it covers this much and matches at least this many of the question's concepts, in any form. Measured over
 * thirty-one sets: 0.15-0.25 with three concepts answers nine wrongly refused paraphrases, three more at rank 1, and lets
 * no unanswerable question through; with two concepts, off-topic questions get answers.
 */
const WIDE_COVERAGE = 0.2;
const WIDE_CONCEPTS = 3;
/**
 * …or covers this much with two of the question's concepts there in its own word or a related one ("some anonymous
 * western official said the truce would be fake" → "a ceasefire … for show, a Western diplomat told AFP"): off-topic
 * questions ("how do i change my discord nickname", "who won the 2020 US presidential election") touch one at that
 * strength. Measured over 142 sets: at 0.26 twenty-one fewer wrong refusals and one more unanswerable answered; at
 * 0.22 the summit set's off-topic question is answered.
 */
const PAIR_COVERAGE = 0.26;
const PAIR_CONCEPTS = 2;
/** Below this coverage, the best passage must also stand above the rest: when many passages match the question
 * equally well, they share only its common words, and what it really asks ("How old is Erdogan?") is absent.
 * Only a near tie: over 142 sets, 0.01 refuses eighteen fewer answerable questions than 0.04 did, and two more
 * unanswerable ones are answered. (Up to 0.8 coverage would refuse those two, but also a list of equals such as
 * "What did Jordan Shilton write about NATO?".) */
const CLEAR_COVERAGE = 0.6;
const MIN_STANDOUT = 0.01;
/** Candidates compared for standing out; fewer than this many matches always stand out. */
const STANDOUT_FIELD = 10;

/** How far the best passage stands above the middle of the field (every candidate, filtered out or not). */
function standsOut(best: Scored, field: Scored[]): number {
  if (field.length < 5) return 1;
  const scores = field.slice(0, STANDOUT_FIELD).map((s) => s.score);
  return best.score - scores[Math.floor(scores.length / 2)]!;
}

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
const WEIGHTS = { coverage: 0.5, sentence: 0.25, bm25: 0.15, proximity: 0.1, answerType: 0.3, measure: 0.8, startType: 3, speaker: 0.1 };
/**
 * Kinds of answer a passage must state in a sentence that covers the question (at least this share of what the
 * best passage covers, among the first candidates): a time, a duration, a distance or length, a model ("what type of
 * jets": Su-24), a share ("what percentage of…": 44.8 percent), a place ("which town
 * will the patrols start from": one more refused over a hundred and four sets, none lost). Measured 0.3-0.7: 0.3 refuses one
 * more unanswerable question over eleven sets and costs nothing; 0.4 already costs two answerable ones. A start time
 * ("as of midnight") is left out: its sentences rarely repeat the question (one more wrong refusal); so is an hour of
 * the day ("what time did the convoy leave": 11:05 a.m.), which cost two answerable questions for one refused (over
 * 122 sets, four for two), and a start hour for "what time did the talks start" (over 124 sets, six more refused for
 * three answerable lost, "from what hour is the ceasefire in force" among them).
 */
const NEEDS_TYPED_SENTENCE: ReadonlySet<AnswerType> = new Set(['time', 'day', 'date', 'duration', 'distance', 'length', 'place', 'town', 'model', 'share']);
const MIN_TYPED_SHARE = 0.3;
/** A day is named in most news sentences ("on Wednesday"): for "on what date…", the sentence naming one must be about
 * more of the question. Over 142 sets 0.8 refused three more unanswerable questions than 0.6 and cost nothing; 0.9 cost
 * two first hits. */
const MIN_DAY_SHARE = 0.8;
const TYPED_CANDIDATES = 10;
/** For "what is the name of…", the sentence giving a name must be about this much of what the best passage covers: at
 * 0.3, a name anywhere near ("Erdogan appealed to NATO") answered for the refugee shot at the border. Measured 0.3-0.8
 * over a hundred and two sets: 0.6 refused eight more unanswerable questions and cost nothing; over 142 sets, 0.8 three
 * more again and nothing lost (0.9 cost three first hits). */
const NAME_SHARE = 0.8;
/**
 * "Who will command the patrols", "who led the delegation" ask for a person too, named less near the question's words
 * ("the delegation, led by Deputy Defence Minister Alexander Fomin, …"): measured 0.4-0.8 over 168 sets, 0.6 refuses
 * three more unanswerable questions and costs nothing; 0.8 costs "who heads the Russian reconciliation centre".
 */
const WHO_LEADS_SHARE = 0.6;

/** Weight of the words of a message's scene, before the sentence that asks. Measured 0.1-1 over sixty-two sets: 0.5
 * gained one first hit and one wrong refusal in the one set written with scenes; 0.25 and less lose the scene's
 * topic ("For my EU politics seminar: what did Brussels' top diplomat admit…"). */
const SCENE_WEIGHT = 0.5;

/** Passages among which the one covering the question best decides whether the articles answer it. */
const JUDGED = 3;

interface Scored {
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
  // "Find the bit where…", "give me the quote where…", "show me…": a request for a passage, whose own words are not
  // looked for.
  const typed = withoutShorthand((mentions.length ? withoutMentions(question, mentions) : question).replace(REQUEST, '')).replace(
    NOT_KNOWING,
    (_m, negation: string) => `${negation} aware`,
  );
  // Keywords ending in "number" ("sochi deal observation posts number") ask how many, as "number of …" does; which of
  // the keywords is counted is not told, so a passage is not refused for lacking a figure of one of them.
  const countedKeywords = COUNT_KEYWORDS.exec(typed);
  // Keywords ending in "death toll" ("syria war death toll") ask how many people died.
  const tollKeywords = TOLL_KEYWORDS.exec(typed);
  const asked = countedKeywords ? `number of ${countedKeywords[1]}` : tollKeywords ? `how many people died in ${tollKeywords[1]}` : (casualtyQuestion(typed) ?? typed);
  const read = analyseQuestion(asked, ctx.index, ctx.spelledOut);
  // The scene set before the question ("Everyone online says this is WW3 incoming. Is Putin…?") counts for less than
  // what it asks.
  const asking = askingConcepts(asked, read);
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
  const ranked = rank(ctx, analysed, lookup, types, counted, options, sources, answerOf);
  // "What did Konashenkov say…" is answered by a passage where Konashenkov speaks, not by one on its other words, nor
  // by one that only mentions him.
  // A full name ("Huseyin Ozdemir") speaks by its surname ("Özdemir said"), in an article that names the whole person.
  const fullNames = speaker ? namesAmong(speaker, analysed, ranked) : [];
  const surnamesOnly = surnames(fullNames, analysed);
  const seats = new Set(fullNames.filter((c) => speaksForGovernment(analysed.concepts[c]!.word)));
  const spoken = speaker
    ? ranked.filter((s) => speaksInPassage(ctx, s, lookup, analysed, speaker, surnamesOnly, seats, AFTER.test(asked)) && articleNames(ctx, s, analysed, fullNames, seats))
    : ranked;
  // "What did Pompeo say about the Kurdish YPG": a passage where he speaks of none of it does not say, unless its
  // article is about it (its title names it: an interview on the deal need not say "deal" in every answer).
  const topic = speaker ? topicOf(asked, analysed).filter((c) => !speaker.includes(c)) : [];
  // …and the names in it must all be there: Merkel speaking of "the fighting" does not say anything of Libya's.
  // A date is such a name however it is typed ("the feb 27 strike").
  const topicNames = topic.filter((c) => {
    const { word } = analysed.concepts[c]!;
    return (/^\p{Lu}/u.test(word) && !isNationality(word) && !isSeatOfGovernment(word)) || TOPIC_DATE.test(word);
  });
  const spokenOn = topic.length
    ? spoken.filter((s) => {
        const found = conceptsIn(ctx, s, lookup);
        const title = new Set(terms(ctx.articles.get(s.passage.articleId)!.title));
        const has = (c: number) => found.has(c) || analysed.concepts[c]!.variants.some((v) => v.weight >= RELATED_WEIGHT && title.has(v.term));
        return topic.some(has) && topicNames.every(has);
      })
    : spoken;
  // "The M5 highway", "the F-35": a code names one thing, and a passage on another ("the M4") does not answer for it,
  // however much else it shares. The article's title may name it for the whole article.
  const codes = analysed.concepts.flatMap((c, i) => (CODE.test(c.word) && asking.has(i) ? [i] : []));
  const scored = codes.length ? spokenOn.filter((s) => codes.every((c) => namesCode(ctx, s, analysed.concepts[c]!))) : spokenOn;
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
  const undescribed = subject !== undefined && describing.length === 0;
  const best = scored[0];
  // Whether the articles answer is judged by the passage that covers the question best among the first few: the first
  // may come first for holding the kind of answer asked for ("12:38") while covering less of the question.
  const judged = scored.slice(0, JUDGED).reduce((a, b) => (b.match.coverage > a.match.coverage ? b : a), scored[0]!);
  const confidence = Math.round((judged?.match.coverage ?? 0) * 1000) / 1000;
  // "How many X" is answered by a figure counting X; passages that only mention X do not answer it.
  // …and, for "how many … in Kilis", a figure in a passage that names the place asked about.
  const places = counted ? placesAsked(asked, analysed, ranked) : [];
  // …and "how many … on March 20" a figure in a passage naming that day.
  const days = counted ? daysNamed(asked) : [];
  const uncounted =
    counted !== undefined &&
    !countedKeywords && !tollKeywords &&
    !scored.some(
      (s) =>
        (places.length === 0 || hasAll(placeConcepts(ctx, s, lookup), places)) &&
        days.every((day) => namesDay(s.passage.text, day, ctx.articles.get(s.passage.articleId)!.date)) &&
        passageClaims(s.passage).some((c, i, all) => countsAsked(c.claims, counted, c.sentence, all[i - 1]?.sentence)),
    );
  // So is "How old is…" by an age of the person named, and "Where was … born" by a birth.
  const named = analysed.concepts.flatMap((c, i) => (/^\p{Lu}/u.test(c.word) ? [i] : []));
  const { stated } = needs;
  const unstated =
    stated.length > 0 &&
    !scored.some(
      (s) =>
        // An age or a birth is of the person named; a sum of money of the parties named, who may be named otherwise
        // ("Brussels" for the EU).
        hasAll(conceptsIn(ctx, s, lookup, { own: !stated.includes('money') }), named) &&
        s.passage.sentences.some((x) => holdsAnswer(s.passage.text.slice(x.start, x.end), stated)),
    );
  // "How long did the press conference last" is not answered by a duration in a sentence about something else.
  const untyped =
    types.some((t) => NEEDS_TYPED_SENTENCE.has(t)) && !scored.slice(0, TYPED_CANDIDATES).some((s) => s.typed >= (types.includes('day') || types.includes('date') ? MIN_DAY_SHARE : MIN_TYPED_SHARE) * (judged?.match.coverage ?? 1));
  // A paraphrase shares few of its words with the answer but touches many of its concepts; an off-topic question
  // ("how do i change my discord nickname") touches one or two.
  const wide =
    judged !== undefined &&
    ((confidence >= WIDE_COVERAGE && conceptsIn(ctx, judged, lookup).size >= WIDE_CONCEPTS) ||
      (confidence >= PAIR_COVERAGE && conceptsIn(ctx, judged, lookup, { related: true }).size >= PAIR_CONCEPTS));
  // "When is the second patrol / the next summit", "when will they meet again": a passage on the first one does not say.
  // (Asked in the same sentence: "Is it open again? Since when was it closed?" asks when it closed.)
  const asksWhen = (ts: readonly AnswerType[]) => ts.some((t) => t === 'time' || t === 'day' || t === 'date' || t === 'start');
  const asksAgain = asksWhen(types) && asked.split(/(?<=[?!.])\s+/).some((part) => REPEAT_QUESTION.test(part) && asksWhen(expectedAnswer(part)));
  // …that is, of the same thing again: "the next escalation" does not say when the next summit is.
  const repeated = asksAgain ? repeatedThings(asked, analysed) : [];
  const unrepeated = asksAgain && !scored.slice(0, JUDGED).some((s) => repeatsThing(ctx, s, lookup, repeated));
  // "When will the patrols end", "what time did the talks start", "what type of jets…": no passage stating an end, a start
  // of the talks or a model of the jets among the first candidates, no answer.
  // …a start of the talks, that is: "the joint press conference" starts where a sentence says so of the conference, not
  // of a patrol named "joint" beside a midnight.
  const startOf = mainThings(answerOf, analysed);
  const unbounded =
    (types.includes('end') || answerOf.length > 0) &&
    !scored.slice(0, TYPED_CANDIDATES).some((s) => {
      if (s.typed === 0) return false;
      if (startOf.length === 0) return true;
      const naming = sentencesNaming(ctx, s.index, lookup, startOf);
      return s.passage.sentences.some((span, i) => naming.has(i) && holdsAnswer(s.passage.text.slice(span.start, span.end), types));
    });
  // "What was the lira trading at against the euro?": a rate in dollars does not say; a currency asked about must be
  // named by one of the first passages.
  const uncurrencied = analysed.concepts.some((c) => {
    if (!CURRENCY.test(c.word)) return false;
    const term = terms(c.word)[0]!;
    const id = ctx.index.tokens.ids.get(term) ?? -1;
    return !scored.slice(0, JUDGED).some((s) => ctx.index.tokens.termSet(s.index).has(id) || CURRENCY_SYMBOL[term]?.test(s.passage.text));
  });
  // "What was the name of the refugee who was shot?": no sentence about it giving a name the question lacks, no answer.
  const unnamed =
    (asksForName(asked) && !givesName(scored.slice(0, TYPED_CANDIDATES), analysed, NAME_SHARE * (judged?.match.coverage ?? 1), namedThing(asked))) ||
    (asksWhoLeads(asked) && !givesName(scored.slice(0, TYPED_CANDIDATES), analysed, WHO_LEADS_SHARE * (judged?.match.coverage ?? 1), undefined));
  if (!best || undescribed || uncurrencied || unbounded || unnamed || unrepeated || untyped || namesAbsent(asked, analysed, asking) || uncounted || unstated || (confidence < MIN_COVERAGE && !wide) || (confidence < CLEAR_COVERAGE && standsOut(best, ranked) < MIN_STANDOUT)) {
    return { ...refuse('not-found', 'The articles do not answer that question.', analysed, scored), confidence };
  }
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

/** How far from the thing whose name is asked (in words, either side) its name may stand. */
const NAME_REACH = 10;

/** Whether a sentence of these passages, covering at least `share` of the question, gives a full name it lacks. */
function givesName(candidates: readonly Scored[], analysed: AnalysedQuestion, share: number, thing: string | undefined): boolean {
  const asked = new Set(analysed.concepts.flatMap((c) => c.variants.map((v) => v.term)));
  // The bases' name is given beside the word for them: "the Middle East", further on in a sentence on Russia's
  // bases, names something else.
  const thingTerms = analysed.concepts.find((c) => c.word === thing)?.variants.filter((v) => v.weight >= RELATED_WEIGHT).map((v) => v.term) ?? [];
  const near = (sentence: string) => {
    if (thingTerms.length === 0) return [sentence];
    const tokens = tokenize(sentence);
    return tokens.flatMap((t, i) => {
      if (t.term === null || !thingTerms.includes(t.term)) return [];
      const from = tokens[Math.max(0, i - NAME_REACH)]!.start;
      const to = tokens[Math.min(tokens.length - 1, i + NAME_REACH)]!.end;
      return [sentence.slice(from, to)];
    });
  };
  return candidates.some((s) =>
    s.passage.sentences.some((span, i) => {
      // …or names it after the sentence that says what they are asked about: "…led by the Deputy Defence Minister.
      // Alexander Fomin told reporters…", "…sent contingents to Libya. Russia has backed Gen. Khalifa Haftar."
      if (Math.max(s.match.sentenceCoverages[i] ?? 0, s.match.sentenceCoverages[i - 1] ?? 0) < share) return false;
      return near(s.passage.text.slice(span.start, span.end)).some((text) => namesSomethingNew(text, asked));
    }),
  );
}

/**
 * Whether the question names someone or something the articles never mention, nor anything spelled like it
 * ("Ukraine", "Macron", "the M5 highway"): then no passage is about what it asks, however many of its
 * other words one shares. Not judged in a question Written In Title Case or capitals, where every word looks like a name.
 */
function namesAbsent(question: string, analysed: AnalysedQuestion, asking: ReadonlySet<number>): boolean {
  const words = question.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (capitalised > words.length / 2) return false;
  return analysed.concepts.some(
    (c, i) => asking.has(i) && c.variants.length === 0 && ((c.position > 0 && /^\p{Lu}/u.test(c.word)) || isCountryTypedLower(c.word)),
  );
}

/**
 * The concepts of the sentence that asks, in a message that sets the scene first ("Everyone online says this is WW3
 * incoming. Is Putin looking to go all-out against Turkey?"): a name or a code in the scene is not what is asked
 * about, and no passage need name it. Every concept, when the message is one sentence or asks more than once.
 */
function askingConcepts(question: string, analysed: AnalysedQuestion): Set<number> {
  const all = new Set(analysed.concepts.keys());
  const asks = question.indexOf('?');
  if (asks < 0) return all;
  // The scene ends at the last full stop before the question mark that ends a sentence, not an abbreviation ("the U.S.
  // offer", "Gen. Haftar").
  let from = 0;
  for (const m of question.slice(0, asks).matchAll(SCENE_END)) from = m.index + m[0].length;
  if (from === 0) return all;
  const startOf = new Map(tokenize(question).map((t) => [t.position, t.start]));
  return new Set([...all].filter((i) => (startOf.get(analysed.concepts[i]!.position) ?? -1) >= from));
}
const SCENE_END = /(?<!(?:^|[\s.])(?:\p{L}|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|St|Jr|Sr|vs|etc))[.!:;]\s+/gu;

const REQUEST = new RegExp(
  String.raw`^\s*(?:(?:can|could|would) (?:you|u)\s+)?(?:please\s+)?(?:` +
    String.raw`(?:(?:find|give|show|get|pull up|gimme|send|quote)(?:\s+me)?|i (?:need|want)|i'?m looking for|looking for)\s+(?:the|a|that)\s+` +
    String.raw`(?:bit|part|passage|section|quote|line|lines|paragraph|sentence|piece|place)\s+(?:where|about|on|in which|that says|saying)` +
    String.raw`|(?:show|tell) me(?: about)?|summari[sz]e)\s+`,
  'i',
);

/** "didn't know where the Turks were": not knowing is not being aware, which is how news says it ("know" alone is a
 * stop word: "does anyone know…"). One word for one word. */
const NOT_KNOWING = /\b((?:did|do|does|had|have|has|was|were)(?:n['’]?t| not)|not|never|no one|nobody)\s+(?:even\s+)?(?:know|knew|known|knowing)\b/gi;
// Keywords, not a question: no question word before "toll" or "number".
const TOLL_KEYWORDS = /^(?!.*\b(?:how|what|which|who|when|where|why)\b)\s*(.+?)\s+(?:death\s+)?toll\s*\??\s*$/i;
/**
 * Keywords naming people and what befell them ("russian soldiers killed?", "greek police injured in border clashes"):
 * how many, as the toll asks, of these people, so another nation's soldiers, or soldiers killed without a figure of
 * the injured, do not answer. Only a nationality may stand before the people ("taftanaz turkish soldiers killed" names
 * a place, where a figure may be of the soldiers of one attack).
 */
function casualtyQuestion(typed: string): string | undefined {
  const m = CASUALTY_KEYWORDS.exec(typed);
  if (!m) return undefined;
  const [, qualifier, people, befell, rest] = m;
  if (qualifier && !isNationality(qualifier)) return undefined;
  return `how many ${qualifier ? `${qualifier} ` : ''}${people} were ${befell}${rest}`;
}
const CASUALTY_KEYWORDS =
  /^(?!.*\b(?:how|what|which|who|whom|whose|when|where|why|number|toll|is|are|was|were|did|does|do|has|have|had|will|can)\b)\s*(?:(\S+)\s+)?(soldiers|troops|civilians|police|policemen|officers|people|refugees|migrants|children|fighters|rebels|militants|personnel|servicemen|jets|warplanes|planes|aircraft|drones|helicopters|tanks)\s+(killed|injured|wounded|hurt|dead|died|arrested|detained|captured|shot down|downed|destroyed|lost)\b((?:\s+(?:in|at|near|during|on|since|by)\b.*)?)\W*$/i;
const COUNT_KEYWORDS = /^(?!.*\b(?:how|what|which|who|when|where|why|number of)\b)\s*(.+?)\s+(?:numbers?|count|total)\s*\??\s*$/i;

/** Whether a word typed in lower case ("trump") stands capitalised inside a sentence of the text ("the Trump administration"): a name. */
function capitalisedIn(text: string, typed: string): boolean {
  const word = typed.replace(/['’]s$/, '');
  if (!/^[a-z][a-z-]*$/.test(word)) return false;
  // Inside a sentence, and not a title before a name ("Foreign Minister Sergei Lavrov"). Letters are matched in either
  // case by hand: with the i flag, \p{Lu} would match lower-case letters too.
  const letters = [...word].map((c) => (c === '-' ? '-' : `[${c}${c.toUpperCase()}]`)).join('');
  const at = new RegExp(String.raw`(?<=[\p{Ll},;] )${letters}\b(?! \p{Lu})`, 'gu');
  for (const m of text.matchAll(at)) if (/\p{Lu}/u.test(m[0])) return true;
  return false;
}

const hasAll = (found: ReadonlySet<number>, concepts: readonly number[]) => concepts.every((c) => found.has(c));

/** Concepts of the question that passage `s` has, in any variant (`own`: the question's own words only; `related`:
 * those and related words, not synonyms or neighbours), and, with `speaker`, in the name of whoever speaks its best
 * sentence. */
function conceptsIn(ctx: AnswerContext, s: Scored, lookup: ConceptLookup, { own = false, related = false, speaker = false } = {}): Set<number> {
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
function speakerConcepts(ctx: AnswerContext, lookup: ConceptLookup, who: string): Set<number> {
  const found = new Set<number>();
  for (const term of speakerTerms(who)) for (const m of lookup.byTerm.get(ctx.index.tokens.ids.get(term) ?? -1) ?? []) found.add(m.concept);
  return found;
}

/** Concepts of the question a passage has in the question's own words, in its text or its article's title (an article
 * about Hmeimim need not name it in every paragraph). */
function placeConcepts(ctx: AnswerContext, s: Scored, lookup: ConceptLookup): Set<number> {
  const found = conceptsIn(ctx, s, lookup, { own: true });
  for (const term of terms(ctx.articles.get(s.passage.articleId)!.title)) {
    for (const m of lookup.byTerm.get(ctx.index.tokens.ids.get(term) ?? -1) ?? []) if (m.weight >= OWN_WORD) found.add(m.concept);
  }
  return found;
}

/** Whether a passage, or its article's title, has this code of the question ("S-400" as s400, not its parts "s" and "400"). */
function namesCode(ctx: AnswerContext, s: Scored, code: Concept): boolean {
  const wanted = new Set(code.variants.filter((v) => v.weight >= OWN_WORD && /\d/.test(v.term) && /\p{L}/u.test(v.term)).map((v) => v.term));
  if (wanted.size === 0) return false;
  for (const id of ctx.index.tokens.termSet(s.index)) if (wanted.has(ctx.index.tokens.terms[id] ?? '')) return true;
  return terms(ctx.articles.get(s.passage.articleId)!.title).some((t) => wanted.has(t));
}

/** The weight a variant needs to stand for a name: its own spelling, or, for a capital or a country, a related word
 * ("German" for Berlin). */
const nameWeight = (seats: ReadonlySet<number>, concept: number) => (seats.has(concept) ? RELATED_WEIGHT : OWN_WORD);

/** A capital or a country ("Berlin's", "Germany"), which speaks through its government's people. */
function speaksForGovernment(word: string): boolean {
  const bare = word.replace(/['’]s$/, '');
  return isSeatOfGovernment(bare) || isCountry(bare);
}

const articleTerms = new WeakMap<Article, Set<string>>();

/** Whether the passage's article (its title too) names every one of these concepts, each in a form that stands for it. */
function articleNames(ctx: AnswerContext, s: Scored, analysed: AnalysedQuestion, names: readonly number[], seats: ReadonlySet<number>): boolean {
  const article = ctx.articles.get(s.passage.articleId)!;
  let all = articleTerms.get(article);
  if (!all) articleTerms.set(article, (all = new Set([...terms(article.title), ...terms(article.body)])));
  const has = all;
  return names.every((c) => analysed.concepts[c]!.variants.some((v) => v.weight >= nameWeight(seats, c) && has.has(v.term)));
}

/** Names of places the question asks about: a name right after "in", "at", "near", "from", "into" or "to" ("how many … in
 * Kilis", "how many migrants made it into Greece", "how many troops has Ankara sent to Libya"). */
function placesAsked(question: string, analysed: AnalysedQuestion, ranked: readonly Scored[]): number[] {
  // A place in a scene set before "how many" ("The doctor writing from Atmeh - how many masks does he have") is not
  // where the count is; one in a question joined by "and" ("…in Libya, and how many troops has it sent there") is.
  const many = question.search(/\bhow many\b|\bnumber of\b/i);
  const from = many > 0 && /[-–—:.!?]\s*$/.test(question.slice(0, many)) ? many : 0;
  const after = analysed.concepts.flatMap((c, i) => {
    const at = question.indexOf(c.word, from);
    return at > 0 && /\b(?:in|at|near|from|into|to)\s+(?:the\s+)?$/i.test(question.slice(0, at)) ? [i] : [];
  });
  return namesAmong(after, analysed, ranked);
}

/** Of a full name ("Huseyin Ozdemir"), the surname: after the first mention, articles write "Özdemir said". */
function surnames(names: number[], analysed: AnalysedQuestion): number[] {
  const at = (c: number) => analysed.concepts[c]!.position;
  return names.filter((c) => !names.some((d) => at(d) === at(c) + 1));
}

/** Candidates looked at for how the articles write a word typed in lower case. */
const NAME_EVIDENCE = 100;

/**
 * The names among these words of the question (for a speaker, a place): capitalised in the question, or, typed in lower
 * case ("what did assad say"), capitalised in a candidate passage, even one the name is then not found in.
 */
function namesAmong(words: number[], analysed: AnalysedQuestion, ranked: readonly Scored[]): number[] {
  const candidates = ranked.slice(0, NAME_EVIDENCE);
  return words.filter((c) => {
    const { word, variants } = analysed.concepts[c]!;
    if (isNationality(word)) return false;
    // The asker's acronym for what the articles spell otherwise ("MoD" for the defence ministry) names no one. (Their
    // spelling of a name, "Esad" for Assad, still does.)
    if (/\p{Lu}.*\p{Lu}/u.test(word) && variants.length > 0 && variants.every((v) => v.weight < CORRECTION_WEIGHT)) return false;
    return /^\p{Lu}/u.test(word) || candidates.some((s) => capitalisedIn(s.passage.text, word));
  });
}

/**
 * A speaker described in three words or more ("the Russian military mouthpiece") is who the articles name by its
 * nationality and its last word ("Russian defence ministry spokesman Igor Konashenkov"): the words between are the
 * asker's own ("military" for the defence ministry).
 */
function describedBy(speaker: number[], analysed: AnalysedQuestion): number[] {
  if (speaker.length < 3) return [];
  const head = speaker.at(-1)!;
  return speaker.filter((c) => c === head || isNationality(analysed.concepts[c]!.word));
}

/**
 * Whether the nationality stands right before the role somewhere in the passage ("Turkish Foreign Minister …"), or the
 * nation's leader is named ("the Turkish leader" is Erdogan): "the Turkish foreign minister" is not the American
 * secretary of state of a passage that names Turkey elsewhere.
 */
function nationalityBeforeRole(ctx: AnswerContext, s: Scored, lookup: ConceptLookup, nationals: number[], roles: number[]): boolean {
  if (roles.length === 0) return true;
  const isLeader = (id: number) => lookup.byTerm.get(id)?.some((m) => nationals.includes(m.concept) && m.weight <= STANDS_FOR_WEIGHT);
  if ([...ctx.index.tokens.termSet(s.index)].some(isLeader)) return true;
  const at: { concepts: number[]; position: number; sentence: number }[] = [];
  ctx.index.tokens.forEach(s.index, (termId, position, sentence) => at.push({ concepts: (lookup.byTerm.get(termId) ?? []).map((m) => m.concept), position, sentence }));
  const within = (n: (typeof at)[number]) => (r: (typeof at)[number]) => r.sentence === n.sentence && r.position > n.position && r.position <= n.position + NATIONALITY_REACH;
  return at.some((n) => n.concepts.some((c) => nationals.includes(c)) && at.filter(within(n)).some((r) => r.concepts.some((c) => roles.includes(c))));
}
/** Words between a nationality and its role: "Turkish Foreign Minister", "the Turkish deputy foreign minister". */
const NATIONALITY_REACH = 3;

/** Whether a sentence of the passage is said by a speaker the article describes with all these words. */
function describedSpeaks(ctx: AnswerContext, s: Scored, lookup: ConceptLookup, described: number[]): boolean {
  if (described.length === 0) return false;
  return (s.passage.speakers ?? []).some((who) => !!who && hasAll(speakerConcepts(ctx, lookup, who), described));
}

/**
 * Whether the person the question names speaks in the passage: the names among the question's words for them
 * ("Assad", "Lavrov", "the EU's top diplomat") must be a sentence's speaker or stand before the verb of a sentence that reports speech,
 * not merely be mentioned ("signed by Foreign Minister Sergei Lavrov"); the words describing them ("top diplomat") are
 * the asker's own and need not be there. A description without a name ("the Greek prime minister") must be there whole,
 * its nationality right before its role or its nation's leader named (see nationalityBeforeRole), or, three words or
 * more, by its nationality and last word in a sentence's speaker (see describedBy).
 * `after`: the question asks what they said after an event ("…after the summit") or at it ("say at the press
 * conference"), which what they said before it does not answer.
 */
function speaksInPassage(
  ctx: AnswerContext,
  s: Scored,
  lookup: ConceptLookup,
  analysed: AnalysedQuestion,
  speaker: number[],
  names: number[],
  seats: ReadonlySet<number>,
  after = false,
): boolean {
  if (names.length === 0) {
    const nationals = speaker.filter((c) => isNationality(analysed.concepts[c]!.word));
    const whole =
      hasAll(conceptsIn(ctx, s, lookup, { speaker: true }), speaker) &&
      (nationals.length === 0 || nationalityBeforeRole(ctx, s, lookup, nationals, speaker.filter((c) => !nationals.includes(c))));
    return whole || describedSpeaks(ctx, s, lookup, describedBy(speaker, analysed));
  }
  if (!hasAll(conceptsIn(ctx, s, lookup, { speaker: true }), names)) return false;
  // A capital or a country speaks through its government's people ("Berlin" by the German defence minister); a person
  // only by name.
  const own = (termId: number | undefined, into: Set<number>) => {
    for (const m of lookup.byTerm.get(termId ?? -1) ?? []) if (m.weight >= nameWeight(seats, m.concept)) into.add(m.concept);
  };
  // In a sentence reporting speech, the words before its verb of saying: "Assad said…", not "Ortagus told reporters
  // that … Assad".
  const verbAt = s.passage.sentences.map((span) => {
    const at = speechVerbAt(s.passage.text.slice(span.start, span.end));
    return at < 0 ? -1 : span.start + at;
  });
  const starts: number[] = [];
  ctx.index.tokens.forEachRange(s.index, (_termId, start) => starts.push(start));
  const bySentence = new Map<number, Set<number>>();
  const afterVerb = new Map<number, number[]>();
  let token = 0;
  ctx.index.tokens.forEach(s.index, (termId, _position, sentence) => {
    let found = bySentence.get(sentence);
    if (!found) bySentence.set(sentence, (found = new Set()));
    if ((starts[token++] ?? 0) < (verbAt[sentence] ?? -1)) own(termId, found);
    else {
      const later = afterVerb.get(sentence);
      if (later) later.push(termId);
      else afterVerb.set(sentence, [termId]);
    }
  });
  return s.passage.sentences.some((_span, i) => {
    const found = new Set(bySentence.get(i));
    const who = s.passage.speakers?.[i];
    if (who) for (const term of speakerTerms(who)) own(ctx.index.tokens.ids.get(term), found);
    // "What did Merkel say after the summit" is not answered by what she said "prior to Thursday's meeting".
    if (after && BEFORE.test(s.passage.text.slice(s.passage.sentences[i]!.start, s.passage.sentences[i]!.end))) return false;
    if (hasAll(found, names)) return true;
    // "What did Elif Sarigul at Karakoy Capital say": the person speaks, and where they work may come after the verb
    // ("said Elif Sarıgül, chief strategist at Karaköy Capital").
    if (!names.some((n) => found.has(n))) return false;
    for (const termId of afterVerb.get(i) ?? []) own(termId, found);
    return hasAll(found, names);
  });
}

// "Say at the talks", not "would discuss at the talks": the event is where the speaking was.
const AFTER = /\bafter (?:the |this |that )?(?:[\w-]+ ){0,2}(?:summit|talks|meeting|deal|agreement|ceasefire|truce|announcement|negotiations|patrol|strike|attack|vote|visit|call|press conference)\b|\b(?:say|said|tell|told|speak|spoke|announce|announced)\s+(?:at|during) (?:the |this |that )?(?:[\w-]+ ){0,2}(?:summit|talks|meeting|negotiations|press conference)\b/i;
// …nor by what was said of the meeting to come: "Peskov said the two leaders would discuss…".
const BEFORE = /\b(?:prior to|before|ahead of|in the run-up to)\b|\b(?:would|will|are to|were to|(?:is|are|was|were) expected to)\s+(?:\w+\s+)?(?:discuss|meet|talk|hold talks)\b/i;

function rank(
  ctx: AnswerContext,
  analysed: AnalysedQuestion,
  lookup: ConceptLookup,
  types: AnswerType[],
  counted: Counted | undefined,
  options: AnswerOptions,
  sources?: ReadonlySet<string>,
  answerOf: readonly number[] = [],
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
      const naming = answerOf.length ? sentencesNaming(ctx, id, lookup, answerOf) : undefined;
      passage.sentences.forEach((span, i) => {
        if (naming && !naming.has(i)) return;
        const count = claims ? countOf(claims[i]?.claims ?? [], counted, claims[i]?.sentence ?? '', claims[i - 1]?.sentence) : undefined;
        const holds = claims ? count !== undefined : holdsAnswer(passage.text.slice(span.start, span.end), types);
        // "Estimates of their number range from 800 to 1,200" is about what the sentence before named.
        let cover = Math.max(match.sentenceCoverages[i] ?? 0, claims && claims[i]?.claims.some((c) => NUMBER_WORD.test(c.unit)) ? (match.sentenceCoverages[i - 1] ?? 0) : 0);
        // "How many soldiers were killed?": "dozens of soldiers are killed" counts them less exactly than "34 died".
        if (count === 'vague') cover *= VAGUE_FIGURE;
        if (holds && cover > typed) [typed, typedSentence] = [cover, i];
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
      WEIGHTS.proximity * match.proximity +
      (types.includes('start') ? WEIGHTS.startType : counted || types.includes('duration') || types.includes('distance') || types.includes('length') ? WEIGHTS.measure : WEIGHTS.answerType) * typed +
      (named[match.bestSentence] ? WEIGHTS.speaker * match.sentenceCoverage : 0);
    scored.push({ passage, index: id, match, score, focus, typed });
  }
  return scored.sort((a, b) => b.score - a.score);
}

/** How much a vague figure ("dozens", "hundreds of thousands") counts, as the answer to "how many", against an exact one.
 * Measured 0.25-0.75 over a hundred and four sets: 0.5 gained eight first hits (the February 27 strike's 34 and 36
 * before a timeline's "dozens"), nothing in the first three; 0.25 lost five in the first three. */
const VAGUE_FIGURE = 0.5;

/** A sentence holding the kind of answer asked for, or spoken by whom the question names, is pointed at when it covers
 * at least this share of what the best one does. */
const TYPED_FOCUS = 0.5;

/** "When is the second / next one", "will they meet again", and the words of a passage that speaks of one. */
const REPEAT_QUESTION = /\b(?:second|next|again|another)\b/i;
const REPEAT = /\b(?:second|next|again|another|follow-up|upcoming|future|later)\b/i;

/** A code naming one thing: "M4", "S-400", "Su-24", "TB2" ("b4" is chat for "before"). */
const CODE = /^(?!b4$)\p{L}{1,3}-?\d{1,4}\p{L}?$/iu;
/** "What type of jets…": a model is of the jets when its sentence names them ("Bayraktar TB2 drones" is no jet). */
function modelledThings(analysed: AnalysedQuestion): number[] {
  return analysed.concepts.flatMap((c, i) => (isWeapon(c.word) && c.variants.length > 0 ? [i] : []));
}


/** "When do the patrols start", not "what did Putin say when the meeting started". */
const ASKS_WHEN_FIRST = /^\W*(?:(?:so|and|ok|okay|but)\W+)?(?:when|(?:what|which) (?:time|hour|date|day)|(?:at|from) what)\b/i;

/**
 * "When does the ceasefire start", "what time did the talks start": the start asked for is of what the question names
 * in lower case (the ceasefire, the talks), not of anything in a sentence naming the same place or people. None when
 * the question asks something else first ("what did Putin say when the meeting started").
 */
function startedThings(question: string, analysed: AnalysedQuestion): number[] {
  if (!ASKS_WHEN_FIRST.test(question)) return [];
  return analysed.concepts.flatMap((c, i) =>
    /^\p{Ll}/u.test(c.word) && c.variants.length > 0 && !isNationality(c.word) && !CODE.test(c.word) && c.importance > 0 ? [i] : [],
  );
}

/** Words of a start question that say when, not what starts ("at what hour", "noon friday?", "local time"). */
const TIME_WORD = /^(?:hours?|time|noon|midnight|morning|afternoon|evening|night|day|days|date|week|month|year|local|exactly|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
/** Of what a start question names, the words that tell what starts: the rarer ones ("press", "conference"), not a
 * modifier every passage has ("joint", "new"). */
const MAIN_THING_SHARE = 0.5;

function mainThings(started: readonly number[], analysed: AnalysedQuestion): number[] {
  const things = started.filter((i) => !TIME_WORD.test(analysed.concepts[i]!.word));
  const most = Math.max(...things.map((i) => analysed.concepts[i]!.importance));
  return things.filter((i) => analysed.concepts[i]!.importance >= MAIN_THING_SHARE * most);
}

/** Sentences (indexes in the passage) of passage `index` that have one of these concepts in its own word, a related or
 * an informal one, or a synonym ("push" for the offensive): not a mere neighbour. */
function sentencesNaming(ctx: AnswerContext, index: number, lookup: ConceptLookup, concepts: readonly number[]): Set<number> {
  const found = new Set<number>();
  ctx.index.tokens.forEach(index, (termId, _position, sentence) => {
    if (lookup.byTerm.get(termId)?.some((m) => concepts.includes(m.concept) && m.weight >= INFORMAL_WEIGHT)) found.add(sentence);
  });
  return found;
}
/** "The next summit", "meet again": what is to happen again, the last word of the words right after the word of
 * repetition ("the next Astana format summit in Tehran", "next putin erdogan summit date"), or else the word just
 * before it ("meet again"). */
function repeatedThings(question: string, analysed: AnalysedQuestion): number[] {
  const tokens = tokenize(question);
  const at = tokens.filter((t) => REPEAT_QUESTION.test(question.slice(t.start, t.end))).map((t) => t.position);
  const conceptAt = (position: number) => analysed.concepts.findIndex((c) => c.position === position && c.variants.length > 0);
  return at.flatMap((p) => {
    let head = -1;
    for (let q = p + 1, c = conceptAt(q); c >= 0; c = conceptAt(++q)) if (!TIME_WORD.test(analysed.concepts[c]!.word)) head = c;
    if (head < 0) head = conceptAt(p - 1);
    return head >= 0 && !isNationality(analysed.concepts[head]!.word) ? [head] : [];
  });
}

/** Whether a sentence of the passage speaks of one of these things happening again ("the next escalation" is not the
 * next summit). With no such things, any word of repetition does. */
function repeatsThing(ctx: AnswerContext, s: Scored, lookup: ConceptLookup, things: readonly number[]): boolean {
  if (things.length === 0) return REPEAT.test(s.passage.text);
  const naming = sentencesNaming(ctx, s.index, lookup, things);
  return s.passage.sentences.some((span, i) => naming.has(i) && REPEAT.test(s.passage.text.slice(span.start, span.end)));
}

/** Questions about "the latest" prefer newer articles. */
const RECENT = /\b(?:latest|newest|most recent|recent(?:ly)?|current(?:ly)?|so far|to date|up to now|nowadays)\b/i;
/** How much being the newest article adds to a score (the oldest adds nothing). */
const RECENCY_WEIGHT = 0.15;

function preferRecent(ctx: AnswerContext, scored: Scored[]): void {
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

/** Best passages, skipping overlaps within an article and folding near-identical text from other outlets. */
function distinct(ctx: AnswerContext, scored: Scored[], top: number): { scored: Scored; alsoIn: Passage[] }[] {
  const chosen: { scored: Scored; alsoIn: Passage[]; terms: Set<number> }[] = [];
  // A twin of a chosen passage scores like it; candidates far down the list are not looked at.
  for (const candidate of scored.slice(0, top * 3 + 10)) {
    const { passage } = candidate;
    const overlapping = chosen.find((c) => c.scored.passage.articleId === passage.articleId && overlaps(c.scored.passage, passage));
    if (overlapping) {
      // Two windows pointing at the same sentence: the one where it is not cut off from what follows it.
      if (goesOnPastFocus(candidate, overlapping.scored) && candidate.score >= overlapping.scored.score - CUT_MARGIN) {
        overlapping.scored = candidate;
        overlapping.terms = ctx.index.tokens.termSet(candidate.index);
      }
      continue;
    }
    const terms = ctx.index.tokens.termSet(candidate.index);
    const twin = chosen.find((c) => c.scored.passage.articleId !== passage.articleId && jaccard(c.terms, terms) >= 0.6);
    if (twin) {
      twin.alsoIn.push(passage);
      continue;
    }
    if (chosen.length < top) chosen.push({ scored: candidate, alsoIn: [], terms });
  }
  return chosen;
}

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

/** How much lower a window may score and still replace one that cuts the sentence it points at off from what follows
 * (measured 0.02-0.3 over seventeen sets: 0.02-0.1 one more first hit, 0.15 and more two fewer). */
const CUT_MARGIN = 0.05;

/** Whether `chosen` ends with the sentence it points at and `candidate` holds that sentence and goes on past it. */
function goesOnPastFocus(candidate: Scored, chosen: Scored): boolean {
  if (chosen.focus !== chosen.passage.sentences.length - 1) return false;
  const span = chosen.passage.sentences[chosen.focus]!;
  const [start, end] = [chosen.passage.start + span.start, chosen.passage.start + span.end];
  return candidate.passage.start <= start && candidate.passage.end > end;
}

function overlaps(a: Passage, b: Passage): boolean {
  return a.start < b.end && b.start < a.end;
}

function jaccard(a: Set<number>, b: Set<number>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared || 1);
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

/** Variants at least this strong are the question's own word or its spelling correction. */
const OWN_WORD = 0.85;

/** Whether the question names whoever speaks in the sentence ("What did Erdogan say…" and "…, Erdogan said"). */
function speaksFor(speaker: string | null | undefined, analysed: AnalysedQuestion): boolean {
  if (!speaker) return false;
  const named = speakerTerms(speaker);
  return analysed.concepts.some((c) => c.variants.some((v) => v.weight >= OWN_WORD && named.has(v.term)));
}

/** The terms of a speaker's name, once per name: the same speakers come back with every question. */
const speakerMemo = new Map<string, ReadonlySet<string>>();
function speakerTerms(speaker: string): ReadonlySet<string> {
  let found = speakerMemo.get(speaker);
  if (!found) {
    found = new Set(terms(speaker));
    if (speakerMemo.size > 10_000) speakerMemo.clear();
    speakerMemo.set(speaker, found);
  }
  return found;
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

const CURRENCY = /^(?:euros?|dollars?|pounds?|sterling|roubles?|rubles?|yen|yuan|francs?|dinars?|riyals?|rials?)$/i;
/** How a currency is also written, by its term: "$512 million" names dollars. */
const CURRENCY_SYMBOL: Readonly<Record<string, RegExp>> = { dollar: /\$|\bUSD\b/, euro: /€|\bEUR\b/, pound: /£|\bGBP\b/, rubl: /₽|\bRUB\b/, yen: /¥|\bJPY\b/ };
/** A month or a day of it, in what a speaker is asked about: a name however typed. */
const TOPIC_DATE = new RegExp(String.raw`^(?:${MONTH}|\d{1,2})$`, 'i');

/** The concepts a "what did X say about Y" question asks about: Y, the words after "about" the articles use. */
function topicOf(question: string, analysed: AnalysedQuestion): number[] {
  const m = /\babout\b/i.exec(question);
  if (!m) return [];
  const after = tokenize(question.slice(0, m.index + m[0].length)).at(-1)!.position;
  // The topic ends with its question: "What did Pompeo say about Turkey? Is the US giving them aid?"
  const rest = question.slice(m.index + m[0].length);
  const end = /[?!;]|(?:\.|,?\s+and)\s+(?:is|was|are|were|did|does|do|has|have|will|would|what|how|who|when|why|where)\b/i.exec(rest);
  const last = end ? (tokenize(question.slice(0, m.index + m[0].length + end.index)).at(-1)?.position ?? Infinity) : Infinity;
  return analysed.concepts.flatMap((c, i) => (c.position > after && c.position <= last && c.variants.length ? [i] : []));
}
