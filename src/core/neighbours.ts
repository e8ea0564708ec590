// Words used like a question word in news text (GloVe vectors), for a question word the articles never use. The
// data is generated into ./data/neighbours.ts by scripts/make-neighbours.ts; this is how it is read.
import { NEIGHBOURS } from './data/neighbours.js';

let table: Map<string, readonly string[]> | undefined;

/** Neighbours of a folded, lower-case word, nearest first ("reputation" → prestige, …); empty for rarer words. */
export function neighboursOf(foldedWord: string): readonly string[] {
  return loaded().get(foldedWord) ?? [];
}

/** The words the table knows, commonest first: the English a question is typed in. */
export function commonWords(): Iterable<string> {
  return loaded().keys();
}

/** How common a folded, lower-case word is: 0 for the commonest; undefined for words the table does not know. */
export function commonness(foldedWord: string): number | undefined {
  if (!ranks) {
    ranks = new Map();
    for (const word of loaded().keys()) ranks.set(word, ranks.size);
  }
  return ranks.get(foldedWord);
}
let ranks: Map<string, number> | undefined;

function loaded(): Map<string, readonly string[]> {
  if (!table) {
    table = new Map();
    for (const entry of NEIGHBOURS.split('|')) {
      const [word, ...near] = entry.split(' ');
      table.set(word!, near);
    }
  }
  return table;
}
