// Gateway faults from the local Discord-compatible server, one after another on one running bot: after each,
// the bot resumes or identifies again and answers the next /ask and the next @mention, each exactly once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../discord/bot-harness.js';
import { askOnce, errorsIn, expectQuote, mentionOnce, responsesTo } from './answered-once.js';

let h: Harness;
beforeAll(async () => {
  // A short heartbeat so a withheld ACK is noticed in about a second, not Discord's 41 s.
  h = await startHarness({}, { heartbeatIntervalMs: 250 });
  // A full round trip first: faults must land after the client has handled READY.
  await askOnce(h, 'How many refugees does Turkey host?');
});
afterAll(async () => {
  await h?.close();
});

type Fault = { name: string; inject: (h: Harness) => void; recovery: 'resume' | 'identify'; replaysMissed: boolean };
const FAULTS: Fault[] = [
  { name: 'drops the socket without a close frame (1006)', inject: (h) => h.fake.closeGateway(1006), recovery: 'resume', replaysMissed: true },
  { name: 'closes the socket with 4000 (unknown error)', inject: (h) => h.fake.closeGateway(4000), recovery: 'resume', replaysMissed: true },
  { name: 'asks for a reconnect (op 7)', inject: (h) => h.fake.sendReconnect(), recovery: 'resume', replaysMissed: true },
  { name: 'invalidates the session, resumable (op 9 true)', inject: (h) => h.fake.sendInvalidSession(true), recovery: 'resume', replaysMissed: true },
  // Not resumable: events sent meanwhile are gone, as on Discord; the new session still answers.
  { name: 'invalidates the session for good (op 9 false)', inject: (h) => h.fake.sendInvalidSession(false), recovery: 'identify', replaysMissed: false },
  { name: 'stops acknowledging heartbeats', inject: (h) => h.fake.stopHeartbeatAcks(), recovery: 'resume', replaysMissed: true },
];

describe('after the server', () => {
  it.each(FAULTS)('$name, the bot reconnects and answers the next /ask and @mention once', async ({ inject, recovery, replaysMissed }) => {
    const before = { resumes: h.fake.stats.resumes, identifies: h.fake.stats.identifies, logs: h.logs.length };
    inject(h);
    // Sent while the bot is away: replayed on RESUME, so answered once, and never twice.
    const during = replaysMissed ? h.fake.slashCommand({ name: 'ask', options: { question: 'Who is Yury Barmin?' }, user: h.fake.makeUser() }) : undefined;
    await h.fake.waitForStat(recovery === 'resume' ? 'resumes' : 'identifies', (recovery === 'resume' ? before.resumes : before.identifies) + 1, { timeoutMs: 12_000 });
    h.fake.resumeHeartbeatAcks();
    await h.fake.waitForShardReady(0);

    expectQuote((await askOnce(h, 'What did the Western diplomat tell AFP?')).answer);
    expectQuote((await mentionOnce(h, 'who is Dmitry Peskov?')).reply);
    if (during) {
      await during.originalResponse();
      expect(responsesTo(h, during)).toEqual({ callbacks: 1, followUps: 0 });
    }
    expect(errorsIn(h, before.logs)).toEqual([]);
  }, 30_000);

  it('did all this on one session but for the one invalidated for good', () => {
    expect(h.fake.stats.identifies).toBe(2);
    expect(h.fake.stats.resumes).toBeGreaterThanOrEqual(5);
  });
});
