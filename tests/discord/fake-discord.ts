/**
 * A Discord-compatible server on 127.0.0.1 for end-to-end tests: the real, unmodified discord.js client logs in to it
 * over HTTP (REST under /api/v10) and WebSocket (gateway), and tests drive it with dispatch helpers (slash commands,
 * autocomplete, buttons, messages), inspect what the bot sent, and inject faults.
 *
 *   const fake = await startFakeDiscord();
 *   const client = new Client({ intents, rest: { api: fake.apiBase } });
 *   await client.login(fake.token);
 *   const { id } = fake.slashCommand({ name: 'ask', options: { question: 'Who met?' } });
 *   const reply = await fake.waitForOriginalResponse(id);
 *   ...
 *   await client.destroy(); await fake.close();
 *
 * Built on node:http and ws only. Files: state.ts (what is stored/recorded), rest.ts (HTTP API), gateway.ts
 * (WebSocket), interactions.ts (dispatch payloads), fixtures.ts (guilds, users, roles), messages.ts (limits, errors),
 * commands.ts (command registration), snowflake.ts (ids and shard routing), waiters.ts (bounded waits).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { randomBytes } from 'node:crypto';
import {
  GatewayDispatchEvents,
  GatewayIntentBits,
  InteractionResponseType,
  MessageFlags,
  type APIApplicationCommand,
  type APIApplicationCommandOptionChoice,
  type APIInteraction,
  type APIMessage,
  type APIRole,
  type APIUser,
} from 'discord-api-types/v10';
import { guildCreatePayload, makeGuild, makeMember, makeRole, makeUser, type FakeGuild, type GuildSpec } from './fixtures.js';
import {
  Gateway,
  type ConnectionRecord,
  type DispatchRecord,
  type DispatchTarget,
  type GatewayStats,
  type IdentifyRecord,
  type ResumeRecord,
} from './gateway.js';
import {
  buildAutocomplete,
  buildComponent,
  buildMessageCreate,
  buildSlashCommand,
  gatewayMessage,
  type AutocompleteInit,
  type BuiltInteraction,
  type ComponentInit,
  type MessageCreateInit,
  type SlashCommandInit,
} from './interactions.js';
import { RestApi, type RestFault } from './rest.js';
import { snowflake } from './snowflake.js';
import { DiscordState, type InteractionEvent, type InteractionRecord, type RecordedRequest, type StoredMessage } from './state.js';

export { guildIdForShard, shardForGuild, snowflake, isSnowflake, snowflakeTimestamp } from './snowflake.js';
export { ALL_PERMISSIONS, DEFAULT_BOT_PERMISSIONS, EVERYONE_PERMISSIONS, type FakeGuild, type GuildSpec } from './fixtures.js';
export { filterByIntents } from './gateway.js';
export type { ConnectionRecord, DispatchRecord, DispatchTarget, GatewayStats, IdentifyRecord, ResumeRecord } from './gateway.js';
export type { AutocompleteInit, ComponentInit, InvokerOptions, MessageCreateInit, OptionValues, SlashCommandInit } from './interactions.js';
export type { RestFault } from './rest.js';
export type { InteractionEvent, InteractionRecord, RecordedFile, RecordedRequest, StoredMessage } from './state.js';
export { WaitTimeoutError } from './waiters.js';

export interface FakeDiscordOptions {
  /** The bot token the server accepts (REST `Authorization: Bot <token>` and IDENTIFY). Default: a random token-shaped string. */
  token?: string;
  bot?: { id?: string; username?: string };
  applicationId?: string;
  /** Guilds the bot is in; default one guild with a #general text channel, Admin and Member roles. */
  guilds?: GuildSpec[];
  /** `shards` answered by GET /gateway/bot (the client only uses it with shards: 'auto'). Default 1. */
  shards?: number;
  /** session_start_limit.max_concurrency; default 16 so several shards identify at once. */
  maxConcurrency?: number;
  /** session_start_limit.total; remaining = total - identifies so far. Default 1000. */
  sessionStartLimit?: number;
  /** HELLO heartbeat_interval in ms; default 1000 (Discord: 41250). */
  heartbeatIntervalMs?: number;
  /** Default timeout of every wait helper in ms; default 5000. */
  timeoutMs?: number;
  /** Enforce Discord's limits (message/embed sizes, empty messages, command definitions, choices); default true. */
  validate?: boolean;
  /**
   * Answer interaction callbacks that come later than this (ms after dispatch) with 404 Unknown interaction, as
   * Discord does after 3 s. Default 3000; null turns it off (the latency is still recorded on the callback event).
   */
  interactionDeadlineMs?: number | null;
  /** Interaction webhook calls (edits, follow-ups) after this get 401 Invalid Webhook Token. Default 15 min. */
  interactionTokenTtlMs?: number;
  /** Echo the bot's own non-ephemeral messages back as MESSAGE_CREATE/UPDATE/DELETE like Discord; default true. */
  echoBotMessages?: boolean;
  /** Privileged intents enabled in the "developer portal"; IDENTIFY with a disabled one is closed with 4014. Default all on. */
  privilegedIntents?: { guildMembers?: boolean; presences?: boolean; messageContent?: boolean };
  /** Debug log sink (e.g. console.log). */
  log?: (line: string) => void;
}

export interface WaitOptions {
  timeoutMs?: number;
}

/** What a dispatched interaction returns: its id and token, the payload sent, and ways to await the bot's answer. */
export interface InteractionHandle {
  id: string;
  token: string;
  payload: APIInteraction;
  guildId: string | null;
  channelId: string;
  user: APIUser;
  /** The first interaction callback (reply, defer, update, autocomplete result, modal). */
  response(options?: WaitOptions): Promise<InteractionCallback>;
  /** The @original message once it is no longer a "thinking…" placeholder and satisfies `predicate`. */
  originalResponse(predicate?: (m: APIMessage) => boolean, options?: WaitOptions): Promise<APIMessage>;
}

export type InteractionCallback = Extract<InteractionEvent, { kind: 'callback' }>;

export interface MessageHandle {
  id: string;
  channelId: string;
  guildId: string | null;
  message: APIMessage;
  dispatch: DispatchRecord;
  /** The bot's reply to this message (a channel message whose message_reference points at it). */
  waitForReply(predicate?: (m: APIMessage) => boolean, options?: WaitOptions): Promise<APIMessage>;
}

function randomToken(botId: string): string {
  return `${Buffer.from(botId).toString('base64url')}.${randomBytes(4).toString('base64url')}.${randomBytes(28).toString('base64url')}`;
}

export class FakeDiscord {
  readonly state: DiscordState;
  readonly rest: RestApi;
  readonly gateway: Gateway;
  readonly #server: Server;
  readonly #sockets = new Set<Socket>();
  readonly #echo: boolean;
  /** A member with only the Member role. */
  readonly defaultUser: APIUser;
  /** A member with the Admin role (ADMINISTRATOR | MANAGE_GUILD). */
  readonly adminUser: APIUser;
  readonly #ownerId: string;
  #closed = false;

  constructor(options: FakeDiscordOptions = {}) {
    const botId = options.bot?.id ?? snowflake();
    const bot = makeUser({ id: botId, username: options.bot?.username ?? 'summit-bot', bot: true, globalName: null });
    const token = options.token ?? randomToken(botId);
    const privileged = options.privilegedIntents ?? {};
    this.state = new DiscordState(
      {
        token,
        heartbeatIntervalMs: options.heartbeatIntervalMs ?? 1000,
        recommendedShards: options.shards ?? 1,
        maxConcurrency: options.maxConcurrency ?? 16,
        sessionStartTotal: options.sessionStartLimit ?? 1000,
        defaultTimeoutMs: options.timeoutMs ?? 5000,
        validate: options.validate ?? true,
        interactionDeadlineMs: options.interactionDeadlineMs === undefined ? 3000 : options.interactionDeadlineMs,
        interactionTokenTtlMs: options.interactionTokenTtlMs ?? 15 * 60 * 1000,
        privilegedIntents: {
          guildMembers: privileged.guildMembers ?? true,
          presences: privileged.presences ?? true,
          messageContent: privileged.messageContent ?? true,
        },
        ...(options.log ? { log: options.log } : {}),
      },
      bot,
      options.applicationId ?? botId,
    );
    this.#echo = options.echoBotMessages ?? true;
    const owner = makeUser({ username: 'guild-owner' });
    this.state.users.set(owner.id, owner);
    this.#ownerId = owner.id;
    for (const spec of options.guilds ?? [{}]) {
      const guild = makeGuild(spec, bot, owner.id);
      guild.members.set(owner.id, makeMember(owner, [guild.adminRoleId]));
      this.state.guilds.set(guild.id, guild);
    }
    this.defaultUser = this.makeUser({ username: 'alice' });
    this.adminUser = this.makeAdmin({ username: 'ada-admin' });
    this.rest = new RestApi(this.state, (event, stored) => this.#echoMessage(event, stored));
    this.rest.identifyCount = () => this.gateway.stats.identifies;
    this.gateway = new Gateway(this.state);
    this.#server = createServer((req, res) => {
      this.rest.handle(req, res).catch((error: unknown) => {
        this.state.log(`[rest] unexpected failure: ${error instanceof Error ? error.stack : String(error)}`);
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ message: 'fake discord internal error', code: 0 }));
      });
    });
    this.#server.on('connection', (socket: Socket) => {
      this.#sockets.add(socket);
      socket.on('close', () => this.#sockets.delete(socket));
    });
    this.#server.on('upgrade', (req, socket: Socket, head: Buffer) => this.gateway.handleUpgrade(req, socket, head));
  }

  async listen(): Promise<this> {
    await new Promise<void>((resolve, reject) => {
      this.#server.once('error', reject);
      this.#server.listen(0, '127.0.0.1', () => {
        this.#server.off('error', reject);
        resolve();
      });
    });
    const { port } = this.#server.address() as AddressInfo;
    this.state.origin = `http://127.0.0.1:${port}`;
    return this;
  }

  /** Stop everything: reject pending waits, terminate sockets, close the server. Idempotent. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.state.waiters.closeAll('fake discord was closed while waiting');
    this.gateway.close();
    for (const socket of this.#sockets) socket.destroy();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 2000);
      this.#server.close(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  // ---- addresses and identity -------------------------------------------------------------------------------------

  get port(): number {
    return Number(new URL(this.state.origin).port);
  }
  /** http://127.0.0.1:PORT */
  get origin(): string {
    return this.state.origin;
  }
  /** http://127.0.0.1:PORT/api: pass as `rest: { api }` to discord.js (it appends /v10). */
  get apiBase(): string {
    return `${this.state.origin}/api`;
  }
  /** ws://127.0.0.1:PORT, as handed out by GET /gateway/bot. */
  get gatewayUrl(): string {
    return this.state.gatewayUrl;
  }
  get token(): string {
    return this.state.config.token;
  }
  get bot(): APIUser {
    return this.state.bot;
  }
  get applicationId(): string {
    return this.state.applicationId;
  }
  /** The first guild. */
  get guild(): FakeGuild {
    const first = [...this.state.guilds.values()][0];
    if (!first) throw new Error('fake discord has no guild');
    return first;
  }
  get guilds(): FakeGuild[] {
    return [...this.state.guilds.values()];
  }

  // ---- state setup ----------------------------------------------------------------------------------------------------

  /** Add a guild; when a session already serves its shard, it gets the GUILD_CREATE (the bot "joins"). */
  addGuild(spec: GuildSpec = {}): FakeGuild {
    const guild = makeGuild(spec, this.state.bot, this.#ownerId);
    this.state.guilds.set(guild.id, guild);
    const owner = this.state.users.get(this.#ownerId);
    if (owner) guild.members.set(owner.id, makeMember(owner, [guild.adminRoleId]));
    for (const user of [this.defaultUser, this.adminUser]) {
      guild.members.set(user.id, makeMember(user, user === this.adminUser ? [guild.adminRoleId, guild.memberRoleId] : [guild.memberRoleId]));
    }
    const session = this.gateway.sessionFor({ guildId: guild.id });
    if (session?.resumable) {
      const allMembers = (session.intents & GatewayIntentBits.GuildMembers) !== 0;
      this.dispatch(GatewayDispatchEvents.GuildCreate, guildCreatePayload(guild, this.state.bot.id, allMembers), { guildId: guild.id });
    }
    return guild;
  }

  /** Add a role to a guild (default the first); a connected bot gets GUILD_ROLE_CREATE, as when an admin makes one. */
  addRole(init: { id?: string; name: string; permissions?: bigint }, guildId: string = this.guild.id): APIRole {
    const guild = this.state.guilds.get(guildId);
    if (!guild) throw new Error(`fake discord has no guild ${guildId}`);
    const role = makeRole({ ...init, permissions: init.permissions ?? 0n, position: guild.roles.length });
    guild.roles.push(role);
    if (this.gateway.sessionFor({ guildId })?.resumable) this.dispatch(GatewayDispatchEvents.GuildRoleCreate, { guild_id: guildId, role }, { guildId });
    return role;
  }

  /** A regular user, member of every guild with the Member role (or `roles`, in every guild). */
  makeUser(init: { username?: string; id?: string; roles?: string[]; guildIds?: string[] } = {}): APIUser {
    const user = makeUser({ username: init.username ?? `user-${this.state.users.size}`, ...(init.id ? { id: init.id } : {}) });
    this.#join(user, init.guildIds, (g) => init.roles ?? [g.memberRoleId]);
    return user;
  }

  /** A member with the Admin role (ADMINISTRATOR | MANAGE_GUILD) in every guild. */
  makeAdmin(init: { username?: string; id?: string } = {}): APIUser {
    const user = makeUser({ username: init.username ?? `admin-${this.state.users.size}`, ...(init.id ? { id: init.id } : {}) });
    this.#join(user, undefined, (g) => [g.adminRoleId, g.memberRoleId]);
    return user;
  }

  /** Another bot (user.bot = true), member of every guild. */
  makeBotAuthor(init: { username?: string } = {}): APIUser {
    const user = makeUser({ username: init.username ?? `other-bot-${this.state.users.size}`, bot: true, globalName: null });
    this.#join(user, undefined, (g) => [g.memberRoleId]);
    return user;
  }

  /** A webhook author: messages by it carry webhook_id and no member; author.bot is true, discriminator 0000. */
  makeWebhookAuthor(init: { username?: string } = {}): APIUser {
    const user = makeUser({ username: init.username ?? 'Captain Hook', bot: true, globalName: null });
    user.discriminator = '0000';
    this.state.users.set(user.id, user);
    this.state.webhookAuthorIds.add(user.id);
    return user;
  }

  #join(user: APIUser, guildIds: string[] | undefined, roles: (g: FakeGuild) => string[]): void {
    this.state.users.set(user.id, user);
    for (const guild of this.state.guilds.values()) {
      if (guildIds && !guildIds.includes(guild.id)) continue;
      guild.members.set(user.id, makeMember(user, roles(guild)));
    }
  }

  /** `<@id>` for a user (default: the bot). */
  mention(user: APIUser = this.state.bot): string {
    return `<@${user.id}>`;
  }

  // ---- dispatch helpers -----------------------------------------------------------------------------------------------

  /** Send any gateway dispatch to the session owning the guild/shard (intent rules apply). */
  dispatch(t: string, d: unknown, target: DispatchTarget = {}): DispatchRecord {
    return this.gateway.dispatch(t, d, target);
  }

  #dispatchInteraction(built: BuiltInteraction<APIInteraction>, name: string): InteractionHandle {
    const { payload } = built;
    const record: InteractionRecord = {
      id: payload.id,
      token: payload.token,
      type: payload.type,
      name,
      guildId: built.guild?.id ?? null,
      channelId: built.channelId,
      userId: built.user.id,
      payload,
      dispatchedAt: Date.now(),
      events: [],
      followUpIds: [],
    };
    this.state.interactions.set(payload.id, record);
    this.state.interactionsByToken.set(payload.token, payload.id);
    this.dispatch(GatewayDispatchEvents.InteractionCreate, payload, built.guild ? { guildId: built.guild.id } : { shardId: 0 });
    const id = payload.id;
    return {
      id,
      token: payload.token,
      payload,
      guildId: record.guildId,
      channelId: record.channelId,
      user: built.user,
      response: (options) => this.waitForInteractionResponse(id, options),
      originalResponse: (predicate, options) => this.waitForOriginalResponse(id, predicate, options),
    };
  }

  /** INTERACTION_CREATE type 2 (chat input command). */
  slashCommand(init: SlashCommandInit): InteractionHandle {
    return this.#dispatchInteraction(buildSlashCommand(this.state, init, this.defaultUser), init.name);
  }

  /** INTERACTION_CREATE type 4 (autocomplete); `focused` names the option being typed (default: the first). */
  autocomplete(init: AutocompleteInit): InteractionHandle {
    return this.#dispatchInteraction(buildAutocomplete(this.state, init, this.defaultUser), init.name);
  }

  /** INTERACTION_CREATE type 3 for a button on a message the bot sent (looked up in its current, edited state). */
  button(init: Omit<ComponentInit, 'values'>): InteractionHandle {
    return this.#dispatchInteraction(buildComponent(this.state, init, this.defaultUser), init.customId);
  }

  /** INTERACTION_CREATE type 3 for a select menu on a bot message. */
  selectMenu(init: ComponentInit & { values: string[] }): InteractionHandle {
    return this.#dispatchInteraction(buildComponent(this.state, init, this.defaultUser), init.customId);
  }

  /** MESSAGE_CREATE from a user (or bot / webhook author), in a guild channel or a DM. */
  messageCreate(init: MessageCreateInit): MessageHandle {
    const { payload, guild } = buildMessageCreate(this.state, init, this.defaultUser);
    const { guild_id: _g, member: _m, channel_type: _c, mentions, ...rest } = payload;
    const message: APIMessage = { ...rest, mentions: mentions.map((u) => ({ ...u })) };
    this.state.storeMessage({ message, guildId: guild?.id ?? null, origin: 'dispatched' });
    const dispatch = this.dispatch(GatewayDispatchEvents.MessageCreate, payload, guild ? { guildId: guild.id } : { shardId: 0 });
    this.state.changed();
    return {
      id: payload.id,
      channelId: payload.channel_id,
      guildId: guild?.id ?? null,
      message,
      dispatch,
      waitForReply: (predicate, options) =>
        this.waitForChannelMessage(
          payload.channel_id,
          (m) => m.message_reference?.message_id === payload.id && (predicate?.(m) ?? true),
          options,
        ),
    };
  }

  #echoMessage(event: 'create' | 'update' | 'delete', stored: StoredMessage): void {
    if (!this.#echo) return;
    if (((stored.message.flags ?? 0) & MessageFlags.Ephemeral) !== 0) return;
    const target: DispatchTarget = stored.guildId ? { guildId: stored.guildId } : { shardId: 0 };
    const session = this.gateway.sessionFor(target);
    if (!session || !session.resumable) return;
    if (event === 'delete') {
      this.gateway.dispatch(
        GatewayDispatchEvents.MessageDelete,
        { id: stored.message.id, channel_id: stored.message.channel_id, ...(stored.guildId ? { guild_id: stored.guildId } : {}) },
        target,
      );
      return;
    }
    const t = event === 'create' ? GatewayDispatchEvents.MessageCreate : GatewayDispatchEvents.MessageUpdate;
    this.gateway.dispatch(t, gatewayMessage(this.state, stored.message, stored.guildId), target);
  }

  // ---- recorded state -------------------------------------------------------------------------------------------------

  /** Every REST request received, in order (headers untouched, so tests can look for token leaks). */
  get requests(): readonly RecordedRequest[] {
    return this.state.requests;
  }

  interaction(id: string): InteractionRecord {
    const rec = this.state.interactions.get(id);
    if (!rec) throw new Error(`fake discord: no interaction ${id} was dispatched`);
    return rec;
  }

  /** Callback, edits, follow-ups and deletions for one interaction, in order. */
  interactionResponses(id: string): readonly InteractionEvent[] {
    return this.interaction(id).events;
  }

  /** Current state of the @original message of an interaction, if any. */
  originalResponse(id: string): APIMessage | undefined {
    const rec = this.interaction(id);
    return rec.originalMessageId ? this.state.messages.get(rec.originalMessageId)?.message : undefined;
  }

  followUps(id: string): APIMessage[] {
    return this.interaction(id).followUpIds.flatMap((mid) => {
      const m = this.state.messages.get(mid);
      return m && !m.deleted ? [m.message] : [];
    });
  }

  /** Messages the bot posted to a channel through POST /channels/{id}/messages (current versions, not deleted). */
  channelMessages(channelId: string): APIMessage[] {
    return (this.state.channelLog.get(channelId) ?? []).flatMap((id) => {
      const m = this.state.messages.get(id);
      return m && !m.deleted ? [m.message] : [];
    });
  }

  /** Any message the server knows (bot-sent or dispatched), current version. */
  message(id: string): StoredMessage | undefined {
    return this.state.messages.get(id);
  }

  /** Registered commands: global, or of one guild. */
  commands(guildId?: string): readonly APIApplicationCommand[] {
    return guildId ? (this.state.guildCommands.get(guildId) ?? []) : this.state.globalCommands;
  }

  get typing(): readonly { channelId: string; at: number }[] {
    return this.state.typing;
  }
  get reactions(): DiscordState['reactions'] {
    return this.state.reactions;
  }
  get stats(): Readonly<GatewayStats> {
    return this.gateway.stats;
  }
  get identifies(): readonly IdentifyRecord[] {
    return this.gateway.identifies;
  }
  get resumes(): readonly ResumeRecord[] {
    return this.gateway.resumes;
  }
  get connections(): readonly ConnectionRecord[] {
    return this.gateway.connections;
  }
  get dispatches(): readonly DispatchRecord[] {
    return this.gateway.dispatches;
  }

  // ---- waiting ----------------------------------------------------------------------------------------------------------

  /** Resolve with probe()'s first non-undefined value (re-checked on every recorded change), or reject after the timeout. */
  waitFor<T>(probe: () => T | undefined, description: string | (() => string), options: WaitOptions = {}): Promise<T> {
    const describe = typeof description === 'string' ? () => description : description;
    return this.state.waiters.waitFor(probe, describe, options.timeoutMs);
  }

  #describeInteraction(id: string): string {
    const rec = this.state.interactions.get(id);
    if (!rec) return `(interaction ${id} unknown)`;
    const events = rec.events.map((e) => e.kind + (e.kind === 'callback' ? `:${InteractionResponseType[e.type]}` : '')).join(', ') || 'nothing';
    const tried = this.state.requests.filter((r) => r.path.includes(id) || r.path.includes(rec.token)).map((r) => `${r.method} → ${r.status}`);
    return `so far: ${events}; requests: ${tried.join(', ') || 'none'}`;
  }

  /** The first callback the bot made for this interaction. */
  waitForInteractionResponse(id: string, options: WaitOptions = {}): Promise<InteractionCallback> {
    this.interaction(id);
    return this.waitFor(
      () => this.state.interactions.get(id)?.events.find((e): e is InteractionCallback => e.kind === 'callback'),
      () => `a response to interaction ${id} (${this.interaction(id).name}); ${this.#describeInteraction(id)}`,
      options,
    );
  }

  /** The @original message once it is not a loading placeholder and satisfies `predicate`. */
  waitForOriginalResponse(id: string, predicate: (m: APIMessage) => boolean = () => true, options: WaitOptions = {}): Promise<APIMessage> {
    this.interaction(id);
    return this.waitFor(
      () => {
        const m = this.originalResponse(id);
        if (!m || ((m.flags ?? 0) & MessageFlags.Loading) !== 0) return undefined;
        return predicate(m) ? m : undefined;
      },
      () => `the original response of interaction ${id} (${this.interaction(id).name}); current: ${JSON.stringify(this.originalResponse(id)?.content)}; ${this.#describeInteraction(id)}`,
      options,
    );
  }

  /** A follow-up message of an interaction satisfying `predicate`. */
  waitForFollowUp(id: string, predicate: (m: APIMessage) => boolean = () => true, options: WaitOptions = {}): Promise<APIMessage> {
    this.interaction(id);
    return this.waitFor(
      () => this.followUps(id).find(predicate),
      () => `a follow-up to interaction ${id}; ${this.#describeInteraction(id)}`,
      options,
    );
  }

  /** The choices the bot answered an autocomplete interaction with. */
  async waitForAutocompleteChoices(id: string, options: WaitOptions = {}): Promise<APIApplicationCommandOptionChoice[]> {
    const callback = await this.waitForInteractionResponse(id, options);
    if (callback.type !== InteractionResponseType.ApplicationCommandAutocompleteResult) {
      throw new Error(`interaction ${id} was answered with ${InteractionResponseType[callback.type]}, not autocomplete choices`);
    }
    const data = callback.data as { choices?: APIApplicationCommandOptionChoice[] } | undefined;
    return data?.choices ?? [];
  }

  /** A message the bot posted to the channel (through the channel route) satisfying `predicate`; `after`: only ids newer than it. */
  waitForChannelMessage(
    channelId: string,
    predicate: (m: APIMessage) => boolean = () => true,
    options: WaitOptions & { after?: string } = {},
  ): Promise<APIMessage> {
    const after = options.after ? BigInt(options.after) : undefined;
    return this.waitFor(
      () => this.channelMessages(channelId).find((m) => (after === undefined || BigInt(m.id) > after) && predicate(m)),
      () => `a bot message in channel ${channelId}; it has ${this.channelMessages(channelId).length} matching none: ${JSON.stringify(this.channelMessages(channelId).map((m) => m.content).slice(-3))}`,
      options,
    );
  }

  /** An answered REST request matching method and path (RegExp on the decoded path, or an exact path). */
  waitForRequest(method: string, path: RegExp | string, predicate: (r: RecordedRequest) => boolean = () => true, options: WaitOptions = {}): Promise<RecordedRequest> {
    const m = method.toUpperCase();
    const matches = (r: RecordedRequest): boolean => r.method === m && (typeof path === 'string' ? r.path === path : path.test(r.path));
    return this.waitFor(
      () => this.state.requests.find((r) => r.status !== 0 && matches(r) && predicate(r)),
      () => `${m} ${String(path)}; seen: ${this.state.requests.slice(-5).map((r) => `${r.method} ${r.path} ${r.status}`).join(' | ')}`,
      options,
    );
  }

  /** The shard's newest session is connected and the server has sent READY/RESUMED (the client may still be processing it). */
  waitForShardReady(shardId = 0, options: WaitOptions = {}): Promise<true> {
    return this.waitFor(() => (this.gateway.isLive(shardId) ? true : undefined), `shard ${shardId} to be connected and ready`, options);
  }

  /** A gateway counter (identifies, resumes, connections, ...) reaching at least `atLeast`. */
  waitForStat(name: keyof GatewayStats, atLeast: number, options: WaitOptions = {}): Promise<number> {
    return this.waitFor(
      () => (this.gateway.stats[name] >= atLeast ? this.gateway.stats[name] : undefined),
      () => `gateway ${name} >= ${atLeast} (now ${this.gateway.stats[name]}); stats ${JSON.stringify(this.gateway.stats)}`,
      options,
    );
  }

  // ---- fault injection ----------------------------------------------------------------------------------------------------

  /** Close the gateway socket(s) with a code (1006: drop TCP without a close frame). Returns the number closed. */
  closeGateway(code = 4000, options: { shardId?: number; reason?: string } = {}): number {
    return this.gateway.closeConnections(code, options);
  }

  /** op 7 RECONNECT. */
  sendReconnect(shardId?: number): number {
    return this.gateway.sendReconnect(shardId);
  }

  /**
   * op 9 INVALID SESSION (resumable or not). Not resumable: the client closes, waits ~0.5 s and re-identifies, and
   * @discordjs/ws's identify throttle adds up to 5-6.5 s when the previous IDENTIFY was under 5 s ago.
   * Inject gateway faults only once the client has handled READY/RESUMED (e.g. after an interaction round trip):
   * discord.js 14.28 crashes in its RESUMED handler (shard.sessionInfo is null) if op 9 false lands right behind it.
   */
  sendInvalidSession(resumable: boolean, shardId?: number): number {
    return this.gateway.sendInvalidSession(resumable, shardId);
  }

  /** Stop answering heartbeats with op 11 (the client then declares the connection zombied and resumes). */
  stopHeartbeatAcks(shardId?: number): void {
    this.gateway.setHeartbeatAcks(false, shardId);
  }

  resumeHeartbeatAcks(shardId?: number): void {
    this.gateway.setHeartbeatAcks(true, shardId);
  }

  /** Server-sent op 1: ask for an immediate heartbeat. */
  requestHeartbeat(shardId?: number): number {
    return this.gateway.requestHeartbeat(shardId);
  }

  /** Refuse the next RESUME(s) with op 9 false, forcing a fresh IDENTIFY. */
  rejectNextResume(count = 1): void {
    this.gateway.rejectNextResumes(count);
  }

  /**
   * Forget what was recorded (answered requests, dispatch and session logs beyond the last 1000 frames, typing,
   * interactions and messages), so a long soak keeps the server's memory flat. `keep(id)` spares the interactions
   * and messages (by id, or by their interaction's id) still awaited; requests still being answered stay.
   */
  forgetHistory(keep: (id: string) => boolean = () => false): void {
    const pending = this.state.requests.filter((r) => r.status === 0);
    this.state.requests.splice(0, this.state.requests.length, ...pending);
    this.state.typing.splice(0);
    this.state.reactions.splice(0);
    this.state.nonces.clear();
    this.gateway.dispatches.splice(0);
    for (const session of this.gateway.sessions) session.log.splice(0, Math.max(0, session.log.length - 1000));
    for (const [id, rec] of this.state.interactions) {
      if (keep(id)) continue;
      this.state.interactions.delete(id);
      this.state.interactionsByToken.delete(rec.token);
    }
    for (const [id, stored] of this.state.messages) {
      if (!keep(id) && !(stored.interactionId && keep(stored.interactionId))) this.state.messages.delete(id);
    }
    for (const [channelId, ids] of this.state.channelLog) this.state.channelLog.set(channelId, ids.filter((id) => this.state.messages.has(id)));
  }

  /** Queue a one-shot REST fault (429 / 5xx / delay / dropped connection) for matching requests. */
  failNext(method: string, path: RegExp | string, fault: RestFault): void {
    this.rest.failNext(method, path, fault);
  }

  clearFaults(): void {
    this.rest.clearFaults();
  }
}

/** Start a fake Discord on 127.0.0.1 with a random port. Always `await fake.close()` when done. */
export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  return new FakeDiscord(options).listen();
}
