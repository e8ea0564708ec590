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
