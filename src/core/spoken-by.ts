// "What did Konashenkov say…": whether the person or government a question names speaks in a passage, and about what
// it asks.
import type { Article } from './article.js';
import { isSeatOfGovernment, RELATED_WEIGHT, STANDS_FOR_WEIGHT } from './aliases.js';
import { CODE } from './answer-of.js';
import { MONTH } from './answer-type.js';
import type { AnswerContext, Scored } from './candidates.js';
import { conceptsIn, hasAll, OWN_WORD, paragraphBefore, speakerConcepts, speakerTerms } from './concepts-in.js';
import { editDistance } from './edit-distance.js';
import { isCountry, isCountryInitials, isNationality } from './nationality.js';
import { CORRECTION_WEIGHT, nameAfter, type AnalysedQuestion } from './query.js';
import type { ConceptLookup } from './rank.js';
import { speechVerbAt } from './speakers.js';
import { fold, terms, tokenize } from './text.js';

/**
 * The passages where the speaker a question names speaks ("What did Konashenkov say…"), not those on its other words,
 * nor those that only mention them; of what the question asks about, when it says ("…say about the Kurdish YPG").
 * `speaker`: the question's concepts naming the speaker.
 */
export function spokenBy(ctx: AnswerContext, ranked: Scored[], analysed: AnalysedQuestion, lookup: ConceptLookup, speaker: number[], asked: string): Scored[] {
  // "The US secretary of state" is described by the country, as "the Turkish foreign minister" by the nationality:
  // the secretary speaks, in a passage that names the US (or its government) somewhere.
  const describing = new Set(speaker.filter((c) => describesRole(c, speaker, analysed)));
  // A title typed in capitals ("the NATO Secretary General") describes whom the name ("NATO") is: it is not a name the
  // speaker goes by, or "General" would be the surname of every secretary-general.
  // …typed wrong too ("Secratary General").
  const meant = (word: string) => analysed.corrections.find((c) => c.from === word)?.to ?? word;
  const fullNames = namesAmong(speaker, analysed, ranked).filter((c) => !describing.has(c) && !TITLE_WORD.test(meant(analysed.concepts[c]!.word)));
  // A full name ("Huseyin Ozdemir") speaks by its surname ("Özdemir said"), in an article that names the whole person.
  const surnamesOnly = surnames(fullNames, analysed);
  const seats = new Set(fullNames.filter((c) => speaksForGovernment(analysed.concepts[c]!.word)));
  const described = describedBy(speaker, analysed, describing);
  const after = AFTER.test(asked);
  const spoken = ranked.filter(
    (s) => speaksInPassage(ctx, s, lookup, analysed, speaker, surnamesOnly, seats, described, describing, after) && articleNames(ctx, s, analysed, fullNames, seats),
  );
  // "What did Pompeo say about the Kurdish YPG": a passage where he speaks of none of it does not say, unless its
  // article is about it (its title names it: an interview on the deal need not say "deal" in every answer).
  const topic = topicOf(asked, analysed).filter((c) => !speaker.includes(c));
  if (topic.length === 0) return spoken;
  // …and the names in it must all be there: Merkel speaking of "the fighting" does not say anything of Libya's.
  // A date is such a name however it is typed ("the feb 27 strike").
  const topicNames = topic.filter((c) => {
    const { word } = analysed.concepts[c]!;
    return (/^\p{Lu}/u.test(word) && !isNationality(word) && !isSeatOfGovernment(word)) || TOPIC_DATE.test(word);
  });
  return spoken.filter((s) => {
    const found = conceptsIn(ctx, s, lookup);
    const title = new Set(terms(ctx.articles.get(s.passage.articleId)!.title));
    const has = (c: number) => found.has(c) || analysed.concepts[c]!.variants.some((v) => v.weight >= RELATED_WEIGHT && title.has(v.term));
    // (A road's or a weapon's code may stand in the paragraph before the quote: "The first joint patrol, on the M4, …
    // ¶ '…,' Konashenkov said." Not any name: "…Greece closed its border" before Erdogan on Idlib is not on Greece. That
    // paragraph is read only for a code the passage lacks.)
    let before: Set<string> | undefined;
    const named = (c: number) => {
      const { word, variants } = analysed.concepts[c]!;
      if (has(c)) return true;
      if (!CODE.test(word)) return false;
      before ??= new Set(terms(paragraphBefore(ctx, s.passage)));
      return variants.some((v) => v.weight >= OWN_WORD && before!.has(v.term));
    };
    return (topic.some(has) || topicNames.length === topic.length) && topicNames.every(named);
  });
}

/** Roles held by a person, which both lists below take. */
const PERSON_ROLE = String.raw`secretary|general|minister|president|premier|chancellor|spokes(?:man|woman|person)|envoy|ambassador|official|diplomat`;
/** Words of a title ("Secretary General", "Foreign Minister", "Deputy Prime Minister"). */
export const TITLE_WORD = new RegExp(String.raw`^(?:${PERSON_ROLE}|foreign|prime|deputy|defen[cs]e|interior|chief|head|commander|director|governor|representative)$`, 'i');

/** Roles a country's name may describe, as a nationality does: "the US secretary of state", "the UK ambassador". */
const COUNTRY_ROLE = new RegExp(String.raw`^(?:${PERSON_ROLE}|pm|fm|officials|government|leader|army|military|ministry|embassy)$`, 'i');

/** An organisation's initials ("NATO", "UNHCR"), which describe a role as a country does: "the NATO secretary-general". */
const ORGANISATION = /^\p{Lu}{2,6}$/u;

/** Whether concept `c` of the speaker is a country or an organisation right before one of those roles (its first word,
 * or what the asker's misspelling of it is read as: "secretery-general"). */
function describesRole(c: number, speaker: readonly number[], analysed: AnalysedQuestion): boolean {
  const { word, position } = analysed.concepts[c]!;
  // An organisation in the possessive too: "NATO's secretary general", "the EU's foreign policy chief".
  const organisation = word.replace(/['’]s$/u, '');
  if (!(isCountry(word) || isCountryInitials(word) || organisation === 'EU' || ORGANISATION.test(organisation))) return false;
  const isRole = (d: number) => {
    const next = analysed.concepts[d]!;
    return COUNTRY_ROLE.test(next.word.split(/[\s-]+/)[0]!) || next.variants.some((v) => v.weight >= OWN_WORD && COUNTRY_ROLE.test(v.term));
  };
  return speaker.some((d) => analysed.concepts[d]!.position === position + 1 && isRole(d));
}

/** Whether a word typed in lower case ("trump") stands capitalised inside a sentence of the text ("the Trump administration"): a name. */
export function capitalisedIn(text: string, typed: string): boolean {
  const word = typed.replace(/['’]s$/, '');
  if (!/^[a-z][a-z-]*$/.test(word)) return false;
  // Inside a sentence, and not a title before a name ("Foreign Minister Sergei Lavrov"). Letters are matched in either
  // case by hand: with the i flag, \p{Lu} would match lower-case letters too.
  const letters = [...word].map((c) => (c === '-' ? '-' : `[${c}${c.toUpperCase()}]`)).join('');
  const at = new RegExp(String.raw`(?<=[\p{Ll},;] )${letters}\b(?! \p{Lu})`, 'gu');
  for (const m of text.matchAll(at)) if (/\p{Lu}/u.test(m[0])) return true;
  return false;
}

/** The weight a variant needs to stand for a name: its own spelling, or, for a capital or a country, a related word
 * ("German" for Berlin). */
const nameWeight = (seats: ReadonlySet<number>, concept: number) => (seats.has(concept) ? RELATED_WEIGHT : OWN_WORD);

/** A capital or a country ("Berlin's", "Germany"), which speaks through its government's people. */
export function speaksForGovernment(word: string): boolean {
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
  return names.every((c) => {
    const { word, variants } = analysed.concepts[c]!;
    if (variants.some((v) => v.weight >= nameWeight(seats, c) && has.has(v.term))) return true;
    // A given name before the surname, spelt as the asker heard it ("Dimitri Peskov"): the surname says who, and the
    // article's given name need only be two letters or fewer from it, with the same initial ("Dmitry").
    if (!surnameIn(names, c, analysed)) return false;
    const typed = fold(word);
    for (const term of has) if (term[0] === typed[0] && editDistance(term, typed, 2) <= 2) return true;
    return false;
  });
}

/** Of a full name ("Huseyin Ozdemir"), the surname: after the first mention, articles write "Özdemir said". */
function surnames(names: number[], analysed: AnalysedQuestion): number[] {
  return names.filter((c) => !surnameIn(names, c, analysed));
}

/** Whether the name that carries on after `c` ("Leyen" of "Ursula von der Leyen") is among these names. */
function surnameIn(names: readonly number[], c: number, analysed: AnalysedQuestion): boolean {
  const next = nameAfter(analysed.concepts, c);
  return next !== undefined && names.includes(next);
}

/** Candidates looked at for how the articles write a word typed in lower case. */
const NAME_EVIDENCE = 100;

/**
 * The names among these words of the question (for a speaker, a place): capitalised in the question, or, typed in lower
 * case ("what did assad say"), capitalised in a candidate passage, even one the name is then not found in.
 */
export function namesAmong(words: number[], analysed: AnalysedQuestion, ranked: readonly Scored[]): number[] {
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
function describedBy(speaker: number[], analysed: AnalysedQuestion, describing: ReadonlySet<number>): number[] {
  if (speaker.length < 3) return [];
  const head = speaker.at(-1)!;
  return speaker.filter((c) => c === head || isNationality(analysed.concepts[c]!.word) || describing.has(c));
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
 * more, by its nationality and last word in a sentence's speaker (`described`, see describedBy).
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
  described: number[],
  describing: ReadonlySet<number>,
  after = false,
): boolean {
  if (names.length === 0) {
    // "The NATO secretary-general" is not "the UN Secretary-General" of a passage that names NATO elsewhere. (A
    // country's secretary of state is named by the country anywhere: "Washington… Secretary of State Mike Pompeo".)
    const nationals = speaker.filter((c) => {
      const { word } = analysed.concepts[c]!;
      return isNationality(word) || (describing.has(c) && !isCountry(word) && !isCountryInitials(word));
    });
    const whole =
      hasAll(conceptsIn(ctx, s, lookup, { speaker: true }), speaker) &&
      (nationals.length === 0 || nationalityBeforeRole(ctx, s, lookup, nationals, speaker.filter((c) => !nationals.includes(c))));
    return whole || describedSpeaks(ctx, s, lookup, described);
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
  // …less whoever is with the speaker: "von der Leyen flew over the border with Prime Minister Kyriakos Mitsotakis,
  // pledging 700 million euros" is her pledge.
  const company: [number, number][] = [];
  s.passage.sentences.forEach((span, i) => {
    const verb = verbAt[i]!;
    if (verb < 0) return;
    const before = s.passage.text.slice(span.start, verb);
    for (const m of before.matchAll(COMPANY)) company.push([span.start + m.index, span.start + m.index + m[0].length]);
    // …and whoever the sentence is about before a later clause that speaks: in "Erdoğan met Ursula von der Leyen…,
    // days after Turkey said…", Turkey speaks. A clause closed by a comma before the verb ("Erdogan, after the talks,
    // said…"), or one in the sentence's first stretch ("Erdogan after the talks said…"), leaves the speaker as it was.
    const opener = [...before.matchAll(CLAUSE_OPENER)].at(-1);
    if (opener && /[,;–—]/.test(before.slice(0, opener.index)) && !/[,;:]/.test(before.slice(opener.index))) {
      company.push([span.start, span.start + opener.index]);
    }
  });
  const inCompany = (start: number) => company.some(([from, to]) => start >= from && start < to);
  const starts: number[] = [];
  ctx.index.tokens.forEachRange(s.index, (_termId, start) => starts.push(start));
  const bySentence = new Map<number, Set<number>>();
  const afterVerb = new Map<number, number[]>();
  let token = 0;
  ctx.index.tokens.forEach(s.index, (termId, _position, sentence) => {
    let found = bySentence.get(sentence);
    if (!found) bySentence.set(sentence, (found = new Set()));
    const start = starts[token++] ?? 0;
    if (start < (verbAt[sentence] ?? -1)) {
      if (!inCompany(start)) own(termId, found);
    } else {
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

/** Conjunctions that open a clause with its own subject ("…, days after Turkey said"); not "once" nor "since",
 * which are also adverbs ("Erdogan once again said", "has since said"). */
const CLAUSE_OPENER = /\b(?:after|before|when|while|because|although|though|until|whereas|unless)\s/gi;

/** "…with Prime Minister Kyriakos Mitsotakis", "alongside Lavrov": who is with the speaker, up to the next comma. */
const COMPANY = /\b(?:with|alongside|beside|accompanied by|flanked by|joined by)\s+[^,;:]*/gi;

// "Say at the talks", not "would discuss at the talks": the event is where the speaking was.
const AFTER = /\bafter (?:the |this |that )?(?:[\w-]+ ){0,2}(?:summit|talks|meeting|deal|agreement|ceasefire|truce|announcement|negotiations|patrol|strike|attack|vote|visit|call|press conference)\b|\b(?:say|said|tell|told|speak|spoke|announce|announced)\s+(?:at|during) (?:the |this |that )?(?:[\w-]+ ){0,2}(?:summit|talks|meeting|negotiations|press conference)\b/i;
// …nor by what was said of the meeting to come: "Peskov said the two leaders would discuss…".
const BEFORE = /\b(?:prior to|before|ahead of|in the run-up to)\b|\b(?:would|will|are to|were to|(?:is|are|was|were) expected to)\s+(?:\w+\s+)?(?:discuss|meet|talk|hold talks)\b/i;

/** A month or a day of it, in what a speaker is asked about: a name however typed. */
const TOPIC_DATE = new RegExp(String.raw`^(?:${MONTH}|\d{1,2})$`, 'i');

/** The concepts a "what did X say about Y" question asks about: Y, the words after "about" the articles use. */
export function topicOf(question: string, analysed: AnalysedQuestion): number[] {
  const m = /\babout\b/i.exec(question);
  if (!m) return [];
  const after = tokenize(question.slice(0, m.index + m[0].length)).at(-1)!.position;
  // The topic ends with its question: "What did Pompeo say about Turkey? Is the US giving them aid?"
  const rest = question.slice(m.index + m[0].length);
  const end = /[?!;]|(?:\.|,?\s+and)\s+(?:is|was|are|were|did|does|do|has|have|will|would|what|how|who|when|why|where)\b/i.exec(rest);
  const last = end ? (tokenize(question.slice(0, m.index + m[0].length + end.index)).at(-1)?.position ?? Infinity) : Infinity;
  return analysed.concepts.flatMap((c, i) => (c.position > after && c.position <= last && c.variants.length ? [i] : []));
}
