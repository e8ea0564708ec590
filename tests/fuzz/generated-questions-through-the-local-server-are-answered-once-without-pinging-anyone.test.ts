// A few hundred generated questions sent end to end through the local Discord-compatible server to the real
// bot, by every route (slash command, private or not, autocomplete, @mention, DM, question channel). Then
// everything the server recorded is checked: one answer per question, every body inside Discord's limits and
// accepted, allowed_mentions parse [] on every send and edit, no message that pings anyone, no error logged.
import fc from 'fast-check';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIMessage } from 'discord-api-types/v10';
import { startHarness, type Harness } from '../discord/bot-harness.js';
import type { MessageHandle } from '../discord/fake-discord.js';
import { choiceViolations, limitViolations, question, type Body } from './inputs.js';

const ASK_CHANNEL = '1200000000000000001';
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ ASK_CHANNEL_IDS: ASK_CHANNEL }, { guilds: [{ channels: [{ name: 'general' }, { id: ASK_CHANNEL, name: 'ask-the-bot' }] }] });
});
afterAll(async () => {
  await h?.close();
});

/** Requests that create or change a message, and so must say who may be pinged. */
const MESSAGE_ROUTES = [
  { method: 'POST', path: /^\/interactions\/\d+\/[^/]+\/callback$/, body: (b: Record<string, unknown>) => (b.data ?? null) as Body | null },
  { method: 'POST', path: /^\/webhooks\/\d+\/[^/]+$/, body: (b: Record<string, unknown>) => b as Body },
  { method: 'PATCH', path: /^\/webhooks\/\d+\/[^/]+\/messages\/[^/]+$/, body: (b: Record<string, unknown>) => b as Body },
  { method: 'POST', path: /^\/channels\/\d+\/messages$/, body: (b: Record<string, unknown>) => b as Body },
  { method: 'PATCH', path: /^\/channels\/\d+\/messages\/\d+$/, body: (b: Record<string, unknown>) => b as Body },
];

describe('generated questions sent through the local server', () => {
  it('are each answered once (or, chatter in a question channel, not at all), inside the limits, pinging no one', async () => {
    const mustReply: MessageHandle[] = [];
    const mayReply: MessageHandle[] = [];
    const route = fc.constantFrom('slash', 'slash-private', 'autocomplete', 'mention', 'dm', 'ask-channel');
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(question, route, async (q, via) => {
        runs++;
        const user = h.fake.makeUser();
        if (via === 'slash' || via === 'slash-private') {
          // Discord refuses options over max_length (500) before the bot sees them.
          const handle = h.fake.slashCommand({ name: 'ask', options: { question: q.slice(0, 500) || '?', ...(via === 'slash-private' ? { private: true } : {}) }, user });
          await handle.originalResponse(undefined, { timeoutMs: 10_000 });
        } else if (via === 'autocomplete') {
          const handle = h.fake.autocomplete({ name: 'ask', options: { question: q.slice(0, 500) }, user });
          expect(choiceViolations((await h.fake.waitForAutocompleteChoices(handle.id)).map((c) => ({ name: c.name, value: String(c.value) })))).toEqual([]);
        } else if (via === 'mention') {
          const m = h.fake.messageCreate({ content: `${h.fake.mention()} ${q}`, author: user });
          mustReply.push(m);
          await m.waitForReply(undefined, { timeoutMs: 10_000 });
        } else if (via === 'dm') {
          if (!q.trim()) return;
          const m = h.fake.messageCreate({ content: q, author: user, dm: true });
          mustReply.push(m);
          await m.waitForReply(undefined, { timeoutMs: 10_000 });
        } else mayReply.push(h.fake.messageCreate({ content: q, author: user, channelId: ASK_CHANNEL }));
      }),
      { numRuns: 300 },
    );
    // Once this is answered, every question before it has been handled; then let any duplicate arrive.
    await h.fake.messageCreate({ content: `${h.fake.mention()} who is Yury Barmin?`, author: h.fake.makeUser() }).waitForReply(undefined, { timeoutMs: 20_000 });
    await sleep(500);
    expect(runs).toBe(300);

    const repliesTo = (m: MessageHandle): APIMessage[] => h.fake.channelMessages(m.channelId).filter((r) => r.message_reference?.message_id === m.id);
    for (const m of mustReply) expect(repliesTo(m), JSON.stringify(m.message.content.slice(0, 80))).toHaveLength(1);
    for (const m of mayReply) expect(repliesTo(m).length).toBeLessThanOrEqual(1);
    for (const rec of h.fake.state.interactions.values()) {
      const callbacks = rec.events.filter((e) => e.kind === 'callback').length;
      expect(callbacks, rec.name).toBe(1);
    }

    let checked = 0;
    for (const r of h.fake.requests) {
      const kind = MESSAGE_ROUTES.find((k) => k.method === r.method && k.path.test(r.path));
      if (!kind) continue;
      expect(r.status, `${r.method} ${r.path}: ${JSON.stringify(r.responseBody)}`).toBeGreaterThanOrEqual(200);
      expect(r.status).toBeLessThan(300);
      const body = kind.body((r.body ?? {}) as Record<string, unknown>);
      if (!body || (body.content === undefined && body.embeds === undefined)) continue;
      checked++;
      const allowed = (body as { allowed_mentions?: { parse?: unknown; users?: unknown[]; roles?: unknown[]; replied_user?: boolean } }).allowed_mentions;
      expect(allowed?.parse, `${r.method} ${r.path}`).toEqual([]);
      expect(allowed?.users ?? []).toEqual([]);
      expect(allowed?.roles ?? []).toEqual([]);
      expect(allowed?.replied_user ?? false).toBe(false);
      if (r.method === 'POST') expect(limitViolations(body)).toEqual([]);
    }
    expect(checked).toBeGreaterThan(150);
    for (const id of h.fake.state.messages.keys()) {
      const m = h.fake.message(id)!.message;
      if (m.author.id !== h.fake.bot.id) continue;
      expect(m.mention_everyone).toBe(false);
      expect(m.mentions).toEqual([]);
    }
    expect(h.logs.filter((l) => / (ERROR|WARN) /.test(l))).toEqual([]);
  }, 120_000);
});
