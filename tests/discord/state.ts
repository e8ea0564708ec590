/**
 * What the fake Discord knows and what it recorded: the bot, its application, guilds, users, DM channels, messages,
 * interactions (with every response the bot made to each), registered commands and every REST request.
 * Shared by the REST API, the gateway and the test-facing FakeDiscord facade.
 */
import type { IncomingHttpHeaders } from 'node:http';
import {
  ChannelType,
  type APIApplicationCommand,
  type APIDMChannel,
  type APIInteraction,
  type APIMessage,
  type APITextChannel,
  type APIUser,
  type ChannelFlags,
  type InteractionResponseType,
  type InteractionType,
} from 'discord-api-types/v10';
import type { FakeGuild } from './fixtures.js';
import type { ReceivedFile } from './messages.js';
import { snowflake } from './snowflake.js';
import { Waiters } from './waiters.js';

export interface RecordedFile {
  field: string;
  filename: string;
  contentType: string;
  size: number;
}

export interface RecordedRequest {
  /** 1-based order of arrival. */
  seq: number;
  at: number;
  method: string;
  /** Route path after /api/v10, percent-decoded per segment (`%40original` → `@original`). */
  path: string;
  /** The request target as received, including /api/v10 and the query string. */
  url: string;
  query: Record<string, string>;
  /** All request headers, untouched (Authorization included). */
  headers: IncomingHttpHeaders;
  /** The body as text (multipart bodies: only their text parts). */
  rawBody: string;
  /** Parsed JSON body, or the parsed `payload_json` of a multipart body; undefined when there was none. */
  body: unknown;
  files: RecordedFile[];
  /** Status the server answered with (0 if the connection was dropped on purpose). */
  status: number;
  responseBody: unknown;
  /** Set when an injected fault answered this request. */
  fault?: string;
}

export interface StoredMessage {
  message: APIMessage;
  guildId: string | null;
  origin: 'channel' | 'interaction-original' | 'interaction-followup' | 'dispatched';
  interactionId?: string;
  deleted: boolean;
  /** Earlier versions, oldest first. */
  history: APIMessage[];
}

export type InteractionEvent =
  | { kind: 'callback'; at: number; latencyMs: number; type: InteractionResponseType; data: unknown; messageId?: string }
  | { kind: 'editOriginal'; at: number; body: unknown; messageId: string }
  | { kind: 'deleteOriginal'; at: number; messageId: string }
  | { kind: 'followUp'; at: number; body: unknown; messageId: string }
  | { kind: 'editFollowUp'; at: number; body: unknown; messageId: string }
  | { kind: 'deleteFollowUp'; at: number; messageId: string };

export interface InteractionRecord {
  id: string;
  token: string;
  type: InteractionType;
  /** Command name (types 2 and 4) or component custom_id (type 3). */
  name: string;
  guildId: string | null;
  channelId: string;
  userId: string;
  payload: APIInteraction;
  dispatchedAt: number;
  /** Everything the bot did with this interaction, in order. */
  events: InteractionEvent[];
  /** The message `@original` refers to, once there is one. */
  originalMessageId?: string;
  followUpIds: string[];
}

export interface StateConfig {
  token: string;
  heartbeatIntervalMs: number;
  recommendedShards: number;
  maxConcurrency: number;
  sessionStartTotal: number;
  defaultTimeoutMs: number;
  validate: boolean;
  /** Callbacks later than this after dispatch get 404 Unknown interaction (Discord: 3000); null = never. */
  interactionDeadlineMs: number | null;
  /** Webhook (edit/follow-up) calls later than this get 401 Invalid Webhook Token (Discord: 15 min). */
  interactionTokenTtlMs: number;
  privilegedIntents: { guildMembers: boolean; presences: boolean; messageContent: boolean };
  log?: (line: string) => void;
}

export type ChannelLookup =
  | { kind: 'guild'; guild: FakeGuild; channel: APITextChannel }
  | { kind: 'dm'; channel: APIDMChannel; recipient: APIUser };

export class DiscordState {
  readonly waiters: Waiters;
  readonly guilds = new Map<string, FakeGuild>();
  readonly users = new Map<string, APIUser>();
  readonly webhookAuthorIds = new Set<string>();
  readonly dmChannels = new Map<string, { channel: APIDMChannel; recipient: APIUser }>();
  readonly messages = new Map<string, StoredMessage>();
  /** Ids of messages the bot posted through channel routes, per channel, in order. */
  readonly channelLog = new Map<string, string[]>();
  readonly interactions = new Map<string, InteractionRecord>();
  readonly interactionsByToken = new Map<string, string>();
  /** Messages the bot created with enforce_nonce, by `channel:nonce` (Discord dedupes them for a few minutes). */
  readonly nonces = new Map<string, string>();
  readonly globalCommands: APIApplicationCommand[] = [];
  readonly guildCommands = new Map<string, APIApplicationCommand[]>();
  readonly requests: RecordedRequest[] = [];
  readonly typing: { channelId: string; at: number }[] = [];
  readonly reactions: { channelId: string; messageId: string; emoji: string; added: boolean; at: number }[] = [];
  /** http://127.0.0.1:PORT once listening. */
  origin = '';

  constructor(
    readonly config: StateConfig,
    readonly bot: APIUser,
    readonly applicationId: string,
  ) {
    this.waiters = new Waiters(config.defaultTimeoutMs);
    this.users.set(bot.id, bot);
  }

  get gatewayUrl(): string {
    return this.origin.replace(/^http/, 'ws');
  }

  /** Something was recorded: re-check waiters. */
  changed(): void {
    this.waiters.notify();
  }

  log(line: string): void {
    this.config.log?.(line);
  }

  newId(): string {
    return snowflake();
  }

  findChannel(channelId: string): ChannelLookup | undefined {
    for (const guild of this.guilds.values()) {
      const channel = guild.channels.find((c) => c.id === channelId);
      if (channel) return { kind: 'guild', guild, channel };
    }
    const dm = this.dmChannels.get(channelId);
    return dm ? { kind: 'dm', channel: dm.channel, recipient: dm.recipient } : undefined;
  }

  /** The DM channel between the bot and a user, created on first use. */
  dmChannelFor(user: APIUser): APIDMChannel {
    for (const dm of this.dmChannels.values()) if (dm.recipient.id === user.id) return dm.channel;
    const channel: APIDMChannel = {
      id: snowflake(),
      type: ChannelType.DM,
      last_message_id: null,
      flags: 0 as ChannelFlags,
      recipients: [user],
      name: null,
    };
    this.dmChannels.set(channel.id, { channel, recipient: user });
    return channel;
  }

  storeMessage(stored: Omit<StoredMessage, 'deleted' | 'history'>): StoredMessage {
    const full: StoredMessage = { ...stored, deleted: false, history: [] };
    this.messages.set(stored.message.id, full);
    if (stored.origin === 'channel') {
      const log = this.channelLog.get(stored.message.channel_id) ?? [];
      log.push(stored.message.id);
      this.channelLog.set(stored.message.channel_id, log);
    }
    return full;
  }

  replaceMessage(id: string, next: APIMessage): StoredMessage {
    const stored = this.messages.get(id);
    if (!stored) throw new Error(`no stored message ${id}`);
    stored.history.push(stored.message);
    stored.message = next;
    return stored;
  }

  /** Users mentioned in content that the server knows about. */
  knownUsers(ids: readonly string[]): APIUser[] {
    return ids.flatMap((id) => {
      const user = this.users.get(id);
      return user ? [user] : [];
    });
  }
}

export type { ReceivedFile };
