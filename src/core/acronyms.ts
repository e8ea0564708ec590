// Acronyms the articles spell out: a question asking "what did the IOM say" is about the "International
// Organization for Migration" of an article that never writes "IOM".

/** Small words that may stand inside a spelled-out name without giving it a letter. */
const CONNECTOR = /^(?:of|for|and|the|on|in|de|du|des|la|le)$/;
const WORD = /\p{L}[\p{L}'’.-]*/gu;
const ACRONYM = /^\p{Lu}{2,4}$/u;
/** An Arabic name's article joined to it, in either case: "al-Sham" gives the S of HTS (Hayat Tahrir al-Sham). */
const ARTICLE_JOINED = /^(?:[Aa]l|[Ee]l|[Aa]d|[Aa]sh|[Aa]s|[Aa]n|[Aa]r|[Aa]t|[Aa]z|[Uu]d|[Uu]l)-(?=\p{Lu})/u;
const initial = (word: string) => (ACRONYM.test(word) ? word.toLowerCase() : word.replace(ARTICLE_JOINED, '')[0]!.toLowerCase());

/**
 * Capitalised names in the texts, keyed by their initials in lower case ("iom" → International Organization for
 * Migration); names of two to six capitalised words. The first name found for a set of initials is kept.
 */
export function acronymsIn(texts: Iterable<string>): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const text of texts) {
    let run: string[] = [];
    const close = () => {
      while (run.length && CONNECTOR.test(run.at(-1)!)) run.pop();
      // Every tail of the run, so a capitalised word before the name ("The", "Geneva-based") does not hide it; and of
      // the run cut before each small word, so a name followed by another does not either ("Bab al-Hawa in February").
      const ends = run.flatMap((word, i) => (!CONNECTOR.test(word) && (i + 1 === run.length || CONNECTOR.test(run[i + 1]!)) ? [i + 1] : [])).reverse();
      for (const to of ends) {
        for (let from = 0; from + 1 < to; from++) {
          if (CONNECTOR.test(run[from]!)) continue;
          const words = run.slice(from, to);
          const capitals = words.filter((w) => !CONNECTOR.test(w));
          if (capitals.length < 2 || capitals.length > 6) continue;
          // An acronym inside the name gives all its letters: "UN Security Council" is the UNSC.
          const key = capitals.map(initial).join('');
          if (!found.has(key)) found.set(key, words);
        }
      }
      run = [];
    };
    let end = 0;
    for (const m of text.matchAll(WORD)) {
      const word = m[0].replace(/['’]s$/u, '').replace(/[.]$/, '');
      // A run breaks at punctuation between words.
      if (run.length && /[^\s]/.test(text.slice(end, m.index))) close();
      end = m.index + m[0].length;
      if (/^\p{Lu}\p{Ll}/u.test(word) || ACRONYM.test(word) || (run.length && ARTICLE_JOINED.test(word))) run.push(word);
      else if (run.length && CONNECTOR.test(word)) run.push(word);
      else close();
      // A full stop ends a name ("…for Migration. The World…").
      if (m[0].endsWith('.')) close();
    }
    close();
  }
  return found;
}
