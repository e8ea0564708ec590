// Chat shorthand for the grammar of a question ("wat did peskov say", "how many troops r still there", "b4 the
// talks"): read as the words it stands for, so the question's kind (speech, time, count) is told as it would be from
// the words in full. One word for one word, so word positions stay those of the question as typed (only asides and
// emoji described in words, which ask nothing, are left out). Not "abt" for
// "about": what a speaker is asked about must then be in their passage, which cost more wrong refusals than it saved
// (measured over 120 sets). Not "u" (the "U" of "U.S."); "n" and "w" only between words (see JOINER).
const SHORTHAND: Readonly<Record<string, string>> = {
  wat: 'what', wut: 'what', wot: 'what', wht: 'what', whta: 'what', wats: 'whats',
  b4: 'before', bc: 'because', cuz: 'because', coz: 'because',
  r: 'are', ur: 'your',
  // …and the grammar words typed wrong most often.
  waht: 'what', wich: 'which', dos: 'does', whn: 'when',
  wud: 'would', cud: 'could', shud: 'should', hw: 'how', wen: 'when', wher: 'where', whos: "who's",
};

// (Not "dos" of "dos and don'ts".)
const WORD = new RegExp(String.raw`(?<![\p{L}\p{N}'’-])(?:${Object.keys(SHORTHAND).join('|')})(?![\p{L}\p{N}'’-]|\s+and\s+don)`, 'giu');

/** "putin n erdogan", "fighting w the cops": "n" typed for "and" and "w" (or "w/") for "with" between two words, in lower
 * case; not the "n" or "w" of "northern" or "western" after a preposition or an article ("the invasion of n syria"). */
const JOINER = /(?<![\p{L}'’-])(\p{L}+)\s+(n|w\/?)(?=\s+(\p{L}+))/gu;
const DIRECTION_BEFORE = /^(?:of|in|on|at|near|the|to|toward|towards|into|from|across|through|throughout|within|around|over|inside|and|or|km|kms|miles?|kilometres?|kilometers?)$/i;

/** March shortened as the other months are ("17 Mar", "Mar 6", "as of early Mar"): by a day or a year, or after a
 * word of time. Not elsewhere, where "mar" is a verb and "Mar" a saint ("Deir Mar Musa"). */
const MAR_BY_NUMBER = /(?<=\b\d{1,2}\s+)mar\b|\bmar(?=\s+\d)/gi;
const MAR_AFTER_TIME = /(?<=\b(?:early|mid|late|of|in|since|by|until|till)[\s-]+)Mar\b(?![-'’])/g;

/** Polite asides that ask nothing: "How, if I may ask, does…". */
const ASIDE = /,?\s*\b(?:if I may ask|may I ask|if you don['’]t mind|if you please)\b\s*,?/gi;

/** "…fr skull emoji", "crying-laughing emoji": an emoji described in words at the end of a line, as chat types one it
 * cannot insert; it asks nothing. Not "what emoji did…", "how many emojis…", "the … emoji?". */
const EMOJI_IN_WORDS = /(?<![\p{L}'’-])(?!(?:what|which|many|the|a|an|any|this|that|his|her|their|its)[ \t])[\p{L}-]+[ \t]+emojis?(?=[ \t]*$)/gimu;

/** "the us", "us officials": the country typed in lower case, not the pronoun (which no article or question puts there). */
const COUNTRY_US = /\b(?:(?<=\bthe\s+)us|us(?=\s+(?:officials?|troops|forces|military|army|navy|government|administration|president|envoy|ambassador|embassy|diplomats?|senators?|congress|sanctions|secretary|position|stance|side|state\s+department)\b))(?![\p{L}\p{N}'’.-])/giu;

/** The question with chat shorthand for its grammar words written out ("wat did X say b4 Y" → "what did X say before
 * Y"), and polite asides and emoji described in words left out. */
export function withoutShorthand(question: string): string {
  // ("10 km w of idlib": a direction "of" a place.)
  const joined = question.replace(JOINER, (match, before: string, joiner: string, after: string) =>
    DIRECTION_BEFORE.test(before) || /^of$/i.test(after) ? match : `${before} ${joiner === 'n' ? 'and' : 'with'}`,
  );
  return joined
    .replace(MAR_BY_NUMBER, 'March')
    .replace(MAR_AFTER_TIME, 'March')
    .replace(ASIDE, ' ')
    .replace(EMOJI_IN_WORDS, ' ')
    .replace(COUNTRY_US, 'US')
    .replace(WORD, (word) => {
      const full = SHORTHAND[word.toLowerCase()] ?? word;
      // "Wat did…" stays capitalised.
      return /^\p{Lu}/u.test(word) ? full[0]!.toUpperCase() + full.slice(1) : full;
    });
}
