// REST faults from the local Discord-compatible server on the two routes an answer takes: the interaction
// callback and a channel message. A retryable fault still delivers the answer exactly once; one that outlasts
// the retries is logged, and the bot answers the next question.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../discord/bot-harness.js';
import type { RestFault } from '../discord/fake-discord.js';
import { askOnce, errorsIn, expectQuote, mentionOnce, repliesTo, responsesTo } from './answered-once.js';

const CALLBACK = /^\/interactions\/\d+\/[^/]+\/callback$/;
const CHANNEL_MESSAGE = /^\/channels\/\d+\/messages$/;
const REST_TIMEOUT_MS = 2000;

let h: Harness;
beforeAll(async () => {
  // A short REST timeout, so a response slower than it is retried within the test (discord.js default: 15 s).
  h = await startHarness({}, {}, { restTimeoutMs: REST_TIMEOUT_MS });
  await askOnce(h, 'How many refugees does Turkey host?');
});
afterAll(async () => {
  await h?.close();
});

const rateLimited = (retryAfter: number): RestFault => ({ status: 429, body: { message: 'You are being rate limited.', retry_after: retryAfter, global: false, code: 0 } });
/** Requests on a route since `seq`, with how each was answered. */
const attempts = (route: RegExp, seq: number) => h.fake.requests.filter((r) => r.seq > seq && r.method === 'POST' && route.test(r.path)).map((r) => r.status);
const lastSeq = () => h.fake.requests.at(-1)?.seq ?? 0;

describe.each([
  {
    route: 'the interaction callback',
    pattern: CALLBACK,
    ask: async (q: string) => {
      const { handle, answer } = await askOnce(h, q);
      return { answer, count: () => responsesTo(h, handle).callbacks + responsesTo(h, handle).followUps };
    },
  },
  {
    route: 'a channel message',
    pattern: CHANNEL_MESSAGE,
    ask: async (q: string) => {
      const { message, reply } = await mentionOnce(h, q);
      return { answer: reply, count: () => repliesTo(h, message).length };
    },
  },
])('on $route', ({ pattern, ask }) => {
  it.each([
    ['a 429 with retry_after', rateLimited(0.5), [429, 'ok']],
    ['a 500', { status: 500 }, [500, 'ok']],
    ['a 502 twice', { status: 502, times: 2 }, [502, 502, 'ok']],
    ['a slow response (0.8 s)', { delayMs: 800 }, ['ok']],
    // Slower than the REST timeout: discord.js gives up and sends the request again while the first is still
    // being handled, so both reach Discord. The first then fails (the callback was already acknowledged) or
    // returns the message the retry created (same nonce): the answer still appears once.
    ['a response slower than the REST timeout', { delayMs: REST_TIMEOUT_MS + 700 }, ['any', 'ok']],
  ] as [string, RestFault, (number | 'ok' | 'any')[]][])('delivers the answer once after %s', async (_name, fault, expected) => {
    const seq = lastSeq();
    const logs = h.logs.length;
    h.fake.failNext('POST', pattern, fault);
    const { answer, count } = await ask('What did the Western diplomat tell AFP?');
    expectQuote(answer);
    // Every attempt answered, the slow one included, before counting what was shown.
    await h.fake.waitFor(() => (attempts(pattern, seq).every((s) => s !== 0) ? true : undefined), 'every attempt to be answered');
    expect(count()).toBe(1);
    const seen = attempts(pattern, seq);
    expect(seen).toHaveLength(expected.length);
    expected.forEach((want, i) => {
      if (want === 'ok') expect(seen[i] === 200 || seen[i] === 204, `attempt ${i}: ${seen[i]}`).toBe(true);
      else if (want !== 'any') expect(seen[i]).toBe(want);
    });
    expect(errorsIn(h, logs)).toEqual([]);
  });
});

describe('when every retry fails', () => {
  it('logs a failed interaction reply, tells the user it went wrong, and answers the next /ask', async () => {
    const logs = h.logs.length;
    // The first attempt and discord.js's three retries.
    h.fake.failNext('POST', CALLBACK, { status: 500, times: 4 });
    const handle = h.fake.slashCommand({ name: 'ask', options: { question: 'Who is Yury Barmin?' }, user: h.fake.makeUser() });
    const apology = await handle.originalResponse(undefined, { timeoutMs: 10_000 });
    expect(apology.content).toContain('Something went wrong');
    expect(errorsIn(h, logs).join('\n')).toContain('interaction failed');
    expectQuote((await askOnce(h, 'Who is Yury Barmin?')).answer);
  }, 20_000);

  it('logs a failed channel reply and answers the next @mention', async () => {
    const logs = h.logs.length;
    h.fake.failNext('POST', CHANNEL_MESSAGE, { status: 503, times: 4 });
    const message = h.fake.messageCreate({ content: `${h.fake.mention()} who is Yury Barmin?`, author: h.fake.makeUser() });
    await h.fake.waitFor(() => (errorsIn(h, logs).some((l) => l.includes('message failed')) ? true : undefined), 'the failure to be logged', { timeoutMs: 10_000 });
    expect(repliesTo(h, message)).toHaveLength(0);
    expectQuote((await mentionOnce(h, 'who is Yury Barmin?')).reply);
  }, 20_000);

  // discord.js retries a reset (ECONNRESET) but not a connection the server closes without answering.
  it('logs an interaction reply whose connection is dropped, tells the user, and answers the next /ask', async () => {
    const logs = h.logs.length;
    h.fake.failNext('POST', CALLBACK, { dropConnection: true });
    const handle = h.fake.slashCommand({ name: 'ask', options: { question: 'Who is Yury Barmin?' }, user: h.fake.makeUser() });
    expect((await handle.originalResponse()).content).toContain('Something went wrong');
    expect(errorsIn(h, logs).join('\n')).toContain('interaction failed');
    expectQuote((await askOnce(h, 'Who is Yury Barmin?')).answer);
  });

  it('logs a channel reply whose connection is dropped, and answers the next @mention', async () => {
    const logs = h.logs.length;
    h.fake.failNext('POST', CHANNEL_MESSAGE, { dropConnection: true });
    h.fake.messageCreate({ content: `${h.fake.mention()} who is Yury Barmin?`, author: h.fake.makeUser() });
    await h.fake.waitFor(() => (errorsIn(h, logs).some((l) => l.includes('message failed')) ? true : undefined), 'the failure to be logged');
    expectQuote((await mentionOnce(h, 'who is Yury Barmin?')).reply);
  });

  it('logs a 429 that outlasts Discord’s 3 s for the callback, and answers the next /ask', async () => {
    const logs = h.logs.length;
    h.fake.failNext('POST', CALLBACK, rateLimited(3.5));
    const handle = h.fake.slashCommand({ name: 'ask', options: { question: 'Who is Yury Barmin?' }, user: h.fake.makeUser() });
    await h.fake.waitFor(() => (errorsIn(h, logs).some((l) => l.includes('interaction failed')) ? true : undefined), 'the failure to be logged', { timeoutMs: 10_000 });
    // Discord forgot the interaction (404 Unknown interaction): nothing was shown, and nothing crashed.
    expect(h.fake.interactionResponses(handle.id)).toEqual([]);
    expectQuote((await askOnce(h, 'Who is Yury Barmin?')).answer);
  }, 20_000);
});
