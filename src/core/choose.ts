// Which of the ranked passages are shown: one of any windows over the same text (the one holding the answer, or not
// cutting off the sentence it points at), and the same words in two outlets once, with every outlet that carried them.
import type { Passage } from './passages.js';
import type { AnswerContext, Scored } from './candidates.js';

/** Best passages, skipping overlaps within an article and folding near-identical text from other outlets. */
export function distinct(ctx: AnswerContext, scored: Scored[], top: number): { scored: Scored; alsoIn: Passage[] }[] {
  const chosen: { scored: Scored; alsoIn: Passage[]; terms: Set<number> }[] = [];
  // A twin of a chosen passage scores like it; candidates far down the list are not looked at.
  for (const candidate of scored.slice(0, top * 3 + 10)) {
    const { passage } = candidate;
    const overlapping = chosen.find((c) => c.scored.passage.articleId === passage.articleId && overlaps(c.scored.passage, passage));
    if (overlapping) {
      // Two windows over the same text: the one holding the kind of answer asked for ("His roughly 900 fighters"), or
      // the one where the sentence pointed at is not cut off from what follows it.
      const answers = candidate.typed > 0 && overlapping.scored.typed === 0 && candidate.score >= overlapping.scored.score - ANSWER_MARGIN;
      if (answers || (goesOnPastFocus(candidate, overlapping.scored) && candidate.score >= overlapping.scored.score - CUT_MARGIN)) {
        overlapping.scored = candidate;
        overlapping.terms = ctx.index.tokens.termSet(candidate.index);
      }
      continue;
    }
    const terms = ctx.index.tokens.termSet(candidate.index);
    const twin = chosen.find((c) => c.scored.passage.articleId !== passage.articleId && jaccard(c.terms, terms) >= 0.6);
    if (twin) {
      twin.alsoIn.push(passage);
      continue;
    }
    if (chosen.length < top) chosen.push({ scored: candidate, alsoIn: [], terms });
  }
  return chosen;
}

/** How much lower a window may score and still replace one that cuts the sentence it points at off from what follows
 * (measured 0.02-0.3 over seventeen sets: 0.02-0.1 one more first hit, 0.15 and more two fewer). */
const CUT_MARGIN = 0.05;

/** Whether `chosen` ends with the sentence it points at and `candidate` holds that sentence and goes on past it. */
function goesOnPastFocus(candidate: Scored, chosen: Scored): boolean {
  if (chosen.focus !== chosen.passage.sentences.length - 1) return false;
  const span = chosen.passage.sentences[chosen.focus]!;
  const [start, end] = [chosen.passage.start + span.start, chosen.passage.start + span.end];
  return candidate.passage.start <= start && candidate.passage.end > end;
}

function overlaps(a: Passage, b: Passage): boolean {
  return a.start < b.end && b.start < a.end;
}

function jaccard(a: Set<number>, b: Set<number>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

/** How much lower a window holding the kind of answer asked for may score and still replace an overlapping one that
 * holds none (measured 0.2-1 over 212 sets: 0.2 two more first hits and two in the first three, one answer a rank
 * lower; 0.4 and more lost a "why" question's passage from the first ten). */
const ANSWER_MARGIN = 0.2;
