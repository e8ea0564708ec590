// WordNet synonyms of a question word, in dictionary form, for a weaker query expansion (see query.ts).
// The data is generated into ./data/synonyms.ts by scripts/make-synonyms.ts; this is how it is read.
import { ENTRIES, FORMS, type Part } from './data/synonyms.js';

/** Regular endings back to the dictionary form, as WordNet's morphy does them. */
const ENDINGS: Record<Part, readonly (readonly [string, string])[]> = {
  n: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  v: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  a: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
};

let parsed: { words: Map<string, readonly string[]>; forms: Map<string, string[]> }[] | undefined;
function tables() {
  parsed ??= (['n', 'v', 'a'] as const).map((part) => {
    const words = new Map<string, readonly string[]>();
    for (const entry of ENTRIES[part].split('|')) {
      const [word, ...synonyms] = entry.split(' ');
      words.set(word!, synonyms);
    }
    const forms = new Map<string, string[]>();
    for (const pair of FORMS[part] ? FORMS[part].split('|') : []) {
      const [form, lemma] = pair.split(' ') as [string, string];
      forms.set(form, [...(forms.get(form) ?? []), lemma]);
    }
    return { words, forms };
  });
  return parsed;
}

/** Dictionary forms an inflected word may have in one part of speech: "kids" → kid, "uprooted" → uproot, "fled" → flee. */
function lemmas(word: string, part: Part, table: { words: Map<string, readonly string[]>; forms: Map<string, string[]> }): string[] {
  const out = new Set<string>();
  if (table.words.has(word)) out.add(word);
  for (const lemma of table.forms.get(word) ?? []) out.add(lemma);
  for (const [ending, replacement] of ENDINGS[part]) {
    if (word.length > ending.length + 1 && word.endsWith(ending)) out.add(word.slice(0, -ending.length) + replacement);
  }
  // A doubled final consonant: "stopped" → stop, "bigger" → big.
  const doubled = /([bdglmnprt])\1(?:ed|ing|er|est)$/.exec(word);
  if (doubled) out.add(word.slice(0, doubled.index + 1));
  return [...out].filter((lemma) => table.words.has(lemma));
}

/**
 * Synonyms of a folded, lower-case word ("kids" → child, children, youngster…), as dictionary words (not stemmed),
 * over its commonest meanings as a noun, verb or adjective; empty for words WordNet lacks.
 */
export function synonymsOf(foldedWord: string): readonly string[] {
  const out = new Set<string>();
  (['n', 'v', 'a'] as const).forEach((part, i) => {
    const table = tables()[i]!;
    for (const lemma of lemmas(foldedWord, part, table)) for (const word of table.words.get(lemma)!) out.add(word);
  });
  out.delete(foldedWord);
  return [...out];
}
