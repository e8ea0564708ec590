// "More" buttons: the rest of an answer, one page at a time, for the asker only, and only while
// Discord still lets the bot edit the reply (an interaction token lasts 15 minutes).
import { randomBytes } from 'node:crypto';
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIComponentInMessageActionRow } from 'discord.js';
import type { Answer } from '../core/answer.js';

export const PAGE_SIZE = 3;
/** Buttons are removed before the 15-minute token expires, leaving a margin for the edit itself. */
export const SESSION_MS = 14 * 60 * 1000;
const PREFIX = 'more:';
/**
 * Sessions kept at most. Each holds an answer and its message for 14 minutes (about 14 KB), so without a cap a
 * burst of questions grows memory for that long; past it the oldest session ends early, and its button answers
 * "expired" like any other.
 */
export const MAX_SESSIONS = 1000;

export interface PageSession {
  id: string;
  ownerId: string;
  answer: Answer;
  /** Passages shown so far. */
  shown: number;
  /** The member the answer is for (`/ask for:`), named on every page. */
  addressee?: string;
  expiresAt: number;
  /** Removes the button from the message when the session ends. */
  close?: () => Promise<unknown>;
  timer?: NodeJS.Timeout;
}

export class Paging {
  private readonly sessions = new Map<string, PageSession>();

  constructor(
    private readonly ttl = SESSION_MS,
    private readonly now: () => number = Date.now,
    private readonly max = MAX_SESSIONS,
  ) {}

  /** Starts a session when the answer has more passages than the first page shows. */
  open(ownerId: string, answer: Answer, addressee?: string): PageSession | undefined {
    if (answer.passages.length <= PAGE_SIZE) return undefined;
    const session: PageSession = { id: randomBytes(6).toString('hex'), ownerId, answer, shown: PAGE_SIZE, expiresAt: this.now() + this.ttl };
    if (addressee) session.addressee = addressee;
    this.sessions.set(session.id, session);
    // A Map iterates in insertion order: the first entry is the oldest session.
    for (const oldest of this.sessions.values()) {
      if (this.sessions.size <= this.max) break;
      clearTimeout(oldest.timer);
      this.sessions.delete(oldest.id);
    }
    return session;
  }

  /** Arms the expiry: after the ttl the button is removed and the session forgotten. */
  arm(session: PageSession, close: () => Promise<unknown>): void {
    // Ended early (over the cap) while its reply was being sent: nothing to remove later, nothing to keep.
    if (!this.sessions.has(session.id)) return;
    session.close = close;
    session.timer = setTimeout(() => void this.end(session.id), Math.max(0, session.expiresAt - this.now()));
    session.timer.unref();
  }

  /** The session a button belongs to; undefined for unknown, forged or expired ids. */
  find(customId: string): PageSession | undefined {
    if (!customId.startsWith(PREFIX)) return undefined;
    const session = this.sessions.get(customId.slice(PREFIX.length));
    if (!session || session.expiresAt <= this.now()) return undefined;
    return session;
  }

  async end(id: string): Promise<void> {
    const session = this.sessions.get(id);
    if (!session) return;
    this.sessions.delete(id);
    clearTimeout(session.timer);
    await session.close?.().catch(() => undefined);
  }

  /** Forgets every session (shutdown); buttons left behind answer "expired". */
  clear(): void {
    for (const session of this.sessions.values()) clearTimeout(session.timer);
    this.sessions.clear();
  }

  get size(): number {
    return this.sessions.size;
  }
}

export function isPagingButton(customId: string): boolean {
  return customId.startsWith(PREFIX);
}

export function moreButton(session: PageSession): APIActionRowComponent<APIComponentInMessageActionRow> {
  const left = session.answer.passages.length - session.shown;
  return {
    type: ComponentType.ActionRow,
    components: [{ type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: `${PREFIX}${session.id}`, label: `More passages (${left})` }],
  };
}
