// Asking the real bot through the local server, and checking each question got exactly one answer.
import { setTimeout as sleep } from 'node:timers/promises';
import { expect } from 'vitest';
import type { APIMessage, APIUser } from 'discord-api-types/v10';
import type { Harness } from '../discord/bot-harness.js';
import type { InteractionHandle, MessageHandle } from '../discord/fake-discord.js';

/** Long enough for a retried request to land after the first one, if the bot were to send one. */
export const SETTLE_MS = 400;

/** The messages the bot posted in reply to a channel message (each distinct message once). */
export function repliesTo(h: Harness, message: MessageHandle): APIMessage[] {
  return h.fake.channelMessages(message.channelId).filter((m) => m.message_reference?.message_id === message.id);
}

/** The bot's callbacks and follow-ups for an interaction. */
export function responsesTo(h: Harness, handle: InteractionHandle): { callbacks: number; followUps: number } {
  const events = h.fake.interactionResponses(handle.id);
  return { callbacks: events.filter((e) => e.kind === 'callback').length, followUps: events.filter((e) => e.kind === 'followUp').length };
}

/** /ask, waits for the finished answer (a reply, or a deferral then its edit), and checks nothing more arrives. */
export async function askOnce(h: Harness, question: string, user: APIUser = h.fake.makeUser(), timeoutMs = 8000): Promise<{ handle: InteractionHandle; answer: APIMessage }> {
  const handle = h.fake.slashCommand({ name: 'ask', options: { question }, user });
  const answer = await handle.originalResponse(undefined, { timeoutMs });
  await sleep(SETTLE_MS);
  expect(responsesTo(h, handle)).toEqual({ callbacks: 1, followUps: 0 });
  return { handle, answer };
}

/** @mentions the bot with a question and checks exactly one reply is posted. */
export async function mentionOnce(h: Harness, question: string, timeoutMs = 8000): Promise<{ message: MessageHandle; reply: APIMessage }> {
  const message = h.fake.messageCreate({ content: `${h.fake.mention()} ${question}`, author: h.fake.makeUser() });
  const reply = await message.waitForReply(undefined, { timeoutMs });
  await sleep(SETTLE_MS);
  expect(repliesTo(h, message)).toHaveLength(1);
  return { message, reply };
}

/** The answer quotes the articles (not an apology or an error). */
export function expectQuote(message: APIMessage): void {
  expect(message.embeds.length, JSON.stringify(message.content)).toBeGreaterThan(0);
  expect(message.embeds.some((e) => /^> /m.test(e.description ?? ''))).toBe(true);
}

/** Log lines at ERROR level, for assertions that a scenario logged (or did not log) a failure. */
export const errorsIn = (h: Harness, from = 0) => h.logs.slice(from).filter((l) => / ERROR /.test(l));

