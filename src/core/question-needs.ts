// What some questions need of an answer beyond sharing its words: "how many X" a figure counting X (not another
// nation's X), "how old"/"born" an article stating it, "what did X say" X in the passage or speaking.
import { isSeatOfGovernment } from './aliases.js';
import { AMOUNT_OF_MONEY, PERCENT, STATED_OR_NOT, type AnswerType } from './answer-type.js';
import { DOCUMENT_PART, figureValue, NUMBER_AS_WORD, NUMBER_WORD, termOfUnit, type Claim } from './claims.js';
import { COMMON_WORDS, CORRECTION_WEIGHT, type AnalysedQuestion, type Concept } from './query.js';
import { fold, terms, tokenize, type Token } from './text.js';
import { GENERIC_WORDS } from './data/generic-words.js';
import { isCountry, isNationality, isPeople } from './nationality.js';
import { commonness } from './neighbours.js';
import { TITLE_WORD } from './spoken-by.js';

export interface QuestionNeeds {
  /** "How many X": what a figure must count. */
  counted?: Counted;
  /** Kinds of answer an article states or does not ("How old is…": an age). */
  stated: AnswerType[];
  /** "What did the Kremlin spokesman say…": the concepts naming who speaks. */
  speaker?: number[];
  /** "…, according to Steffen Seibert": who is named as the source of the words asked about, who may speak them
   * ("Seibert said the chancellor had told Erdogan…") or report them ("Merkel told Erdogan…, Seibert said"). */
  reporter?: number[];
}

export interface Counted {
  /** Terms of the words right after "how many" (or, failing those, of the whole question). */
  terms: Set<string>;
  /** Words a nationality qualifies in the question ("Russian soldiers"), with that nationality's terms, whether the
   * word is what is counted, and whether the articles use the word itself (not only a synonym or neighbour). */
  qualified: { word: Set<string>; nationality: Set<string>; counted: boolean; inCorpus: boolean }[];
  /** "How many refugees does Greece host": the country whose figure it is, in any of its forms (Greek, Athens). */
  holder?: Set<string>;
  /** "How many tonnes of cucumbers": what the counted units measure, each word in any of its forms. */
  measured?: Set<string>[];
  /** "How many posts are surrounded": what happened to what is counted, in any of its forms. */
  done?: ReadonlySet<string>;
  /** "How many Turks think…", "how many CHP voters back…": an opinion of people, which a poll gives as a share. */
  share?: true;
  /** "How many of the 12 posts…": the whole a part of which is asked, which is not the answer. */
  whole?: number;
  /** "What was the exact number…", "exactly how many": "dozens" does not say. */
  exact?: true;
}

export function needsOf(question: string, analysed: AnalysedQuestion, types: readonly AnswerType[]): QuestionNeeds {
  const needs: QuestionNeeds = { stated: types.filter((t) => STATED_OR_NOT.has(t)) };
  // "How many km long is the corridor" asks for a length, not for a count of kilometres; "how many dollars" for a sum
  // ("$512 million"), which a sentence need not write in words.
  const counted = types.includes('length') || types.includes('money') ? undefined : countedTerms(question, analysed);
  if (counted) needs.counted = counted;
  const speaker = speechSubject(question, analysed);
  if (speaker) {
    needs.speaker = speaker;
    const reporter = reporterOf(question, analysed);
    if (reporter) needs.reporter = reporter;
  }
  return needs;
}

/** Verbs of counting itself ("how many violations were counted"), and of use ("how many buses were used / needed to…"):
 * they say nothing of what happened. */
const COUNTING = /^(?:used|needed|required|involved|employed|counted|recorded|reported|registered|estimated|listed|logged|tallied|documented|believed|thought|said|expected|supposed|meant|alleged|rumou?red)$/i;
// "How many US soldiers are stationed in Syria": where they are, which the articles write in words of their own ("the
// Pentagon has kept some 500 troops occupying Syria's oil fields"), none of them "stationed"; a figure of soldiers
// killed still does not say. ("Deployed" is the articles' own word, read as any other.)
const PLACED = /^(?:stationed|based|posted|garrisoned|positioned|located|housed|sheltered|hosted|kept)$/i;
const PLACED_TERMS: ReadonlySet<string> = new Set(terms('stationed based posted garrisoned positioned located housed sheltered hosted kept keep deployed occupying present'));
const PARTICLE = /^(?:out|off|away|back|up|down|over|apart)$/;
/** Units that measure a stuff: "tonnes of wheat", "barrels of oil" (a truck or a lorry of aid is counted by itself). */
const MEASURE_UNIT = /^(?:tonnes?|tons?|kilos?|kilograms?|kg|grams?|pounds|litres?|liters?|gallons?|barrels?|bags?|sacks?|cubic|bushels?|units?|doses?|rounds?)$/i;
/** Verbs of opinion, which polls count: "how many Turks think / back / oppose…". */
const OPINION = /\b(?:think|thinks|believe|believes|say|says|said|support|supports|supported|(?<!\b(?:get|gets|got|getting|come|comes|came|coming|go|goes|went|going|gone|bring|brought|send|sent|fly|flew|move|moved|pull|pulled|fall|fell|step|stepped|hold|held|fight|fought|hit|strike|struck|turn|turned|head|headed|way)\s)back|backs|backed|oppose|opposes|opposed|want|wants|trust|trusts|approve|approves|approved|favou?r|favou?rs|doubt|doubts|expect|expects|agree|agrees|disapprove|disapproves)\b/i;
const VOTER_TERMS = terms('voters respondents citizens adults supporters members electorate public');
const PERSONS = /^(?:people|ppl|persons|guys|men|folks|individuals|lives|humans|souls)$/i;
const PERSON_TERMS = terms(
  'people persons lives soldiers troops civilians refugees migrants fighters militants rebels children women men personnel police officers residents casualties dead',
);

const CROWD = /^(?:mourners|attendees|participants|worshippers|worshipers|spectators|onlookers|guests)$/i;
const CROWD_TERMS = terms('people persons');

const HOW_MANY = new RegExp(
  String.raw`\bhow many(?:\s+(?:more|other|additional|further))?(?:\s+of(?:\s+(?:the|these|those|its|their))?(?:\s+([\d,]+|${NUMBER_AS_WORD})\b)?)?\b|\bnumber of\b|\b(?:quantity|quantities|amount) of\b`,
  'i',
);
/** "how many of them", "how many of those were…": no noun says what is counted. */
const PRONOUN_COUNTED = /^how many\s+(?:of\s+)?(?:them|it|those|these)\b\s*(?:$|[,.;?!]|(?:are|were|is|was|did|do|does|have|has|had|will|can|could|would|there)\b)/i;
const TIME_CONJUNCTION = /^(?:since|till|following|amid|amidst)$/;
/** "The exact number of…", "exactly how many", "the precise figure". */
const EXACT = /\b(?:exact|exactly|precise|precisely)\b/i;
/** "All 12 posts", "all of the 12 posts": the whole, counted. */
const ALL_OF = /\ball\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?$/i;

function countedTerms(question: string, analysed: AnalysedQuestion): Counted | undefined {
  // "How many X", and the keywords "number of X".
  // "How many of the 12 posts…" counts posts too.
  // "How many more / other soldiers…" counts soldiers as "how many soldiers…" does.
  const many = HOW_MANY.exec(question);
  if (!many) return undefined;
  // "What amount of humanitarian assistance": a sum of money (see answer-type.ts), not a count.
  if (AMOUNT_OF_MONEY.exec(question.slice(many.index))?.index === 0) return undefined;
  const termsOf = (c: Concept) => new Set(c.variants.map((v) => v.term));
  // The words right after "how many", up to the first stop word, less the nationality that qualifies them:
  // "How many Russian soldiers were…" counts soldiers (of Russia), not anything Russian.
  const after = tokenize(question.slice(0, many.index + many[0].length)).at(-1)!.position + 1;
  const tokens = tokenize(question);
  const textAt = (position: number) => {
    const t = tokens.find((token) => token.position === position);
    return t ? question.slice(t.start, t.end).toLowerCase() : '';
  };
  const phrase: Concept[] = [];
  // (What is counted is a few words: "how many Turkish soldiers", "how many observation posts".)
  for (let p = after; p < after + 8; p++) {
    const c = conceptAt(p, analysed.concepts, tokens);
    // (…and ends where a time begins: "how many civilians died since Syrian army began…" counts no army. "After",
    // "during" and the like are stop words, where it ends already.)
    if (!c || (p > after && TIME_CONJUNCTION.test(textAt(p)))) break;
    phrase.push(c);
  }
  // "How many tonnes of Turkish cucumbers", "how many rounds of talks": what the units measure is named where the figure
  // is ("38,400 tonnes of Turkish tomatoes" does not say how many of cucumbers).
  const measured: Concept[] = [];
  const ofAt = phrase.length ? phrase.at(-1)!.position + 1 : -1;
  if (phrase.length && MEASURE_UNIT.test(phrase[0]!.word) && textAt(ofAt) === 'of') {
    let p = ofAt + 1;
    while (p <= ofAt + 2 && /^(?:the|a|an|its|their|these|those|this|that)$/.test(textAt(p))) p++;
    for (let end = p + 4; p < end; p++) {
      const c = conceptAt(p, analysed.concepts, tokens);
      if (!c) break;
      if (c.modifies === undefined) measured.push(c);
    }
  }
  // "…and how many of them": a pronoun counts what the question asked about before, which a figure anywhere may count.
  if (phrase.length === 0 && PRONOUN_COUNTED.test(question.slice(many.index))) return undefined;
  // "How many times…" counts whatever happened, in whatever words: any figure may answer it.
  // …and "how many hours / days…" asks how long.
  if (phrase[0] && /^(?:times|seconds|minutes|hours|days|weeks|months|years|decades)$/i.test(phrase[0].word)) return undefined;
  // The country whose figure it is: right after the verb's auxiliary ("how many refugees does Greece host", "has
  // Russia shot down"), or, as chat and learners of English ask, right after what is counted and before its verb
  // ("how many refugees greece is hosting", "how many drones turkey lost"; not "tourists visited Russia in 2019").
  const tokenAfter = (c: Concept) => tokens.find((t) => t.position === c.position + 1);
  const isAux = (t: { start: number; end: number }) => /^(?:does|do|did|has|have|had|is|are|was|were|will|can)$/i.test(question.slice(t.start, t.end));
  const typedAfter = phrase.findIndex((c, i) => {
    const next = tokenAfter(c);
    return i > 0 && isCountry(c.word) && c.modifies === undefined && next !== undefined && (next.term !== null || isAux(next));
  });
  let holder = typedAfter > 0 ? phrase.splice(typedAfter)[0] : undefined;
  const counted = phrase.filter((c) => c.modifies === undefined);
  const next = phrase.length ? tokenAfter(phrase.at(-1)!) : undefined;
  if (next && isAux(next)) holder ??= analysed.concepts.find((c) => c.position === next.position + 1 && isCountry(c.word));
  // When the articles have none of those words ("how many ppl…"), what is counted is read from the whole question.
  const countedTerms = counted.flatMap((c) => [...termsOf(c)]);
  // "How many people / guys / men died…" counts persons, whatever the articles call them: soldiers, civilians…
  // (…after a word the articles never use, too: "how many angry people turned up"; "how many assad guys" are still his.)
  const [, typed = '', second = ''] = question.slice(many.index + many[0].length).match(/^\s+([\p{L}']+)(?:\s+([\p{L}']+))?/u) ?? [];
  const unknownFirst = !counted.some((c) => c.word.toLowerCase() === typed.toLowerCase() && c.variants.length > 0);
  if (PERSONS.test(typed) || (PERSONS.test(second) && unknownFirst)) countedTerms.push(...PERSON_TERMS);
  // …and "how many mourners / worshippers came" counts a crowd, which the articles give in people ("8,000 people filled
  // the streets").
  else if (CROWD.test(typed)) countedTerms.push(...CROWD_TERMS);
  // "How many articles does the protocol have": a document's parts, though the word is filler elsewhere.
  else if (countedTerms.length === 0 && DOCUMENT_PART.test(typed)) countedTerms.push(termOfUnit(typed));
  // "How many of the posts are surrounded / were wounded": what happened to them, the participle after the passive
  // auxiliary, is in the figure's sentence ("the deployment of 12 observation posts" does not say how many are
  // surrounded). Only a regular participle: "are still in", "were set up" say nothing of the kind.
  // …past a place ("how many of the posts in Idlib are surrounded"),
  let verbAt = next?.position;
  if (verbAt !== undefined && /^(?:in|at|near|inside|around|across|along|on)$/.test(textAt(verbAt))) {
    const aux = [1, 2, 3, 4].map((k) => verbAt! + k).find((p) => /^(?:are|were|is|was|have|has|had)$/.test(textAt(p)));
    if (aux !== undefined) verbAt = aux;
  }
  // …also "have been surrounded".
  const auxiliary = verbAt !== undefined && /^(?:have|has|had)$/.test(textAt(verbAt)) && textAt(verbAt + 1) === 'been' ? verbAt + 1 : verbAt;
  // …and "are now / still / already surrounded".
  const adverb = auxiliary !== undefined && /^(?:now|still|already|currently|reportedly|being)$/.test(textAt(auxiliary + 1)) ? 1 : 0;
  // "How many troops has Ankara deployed / does Ankara have deployed": the participle after who did it.
  const activeParticiple = (at: number | undefined): Concept | undefined => {
    if (at === undefined || !/^(?:has|have|had|does|do|did)$/.test(textAt(at))) return undefined;
    let p = at + 1;
    let who = false;
    for (; p <= at + 4; p++) {
      const word = textAt(p);
      if (isCountry(word) || isSeatOfGovernment(word)) who = true;
      else if (!/^(?:have|the|its|their)$/.test(word)) break;
    }
    // "has Greece stopped from crossing" is a paraphrase, as a phrasal verb is. (In "does the protected strip stretch",
    // no one is named before "protected": it describes the strip.)
    return who && textAt(p + 1) !== 'from' ? analysed.concepts.find((c) => c.position === p) : undefined;
  };
  const passive =
    (auxiliary !== undefined && /^(?:are|were|is|was|been)$/.test(textAt(auxiliary)) ? analysed.concepts.find((c) => c.position === auxiliary + 1 + adverb) : undefined) ??
    activeParticiple(verbAt);
  // "How many Turks think Russia is reliable": people's opinion, which a poll counts as a share of them.
  const people = counted.some((c) => isPeople(c.word) || PERSONS.test(c.word) || [...termsOf(c)].some((t) => PERSON_TERMS.includes(t) || VOTER_TERMS.includes(t)));
  const share = people && OPINION.test(question.slice(many.index + many[0].length));
  // "How many of the 12 posts…": the whole is given, the part is asked.
  const whole = many[1] ? figureValue(many[1]) : undefined;
  const exact = EXACT.test(question);
  return {
    ...(exact ? { exact: true as const } : {}),
    ...(whole !== undefined ? { whole } : {}),
    ...(share ? { share: true as const } : {}),
    ...(holder ? { holder: termsOf(holder) } : {}),
    ...(measured.length ? { measured: measured.map(termsOf) } : {}),
    // A phrasal verb ("forced out of their homes") is the asker's paraphrase more often than the article's word.
    // A participle no article uses ("wounded") is said by none of them: its neighbours ("killed") say something else.
    ...(passive && /ed$/i.test(passive.word) && !COUNTING.test(passive.word) && !PARTICLE.test(textAt(passive.position + 1))
      ? { done: whatHappened(passive, termsOf(passive), countedTerms) }
      : {}),
    terms: new Set(countedTerms.length ? countedTerms : analysed.concepts.flatMap((c) => [...termsOf(c)])),
    qualified: analysed.concepts.flatMap((c) => {
      if (c.modifies === undefined) return [];
      const word = analysed.concepts[c.modifies]!;
      const inCorpus = word.variants.some((v) => v.weight >= CORRECTION_WEIGHT);
      return [{ nationality: termsOf(c), word: termsOf(word), counted: counted.includes(word), inCorpus }];
    }),
  };
}

/** What a participle says happened to what is counted ("were wounded"), in any of its forms; none when no article uses
 * it; for where people are ("stationed"), the articles' own words for it (PLACED_TERMS). */
function whatHappened(passive: Concept, forms: ReadonlySet<string>, counted: readonly string[]): ReadonlySet<string> {
  if (PLACED.test(passive.word)) return PLACED_TERMS;
  return new Set(passive.unknown ? [] : [...forms].filter((t) => !counted.includes(t)));
}

/**
 * The concept standing at a position of the question. A word the question repeats is one concept, placed where it first
 * stands ("the strike that killed the Turkish soldiers - how many more Turkish troops…"); it is found at its later
 * places too, as there it qualifies the next word, if a nationality.
 */
function conceptAt(position: number, concepts: readonly Concept[], tokens: readonly Token[]): Concept | undefined {
  const own = concepts.find((c) => c.position === position);
  if (own) return own;
  const term = tokens.find((t) => t.position === position)?.term;
  const first = term ? concepts.findIndex((c) => c.variants[0]?.term === term && c.variants[0].weight === 1) : -1;
  if (first < 0) return undefined;
  const next = concepts.findIndex((c) => c.position === position + 1);
  const repeated = concepts[first]!;
  return { ...repeated, position, modifies: isNationality(repeated.word) && next >= 0 ? next : undefined };
}

/**
 * Whether one of these figures, from `sentence`, counts what the question asks about and not another nation's: for
 * "How many Russian soldiers…", "58 Turkish soldiers" does not, and neither does "500 troops" in a sentence that
 * never names Russia (the figure's nation is then another one, or unknown).
 */
const POLL = /\b(?:polls?|polled|surveys?|surveyed|respondents)\b/i;
/** A figure that is a percentage: "14.2 percent said…". */
const SHARE = new RegExp(`^${PERCENT}`, 'i');
const PLACE_BEFORE = /\b(?:in|from|to|at|into|near|inside|outside|via)\s+$/i;

export function countsAsked(claims: readonly Claim[], counted: Counted, sentence: string, previous = ''): boolean {
  const count = countOf(claims, counted, sentence, previous);
  return counted.exact ? count === 'exact' : count !== undefined;
}

/** As countsAsked, and whether the best figure counting what is asked is exact ("36") or vague ("dozens"). */
export function countOf(claims: readonly Claim[], counted: Counted, sentence: string, previous = ''): 'exact' | 'vague' | undefined {
  if (claims.length === 0) return undefined;
  const words = tokenize(sentence);
  // "How many posts are surrounded": the sentence says what happened to them.
  if (counted.done && !words.some((t) => t.term !== null && counted.done!.has(t.term))) return undefined;
  // "How many tonnes of cucumbers": the sentence names the cucumbers.
  if (counted.measured && !counted.measured.every((m) => words.some((t) => t.term !== null && m.has(t.term)))) return undefined;
  // Named as a nation, not as a place: "came back from Moscow" says where, not whose soldiers.
  // Named before the figure ("Russia has sent 300 troops"): a nation named after it is more often what the figure's
  // owners act on ("500 troops … pressure on Teheran").
  const named = (nationality: Set<string>, before: number) =>
    words.some((t) => {
      if (!t.term || !nationality.has(t.term) || t.start > before) return false;
      const word = sentence.slice(t.start, t.end);
      return isNationality(word) || isPeople(word) || isCountry(word) || !PLACE_BEFORE.test(sentence.slice(0, t.start));
    });
  const ofNation = (claim: Claim, nationality: Set<string>) => claim.nationalities.some((n) => terms(n).some((t) => nationality.has(t)));
  // "How many Russian holidaymakers…" is also answered by "7 million Russians visited Turkey", when the articles never
  // use the asker's word; "How many Russian soldiers…" is not.
  const ofPeopleAsked = (claim: Claim) => counted.qualified.some((q) => q.counted && !q.inCorpus && q.nationality.has(claim.unitTerm));
  // …in the figure's sentence, before the figure ("Turkey hosts four million") or after it as the place ("40,000 live
  // in Greece", not "…leading to clashes with Greek police"); or, when the sentence opens with a pronoun ("It has
  // since downed three…"), in the one before. A pair of nations joined by a hyphen ("the Turkish-Greek border") names
  // where, not whose figure it is.
  const names = (text: string, tokens: readonly Token[], before = text.length) =>
    tokens.some(
      (t) =>
        t.term &&
        counted.holder!.has(t.term) &&
        !/\p{L}-\p{L}/u.test(text.slice(t.start, t.end)) &&
        (t.start < before || PLACE_BEFORE.test(text.slice(0, t.start).replace(/\b(?:the|its|their)\s+$/i, ''))),
    );
  const holds = (claim: Claim) =>
    !counted.holder ||
    ofNation(claim, counted.holder) ||
    names(sentence, words, claim.start) ||
    ((/^\W*(?:it|they|he|she)\b/i.test(sentence) || NUMBER_WORD.test(claim.unit)) && names(previous, tokenize(previous)));
  // "Estimates of their number range from 800 to 1,200": a figure of "their number" counts what the sentence before
  // named.
  const theirs = () => tokenize(previous).some((t) => t.term !== null && counted.terms.has(t.term));
  // "What quantity of flour": "40 tonnes of flour" measures it.
  const measures = (claim: Claim) => {
    const first = claim.next.values().next().value;
    return MEASURE_UNIT.test(claim.unit) && first !== undefined && counted.terms.has(first);
  };
  const counts = (claim: Claim) =>
    holds(claim) &&
    ([...claim.phrase].some((t) => counted.terms.has(t)) || ofPeopleAsked(claim) || (NUMBER_WORD.test(claim.unit) && theirs()) || measures(claim)) &&
    counted.qualified.every((q) =>
      // The nation qualifies what is counted ("Russian soldiers"): the figure is of that nation, by its own words or its sentence's.
      q.counted
        ? claim.nationalities.length > 0
          ? ofNation(claim, q.nationality)
          : named(q.nationality, claim.start)
        : !q.word.has(claim.unitTerm) || claim.nationalities.length === 0 || ofNation(claim, q.nationality),
    );
  // …and a share in a sentence of opinions or polls counts people's opinion: "just 14.2 percent said Russia was a
  // reliable partner" ("33.6 percent of the gas" does not).
  if (counted.share && (OPINION.test(sentence) || POLL.test(sentence)) && claims.some((claim) => SHARE.test(sentence.slice(claim.start)))) return 'exact';
  let found: 'exact' | 'vague' | undefined;
  for (const claim of claims) {
    if (found === 'vague' && claim.vague) continue;
    // …though "surrounded all 12 posts" says how many of them are.
    if (claim.value === counted.whole && !ALL_OF.test(sentence.slice(0, claim.start))) continue;
    if (counts(claim)) found = claim.vague ? 'vague' : 'exact';
    if (found === 'exact') break;
  }
  return found;
}

/** "…, according to Steffen Seibert": a name given as the source of a speech question's words (capitalised: not
 * "according to the coverage"). */
const REPORTED_BY = /\b[Aa]cc?ord?ing to ((?:\p{Lu}[\p{L}'’-]*\s*){1,3})/u;

function reporterOf(question: string, analysed: AnalysedQuestion): number[] | undefined {
  const reporter = REPORTED_BY.exec(question);
  if (!reporter) return undefined;
  const at = reporter.index + reporter[0].length - reporter[1]!.length;
  const within = typedWithin(question, analysed, at, at + reporter[1]!.length);
  return within.length ? within : undefined;
}

/** The concepts typed between two positions of the question. */
function typedWithin(question: string, analysed: AnalysedQuestion, from: number, to: number): number[] {
  return analysed.concepts.flatMap((c, i) => {
    const found = question.indexOf(c.word, from);
    return found >= from && found < to ? [i] : [];
  });
}

const SPEECH_QUESTION =
  /\b(?:what|how|why|when) (?:did|does|do|has|have|will|would) ([^?!]+?) (?:say|said|tell|told|think|mean|warn|claim|announce|describe|(?<!\b(?:the|a|an|their|there|his|her|its|our|your|phone|telephone|video|separate)\s|['’]s\s)call(?! (?:its|their|back|again)\b)|ask|demand|propose|suggest|threaten|promise|write|tweet|reply|respond|answer|explain|excuse)\b/i;

// "Did Assad himself say anything about the deal?", "has Putin commented on it".
const SAID_ANYTHING = /^\W*(?:(?:yo|hey|so|and|but|ok|okay|bot)\W+)?(?:did|does|has|have|had) ([^?!]+?) (?:(?:say|said) (?:anything|something|a word)|comment(?:ed)?)\b/i;

const DOCUMENT =
  /\b(?:articles?|clauses?|paragraphs?|protocols?|agreements?|deals?|texts?|documents?|statements?|reports?|conventions?|treaty|treaties|memorandum|resolutions?|laws?|polls?|surveys?|study|studies|communiqu[eé]s?|declarations?|letters?|plans?|papers?|columns?|editorials?|pieces?|stories|story|(?:web)?sites?|outlets?|(?:news)?papers?|blogs?|magazines?|wires?|coverage)\b/i;

// Without the auxiliary, as chat and learners of English ask it: "what Assad said about the deal?", "what Peskov told…".
// Keywords: "peskov comments on the m4 corridor", "erdogan statement on haftar".
const SAID_KEYWORDS = /^\W*(?!(?:\S+ )*?(?:giv|give|gimme|show|find|get|need|want|me)\b)((?:\S+ ){0,3}?\S+?)(?:'s)? (?:comments?|statements?|remarks?|words|quotes?|reaction|response|view|views) (?:on|about|to|regarding)\b/i;

// …and with the question word last: "peskov said what abt the corridor", "merkel said what".
const SAID_WHAT = /^\W*((?:\S+ ){0,3}?\S+) (?:said|say|says|told|tell) what\b/i;

const SAID_WITHOUT_AUX =
  /\bwhat (?!(?:did|does|do|has|have|had|will|would|is|are|was|were|can|could|should)\b)((?:[^\s?!]+ ){0,4}?[^\s?!]+) (?:said|told|warned|claimed|announced|described|called|asked|demanded|proposed|suggested|threatened|promised|wrote|tweeted|replied|responded|answered)\b/i;

// "How did Assad react to the ceasefire?", "what was Iran's reaction": a person's or a government's reaction is what
// they said or did about it, told where they speak. The lira's or the markets' is told otherwise.
const GOVERNMENT_WORD = /^(?:government|regime|administration|leadership|authorities|officials)$/i;
const REACTION = /\b(?:how (?:did|does|do|has|have|will|would) ([^?!]+?) (?:react|respond)|what (?:was|is|were|are) ([^?!]+?)(?:'s|’s)? (?:reaction|response))\b/i;

/** A capitalised word before a lower-case one and a name: "Kastanies farmer Vasiliki Tsolaki", "Gaziantep shopkeeper Ali Demir". */
const PLACE_BEFORE_ROLE = /^\p{Lu}[\p{L}-]*\s+(?:\p{Ll}[\p{L}-]*\s+){1,2}\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u;
/** The speaker's description so far ends with where they are: "the shopkeeper in", "a doctor from the". */
const LOCATED = /\p{L}\s+(?:in|from|at|near|inside|outside)\s+(?:the\s+)?$/iu;
/** …or ends with whom a named person belongs to: "Umit Sarikaya of the", "Umit Sarikaya of the IYI" (not a title's "the
 * President of the", whose body says who the president is). */
const AFFILIATED = /(\p{Lu}[\p{L}-]*)\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/u;
const affiliated = (before: string) => {
  const m = AFFILIATED.exec(before);
  return m !== null && !TITLE_WORD.test(m[1]!);
};

function speechSubject(question: string, analysed: AnalysedQuestion): number[] | undefined {
  const reaction = REACTION.exec(question);
  if (reaction) {
    const who = reaction[1] ?? reaction[2]!;
    const words = who.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
    const named = words.filter((w) => !/^(?:the|of|in|al|el|bin)$/i.test(w)).map((w) => w.replace(/^(?:al|el)-/i, ''));
    // Not a people's ("the Greeks"): their reaction is what their police or their crowds did.
    // "Assad's government in Damascus" is a government too; its words for one are the asker's own.
    const names = named.filter((w) => !GOVERNMENT_WORD.test(w));
    if (names.length > 0 && names.every((w) => (/^\p{Lu}/u.test(w) || isCountry(w) || isSeatOfGovernment(w)) && !isPeople(w))) {
      const at = reaction.index + reaction[0].indexOf(who);
      const within = typedWithin(question, analysed, at, at + who.length).filter((i) => !GOVERNMENT_WORD.test(analysed.concepts[i]!.word));
      if (within.length) return within;
    }
  }
  const m = SPEECH_QUESTION.exec(question) ?? SAID_ANYTHING.exec(question) ?? SAID_WITHOUT_AUX.exec(question) ?? SAID_WHAT.exec(question) ?? SAID_KEYWORDS.exec(question);
  if (!m) return undefined;
  // "When did her son call?" asks about a phone call; "what did X call it" and "how did X call it" about words.
  if (/^(?:when|why)\b/i.test(m[0]) && /\bcall$/i.test(m[0])) return undefined;
  // "How did the Greeks respond to people crossing?" asks what they did (tear gas, police); "what did X reply" asks for words.
  if (/^how\b/i.test(m[0]) && /\b(?:reply|respond|answer)$/i.test(m[0]) && /^ to\b/i.test(question.slice(m.index + m[0].length))) return undefined;
  // "What does Article 3 of the protocol say": a text says it, and any passage quoting the text answers.
  // …typed wrong too ("the sochi memorandom").
  const corrected = analysed.corrections.reduce((text, c) => text.replace(c.from, c.to), m[1]!);
  if (DOCUMENT.test(m[1]!) || DOCUMENT.test(corrected)) return undefined;
  const from = m.index + m[0].indexOf(m[1]!);
  const to = from + m[1]!.length;
  // In "Huseyin Celik's father" every word of the name before the possessive says whose father, not who speaks (see
  // "Putin's press secretary" below for the possessive word itself).
  const possessor = /((?:\p{Lu}[\p{L}-]*\s+){1,3})\p{Lu}[\p{L}-]*['’]s\s+\p{Ll}/u.exec(m[1]!);
  const ownerFrom = possessor ? from + possessor.index : -1;
  const ownerTo = possessor ? ownerFrom + possessor[1]!.length : -1;
  const within = analysed.concepts.flatMap((c, i) => {
    const at = question.indexOf(c.word, from);
    if (at >= ownerFrom && at + c.word.length <= ownerTo && !isCountry(c.word) && !isSeatOfGovernment(c.word)) return [];
    // A common lower-case word the articles never use ("the Tehran professor", one of the 10,000 commonest English
    // words) is the asker's own word for the speaker: nobody can be required to have it. A name they never use
    // ("Macron", or "macron" and "lavrov", rarer words in news text) or a common word ("the Greek prime minister")
    // still is.
    if (c.variants.length === 0 && !/^\p{Lu}/u.test(c.word) && !GENERIC_WORDS.has(fold(c.word)) && (commonness(fold(c.word)) ?? Infinity) < COMMON_WORDS) return [];
    // "Putin's press secretary": a person's spokesman speaks, not the person ("the EU's top diplomat", "Moscow's
    // spokesman" are still the EU's and Moscow's).
    const bare = c.word.replace(/['’]s$/u, '');
    if (bare !== c.word && at + c.word.length < to && /^\p{Lu}\p{Ll}/u.test(bare) && !isCountry(bare) && !isSeatOfGovernment(bare)) return [];
    // "The shopkeeper in Nayrab": where the speaker is, which the article may say in another sentence, not their name
    // (a capital or a country, "the official from the Kremlin", is whom they speak for).
    // …nor is the party or body a named person belongs to ("Umit Sarikaya of the IYI Party"), which the article may say
    // in another sentence ("The İYİ Party said… said İYİ deputy Ümit Sarıkaya").
    if (at > from && (LOCATED.test(question.slice(from, at)) || affiliated(question.slice(from, at))) && !isSeatOfGovernment(bare) && !isCountry(bare)) return [];
    // …nor is a place before what they do and their name ("the Kastanies farmer Vasiliki Tsolaki").
    if (PLACE_BEFORE_ROLE.test(question.slice(at, to)) && !isSeatOfGovernment(bare) && !isCountry(bare) && !isNationality(bare)) return [];
    return at >= from && at + c.word.length <= to ? [i] : [];
  });
  return within.length ? within : undefined;
}
