// Re-ranking of BM25 candidates: how much of the question a passage covers (rare words count most),
// whether the question's words meet in one sentence, and how close together they stand.
import type { Passage } from './passages.js';
import type { Concept } from './query.js';
import type { Token } from './text.js';

export interface PassageMatch {
  /** Share of the question's importance the passage covers, 0..1. */
  coverage: number;
  /** The same, within the passage's best sentence. */
  sentenceCoverage: number;
  /** Index (in `passage.sentences`) of that sentence. */
  bestSentence: number;
  /** 1 when the matched words stand next to each other, towards 0 as they spread. */
  proximity: number;
  /** Character ranges (in the passage text) of matched words, ascending. */
  highlights: [number, number][];
}

export function matchPassage(passage: Passage, tokens: readonly Token[], concepts: readonly Concept[]): PassageMatch {
  const total = concepts.reduce((sum, c) => sum + c.importance, 0) || 1;
  const sentenceOf = (offset: number) => passage.sentences.findIndex((s) => offset < s.end);
  // For each concept: best weight found, per sentence and overall, and where.
  const best = new Array<number>(concepts.length).fill(0);
  const perSentence = passage.sentences.map(() => new Array<number>(concepts.length).fill(0));
  const hits: { position: number; concept: number }[] = [];
  const highlights: [number, number][] = [];
  for (const token of tokens) {
    if (!token.term) continue;
    let matched = false;
    concepts.forEach((concept, c) => {
      const variant = concept.variants.find((v) => v.term === token.term);
      if (!variant) return;
      matched = true;
      best[c] = Math.max(best[c]!, variant.weight);
      const s = sentenceOf(token.start);
      const row = perSentence[s];
      if (row) row[c] = Math.max(row[c]!, variant.weight);
      hits.push({ position: token.position, concept: c });
    });
    const last = highlights.at(-1);
    if (matched && !(last && last[0] === token.start)) highlights.push([token.start, token.end]);
  }
  const weigh = (weights: number[]) => weights.reduce((sum, w, c) => sum + w * concepts[c]!.importance, 0) / total;
  let sentenceCoverage = 0;
  let bestSentence = 0;
  perSentence.forEach((row, s) => {
    const value = weigh(row);
    if (value > sentenceCoverage) [sentenceCoverage, bestSentence] = [value, s];
  });
  return { coverage: weigh(best), sentenceCoverage, bestSentence, proximity: proximity(hits, concepts.length), highlights };
}

/** Shortest run of positions that holds every matched concept, compared with the number of concepts in it. */
function proximity(hits: { position: number; concept: number }[], conceptCount: number): number {
  const distinct = new Set(hits.map((h) => h.concept)).size;
  if (distinct < 2 || conceptCount < 2) return 0;
  hits.sort((a, b) => a.position - b.position);
  const inWindow = new Map<number, number>();
  let shortest = Infinity;
  let left = 0;
  for (const hit of hits) {
    inWindow.set(hit.concept, (inWindow.get(hit.concept) ?? 0) + 1);
    while (inWindow.size === distinct) {
      const first = hits[left]!;
      shortest = Math.min(shortest, hit.position - first.position + 1);
      const count = inWindow.get(first.concept)! - 1;
      if (count === 0) inWindow.delete(first.concept);
      else inWindow.set(first.concept, count);
      left++;
    }
  }
  return distinct / Math.max(distinct, shortest);
}
