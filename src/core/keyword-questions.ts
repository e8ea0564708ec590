// How a message is read before it is analysed: a request for a passage ("find the bit where…") is dropped, chat
// shorthand spelt out, and keywords that ask for a figure ("russian soldiers killed?") turned into the question they ask.
import { withoutShorthand } from './chat-words.js';
import { isNationality } from './nationality.js';

/** The question a message asks; `keywordCount`: keywords ask how many without saying of which of their words. */
export interface Asked {
  asked: string;
  keywordCount: boolean;
}

export function askedIn(message: string): Asked {
  // "Find the bit where…", "give me the quote where…", "show me…": a request for a passage, whose own words are not
  // looked for.
  // "@summit-bot what was…": a handle typed to address someone is not what is asked about.
  const typed = withoutShorthand(message.replace(HANDLE, ' ').replace(REQUEST, '').replace(SOURCE_ASKED_FIRST, '').replace(SOURCE_ASKED_LAST, '')).replace(NOT_KNOWING, (_m, negation: string) => `${negation} aware`);
  // Keywords ending in "number" ("sochi deal observation posts number") ask how many, as "number of …" does; which of
  // the keywords is counted is not told, so a passage is not refused for lacking a figure of one of them.
  const countedKeywords = COUNT_KEYWORDS.exec(typed);
  // …unless they name people and what befell them ("russian soldiers killed in idlib number", "… how many"): those
  // are counted.
  const keywords = countedKeywords ?? HOW_MANY_LAST.exec(typed);
  const casualty = keywords ? casualtyQuestion(keywords[1]!) : undefined;
  if (casualty) return { asked: casualty, keywordCount: false };
  if (countedKeywords) return { asked: `number of ${countedKeywords[1]}`, keywordCount: true };
  // Keywords ending in "death toll" ("syria war death toll") ask how many people died.
  const tollKeywords = TOLL_KEYWORDS.exec(typed);
  if (tollKeywords) return { asked: `how many people died in ${tollKeywords[1]}`, keywordCount: true };
  return { asked: casualtyQuestion(typed) ?? typed, keywordCount: false };
}

/** "source? when does the truce start", "is there a source for how many…": every answer quotes its source, so asking
 * for one asks nothing of the articles. Not "what did the security source say" (no punctuation or request before
 * it), nor "sources don't agree" (asks whether outlets differ). */
const SOURCE_ASKED_FIRST = /^\s*(?:(?:sources?|citations?|cite)\s*[?:!-]+|(?:is there|do (?:you|u) have|got) an? sources? (?:for|that))\s*/i;
/** "…, source?", "… - source pls", "need the source", "conf both sources pls" at the end of a message (after
 * punctuation, or "need", chat's "conf" or "w/" without: "did the Kremlin confirm the sources?" asks about them). */
const SOURCE_ASKED_LAST =
  /(?:^|[?,;.!]|\s[—–-]|\s(?=(?:i\s+)?(?:need|conf|w\/)\s))\s*(?:(?:i\s+)?(?:need|want)\s+|give me\s+|with\s+|w\/\s*|conf(?:irm)?\s+|cite\s+)?(?:an?\s+|the\s+|your\s+|both\s+|all\s+)?(?:sources?|citations?)(?:\s+(?:pls|plz|please))?\s*[?!.]*\s*$/i;

const HANDLE = /(?<![\p{L}\p{N}.])@[\p{L}\p{N}_.-]+[,:]?/gu;

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
 * Keywords naming people and what befell them ("russian soldiers killed?", "greek police injured in border clashes",
 * "russian soldiers killed idlib"): how many, as the toll asks, of these people, so another nation's soldiers, or
 * soldiers killed without a figure of the injured, do not answer. Only a nationality may stand before the people
 * ("taftanaz turkish soldiers killed" names a place, where a figure may be of the soldiers of one attack); a place may
 * follow them, with or without its preposition.
 */
function casualtyQuestion(typed: string): string | undefined {
  const m = CASUALTY_KEYWORDS.exec(typed);
  if (!m) return undefined;
  const [, qualifier, people, befell, rest] = m;
  if (qualifier && !isNationality(qualifier)) return undefined;
  return `how many ${qualifier ? `${qualifier} ` : ''}${people} were ${befell}${rest}`;
}
const CASUALTY_KEYWORDS =
  /^(?!.*\b(?:how|what|which|who|whom|whose|when|where|why|number|toll|is|are|was|were|did|does|do|has|have|had|will|can)\b)\s*(?:(\S+)\s+)?(soldiers|troops|civilians|police|policemen|officers|people|refugees|migrants|children|fighters|rebels|militants|personnel|servicemen|jets|warplanes|planes|aircraft|drones|helicopters|tanks)\s+(killed|injured|wounded|hurt|dead|died|arrested|detained|captured|shot down|downed|destroyed|lost)\b((?:\s+(?:in|at|near|during|on|since|by)\b.*|\s+\p{L}[\p{L}-]*)?)\W*$/iu;
/** Keywords ending in "how many" ("russian soldiers killed in idlib how many"): read so only when they name people and
 * what befell them; others keep their own "how many". */
const HOW_MANY_LAST = /^(?!.*\b(?:what|which|who|whom|whose|when|where|why)\b)\s*(.+?)[\s,]+how many\s*\??\s*$/i;
const COUNT_KEYWORDS = /^(?!.*\b(?:how|what|which|who|when|where|why|number of)\b)\s*(.+?)\s+(?:numbers?|count|total)\s*\??\s*$/i;
