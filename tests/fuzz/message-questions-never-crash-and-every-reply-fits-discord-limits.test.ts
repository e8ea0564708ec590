// 10,000 generated channel messages through the calls the message handler makes: questionText (the bot's mention
// and Discord markup removed), engine.answer, then answerPage for every page or notFoundText.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_TOP } from '../../src/core/answer.js';
import { answerPage } from '../../src/discord/answer-reply.js';
import { questionText } from '../../src/discord/question-text.js';
import { PAGE_SIZE, type PageSession } from '../../src/discord/paging.js';
import { notFoundText } from '../../src/discord/render.js';
import { loadEngine } from '../helpers.js';
import { limitViolations, question } from './inputs.js';

const engine = await loadEngine();
const BOT = '987654321098765432';
/** How a message addresses the bot: mentions anywhere, the nickname form, several at once, or none (DMs). */
const addressed = fc
  .tuple(fc.constantFrom('', `<@${BOT}>`, `<@!${BOT}>`, `<@${BOT}><@${BOT}>`), question, fc.constantFrom('', `<@${BOT}>`, ` <@!${BOT}> ?`))
  .map(([before, q, after]) => `${before} ${q}${after}`);

describe('a question asked in a message, whatever it contains', () => {
  it('never throws, loses the bot’s mention, and every page of its reply fits Discord’s limits (10,000 inputs)', () => {
    let answered = 0;
    fc.assert(
      fc.property(addressed, (content) => {
        const q = questionText(content);
        expect(q).not.toMatch(new RegExp(`<@!?${BOT}>`));
        expect(q).toBe(q.trim());
        if (!q) return;
        const answer = engine.answer(q, { top: MAX_TOP });
        if (!answer.answered) {
          expect(limitViolations({ content: notFoundText(answer) })).toEqual([]);
          return;
        }
        answered++;
        const session: PageSession = { id: 'abcdef012345', ownerId: '1', answer, shown: PAGE_SIZE, expiresAt: Infinity };
        for (let from = 0; from < answer.passages.length; from += PAGE_SIZE) expect(limitViolations(answerPage(answer, from, session))).toEqual([]);
      }),
      { numRuns: 10_000 },
    );
    expect(answered).toBeGreaterThan(500);
  }, 180_000);
});
