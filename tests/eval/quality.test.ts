// Retrieval quality cannot silently regress: the team's question sets run on every `npm test`.
// The sets and their floors are listed once, in scripts/question-sets.ts.
import { describe, expect, it } from 'vitest';
import { readQuestions, score } from '../../scripts/evaluate.js';
import { QUESTION_SETS } from '../../scripts/question-sets.js';
import { loadEngine } from '../helpers.js';

describe.each(QUESTION_SETS)('the $name question set', ({ corpus, questions, floors: { hit1, hit3, refused, falseRefusals } }) => {
  it('keeps hit@1, hit@3 and refusals at or above their floors, and wrong refusals below their ceiling', async () => {
    const engine = await loadEngine(corpus);
    const s = score(await readQuestions(questions), (q, o) => engine.answer(q, o));
    expect(s.hit1).toBeGreaterThanOrEqual(hit1);
    expect(s.hit3).toBeGreaterThanOrEqual(hit3);
    expect(s.refused).toBeGreaterThanOrEqual(refused);
    expect(s.falseRefusals).toBeLessThanOrEqual(falseRefusals);
  });
});
