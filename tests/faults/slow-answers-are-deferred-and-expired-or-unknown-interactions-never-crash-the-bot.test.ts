// An answer not ready in time is deferred ("thinking…") and edited in; an interaction Discord has forgotten, a
// token that expired, and a command or option the bot does not know are handled without a crash.
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { InteractionResponseType, MessageFlags } from 'discord-api-types/v10';
import { DEFER_AFTER_MS, type BotOptions } from '../../src/discord/bot.js';
import { Paging } from '../../src/discord/paging.js';
import { startHarness, type Harness } from '../discord/bot-harness.js';
import type { FakeDiscordOptions } from '../discord/fake-discord.js';
import { askOnce, errorsIn, expectQuote, responsesTo } from './answered-once.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** A bot whose answers take `delayMs` when `slow.on` is set. */
async function slowBot(delayMs: number, botOptions: Omit<BotOptions, 'logger'> = {}, fakeOptions: FakeDiscordOptions = {}) {
  const slow = { on: false };
  const harness = await startHarness({}, fakeOptions, { ...botOptions, answerDelay: () => (slow.on ? sleep(delayMs) : Promise.resolve()) });
  h = harness;
  return { h: harness, slow };
}

const ask = (harness: Harness, question: string, extra: Record<string, boolean> = {}) =>
  harness.fake.slashCommand({ name: 'ask', options: { question, ...extra }, user: harness.fake.makeUser() });

describe('an answer slower than Discord allows', () => {
  it('is deferred before Discord’s 3 s run out and edited in when ready, with the default timings', async () => {
    // The fake answers callbacks later than 3 s with 404 Unknown interaction, as Discord does.
    const { h, slow } = await slowBot(DEFER_AFTER_MS + 600);
    slow.on = true;
    const handle = ask(h, 'How many refugees does Turkey host?');
    const first = await handle.response();
    expect(first.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(first.latencyMs).toBeLessThan(3000);
    expectQuote(await handle.originalResponse(undefined, { timeoutMs: 8000 }));
    expect(responsesTo(h, handle)).toEqual({ callbacks: 1, followUps: 0 });
    expect(errorsIn(h)).toEqual([]);
  }, 20_000);

  it('is deferred privately when asked privately', async () => {
    const { h, slow } = await slowBot(400, { deferAfterMs: 100 });
    slow.on = true;
    const handle = ask(h, 'Who is Yury Barmin?', { private: true });
    const first = await handle.response();
    expect(first.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(((first.data as { flags?: number }).flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    const answer = await handle.originalResponse();
    expectQuote(answer);
    expect((answer.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
  });

  it('that turns out unanswerable replaces the public “thinking…” with a private note', async () => {
    const { h, slow } = await slowBot(400, { deferAfterMs: 100 });
    slow.on = true;
    const handle = ask(h, 'What is the capital of France?');
    expect((await handle.response()).type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    const note = await h.fake.waitForFollowUp(handle.id);
    expect(note.content).toContain('do not answer');
    expect((note.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(h.fake.interactionResponses(handle.id).map((e) => e.kind)).toEqual(['callback', 'deleteOriginal', 'followUp']);
  });

  it('is answered directly, not deferred, when it is ready in time', async () => {
    const { h } = await slowBot(0, { deferAfterMs: 100 });
    const { handle } = await askOnce(h, 'Who is Yury Barmin?');
    expect((await handle.response()).type).toBe(InteractionResponseType.ChannelMessageWithSource);
  });
});

describe('an interaction Discord no longer knows', () => {
  it('(the reply came after 3 s) is logged, and the next question is answered', async () => {
    // Deferral turned off, to see what happens without it.
    const { h, slow } = await slowBot(3300, { deferAfterMs: 60_000 });
    slow.on = true;
    const handle = ask(h, 'Who is Yury Barmin?');
    await h.fake.waitFor(() => (errorsIn(h).some((l) => l.includes('interaction failed')) ? true : undefined), 'the failure to be logged', { timeoutMs: 8000 });
    expect(h.fake.interactionResponses(handle.id)).toEqual([]);
    expect(h.fake.requests.some((r) => r.status === 404 && r.path.includes(handle.id))).toBe(true);
    slow.on = false;
    expectQuote((await askOnce(h, 'Who is Yury Barmin?')).answer);
  }, 20_000);

  it('(its token expired before a deferred answer was ready) is logged, and the next question is answered', async () => {
    const { h, slow } = await slowBot(600, { deferAfterMs: 100 }, { interactionTokenTtlMs: 300 });
    slow.on = true;
    const handle = ask(h, 'Who is Yury Barmin?');
    expect((await handle.response()).type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    await h.fake.waitFor(() => (errorsIn(h).some((l) => l.includes('interaction failed')) ? true : undefined), 'the failure to be logged');
    // The edit and the apology both met 401 Invalid Webhook Token; the apology's failure is a warning.
    await h.fake.waitFor(() => (h.logs.some((l) => l.includes('could not report the failure')) ? true : undefined), 'the apology to fail');
    expect(h.fake.requests.filter((r) => r.status === 401 && r.path.startsWith('/webhooks/')).length).toBeGreaterThanOrEqual(2);
    slow.on = false;
    expectQuote((await askOnce(h, 'Who is Yury Barmin?')).answer);
  });

  it('(its token expired before the More button was removed) ends the session quietly', async () => {
    const { h } = await slowBot(0, {}, { interactionTokenTtlMs: 200 });
    h.bot.context.paging = new Paging(400);
    const { handle, answer } = await askOnce(h, 'Turkey Russia Syria');
    expect(answer.components?.length).toBe(1);
    // The session ends after 400 ms; removing the button then meets 401 Invalid Webhook Token.
    await h.fake.waitForRequest('PATCH', /^\/webhooks\//, (r) => r.status === 401 && r.path.includes(handle.token));
    await sleep(100);
    expect(h.bot.context.paging.size).toBe(0);
    expect(errorsIn(h)).toEqual([]);
    expectQuote((await askOnce(h, 'Who is Yury Barmin?')).answer);
  });
});

describe('a command the bot does not know', () => {
  it('is answered privately, whether a slash command, an autocomplete or an option', async () => {
    const { h } = await slowBot(0);
    const unknown = h.fake.slashCommand({ name: 'no-such-command', user: h.fake.makeUser() });
    const reply = await unknown.response();
    expect(((reply.data as { flags?: number }).flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect((reply.data as { content?: string }).content).toContain('no longer available');

    const complete = h.fake.autocomplete({ name: 'no-such-command', options: { whatever: 'x' } });
    expect(await h.fake.waitForAutocompleteChoices(complete.id)).toEqual([]);
    const option = h.fake.autocomplete({ name: 'ask', options: { question: 'refugees', nonsense: 'x' }, focused: 'nonsense' });
    expect(await h.fake.waitForAutocompleteChoices(option.id)).toEqual([]);
    expect(errorsIn(h)).toEqual([]);
  });
});
