// Retrieval quality cannot silently regress: the team's question sets run on every `npm test`.
// The floors are what the engine reached when they were last raised (npm run eval prints the figures).
import { describe, expect, it } from 'vitest';
import { readQuestions, score } from '../../scripts/evaluate.js';
import { loadEngine, RELATED_DIR } from '../helpers.js';

describe.each([
  { name: 'summit', corpus: 'corpus', questions: 'tests/eval/summit.questions.yaml', hit1: 0.75, hit3: 0.85, refused: 0.65 },
  { name: 'related', corpus: RELATED_DIR, questions: 'tests/eval/related.questions.yaml', hit1: 0.72, hit3: 0.8, refused: 0.55 },
])('the $name question set', ({ corpus, questions, hit1, hit3, refused }) => {
  it('keeps hit@1, hit@3 and refusals at or above their floors', async () => {
    const engine = await loadEngine(corpus);
    const s = score(await readQuestions(questions), (q, o) => engine.answer(q, o));
    expect(s.hit1).toBeGreaterThanOrEqual(hit1);
    expect(s.hit3).toBeGreaterThanOrEqual(hit3);
    expect(s.refused).toBeGreaterThanOrEqual(refused);
  });
});
