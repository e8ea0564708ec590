// The soak (scripts/soak.ts, `npm run soak` for the full 10,000 + 10,000) in a small run for every `npm test`:
// the real bot in a child process, 300 interactions and 300 channel questions through the local server.
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/core/answer.js';
import { MAX_SESSIONS, Paging } from '../../src/discord/paging.js';
import { runSoak } from '../../scripts/soak.js';

describe('under load', () => {
  it('the bot answers 300 interactions and 300 channel questions each exactly once, with no rejection and bounded heap', async () => {
    const f = await runSoak({ interactions: 300, messages: 300, concurrency: 16 });
    for (const stream of [f.interactions, f.messages]) {
      expect(stream).toMatchObject({ sent: 300, answered: 300, lost: 0, duplicated: 0, failed: 0 });
    }
    expect({ rejections: f.unhandledRejections, uncaught: f.uncaughtExceptions, errors: f.errorLogLines }).toEqual({ rejections: 0, uncaught: 0, errors: 0 });
    expect(f.heapMB.growth).toBeLessThan(25);
    expect(f.pagingSessions).toBeLessThanOrEqual(MAX_SESSIONS);
  }, 120_000);
});

describe('More-button sessions', () => {
  const answer = { passages: Array.from({ length: 9 }, () => ({})) } as unknown as Answer;

  it('are capped, the oldest ending first, so a burst of questions cannot hold memory for 14 minutes', () => {
    const paging = new Paging(60_000, Date.now, 100);
    const sessions = Array.from({ length: 150 }, (_, i) => paging.open(`user-${i}`, answer)!);
    expect(paging.size).toBe(100);
    expect(paging.find(`more:${sessions[0]!.id}`)).toBeUndefined();
    expect(paging.find(`more:${sessions[49]!.id}`)).toBeUndefined();
    expect(paging.find(`more:${sessions[50]!.id}`)).toBe(sessions[50]);
    expect(paging.find(`more:${sessions[149]!.id}`)).toBe(sessions[149]);
    // One ended before its reply went out is not armed: no timer holds its message for 14 minutes.
    paging.arm(sessions[0]!, async () => undefined);
    expect(sessions[0]!.timer).toBeUndefined();
    paging.clear();
  });
});
