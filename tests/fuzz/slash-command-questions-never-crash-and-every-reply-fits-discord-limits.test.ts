// 10,000 generated /ask questions through the engine and rendering calls the slash-command handler makes
// (engine.answer with the handler's options, then answerPage for every page, or notFoundText), and generated
// questions echoed beside real answers, since the echo is the part of a reply a user controls.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_TOP, type Answer, type AnswerOptions } from '../../src/core/answer.js';
import { answerPage } from '../../src/discord/answer-reply.js';
import { PAGE_SIZE, type PageSession } from '../../src/discord/paging.js';
import { notFoundText } from '../../src/discord/render.js';
import { loadEngine } from '../helpers.js';
import { hasLoneSurrogate, limitViolations, question, REAL_QUESTIONS } from './inputs.js';

const engine = await loadEngine();
const date = fc.oneof(fc.constantFrom('2020-03-01', '2020-03-05', '2020-03-06', '2020-03-31', '1999-01-01'), fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)));
/** Set on about one question in five, as users rarely narrow their questions. */
const sometimes = <T>(a: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: a });
const outlet = fc.oneof(fc.constantFrom('Moscow', 'world socialist', 'AFP', ''), fc.string({ maxLength: 20 }));

/** Every page a user can reach with the More button, each checked against Discord's limits. */
function pageViolations(answer: Answer): string[] {
  const session: PageSession = { id: 'abcdef012345', ownerId: '1', answer, shown: PAGE_SIZE, expiresAt: Infinity };
  const out: string[] = [];
  for (let from = 0; from < answer.passages.length; from += PAGE_SIZE) out.push(...limitViolations(answerPage(answer, from, session)).map((v) => `page ${from}: ${v}`));
  return out;
}

describe('a /ask question, whatever it contains', () => {
  it('never throws, and every page of its reply fits Discord’s limits (10,000 inputs)', () => {
    let answered = 0;
    fc.assert(
      fc.property(question, sometimes(date), sometimes(date), sometimes(outlet), (q, since, until, out) => {
        const options: AnswerOptions = { top: MAX_TOP };
        if (since) options.since = since;
        if (until) options.until = until;
        if (out) options.outlet = out;
        const answer = engine.answer(q, options);
        if (!answer.answered) {
          expect(limitViolations({ content: notFoundText(answer) })).toEqual([]);
          return;
        }
        answered++;
        expect(pageViolations(answer)).toEqual([]);
      }),
      { numRuns: 10_000 },
    );
    // The generator must reach the embed path often, or the limits above were barely tested.
    expect(answered).toBeGreaterThan(500);
  }, 180_000);

  it('echoed beside a real answer, with spelling corrections, keeps the reply inside the limits (2,000 inputs)', () => {
    const answers = REAL_QUESTIONS.map((q) => engine.answer(q, { top: MAX_TOP })).filter((a) => a.answered);
    fc.assert(
      fc.property(question, fc.constantFrom(...answers), fc.array(fc.tuple(question, question), { maxLength: 3 }), (q, answer, corrections) => {
        const echoed: Answer = { ...answer, question: q, corrections: corrections.map(([from, to]) => ({ from, to })) };
        expect(limitViolations(answerPage(echoed, 0))).toEqual([]);
        expect(limitViolations({ content: notFoundText({ ...echoed, answered: false, suggestions: [q, q] }) })).toEqual([]);
      }),
      { numRuns: 2_000 },
    );
  }, 60_000);

  it('is cut, when too long to echo, without splitting an emoji in two', () => {
    const answer = engine.answer(REAL_QUESTIONS[0]!, { top: MAX_TOP });
    const content = answerPage({ ...answer, question: `${'a'.repeat(298)}😀 refugees` }, 0).content;
    expect(hasLoneSurrogate(content ?? '')).toBe(false);
  });
});
