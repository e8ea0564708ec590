// Spellings of one word on either side of the Atlantic: a question typed in one finds articles written in the other.

/** British spellings of an American word and American ones of a British word: "center" ↔ "centre", "defense" ↔
 * "defence", "honor" ↔ "honour", "traveled" ↔ "travelled", "analyze" ↔ "analyse". */
export function otherSpellings(word: string): string[] {
  const w = word.toLowerCase();
  const out = new Set<string>();
  const swap = (from: RegExp, to: string) => {
    if (from.test(w)) out.add(w.replace(from, to));
  };
  swap(/([^aeiou])er(s?)$/, '$1re$2');
  swap(/([^aeiou])re(s?)$/, '$1er$2');
  swap(/ense$/, 'ence');
  swap(/ence$/, 'ense');
  swap(/([aeiou][^aeiou]?)or(s?|ed|ing)$/, '$1our$2');
  swap(/our(s?|ed|ing)$/, 'or$1');
  swap(/([aeiou])l(ed|ing|er|ers)$/, '$1ll$2');
  swap(/([aeiou])ll(ed|ing|er|ers)$/, '$1l$2');
  swap(/yz(e|es|ed|ing)$/, 'ys$1');
  swap(/ys(e|es|ed|ing)$/, 'yz$1');
  swap(/iz(e|es|ed|ing|ation|ations)$/, 'is$1');
  swap(/is(e|es|ed|ing|ation|ations)$/, 'iz$1');
  swap(/ogue(s?)$/, 'og$1');
  swap(/([^u])og(s?)$/, '$1ogue$2');
  out.delete(w);
  return [...out];
}
