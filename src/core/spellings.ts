// Spellings of one word on either side of the Atlantic: a question typed in one finds articles written in the other.

/**
 * British spellings of an American word and American ones of a British word: "center" ↔ "centre", "defense" ↔
 * "defence", "honor" ↔ "honour", "traveled" ↔ "travelled", "analyze" ↔ "analyse", "dialog" ↔ "dialogue". Only words
 * long enough that the swap is a spelling, not another word ("per" is not "pre", "filed" not "filled", "four" not "for").
 */
export function otherSpellings(word: string): string[] {
  const w = word.toLowerCase();
  const out = new Set<string>();
  const swap = (from: RegExp, to: string, minLength: number) => {
    if (w.length >= minLength && from.test(w)) out.add(w.replace(from, to));
  };
  swap(/([^aeiou])er(s?)$/, '$1re$2', 5);
  swap(/([^aeiou])re(s?)$/, '$1er$2', 5);
  swap(/ense$/, 'ence', 6);
  swap(/ence$/, 'ense', 6);
  // The unstressed ending of a word with a vowel before it ("honour", "behaviour"), not "scour", "pour" or "four".
  swap(/^(\p{L}*[aeiouy]\p{L}*[^aeiouy])or(s?|ed|ing)$/u, '$1our$2', 5);
  swap(/^(\p{L}*[aeiouy]\p{L}*?)our(s?|ed|ing)$/u, '$1or$2', 6);
  swap(/([^aeiou][aeiou])l(ed|ing|er|ers)$/, '$1ll$2', 7);
  swap(/([^aeiou][aeiou])ll(ed|ing|er|ers)$/, '$1l$2', 8);
  swap(/yz(e|es|ed|ing)$/, 'ys$1', 6);
  swap(/ys(e|es|ed|ing)$/, 'yz$1', 6);
  swap(/iz(e|es|ed|ing|ation|ations)$/, 'is$1', 6);
  swap(/is(e|es|ed|ing|ation|ations)$/, 'iz$1', 6);
  swap(/ogue(s?)$/, 'og$1', 8);
  swap(/([^u])og(s?)$/, '$1ogue$2', 6);
  out.delete(w);
  return [...out];
}
