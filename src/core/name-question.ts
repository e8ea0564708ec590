// "What was the name of the refugee shot at the border?", "what are the two bases called?": questions asking for a
// name are answered by a sentence that gives one the question does not already hold ("At least one refugee died from a
// shot to the head" names nobody).
import { MONTH, WEEKDAY } from './answer-type.js';
import { isNationality, isPeople } from './nationality.js';
import { terms } from './text.js';

/** "the name of", and "the official / full / code name of". */
const NAME = String.raw`(?:official |full |code |exact |real )?names?`;
const NAME_QUESTION = new RegExp(
  String.raw`\b(?:what|which) (?:is|was|are|were) the ${NAME} of\b|\bthe ${NAME} of (?:the|this|that|those|these)\b|^\W*${NAME} of (?:the|this|that|those|these)\b|\bwhat (?:is|was|are|were) (?:his|her|their|its) ${NAME}\b|\bwhat(?:'s|’s) the ${NAME} of\b|^\W*what (?:is|was|are|were) (?:the |their |its )?[^?]{3,60} called\W*$|^\W*who (?:is|was|are|were) the (?:[\w-]+ ){0,3}(?:diplomat|official|minister|spokes(?:man|woman|person)|officer|commander|envoy|analyst|ambassador|general|head|chief|director|leader|chairman|chairwoman|mayor|governor|refugee|man|woman|soldier|reporter|correspondent|interpreter|translator|negotiator|mediator|aide|adviser|advisor|pilot|victim|journalist|photographer|doctor)s? (?:who|that|whom|for|of|at|on|in)\b`,
  'i',
);

/** Keywords ending in "name": "shot refugee's name?", "western diplomat name". */
const NAME_KEYWORDS = /^(?!.*\b(?:what|which|who|whom|whose|how|why|when|where)\b)\W*(?:the\s+)?([^?!.]+?)(?:['’]s)?\s+names?\W*$/i;

export function asksForName(question: string): boolean {
  return NAME_QUESTION.test(question) || NAME_KEYWORDS.test(question);
}

/** "Which Russian general…", "which EU official said…": a person, whom the answer names. (In the plural, a kind as
 * often: "which journalists did the best work" – "local reporters".) */
const WHICH_PERSON = /^\W*(?:(?:and|so|but|ok|okay)\W+)?which (?:[\w-]+ ){0,2}(senator|lawmaker|deputy|mp|minister|general|commander|official|diplomat|envoy|ambassador|spokes(?:man|woman|person)|journalist|reporter|analyst|officer|politician|leader|governor|mayor|judge|pilot)\b/i;

export function asksWhichPerson(question: string): boolean {
  return WHICH_PERSON.test(question);
}

/** Ranks and offices an article writes beside the holder's name ("General Fomin", "the commander, Colonel…"); an
 * official or a diplomat is as often named by a title of its own ("EU foreign policy chief Josep Borrell"). */
const NAMED_BESIDE = /^(?:general|commander|officer|pilot|judge|mayor|governor)$/i;

/** The rank a "which …" question asks a person for, when articles name the holder beside it: "general" of "which
 * Turkish general…". */
export function whichPersonRank(question: string): string | undefined {
  const role = WHICH_PERSON.exec(question)?.[1];
  return role && NAMED_BESIDE.test(role) ? role : undefined;
}

/** "Who will command the patrols", "who led the delegation": a person, whom the answer names. */
const WHO_LEADS =
  /\bwho (?:will|would|is going to|is to|was to) (?:command|lead|head|chair|run)\b|^\W*who (?:led|leads|commanded|commands|headed|heads|chaired|chairs)\b/i;

export function asksWhoLeads(question: string): boolean {
  return WHO_LEADS.test(question);
}

/** The thing whose name is asked: "the names of the two Russian military bases on the coast" → "bases". */
const NAMED_THING = /\bnames? of (?:the |this |that |those |these |his |her |their |its )?([^?!.]+)|^\W*who (?:is|was|are|were) the ((?:[\w-]+ ){0,3}?[\w-]+) (?:who|that|whom|for|of|at|on|in)\b/iu;
/** Words that end the phrase naming the thing: a preposition, a relative pronoun, a verb. */
const PHRASE_END = /^(?:who|that|which|whom|whose|on|in|at|of|from|for|to|near|by|with|against|over|after|before|during|between|under|into|across|along|around|about|did|does|do|was|were|is|are|has|have|had|will|would|and|or)$/i;

export function namedThing(question: string): string | undefined {
  const m = NAMED_THING.exec(question) ?? NAME_KEYWORDS.exec(question);
  if (!m) return undefined;
  const words = (m[1] ?? m[2]!).match(/[\p{L}\d][\p{L}\d'’-]*/gu) ?? [];
  let head: string | undefined;
  for (const word of words) {
    // "the operation Turkey declared", "the journalists detained in…": a name or a participle after the thing starts
    // a clause about it.
    const clause = head !== undefined && ((/^\p{Lu}/u.test(word) && !isNationality(word)) || /ed$/i.test(word));
    if (PHRASE_END.test(word) || clause) break;
    head = word;
  }
  return head;
}

/** Runs of capitalised words: "Hayat Tahrir al-Sham", "Abdulkader Hajj Ali", "Hmeimim". */
const CAPITALISED_RUN = /\p{Lu}[\p{L}'’.-]*(?:\s+(?:al-|bin\s+|de\s+|von\s+)?\p{Lu}[\p{L}'’.-]*)*/gu;
/** Capitalised words that are no name: sentence openers, titles, days and months. */
const NOT_A_NAME = new RegExp(
  String.raw`^(?:the|a|an|in|on|at|but|and|or|if|as|it|he|she|they|we|i|this|that|these|those|mr|mrs|ms|dr|gen|president|minister|chancellor|prime|foreign|defence|defense|interior|${WEEKDAY}|${MONTH})$`,
  'i',
);

/** Whether the sentence names someone or something by a full name none of whose words the question has. */
export function namesSomethingNew(sentence: string, questionTerms: ReadonlySet<string>): boolean {
  for (const m of sentence.matchAll(CAPITALISED_RUN)) {
    const words = m[0].split(/\s+/).filter((w) => !NOT_A_NAME.test(w.replace(/[.’']+$/, '')));
    // A name given as the answer is a full one ("Abdulkader Hajj Ali", "Hayat Tahrir al-Sham"): a single capitalised
    // word is most often one the sentence shares with its neighbours (Erdogan, NATO, Idlib), and a nationality does
    // not make it one ("Turkish F-16s").
    const named = words.filter((w) => !isNationality(w) && !isPeople(w));
    if (named.length < 2) continue;
    if (named.some((w) => terms(w).some((t) => questionTerms.has(t)))) continue;
    return true;
  }
  return false;
}
