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
  const out = new Set<string>([word, ...(table.forms.get(word) ?? []), ...regularLemmas(word, part)]);
  return [...out].filter((lemma) => table.words.has(lemma));
}

/** What a word would be without a regular ending, whether or not that is a word. */
function regularLemmas(word: string, part: Part): string[] {
  const out: string[] = [];
  for (const [ending, replacement] of ENDINGS[part]) {
    if (word.length > ending.length + 1 && word.endsWith(ending)) out.push(word.slice(0, -ending.length) + replacement);
  }
  // A doubled final consonant: "stopped" → stop, "bigger" → big.
  const doubled = /([bdglmnprt])\1(?:ed|ing|er|est)$/.exec(word);
  if (doubled) out.push(word.slice(0, doubled.index + 1));
  return out;
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

/**
 * The other forms of the same word where English makes them irregularly: "met" → meet, "meet" → met,
 * "children" → child, "fled" → flee. Regular forms need none: stemming already joins them.
 */
export function irregularFormsOf(foldedWord: string): readonly string[] {
  const out = new Set<string>();
  (['n', 'v', 'a'] as const).forEach((part, i) => {
    const table = tables()[i]!;
    for (const lemma of table.forms.get(foldedWord) ?? []) out.add(lemma);
    // "flees" is regular for "flee", whose past is not.
    for (const lemma of [foldedWord, ...regularLemmas(foldedWord, part)]) for (const form of inverseForms(table).get(lemma) ?? []) out.add(form);
  });
  out.delete(foldedWord);
  return [...out];
}

const inverse = new WeakMap<object, Map<string, string[]>>();
function inverseForms(table: { forms: Map<string, string[]> }): Map<string, string[]> {
  let found = inverse.get(table);
  if (!found) {
    found = new Map();
    for (const [form, lemmas] of table.forms) for (const lemma of lemmas) found.set(lemma, [...(found.get(lemma) ?? []), form]);
    inverse.set(table, found);
  }
  return found;
}
