// What kind of answer a question asks for ("how many" wants a number, "when" a time), and whether a
// sentence holds one. A passage whose matching sentence holds the kind of answer asked for ranks higher.
import { NUMBER_AS_WORD } from './claims.js';
import { isCountry, isNationality } from './nationality.js';

export type AnswerType =
  | 'number'
  | 'money'
  | 'time'
  | 'day'
  | 'date'
  | 'clock'
  | 'start'
  | 'end'
  | 'duration'
  | 'distance'
  | 'length'
  | 'place'
  | 'town'
  | 'person'
  | 'reason'
  | 'age'
  | 'birth'
  | 'model'
  | 'share'
  | 'population'
  | 'temperature'
  | 'year'
  | 'description';

/**
 * Answers an article either states or does not: a question asking for one is not answered by a passage
 * that only names the person ("How old is Erdogan?" is not answered by every sentence about Erdogan).
 */
export const STATED_OR_NOT: ReadonlySet<AnswerType> = new Set(['age', 'birth', 'money', 'population']);

const NUMBER_WORDS =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|half)\b/i;
/** A time something happens at: a day, a month, an hour's name, a year. */
const WHEN_WORDS = String.raw`monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|midnight|noon|yesterday|today|tomorrow|tonight|weekend|as of|(?:last|next|this) (?:week|month|year)|(?:end|start|beginning|middle) of (?:the|this|next) (?:week|month|year)|(?:later|earlier) this (?:week|month|year)|(?:19|20)\d\d`;
const TIME_WORDS = new RegExp(String.raw`\b(?:${WHEN_WORDS}|since|ago|until)\b`, 'i');
/** …of a start, "since", "ago" and "until" aside: "since the ceasefire took effect" names the start without saying when it was. */
const START_TIME = new RegExp(String.raw`\b(?:${WHEN_WORDS})\b`, 'i');
// "How much money / cash / (military) aid did…", "how much did it cost": a sum of money, which a count of people is not ("how much
// of the appeal was paid" asks for a share).
/** "What amount of humanitarian assistance": a sum of money, not a count (see question-needs.ts). */
export const AMOUNT_OF_MONEY = /\b(?:amount|sum) of (?:[\w-]+ ){0,2}(?:aid|assistance|money|cash|funding|funds)\b/i;
const MONEY_QUESTION =
  /\bhow much (?:money|cash|funding|funds)\b|^(?:the\s+)?(?:amount|sum|cost|price|value)\s+of\b|\bhow many (?:dollars|euros|pounds|lira|liras|roubles|rubles)\b|\bhow much (?:\w+ )?(?:aid|assistance)\b|\bhow much\b(?! of\b).*\b(?:cost|costs|costing|pay|paid|paying|spend|spent|spending|worth|price)\b|\bwhat (?:did|does|will|would) .+ cost\b|\bwhat sums?\b|\bwhat prices?\b(?=.*\b(?:per|gas|oil|fuel|wheat|bread|flour|gold|barrel|tonne|ton|litre|liter|kilo|lira|dollars?|euros?|roubles?|rubles?)\b)/i;
// "How much has Germany given / pledged to the plan", "how much did the UK pledge?": a sum too, given to someone or to
// something ("how much did the deal give Assad", ground, is not; nor "how much has Turkey contributed", maybe troops).
const GIVEN_SUM = /\bhow much (?:has|have|had|did|does|do|will|would|is|are|was|were)\b.*\b(?:give|gives|giving|given|gave|donate|donates|donating|donated|pledge|pledges|pledging|pledged)(?:\s+(?:to|towards|for|at|so far)\b|\W*$)/i;
// A sum, in figures or in words: "$4.5 million", "six billion euros", "half a million dollars", "hundreds of millions
// of dollars".
const SCALE = String.raw`(?:million|billion|thousand|trillion|bn|m)`;
const SUM = String.raw`(?:\d[\d,.]*|(?:${NUMBER_AS_WORD})(?:[\s-]+(?:${NUMBER_AS_WORD}))*)(?:\s+${SCALE})?|(?:a|half a)\s+(?:hundred|${SCALE})|(?:tens|hundreds|thousands|millions|billions) of(?:\s+(?:thousands|millions|billions) of)?`;
const MONEY = new RegExp(
  String.raw`[$€£]\s?\d|\b(?:${SUM})\s+(?:(?:syrian|turkish|lebanese|egyptian|russian|us|american|canadian|australian|hong kong|new)\s+)?(?:dollars?|euros?|pounds?|liras?|lire|rubles?|roubles?|francs?)\b|\b(?:USD|EUR|GBP|TRY|RUB)\s?\d`,
  'i',
);
// "When does the ceasefire start / take effect / kick in": the time from which something holds. The verb says what
// kind of time is asked for; the answer says "as of midnight", "from 00:01 on March 6", "began in December". Chat asks it
// last: "ceasefire starts when".
export const START_QUESTION =
  /\b(?:when|what (?:time|hour|date|day)|at what)\b.*\b(?:start(?:s|ed|ing)?|begin(?:s|ning(?! of))?|began|kick(?:s|ed|ing)? in|(?:take|takes|took|taking) effect|(?:come|comes|came|coming) into (?:force|effect)|(?:go|goes|went|going) into effect|effective|in (?:force|effect))\b|\b(?:start|starting|effective) (?:time|date|hour)\b|\bfrom (?:what|which) (?:time|hour|date|day|moment)\b|\bentry into (?:force|effect)\b|\b(?:start(?:s|ed|ing)?|begin(?:s|ning)?|began|kick(?:s|ed|ing)? in|(?:take|takes|took|taking) effect)\s+when\W*$/i;
/** "When did the first civilian die after the ceasefire started": a start that only dates what is asked about (the
 * question is still a start question when its own verb is one: "when did patrols begin after the truce started"). */
const START_IN_CLAUSE = /\b(?:since|after|before|until|till|once)\s+(?:\S+\s+){0,5}?(?:start(?:s|ed)?|began|begun|begins?|kick(?:s|ed)? in|(?:took|takes|take) effect|(?:came|comes|come) into (?:force|effect))\b/gi;
/** The question words of START_QUESTION that say which time is asked for, not what it is about. */
export const START_VERB = /^(?:start(?:s|ed|ing)?|begin(?:s|ning)?|began|kick(?:s|ed|ing)?|effect|force|effective|entry)$/i;
const START =
  /\b(?:as of|from (?=\d|midnight|noon|dawn|mid-|early|late|the (?:start|beginning)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december)|starting|effective|(?:take|takes|took|taking) effect|(?:come|comes|came) into (?:force|effect)|(?:go|goes|went) into effect|began|begins?|begun|beginning|started|starts?|launched|kick(?:s|ed)? in)\b/i;
const STARTS = new RegExp(START.source, 'gi');
/** Words opening a clause about another event: "…the quietest week since the government offensive began in December". */
const OTHER_EVENT = /\b(?:since|after|before|until|till|when|while|because)\b/gi;
/** How far back from a start verb its clause is looked at, in characters, within the sentence's punctuation. */
const CLAUSE_CHARS = 100;
/** Punctuation a clause ends at. */
export const CLAUSE_PUNCTUATION = /[,;:()—–]/;
const CLAUSE_BREAK = new RegExp(CLAUSE_PUNCTUATION.source, 'g');
/** A time in the clause of a start verb: "…took effect on 6 March", "…the beginning of the offensive in December". */
const TIME_IN_CLAUSE = new RegExp(String.raw`\b(?:${WHEN_WORDS})\b|\b\d{1,2}[:.]\d{2}\b`, 'i');

/**
 * Whether a start the sentence gives is that of what it names at `mentions` (character ranges in the sentence): the
 * start verb stands in the sentence's own clause, not in one about another event ("the first week of the truce was the
 * quietest since the offensive began in December"). A clause about the start of what is named ("…returned home since
 * the ceasefire took effect") says when only with a time in that clause ("…took effect on 6 March").
 */
export function startsNamed(sentence: string, mentions: readonly (readonly [number, number])[]): boolean {
  for (const m of sentence.matchAll(STARTS)) {
    const [from, to] = [m.index, m.index + m[0].length];
    const back = Math.max(from - CLAUSE_CHARS, ...[...sentence.slice(0, from).matchAll(CLAUSE_BREAK)].map((p) => p.index + 1), 0);
    const opener = [...sentence.slice(back, from).matchAll(OTHER_EVENT)].at(-1);
    if (!opener) return true;
    // (The clause goes on to its punctuation: "since the beginning of the offensive in December".)
    const opens = back + opener.index;
    const ends = Math.min(to + CLAUSE_CHARS, ...[...sentence.slice(to).matchAll(CLAUSE_BREAK)].map((p) => to + p.index));
    if (mentions.some(([start]) => start > opens && start < ends) && TIME_IN_CLAUSE.test(sentence.slice(to, ends))) return true;
  }
  return false;
}

/** "What time / which hour / at what hour…": an hour of the day is asked for. */
export const CLOCK_QUESTION = /\b(?:what|which) (?:time|hour)\b|\bat what hour\b/i;
/** …and the keywords asking for one: "start time", "end time". */
export const CLOCK_ASKED = new RegExp(String.raw`${CLOCK_QUESTION.source}|\b(?:start|starting|end|ending|finish) time\b`, 'i');
const TIME_OF_DAY = /\b(?:midnight|noon|midday|dawn|daybreak|dusk|sunrise|sunset|o'clock)\b/i;
const END_QUESTION =
  /\b(?:until|till) (?:when|what|which)\b|\b(?:when|what (?:time|hour|date|day)|at what|on what date)\b.*\b(?:end|ends|ended|finish|finishes|finished|expire|expires|expired|conclude|concludes|concluded|wrap(?:ped)? up|be over)\b/i;
const END = /\b(?:until|till|end(?:s|ed)?|ending|finish(?:es|ed)?|expir(?:e|es|ed)|conclud(?:e|es|ed)|wrapped up|closed|over by|ran out)\b/i;
export const MONTH = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)`;
export const WEEKDAY = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)`;
const DAY = new RegExp(
  String.raw`\b(?:${WEEKDAY}|${MONTH}|midnight|noon|yesterday|today|tomorrow|tonight|weekend|(?:last|next|this) (?:week|month))\b|\b\d{1,2}[/.]\d{1,2}\b`,
  'i',
);
const MONTH_NAMED = new RegExp(String.raw`\b(?:in|of|during|last|this|early|late|mid-?)\s+${MONTH}\b`, 'i');
/** A day of a month, or of the week: "March 5", "5 March", "on Sunday". */
const DATE = new RegExp(String.raw`\b${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\b|\b${WEEKDAY}\b`, 'i');
const CLOCK = /\b\d{1,2}[:.]\d{2}\b|\b\d{1,2} ?[ap]\.m\./i;
// "six-hour meeting", "for two weeks", "nine-year conflict", "since 2011".
const DURATION =
  /\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|few|\d+ or \d+)[- ](?:second|minute|hour|day|week|month|year|decade)s?\b|\bsince (?:\d{4}|january|february|march|april|may|june|july|august|september|october|november|december|the (?:start|beginning))\b|\b(?:days?|weeks?|months?|years?) (?:long|old)\b/i;
// A cause or purpose stated: "in order to spare", "because", "in a bid to", "fearing".
const REASON =
  /\b(?:because|since the|in order to|so as to|so that|due to|owing to|as a result|in (?:an effort|a bid|a move) to|aim(?:s|ed|ing)? (?:at|to)|to (?:avoid|prevent|secure|force|spare|ease|stop|protect|defend|counter|halt)|fears?|fearing|concerns?|worried|reason|motive|seeks? to|wants? to|sought to|demanding|(?:meant|intended|designed) to)\b/i;
// "a 58-year-old farmer", "aged 24", "Ali Rezai, 24, an Afghan".
/** An age in figures or words: "34", "six", "twenty-one". */
const AGE_NUMBER = String.raw`(?:\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)`;
const AGE = new RegExp(String.raw`\b${AGE_NUMBER}[- ]years?[- ]old\b|\b${AGE_NUMBER}[- ](?:months?|weeks?)[- ]old (?:baby|babies|daughter|son|boy|girl|child|infant|twins?|brother|sister|grandson|granddaughter|niece|nephew)\b|\baged? ${AGE_NUMBER}\b|\b\p{Lu}\p{Ll}+, \d{1,3},`, 'u');
const BIRTH = /\bborn\b|\bbirth/i;
const TITLES =
  /\b(?:president|minister|spokesman|spokeswoman|spokesperson|chancellor|secretary|analyst|diplomat|official|general|commander|leader|ambassador|envoy|representative|prime)\b/i;
// A capitalised word after a preposition of place, not at the start of a sentence.
const PLACE =
  /\b(?:in|at|to|from|near|around|across|over|into|inside|outside|towards?)\s+(?:(?:the|his|her|their|its)\s+)?(?:(?:(?:home|native|nearby)\s+)?(?:village|town|city|province|region|area|district|border post|port|base|camp) of\s+)?\p{Lu}\p{L}+/u;
// …and the name of a town: after a preposition of place or "the town of".
const TOWN =
  /\b(?:(?:in|at|near|outside|into|from)\s+(?:(?:the|his|her|their|its)\s+)?(?:(?:(?:home|native|nearby)\s+)?(?:village|town|city) of\s+)?|(?:village|town|city) of\s+)(\p{Lu}\p{L}+)/gu;
/** Provinces and regions the war is told by, which no question asking which town is answered by ("in Idlib" is the
 * province in news of the war, though a town bears its name too). Countries are known by isCountry. */
const REGION = /^(?:Idlib|Hatay|Europe|Africa|Asia)$/;
// "37 kilometres", "six km", "20 miles".
export const DISTANCE =
  /\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|a few|several|dozens of|hundreds of)[\s-]*(?:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?)\b/i;
/** Units a question asks a distance in: "how many km", "in kilometres". */
export const DISTANCE_UNITS = String.raw`(?:km|kms|kilomet(?:re|er)s|miles|met(?:re|er)s)`;
const LENGTH_QUESTION = new RegExp(
  String.raw`^(?:the\s+)?(?:total\s+|overall\s+)?length\s+of\b|\b(?:total|overall|full) length\b|\bhow many ${DISTANCE_UNITS} (?:long|of)\b|\bend to end\b|\bhow long\b.*\bin ${DISTANCE_UNITS}\b`,
);
/** A direction a place lies in from another: "to the west", "north-east", "southward". */
export const DIRECTION = String.raw`(?:to the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ward)?`;
/** Where a place lies, not how long anything is: "2 km to the west of Saraqeb", "six miles north-east of the town". */
const POSITION = new RegExp(String.raw`${DISTANCE.source}\s+${DIRECTION}\s+of\b`, 'gi');
/** What says how wide something is, not how long: "six kilometres on either side of the M4", "six kilometres to the
 * north and six kilometres to the south of the M4". */
const WIDTH = new RegExp(
  String.raw`\b(?:either side|each side|both sides|wide|width|deep|depth|radius)\b|${DISTANCE.source}\s+to the (?:north|south|east|west) and ${DISTANCE.source}\s+to the (?:north|south|east|west)\b`,
  'i',
);
const NAME = /(?<!^|[.!?]\s)\b\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u;
// (Not a population of people of a kind, "the refugee population", "what it cost the civilian population": those are counts;
// nor inhabitants who fled or were killed, who are counted as such.)
const POPULATION_QUESTION =
  /(?<!\b(?:refugee|migrant|displaced|civilian|syrian|kurdish|prison)\s+)\bpopulation\b|\binhabitants\b(?![^?,;.]{0,60}\b(?:fled|flee|fleeing|displaced|driven|forced|chased|uprooted|evacuated|killed|died|dead|wounded|injured)\b)|\bhow many (?:people|residents|civilians|syrians|turks|greeks|kurds)(?: still)? (?:live|lives|living|reside|are living)\b/;
/** A population stated: "home to three million people", "its 4 million inhabitants", "where 3 million live", "the town
 * of about 140,000 people". */
const POPULATION =
  /\b(?:population|populations|inhabitants|residents|live|living|reside|resides|home to)\b|\b(?:town|city|village|province|region) of (?:about |some |around |nearly |almost |over |more than )?[\d,.]+(?: million)? (?:people|inhabitants|residents)\b/i;
const YEAR = /\b(?:19|20)\d\d\b/;
const TEMPERATURE_QUESTION = /\bhow (?:cold|hot|warm|freezing|chilly)\b|\b(?:what|which) temperatures?\b|\btemperatures?\s*\??\s*$/;
/** A temperature as news writes it: "minus seven degrees Celsius", "-7C", "40°F", "below zero". */
const TEMPERATURE = /\b(?:degrees?|celsius|fahrenheit|below (?:zero|freezing))\b|-?\d+\s*°|\b-\d+\s*[CF]\b/i;
// Not "what part of": "what part of the deal" asks which part, and a share is asked for in its own words.
const SHARE_QUESTION = /\b(?:what|which)\s+(?:percentage|percent|%|share|proportion|fraction)\s+of\b|\bhow many (?:percent|%)|\bwhat\s+%/i;
/** A percentage as news writes it: "44.8 percent", "81%", "12 per cent". */
export const PERCENT = String.raw`\d[\d.,]*\s*(?:%|percent\b|per cent\b|pct\b)`;
/** A share: a percentage, "half of them", "two-thirds". */
const SHARE = new RegExp(String.raw`${PERCENT}|\b(?:half|a third|one[- ]third|two[- ]thirds|a quarter|one[- ]quarter|three[- ]quarters|majority|minority)\b`, 'i');
// "What type of jets / which kinds of missiles…": a model, which news writes as a designation ("Su-24", "S-400", "TB2").
// "What kind of fighters" may ask about militants: fighters are jets only when called so ("fighter jets").
// "What model were the warplanes…" asks the same.
/** Weapons a model is asked of, as a question names them. */
const WEAPON = String.raw`(?:jets?|warplanes?|planes?|aircraft|missiles?|drones?|tanks?|rockets?|weapons?|helicopters?|bombers?|batter(?:y|ies)|air defen[cs]es?)`;
const MODEL_QUESTION = new RegExp(String.raw`\b(?:what|which)\s+(?:types?|kinds?|models?|makes?|sorts?)\s+(?:of|were|was|are|is)\s+(?:\S+\s+){0,3}?${WEAPON}\b`, 'i');

const WEAPON_WORD = new RegExp(`^${WEAPON}$`, 'i');

/** Whether a word of the question names a weapon ("jets"): the sentence giving a model must name it too. */
export function isWeapon(word: string): boolean {
  return WEAPON_WORD.test(word);
}
// Keywords name the kind of answer they want, most often last: "turkish drone model?", "eu aid to turkey how much",
// "observation posts locations?", "us aid amount for turkey", "ceasefire expiry date", "summit duration?", and, with no
// question word, "m4 corridor length?" ("what was the length of stay" asks something else).
const MODEL_KEYWORDS = new RegExp(String.raw`\b${WEAPON}\s+(?:models?|types?|makes?)\b`, 'i');
const AID_CARRIED = /\bhow much (?:[\w-]+ ){0,2}(?:aid|assistance|supplies|help)\b.*\b(?:deliver|delivers|delivered|delivering|bring|brings|brought|bringing|ship|shipped|unload|unloaded|carry|carried|carrying|truck|trucked|distribute|distributed|transport|transported|fly|flew|flown|airlift|airlifted)\b/i;
const MONEY_LAST = /\b(?:aid|assistance|money|funding|funds)\b.*\bhow much\W*$/i;
const MONEY_KEYWORDS = /\b(?:aid|assistance|money|funding|funds|loan|credit)\s+(?:amount|sum|total|figure)\b/;
const LOCATION_KEYWORD = /\blocations?\W*$/;
const END_KEYWORDS = /\b(?:expiry|expiration|end|ending) (?:date|time|day|hour)\b/;
const FRAGMENT = /^(?!.*\b(?:how|what|which|who|whom|whose|when|where|why)\b)/;
const LENGTH_LAST = /\blength(?:\s+in\s+(?:km|kms|kilomet(?:re|er)s|miles|met(?:re|er)s))?\W*$/;
// (Not a road's number: "the M4".)
const MODEL = /\b(?:\p{Lu}[\p{Lu}\p{Ll}]{0,5}-\d{1,4}|\p{Lu}[\p{Lu}\p{Ll}]{1,5}\d{1,4}|\p{Lu}\d{2,4})(?:\p{Lu}|s)?\b/u;

// "When" asks when at the head of a question or clause ("…, and when?", "tell me when…") or last ("it started when?");
// inside a question asking something else it says which moment: "what did the farmer leave behind when he fled".
// "When Stoltenberg was asked…, which battery did he point to?": a clause saying when, before the question.
const WHEN_CLAUSE = /^\W*when\b[^?]*,\s*(?:what|which|who|whom|whose|how|why|where|did|does|do|is|was|were|are|has|had|have)\b/;
// "Where" asks where unless it opens a clause another verb governs: "did Putin say the army didn't know where the Turks
// were" asks what he said.
const WHERE_ASKED = /^(?!.*(?:n['’]?t|\bnot|\bno idea)\s+(?:\w+\s+)?(?:know|knew|aware|sure)\s+where\b).*\bwhere\b/;
const WHEN_ASKED = /(?:^\W*|[,;:?!.(]\s*|\b(?:and|or|but|so|me|know|wondering|recall|remember)\s+)when\b|\bwhen\W*$/;

/** "Where was this reported?", "who reported that…", "which outlet carried it": the source is asked for, which every
 * answer gives, not a place or a person. */
const SOURCE_ASKED =
  /\b(?:where|who|which (?:outlets?|papers?|newspapers?|sites?|websites?|sources?|articles?|agenc(?:y|ies)|publications?|media))\s+(?:(?:was|is|were|are|has|had|have|did|does)\s+)?(?:(?:this|that|it|these|those|so)\s+)?(?:been\s+)?(?:reported|reports?|published|carried|carries|wrote|written|printed|ran|cited)\b/gi;

export function expectedAnswer(question: string): AnswerType[] {
  const q = question.toLowerCase().replace(SOURCE_ASKED, ' ');
  if (/\bhow old\b|\b(?:at )?what age\b/.test(q)) return ['age'];
  if (/\bborn\b|\bbirth(?:day|place|date)?\b/.test(q)) return ['birth'];
  // "How long is the corridor end to end", "its total length": a length, which "six kilometres on either side" is not.
  if (LENGTH_QUESTION.test(q) || (FRAGMENT.test(q) && LENGTH_LAST.test(q))) return ['length'];
  if (MODEL_QUESTION.test(q) || MODEL_KEYWORDS.test(q)) return ['model'];
  if (/\bhow (?:far|wide|deep|high|tall)\b|\bwhat distance\b|^(?:the\s+)?(?:width|distance|depth)\s+of\b/.test(q)) return ['distance'];
  // "By how much did the cost of food go up": a change, as often a percentage as a sum ("risen by 18 percent").
  if (/\bby how much\b/.test(q)) return ['number'];
  // "How much aid did Russia deliver / bring": goods, which are weighed or counted in trucks ("42 tonnes of aid").
  if (AID_CARRIED.test(q)) return ['number'];
  if (MONEY_QUESTION.test(q) || AMOUNT_OF_MONEY.test(q) || MONEY_LAST.test(q) || MONEY_KEYWORDS.test(q) || GIVEN_SUM.test(q)) return ['money'];
  // "How cold does it get at night", "what temperature…": degrees.
  if (TEMPERATURE_QUESTION.test(q)) return ['temperature'];
  if (/\bduration\b/.test(q)) return ['duration'];
  // "How many hours did they talk" asks how long: "a six-hour meeting" answers it.
  if (/\bhow many (?:more )?(?:seconds|minutes|hours|days|weeks|months|years|decades)\b/.test(q)) return ['duration'];
  // "What percentage / share of Turks…", "what % of the refugees…": a share, which a count of them is not.
  if (SHARE_QUESTION.test(q)) return ['share'];
  // "What is the population of Idlib", "how many people live in Edirne": how many live there, which a count of the
  // displaced or the dead is not.
  if (POPULATION_QUESTION.test(q)) return ['population'];
  if (/\bhow (?:many|much|large|big)\b|\bwhat (?:number|percentage|share)\b|\bnumber of\b/.test(q)) return ['number'];
  // "What day in December…": the month is given, a day of it is asked for.
  if (/\b(?:what|which|exact) (?:date|day)\b/.test(q) && MONTH_NAMED.test(q)) return ['date'];
  // "How long is the pipeline" may ask for a length; "how long did the meeting last" asks for a duration.
  if (/\bhow long (?:is|are|was|were)\b/.test(q) && !/\b(?:last|lasted|take|took|takes|go on|went on|ago)\b/.test(q)) return ['duration', 'length'];
  if (/\bhow long\b/.test(q)) return ['duration'];
  // "When…", and keywords asking for a date: "summit date", "ceasefire start time".
  // …"from what time / at what hour does it start": a start at an hour of the day, which "took effect on March 6" is not.
  if (START_QUESTION.test(q.replace(START_IN_CLAUSE, ' '))) return CLOCK_ASKED.test(q) ? ['start', 'clock'] : ['start'];
  // "When will the patrols end", "what time did the meeting finish": the time something stops, which its start is not.
  if (END_QUESTION.test(q) || END_KEYWORDS.test(q)) return ['end'];
  // "What time did the convoy leave": an hour of the day, which a date is not.
  if (CLOCK_QUESTION.test(q)) return ['clock'];
  // "What year did Russia join the war", "in which year…": a year, which "on Thursday" does not say.
  if (/\b(?:what|which) year\b/.test(q) && !/\b(?:what|which) (?:date|day|month)\b/.test(q)) return ['year'];
  // "On what date / the exact date…": a month and its day, or a weekday (of a dated article); "last week" or a month
  // alone does not say.
  if (/\b(?:what|which|exact|precise|specific) date\b/.test(q)) return ['date'];
  // "Which day / what month…": a year alone ("the 2018 Sochi deal") does not say.
  if (/\b(?:what|which|exact) (?:date|day|month)\b/.test(q)) return ['day'];
  if ((WHEN_ASKED.test(q) && !WHEN_CLAUSE.test(q)) || /\bwhat (?:time|date|day|year|month)\b|\bsince when\b|\bdate\b|\b(?:start|starting|end|ending|effective) time\b/.test(q)) return ['time'];
  if (/^\s*why\b|\bwhy (?:did|does|do|is|are|was|were|has|have|would|will)\b|\bfor what reason\b|\bwhat (?:caused|prompted|triggered|led to)\b/.test(q)) return ['reason'];
  // "Which town was hit": a town, which "in Idlib", the province, does not name.
  if (/\b(?:which|what) (?:town|village|city|hamlet)\b/.test(q)) return ['town'];
  if (WHERE_ASKED.test(q) || /\bwhich (?:country|province|region|place)\b/.test(q) || LOCATION_KEYWORD.test(q)) return ['place'];
  if (/^\s*who\b|\bwho (?:is|was|are|were|said|told|did|will)\b|\bwhich (?:leader|official|minister|country|side)\b/.test(q)) return ['person'];
  // "How did Erdogan describe relations with Russia": the words he described them in ("described … as being at a high point").
  if (DESCRIPTION_QUESTION.test(q)) return ['description'];
  return [];
}

const DESCRIPTION_QUESTION = /\b(?:how|what|in what (?:words|terms))\b.*\b(?:describe|describes|described|characteri[sz]e|characteri[sz]es|characteri[sz]ed|portray|portrays|portrayed|depict|depicts|depicted|label|labels|labelled|labeled|call|calls|called|rate|rates|rated|assess|assesses|assessed|sum up|sums up|summed up)\b(?!\s+(?:on|upon|for|off|in|up|out|back)\b)/;
/** Something described as something: "described relations as being at a high point", "called it a victory". */
const DESCRIBED = /\b(?:describ|characteri[sz]|portray|depict|label|call|term|dub)\w*\b[^.;]{0,80}?\bas\b|\b(?:called|calling|calls|dubbed|termed)\s+(?:it|them|the\s+\w+)\s+(?:a|an|the)?\s*["“\w]/i;

/** "Did the two presidents agree on a truce?": whether something happened — not whether anyone thought, said or
 * wanted it would ("did anyone think the truce would be theatre", "did Erdogan want Putin to agree"), which a
 * sentence of hopes and forecasts answers. */
export function asksWhetherHappened(question: string): boolean {
  return HAPPENED_QUESTION.test(question) && !SOUGHT_IN_QUESTION.test(question) && !THOUGHT_OR_SAID.test(question);
}
const HAPPENED_QUESTION = /^\W*(?:(?:so|and|but|ok|okay)\W+)?did\b/i;
const THOUGHT_OR_SAID =
  /\b(?:think|thought|expect|expected|predict|predicted|doubt|doubted|believe|believed|fear|feared|say|said|warn|warned|claim|claimed|suggest|suggested|call|called|want|wanted|hope|hoped|promise|promised|threaten|threatened|vow|vowed|pledge|pledged|ask|asked|urge|urged|demand|demanded|propose|proposed|insist|insisted)\b/i;
/** What makes the verb after it only hoped for or sought: "hopes to (agree)", "looking for Russia's Vladimir Putin to
 * (agree)", with at most three words between and no new clause ("wanted a safe zone and the refugees returned to…").
 * (Not "would": "Greece said it would suspend asylum claims" is how a decision is reported.) */
const SOUGHT = String.raw`\b(?:hopes?|hoped|hoping|expects?|expected|expecting|wants?|wanted|wanting|wish(?:es|ed)?|seeks?|seeking|sought|aims?|aimed|aiming|plans?|planned|planning|looking for|push(?:es|ed|ing)? for|urg(?:e|es|ed|ing)|calls? on|called on|asks?|asked|try|tries|tried|trying|attempts?|attempted|bid|ready|willing|intends?|intended)\b(?:\s+(?!(?:and|but|or|who|which|that)\b)[\p{L}'’-]+){0,3}?\s+to\s+`;
/** …in a question ("did Erdogan want Putin to agree"), and just before a word of a sentence. */
const SOUGHT_IN_QUESTION = new RegExp(String.raw`${SOUGHT}\p{L}`, 'iu');
export const SOUGHT_BEFORE = new RegExp(String.raw`${SOUGHT}$`, 'iu');
/** "What happened to the first joint patrol", "what became of…": what was done, which a plan for it does not say ("the
 * first joint patrol will take place on 15 March"). */
export const OUTCOME_QUESTION = /\bwhat (?:happened|happend|hapened|became of|went wrong)\b/i;
/** A sentence saying what is to be done, not what was: "will" before a verb (not "political will", nor "will not",
 * a stand taken: "Ankara said it will not withdraw them"), "is to", "is expected to", "plans to". Not "would":
 * reported speech uses it of the past too; nor "is due to", as often a cause. */
export const PLANNED = /\bwill\s+(?:also\s+|then\s+|soon\s+|be\s+)?(?!not\b|never\b|is\b|was\b|of\b|to\b|and\b|or\b)\p{L}|\b(?:is|are) (?:expected |set |scheduled )?to\s+(?!the\b|a\b|an\b|blame\b)\p{L}|\bplans? to\b/iu;

/** Whether the answer asked for is a figure ("how many", "how wide"), so differing figures are worth comparing. */
export function asksForFigure(types: readonly AnswerType[]): boolean {
  return types.includes('number') || types.includes('share') || types.includes('money') || types.includes('distance') || types.includes('length');
}

/** "Prior to Thursday's meeting", "Monday's attack": the day of another thing, which says nothing of the day asked for
 * ("on what day did Merkel call"). Only for a day or a date: "when" is often answered so ("Thursday's talks"). */
const POSSESSIVE_DAY = new RegExp(String.raw`\b(?:${WEEKDAY}|yesterday|today|tomorrow|last (?:week|month)|this (?:week|month))['’]s?\b`, 'gi');
function withoutPossessiveDays(sentence: string): string {
  return sentence.replace(POSSESSIVE_DAY, ' ');
}

export function holdsAnswer(sentence: string, types: readonly AnswerType[]): boolean {
  // A start asked at an hour must say both.
  if (types.includes('start') && types.includes('clock')) return holdsAnswer(sentence, ['start']) && holdsAnswer(sentence, ['clock']);
  return types.some((type) => {
    switch (type) {
      case 'number':
        return /\d/.test(sentence) || NUMBER_WORDS.test(sentence);
      case 'money':
        return MONEY.test(sentence);
      case 'time':
        return TIME_WORDS.test(sentence) || CLOCK.test(sentence);
      case 'day':
        return DAY.test(withoutPossessiveDays(sentence)) || CLOCK.test(sentence);
      case 'date':
        return DATE.test(withoutPossessiveDays(sentence));
      case 'clock':
        return CLOCK.test(sentence) || TIME_OF_DAY.test(sentence);
      case 'end':
        return (TIME_WORDS.test(sentence) || CLOCK.test(sentence)) && END.test(sentence);
      case 'start':
        return (START_TIME.test(sentence) || CLOCK.test(sentence)) && START.test(sentence);
      case 'duration':
        return DURATION.test(sentence);
      case 'age':
        return AGE.test(sentence);
      case 'birth':
        return BIRTH.test(sentence);
      case 'reason':
        return REASON.test(sentence);
      case 'distance':
        return DISTANCE.test(sentence);
      case 'length':
        return DISTANCE.test(sentence.replace(POSITION, '')) && !WIDTH.test(sentence);
      case 'place':
        return PLACE.test(sentence);
      case 'town':
        return [...sentence.matchAll(TOWN)].some((m) => !REGION.test(m[1]!) && !isCountry(m[1]!) && !isNationality(m[1]!));
      case 'person':
        return TITLES.test(sentence) || NAME.test(sentence);
      case 'model':
        return MODEL.test(sentence);
      case 'share':
        return SHARE.test(sentence);
      case 'year':
        return YEAR.test(sentence);
      case 'temperature':
        return TEMPERATURE.test(sentence);
      case 'description':
        return DESCRIBED.test(sentence);
      case 'population':
        return POPULATION.test(sentence) && (/\d/.test(sentence) || NUMBER_WORDS.test(sentence));
    }
  });
}
