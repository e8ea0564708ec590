/**
 * The fake REST API under /api/v10: request parsing (JSON and multipart), recording of every request, one-shot fault
 * injection per route, bot-token checks, and the routes a bot uses (gateway info, users, applications and commands,
 * interaction callbacks and webhook edits/follow-ups, channel messages, typing, reactions, guilds and members).
 */
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import {
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  MessageType,
  PermissionFlagsBits,
  type APIApplicationCommand,
  type APIMessage,
  type APIUser,
  type RESTPostAPIInteractionCallbackWithResponseResult,
} from 'discord-api-types/v10';
import { normalizeCommand, validateCommand, validateCommandList } from './commands.js';
import { computePermissions, guildCreatePayload, type FakeGuild } from './fixtures.js';
import {
  ApiError,
  FormErrors,
  apiErrors,
  applyEdit,
  asMessageBody,
  attachmentsFor,
  buildMessage,
  checkMessageLimits,
  isEmptyMessage,
  isRecord,
  parseMentions,
  type MessageBody,
  type ReceivedFile,
} from './messages.js';
import type { ChannelLookup, DiscordState, InteractionRecord, RecordedRequest, StoredMessage } from './state.js';
import { delay } from './waiters.js';

export interface RestFault {
  /** Answer with this status instead of handling the request. Omit to only delay. */
  status?: number;
  /** JSON body of the faulty answer; defaults to a Discord-like error body for the status. */
  body?: unknown;
  /** Extra headers. For 429, Retry-After / X-RateLimit-* are derived from body.retry_after unless given here. */
  headers?: Record<string, string>;
  /** Wait this long first (then answer with the fault, or handle normally when there is no status). */
  delayMs?: number;
  /** Destroy the TCP connection without answering (the client sees a network error). */
  dropConnection?: boolean;
  /** How many matching requests this fault applies to; default 1. */
  times?: number;
}

interface QueuedFault {
  method: string;
  pattern: RegExp;
  fault: RestFault;
  remaining: number;
  description: string;
}

export type MessageHook = (event: 'create' | 'update' | 'delete', stored: StoredMessage) => void;

interface RouteContext {
  method: string;
  path: string;
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
  files: ReceivedFile[];
  record: RecordedRequest;
}

interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

interface Route {
  method: string;
  pattern: string;
  auth: boolean;
  regex: RegExp;
  keys: string[];
  handler: (ctx: RouteContext) => RouteResult;
}

/** Turn '/channels/:channel/messages' into a RegExp (also used for fault patterns given as strings). */
export function routePattern(pattern: string): { regex: RegExp; keys: string[] } {
  const keys: string[] = [];
  const source = pattern
    .split('/')
    .map((segment) => {
      if (segment.startsWith(':')) {
        keys.push(segment.slice(1));
        return '([^/]+)';
      }
      return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return { regex: new RegExp(`^${source}$`), keys };
}

const json = (body: unknown, status = 200): RouteResult => ({ status, body });
const noContent = (): RouteResult => ({ status: 204 });

/** A multipart/form-data body split into text fields and files. */
export function parseMultipart(buffer: Buffer, boundary: string): { fields: Map<string, string>; files: ReceivedFile[] } {
  const fields = new Map<string, string>();
  const files: ReceivedFile[] = [];
  const delimiter = Buffer.from(`--${boundary}`);
  let start = buffer.indexOf(delimiter);
  while (start !== -1) {
    const partStart = start + delimiter.length;
    if (buffer.subarray(partStart, partStart + 2).toString() === '--') break;
    const next = buffer.indexOf(delimiter, partStart);
    if (next === -1) break;
    // Part = \r\n headers \r\n\r\n content \r\n
    const part = buffer.subarray(partStart + 2, next - 2);
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd !== -1) {
      const headers = part.subarray(0, headerEnd).toString('utf8');
      const content = part.subarray(headerEnd + 4);
      const disposition = /content-disposition:[^\r\n]*/i.exec(headers)?.[0] ?? '';
      const name = /\bname="([^"]*)"/i.exec(disposition)?.[1] ?? '';
      const filename = /\bfilename="([^"]*)"/i.exec(disposition)?.[1];
      const contentType = /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1]?.trim() ?? 'application/octet-stream';
      if (filename !== undefined) {
        files.push({ field: name, filename, contentType, size: content.length, data: Buffer.from(content) });
      } else {
        fields.set(name, content.toString('utf8'));
      }
    }
    start = next;
  }
  return { fields, files };
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new ApiError(413, { message: 'Request entity too large', code: 40005 }));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function defaultFaultBody(status: number): Record<string, unknown> {
  if (status === 429) return { message: 'You are being rate limited.', retry_after: 0.1, global: false, code: 0 };
  return { message: `${status}: ${STATUS_CODES[status] ?? 'Error'}`, code: 0 };
}

export class RestApi {
  readonly #faults: QueuedFault[] = [];
  readonly #routes: Route[] = [];
  #seq = 0;

  constructor(
    private readonly state: DiscordState,
    private readonly onMessage: MessageHook,
  ) {
    this.#defineRoutes();
  }

  // ---- faults ------------------------------------------------------------------------------------------------------

  /**
   * Queue a one-shot fault for requests matching method ('*' for any) and path (RegExp tested against the decoded
   * path after /api/v10, or a '/interactions/:id/:token/callback'-style pattern). Faults apply in the order queued.
   */
  failNext(method: string, path: RegExp | string, fault: RestFault): void {
    const pattern = typeof path === 'string' ? routePattern(path).regex : path;
    const times = fault.times ?? 1;
    if (!Number.isInteger(times) || times < 1) throw new Error(`fault.times must be a positive integer, got ${times}`);
    this.#faults.push({
      method: method.toUpperCase(),
      pattern,
      fault,
      remaining: times,
      description: `${method.toUpperCase()} ${String(path)} → ${fault.dropConnection ? 'dropped connection' : (fault.status ?? 'handled')}${fault.delayMs ? ` after ${fault.delayMs} ms` : ''}`,
    });
  }

  get pendingFaults(): number {
    return this.#faults.reduce((n, f) => n + f.remaining, 0);
  }

  clearFaults(): void {
    this.#faults.length = 0;
  }

  #takeFault(method: string, path: string): QueuedFault | undefined {
    const index = this.#faults.findIndex((f) => (f.method === '*' || f.method === method) && f.pattern.test(path));
    if (index === -1) return undefined;
    const fault = this.#faults[index];
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.#faults.splice(index, 1);
    return fault;
  }

  // ---- HTTP --------------------------------------------------------------------------------------------------------

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    const prefix = '/api/v10';
    const rawPath = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) || '/' : url.pathname;
    let path: string;
    try {
      path = rawPath
        .split('/')
        .map((s) => decodeURIComponent(s))
        .join('/');
    } catch {
      path = rawPath;
    }
    const record: RecordedRequest = {
      seq: ++this.#seq,
      at: Date.now(),
      method,
      path,
      url: req.url ?? '',
      query: Object.fromEntries(url.searchParams),
      headers: { ...req.headers },
      rawBody: '',
      body: undefined,
      files: [],
      status: 0,
      responseBody: undefined,
    };

    const send = (result: RouteResult): void => {
      record.status = result.status;
      record.responseBody = result.body;
      if (!res.headersSent) {
        // Every response with a body is JSON. A 204 has no body and must not claim JSON: @discordjs/rest calls
        // res.json() whenever Content-Type is application/json, which throws "Unexpected end of JSON input".
        const noBody = result.status === 204 || result.body === undefined;
        res.writeHead(result.status, { ...(noBody ? {} : { 'Content-Type': 'application/json' }), ...result.headers });
        res.end(noBody ? undefined : JSON.stringify(result.body));
      }
      this.state.changed();
    };

    let files: ReceivedFile[] = [];
    try {
      const buffer = await readBody(req, 25 * 1024 * 1024);
      const contentType = req.headers['content-type'] ?? '';
      if (buffer.length > 0) {
        const boundary = /multipart\/form-data;.*boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
        if (boundary) {
          const parsed = parseMultipart(buffer, boundary[1] ?? boundary[2] ?? '');
          files = parsed.files;
          record.files = files.map((f) => ({ field: f.field, filename: f.filename, contentType: f.contentType, size: f.size }));
          record.rawBody = [...parsed.fields.values()].join('\n');
          const payload = parsed.fields.get('payload_json');
          record.body = payload === undefined ? Object.fromEntries(parsed.fields) : JSON.parse(payload);
        } else {
          record.rawBody = buffer.toString('utf8');
          record.body = JSON.parse(record.rawBody);
        }
      }
    } catch (error) {
      this.state.requests.push(record);
      send(error instanceof ApiError ? { status: error.status, body: error.body } : { status: 400, body: apiErrors.badJson().body });
      return;
    }
    this.state.requests.push(record);
    this.state.log(`[rest] ${method} ${path}${url.search}`);
    this.state.changed();

    const fault = this.#takeFault(method, path);
    if (fault) {
      record.fault = fault.description;
      if (fault.fault.delayMs) await delay(fault.fault.delayMs);
      if (fault.fault.dropConnection) {
        record.status = 0;
        req.socket.destroy();
        this.state.changed();
        return;
      }
      if (fault.fault.status !== undefined) {
        const status = fault.fault.status;
        const body = fault.fault.body ?? defaultFaultBody(status);
        const headers: Record<string, string> = {};
        if (status === 429) {
          const retryAfter = isRecord(body) && typeof body.retry_after === 'number' ? body.retry_after : 0.1;
          const global = isRecord(body) && body.global === true;
          headers['Retry-After'] = String(retryAfter);
          headers['X-RateLimit-Limit'] = '5';
          headers['X-RateLimit-Remaining'] = '0';
          headers['X-RateLimit-Reset-After'] = String(retryAfter);
          headers['X-RateLimit-Reset'] = String((Date.now() / 1000 + retryAfter).toFixed(3));
          headers['X-RateLimit-Scope'] = global ? 'global' : 'user';
          if (global) headers['X-RateLimit-Global'] = 'true';
        }
        send({ status, body, headers: { ...headers, ...fault.fault.headers } });
        return;
      }
    }

    try {
      send(this.#route(method, path, record.query, record.body, files, record, req.headers.authorization));
    } catch (error) {
      if (error instanceof ApiError) {
        send({ status: error.status, body: error.body });
      } else {
        const message = error instanceof Error ? error.message : String(error);
        this.state.log(`[rest] handler crashed on ${method} ${path}: ${message}`);
        send({ status: 500, body: { message: `fake discord handler error: ${message}`, code: 0 } });
      }
    }
  }

  #route(
    method: string,
    path: string,
    query: Record<string, string>,
    body: unknown,
    files: ReceivedFile[],
    record: RecordedRequest,
    authorization: string | undefined,
  ): RouteResult {
    let pathMatched = false;
    for (const route of this.#routes) {
      const match = route.regex.exec(path);
      if (!match) continue;
      pathMatched = true;
      if (route.method !== method) continue;
      if (route.auth && authorization !== `Bot ${this.state.config.token}`) throw apiErrors.unauthorized();
      const params: Record<string, string> = {};
      route.keys.forEach((key, i) => {
        params[key] = match[i + 1] ?? '';
      });
      return route.handler({ method, path, params, query, body, files, record });
    }
    throw pathMatched ? apiErrors.methodNotAllowed() : apiErrors.notFound();
  }

  #add(method: string, pattern: string, auth: boolean, handler: (ctx: RouteContext) => RouteResult): void {
    const { regex, keys } = routePattern(pattern);
    this.#routes.push({ method, pattern, auth, regex, keys, handler });
  }

  // ---- helpers -----------------------------------------------------------------------------------------------------

  #guild(guildId: string): FakeGuild {
    const guild = this.state.guilds.get(guildId);
    if (!guild) throw apiErrors.unknownGuild();
    return guild;
  }

  #botPermissions(guild: FakeGuild): bigint {
    const me = guild.members.get(this.state.bot.id);
    return computePermissions(guild, me?.roles ?? [], this.state.bot.id);
  }

  #checkApp(appId: string | undefined): void {
    if (appId !== this.state.applicationId) throw apiErrors.unknownApplication();
  }

  #interactionByToken(appId: string | undefined, token: string | undefined): InteractionRecord {
    if (appId !== this.state.applicationId) throw apiErrors.unknownWebhook();
    const id = this.state.interactionsByToken.get(token ?? '');
    const rec = id ? this.state.interactions.get(id) : undefined;
    if (!rec) throw apiErrors.unknownWebhook();
    if (Date.now() - rec.dispatchedAt > this.state.config.interactionTokenTtlMs) throw apiErrors.invalidWebhookToken();
    return rec;
  }

  /** Users a message mentions and pings, following allowed_mentions like Discord. */
  #mentions(content: string, allowed: unknown, repliedAuthor: APIUser | undefined): APIUser[] {
    const parsed = parseMentions(content);
    let userIds = parsed.userIds;
    let includeReplied = repliedAuthor !== undefined;
    if (isRecord(allowed)) {
      const parse = Array.isArray(allowed.parse) ? allowed.parse : [];
      const explicit = Array.isArray(allowed.users) ? allowed.users.map(String) : [];
      userIds = parse.includes('users') ? userIds : userIds.filter((id) => explicit.includes(id));
      includeReplied = includeReplied && allowed.replied_user === true;
    }
    const users = this.state.knownUsers(userIds);
    if (includeReplied && repliedAuthor && !users.some((u) => u.id === repliedAuthor.id)) users.push(repliedAuthor);
    return users;
  }

  #validateNewMessage(body: MessageBody, files: readonly ReceivedFile[], path: (string | number)[] = []): void {
    if (!this.state.config.validate) return;
    const fe = new FormErrors();
    checkMessageLimits(body, fe, path);
    fe.throwIfAny();
    if (isEmptyMessage({ ...body, attachments: files.length > 0 ? files : body.attachments })) throw apiErrors.emptyMessage();
  }

  #validateEdit(body: MessageBody, merged: APIMessage): void {
    if (!this.state.config.validate) return;
    const fe = new FormErrors();
    checkMessageLimits(body, fe);
    fe.throwIfAny();
    if (isEmptyMessage(merged)) throw apiErrors.emptyMessage();
  }

  #liveMessage(id: string | undefined): StoredMessage {
    const stored = id ? this.state.messages.get(id) : undefined;
    if (!stored || stored.deleted) throw apiErrors.unknownMessage();
    return stored;
  }

  // ---- interaction responses -----------------------------------------------------------------------------------------

  #createInteractionMessage(
    rec: InteractionRecord,
    body: MessageBody,
    files: readonly ReceivedFile[],
    origin: 'interaction-original' | 'interaction-followup',
    extraFlags: number,
  ): StoredMessage {
    const payload = rec.payload;
    const user = payload.member?.user ?? payload.user;
    const isCommand = rec.type === InteractionType.ApplicationCommand;
    const keep = MessageFlags.Ephemeral | MessageFlags.SuppressEmbeds | MessageFlags.SuppressNotifications | MessageFlags.IsComponentsV2;
    const id = this.state.newId();
    const message = buildMessage({
      id,
      channelId: rec.channelId,
      author: this.state.bot,
      body: { ...body, message_reference: null },
      type: origin === 'interaction-original' && isCommand ? MessageType.ChatInputCommand : MessageType.Default,
      attachments: attachmentsFor(rec.channelId, body, files, () => this.state.newId()),
      mentions: this.#mentions(body.content ?? '', body.allowed_mentions, undefined),
      webhookId: this.state.applicationId,
      applicationId: this.state.applicationId,
      flags: ((body.flags ?? 0) & keep) | extraFlags,
    });
    if (user) {
      message.interaction_metadata = {
        id: rec.id,
        type: rec.type,
        user,
        authorizing_integration_owners: payload.authorizing_integration_owners,
        ...(origin === 'interaction-followup' && rec.originalMessageId ? { original_response_message_id: rec.originalMessageId } : {}),
        ...(rec.type === InteractionType.MessageComponent && payload.message ? { interacted_message_id: payload.message.id } : {}),
      } as APIMessage['interaction_metadata'];
      if (isCommand) message.interaction = { id: rec.id, type: rec.type, name: rec.name, user };
    }
    return this.state.storeMessage({ message, guildId: rec.guildId, origin, interactionId: rec.id });
  }

  #callback(ctx: RouteContext): RouteResult {
    const rec = this.state.interactions.get(ctx.params.id ?? '');
    if (!rec || rec.token !== ctx.params.token) throw apiErrors.unknownInteraction();
    if (rec.events.some((e) => e.kind === 'callback')) throw apiErrors.alreadyAcknowledged();
    const deadline = this.state.config.interactionDeadlineMs;
    if (deadline !== null && Date.now() - rec.dispatchedAt > deadline) {
      this.state.log(`[rest] callback for interaction ${rec.id} came ${Date.now() - rec.dispatchedAt} ms after dispatch (limit ${deadline})`);
      throw apiErrors.unknownInteraction();
    }
    if (!isRecord(ctx.body) || typeof ctx.body.type !== 'number') {
      const fe = new FormErrors();
      fe.add(['type'], 'BASE_TYPE_REQUIRED', 'This field is required');
      fe.throwIfAny();
      throw apiErrors.badJson();
    }
    const type = ctx.body.type as InteractionResponseType;
    const data = ctx.body.data;
    const invalidType = (): never => {
      const fe = new FormErrors();
      fe.add(['type'], 'INTERACTION_RESPONSE_TYPE_INVALID', `Interaction response type ${type} is not valid for interaction type ${rec.type}`);
      fe.throwIfAny();
      throw apiErrors.badJson();
    };
    const isAutocomplete = rec.type === InteractionType.ApplicationCommandAutocomplete;
    const isComponent = rec.type === InteractionType.MessageComponent;
    let stored: StoredMessage | undefined;
    const at = Date.now();
    switch (type) {
      case InteractionResponseType.ChannelMessageWithSource: {
        if (isAutocomplete) invalidType();
        const body = asMessageBody(data, ['data']);
        this.#validateNewMessage(body, ctx.files, ['data']);
        stored = this.#createInteractionMessage(rec, body, ctx.files, 'interaction-original', 0);
        rec.originalMessageId = stored.message.id;
        break;
      }
      case InteractionResponseType.DeferredChannelMessageWithSource: {
        if (isAutocomplete) invalidType();
        const body = asMessageBody(data, ['data']);
        const ephemeral = ((body.flags ?? 0) & MessageFlags.Ephemeral) !== 0 ? MessageFlags.Ephemeral : 0;
        stored = this.#createInteractionMessage(rec, { content: '', flags: ephemeral }, [], 'interaction-original', MessageFlags.Loading);
        rec.originalMessageId = stored.message.id;
        break;
      }
      case InteractionResponseType.DeferredMessageUpdate:
      case InteractionResponseType.UpdateMessage: {
        const target = rec.payload.message?.id;
        if (!isComponent && !(rec.type === InteractionType.ModalSubmit && target)) invalidType();
        const current = this.#liveMessage(target);
        rec.originalMessageId = current.message.id;
        if (type === InteractionResponseType.UpdateMessage) {
          const body = asMessageBody(data, ['data']);
          const attachments = ctx.files.length > 0 ? attachmentsFor(rec.channelId, body, ctx.files, () => this.state.newId()) : undefined;
          const merged = applyEdit(current.message, body, attachments, undefined);
          merged.edited_timestamp = new Date().toISOString();
          this.#validateEdit(body, merged);
          stored = this.state.replaceMessage(current.message.id, merged);
          this.onMessage('update', stored);
        } else {
          stored = current;
        }
        break;
      }
      case InteractionResponseType.ApplicationCommandAutocompleteResult: {
        if (!isAutocomplete) invalidType();
        const choices = isRecord(data) && Array.isArray(data.choices) ? data.choices : [];
        if (this.state.config.validate) {
          const fe = new FormErrors();
          if (choices.length > 25) fe.add(['data', 'choices'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
          choices.forEach((choice: unknown, i) => {
            if (!isRecord(choice)) return;
            if (typeof choice.name !== 'string' || choice.name.length < 1 || choice.name.length > 100) {
              fe.add(['data', 'choices', i, 'name'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
            }
            if (typeof choice.value === 'string' && choice.value.length > 100) {
              fe.add(['data', 'choices', i, 'value'], 'BASE_TYPE_MAX_LENGTH', 'Must be 100 or fewer in length.');
            }
          });
          fe.throwIfAny();
        }
        break;
      }
      case InteractionResponseType.Modal: {
        if (isAutocomplete || rec.type === InteractionType.ModalSubmit) invalidType();
        break;
      }
      default:
        invalidType();
    }
    rec.events.push({
      kind: 'callback',
      at,
      latencyMs: at - rec.dispatchedAt,
      type,
      data,
      ...(stored ? { messageId: stored.message.id } : {}),
    });
    if (stored && (type === InteractionResponseType.ChannelMessageWithSource || type === InteractionResponseType.DeferredChannelMessageWithSource)) {
      this.onMessage('create', stored);
    }
    if (ctx.query.with_response === 'true') {
      const message = stored?.message;
      const result: RESTPostAPIInteractionCallbackWithResponseResult = {
        interaction: { id: rec.id, type: rec.type },
        resource: { type },
      };
      if (message && result.resource) {
        result.interaction.response_message_id = message.id;
        result.interaction.response_message_loading = ((message.flags ?? 0) & MessageFlags.Loading) !== 0;
        result.interaction.response_message_ephemeral = ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
        result.resource.message = message;
      }
      return json(result);
    }
    return noContent();
  }

  #webhookMessageId(rec: InteractionRecord, messageParam: string | undefined): string {
    if (messageParam === '@original') {
      if (!rec.originalMessageId) throw apiErrors.unknownMessage();
      return rec.originalMessageId;
    }
    const id = messageParam ?? '';
    if (id !== rec.originalMessageId && !rec.followUpIds.includes(id)) throw apiErrors.unknownMessage();
    return id;
  }

  #editWebhookMessage(ctx: RouteContext): RouteResult {
    const rec = this.#interactionByToken(ctx.params.app, ctx.params.token);
    const id = this.#webhookMessageId(rec, ctx.params.message);
    const current = this.#liveMessage(id);
    const body = asMessageBody(ctx.body);
    const attachments = ctx.files.length > 0 ? attachmentsFor(rec.channelId, body, ctx.files, () => this.state.newId()) : undefined;
    const mentions = body.content !== undefined ? this.#mentions(body.content ?? '', body.allowed_mentions, undefined) : undefined;
    const merged = applyEdit(current.message, body, attachments, mentions);
    const wasLoading = ((current.message.flags ?? 0) & MessageFlags.Loading) !== 0;
    merged.flags = ((merged.flags ?? 0) & ~MessageFlags.Loading) as MessageFlags;
    merged.edited_timestamp = wasLoading ? null : new Date().toISOString();
    this.#validateEdit(body, merged);
    const stored = this.state.replaceMessage(id, merged);
    const isOriginal = id === rec.originalMessageId;
    rec.events.push({ kind: isOriginal ? 'editOriginal' : 'editFollowUp', at: Date.now(), body: ctx.body, messageId: id });
    this.onMessage('update', stored);
    return json(merged);
  }

  #deleteWebhookMessage(ctx: RouteContext): RouteResult {
    const rec = this.#interactionByToken(ctx.params.app, ctx.params.token);
    const id = this.#webhookMessageId(rec, ctx.params.message);
    const stored = this.#liveMessage(id);
    stored.deleted = true;
    rec.events.push({ kind: id === rec.originalMessageId ? 'deleteOriginal' : 'deleteFollowUp', at: Date.now(), messageId: id });
    this.onMessage('delete', stored);
    return noContent();
  }

  #followUp(ctx: RouteContext): RouteResult {
    const rec = this.#interactionByToken(ctx.params.app, ctx.params.token);
    if (!rec.events.some((e) => e.kind === 'callback')) throw apiErrors.unknownWebhook();
    const body = asMessageBody(ctx.body);
    this.#validateNewMessage(body, ctx.files);
    const stored = this.#createInteractionMessage(rec, body, ctx.files, 'interaction-followup', 0);
    rec.followUpIds.push(stored.message.id);
    rec.events.push({ kind: 'followUp', at: Date.now(), body: ctx.body, messageId: stored.message.id });
    this.onMessage('create', stored);
    return ctx.query.wait === 'true' ? json(stored.message) : noContent();
  }

  // ---- channel messages ------------------------------------------------------------------------------------------------

  #channel(channelId: string | undefined): ChannelLookup {
    const found = this.state.findChannel(channelId ?? '');
    if (!found) throw apiErrors.unknownChannel();
    return found;
  }

  #requireChannelPermissions(channelId: string | undefined, bits: bigint): ChannelLookup {
    const found = this.#channel(channelId);
    if (found.kind === 'guild') {
      const perms = this.#botPermissions(found.guild);
      if ((perms & PermissionFlagsBits.ViewChannel) === 0n) throw apiErrors.missingAccess();
      if ((perms & bits) !== bits) throw apiErrors.missingPermissions();
    }
    return found;
  }

  #createChannelMessage(ctx: RouteContext): RouteResult {
    const found = this.#requireChannelPermissions(ctx.params.channel, PermissionFlagsBits.SendMessages);
    const channelId = found.channel.id;
    const body = asMessageBody(ctx.body);
    this.#validateNewMessage(body, ctx.files);
    // enforce_nonce: a second create with the same nonce returns the first message and posts nothing.
    const nonceKey = body.enforce_nonce && body.nonce !== undefined ? `${channelId}:${String(body.nonce)}` : undefined;
    const existing = nonceKey ? this.state.messages.get(this.state.nonces.get(nonceKey) ?? '') : undefined;
    if (existing && !existing.deleted) return json(existing.message);
    let referenced: StoredMessage | undefined;
    const ref = body.message_reference;
    if (ref?.message_id) {
      referenced = this.state.messages.get(ref.message_id);
      if (referenced?.deleted || (referenced && referenced.message.channel_id !== (ref.channel_id ?? channelId))) referenced = undefined;
      if (found.kind === 'guild' && (this.#botPermissions(found.guild) & PermissionFlagsBits.ReadMessageHistory) === 0n) {
        throw apiErrors.replyWithoutHistory();
      }
      if (!referenced && ref.fail_if_not_exists !== false) {
        const fe = new FormErrors();
        fe.add(['message_reference'], 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', 'Unknown message');
        fe.throwIfAny();
      }
    }
    const message = buildMessage({
      id: this.state.newId(),
      channelId,
      author: this.state.bot,
      body: referenced ? body : { ...body, message_reference: null },
      attachments: attachmentsFor(channelId, body, ctx.files, () => this.state.newId()),
      mentions: this.#mentions(body.content ?? '', body.allowed_mentions, referenced?.message.author),
      referencedMessage: referenced ? referenced.message : null,
      flags: (body.flags ?? 0) & (MessageFlags.SuppressEmbeds | MessageFlags.SuppressNotifications | MessageFlags.IsComponentsV2),
    });
    if (message.message_reference && found.kind === 'guild') message.message_reference.guild_id = found.guild.id;
    const stored = this.state.storeMessage({ message, guildId: found.kind === 'guild' ? found.guild.id : null, origin: 'channel' });
    if (nonceKey) this.state.nonces.set(nonceKey, message.id);
    this.onMessage('create', stored);
    return json(message);
  }

  #editChannelMessage(ctx: RouteContext): RouteResult {
    this.#channel(ctx.params.channel);
    const current = this.#liveMessage(ctx.params.message);
    if (current.message.channel_id !== ctx.params.channel) throw apiErrors.unknownMessage();
    if (current.message.author.id !== this.state.bot.id) throw apiErrors.cannotEditOthers();
    const body = asMessageBody(ctx.body);
    const attachments = ctx.files.length > 0 ? attachmentsFor(current.message.channel_id, body, ctx.files, () => this.state.newId()) : undefined;
    const mentions = body.content !== undefined ? this.#mentions(body.content ?? '', body.allowed_mentions, undefined) : undefined;
    const merged = applyEdit(current.message, body, attachments, mentions);
    merged.edited_timestamp = new Date().toISOString();
    this.#validateEdit(body, merged);
    const stored = this.state.replaceMessage(current.message.id, merged);
    this.onMessage('update', stored);
    return json(merged);
  }

  #deleteChannelMessage(ctx: RouteContext): RouteResult {
    const found = this.#channel(ctx.params.channel);
    const current = this.#liveMessage(ctx.params.message);
    if (current.message.channel_id !== found.channel.id) throw apiErrors.unknownMessage();
    if (current.message.author.id !== this.state.bot.id && found.kind === 'guild') {
      if ((this.#botPermissions(found.guild) & PermissionFlagsBits.ManageMessages) === 0n) throw apiErrors.missingPermissions();
    }
    current.deleted = true;
    this.onMessage('delete', current);
    return noContent();
  }

  // ---- commands ------------------------------------------------------------------------------------------------------

  #commandList(guildId: string | undefined): APIApplicationCommand[] {
    if (!guildId) return this.state.globalCommands;
    if (!this.state.guilds.has(guildId)) throw apiErrors.missingAccess();
    const list = this.state.guildCommands.get(guildId) ?? [];
    this.state.guildCommands.set(guildId, list);
    return list;
  }

  #overwriteCommands(ctx: RouteContext): RouteResult {
    this.#checkApp(ctx.params.app);
    const list = this.#commandList(ctx.params.guild);
    const defs = this.state.config.validate ? validateCommandList(ctx.body) : Array.isArray(ctx.body) ? (ctx.body as Record<string, unknown>[]) : [];
    const next = defs.map((def) => normalizeCommand(def, list, this.state.applicationId, ctx.params.guild));
    list.splice(0, list.length, ...next);
    return json(next);
  }

  #upsertCommand(ctx: RouteContext): RouteResult {
    this.#checkApp(ctx.params.app);
    const list = this.#commandList(ctx.params.guild);
    if (this.state.config.validate) {
      const fe = new FormErrors();
      validateCommand(fe, [], ctx.body);
      fe.throwIfAny();
    }
    if (!isRecord(ctx.body)) throw apiErrors.badJson();
    const command = normalizeCommand(ctx.body, list, this.state.applicationId, ctx.params.guild);
    const index = list.findIndex((c) => c.id === command.id);
    if (index === -1) list.push(command);
    else list[index] = command;
    return json(command, index === -1 ? 201 : 200);
  }

  #findCommand(ctx: RouteContext): { list: APIApplicationCommand[]; index: number } {
    this.#checkApp(ctx.params.app);
    const list = this.#commandList(ctx.params.guild);
    const index = list.findIndex((c) => c.id === ctx.params.command);
    if (index === -1) throw apiErrors.unknownCommand();
    return { list, index };
  }

  // ---- route table ---------------------------------------------------------------------------------------------------

  #defineRoutes(): void {
    const s = this.state;
    const app = () => ({
      id: s.applicationId,
      name: s.bot.username,
      icon: null,
      description: '',
      summary: '',
      type: null,
      bot: s.bot,
      bot_public: true,
      bot_require_code_grant: false,
      verify_key: '0'.repeat(64),
      flags: (1 << 19) | (1 << 15) | (1 << 13) | (1 << 23),
      owner: s.bot,
      team: null,
      approximate_guild_count: s.guilds.size,
      integration_types_config: { '0': {} },
      redirect_uris: [],
      interactions_endpoint_url: null,
      tags: [],
    });

    // Gateway and identity.
    this.#add('GET', '/gateway', false, () => json({ url: s.gatewayUrl }));
    this.#add('GET', '/gateway/bot', true, () => {
      return json({
        url: s.gatewayUrl,
        shards: s.config.recommendedShards,
        session_start_limit: {
          total: s.config.sessionStartTotal,
          remaining: Math.max(0, s.config.sessionStartTotal - this.identifyCount()),
          reset_after: 14_400_000,
          max_concurrency: s.config.maxConcurrency,
        },
      });
    });
    this.#add('GET', '/users/@me', true, () => json({ ...s.bot, verified: true, mfa_enabled: false, email: null, locale: 'en-US' }));
    this.#add('POST', '/users/@me/channels', true, (ctx) => {
      const recipientId = isRecord(ctx.body) ? String(ctx.body.recipient_id ?? '') : '';
      const user = s.users.get(recipientId);
      if (!user) throw apiErrors.unknownUser();
      return json(s.dmChannelFor(user));
    });
    this.#add('GET', '/users/:user', true, (ctx) => {
      const user = s.users.get(ctx.params.user ?? '');
      if (!user) throw apiErrors.unknownUser();
      return json(user);
    });
    this.#add('GET', '/applications/@me', true, () => json(app()));
    this.#add('GET', '/oauth2/applications/@me', true, () => json(app()));

    // Commands (global and guild).
    for (const base of ['/applications/:app/commands', '/applications/:app/guilds/:guild/commands']) {
      this.#add('GET', base, true, (ctx) => {
        this.#checkApp(ctx.params.app);
        return json(this.#commandList(ctx.params.guild));
      });
      this.#add('PUT', base, true, (ctx) => this.#overwriteCommands(ctx));
      this.#add('POST', base, true, (ctx) => this.#upsertCommand(ctx));
      this.#add('GET', `${base}/:command`, true, (ctx) => {
        const { list, index } = this.#findCommand(ctx);
        return json(list[index]);
      });
      this.#add('PATCH', `${base}/:command`, true, (ctx) => {
        const { list, index } = this.#findCommand(ctx);
        const current = list[index];
        if (!current || !isRecord(ctx.body)) throw apiErrors.badJson();
        const merged = { ...current, ...ctx.body } as Record<string, unknown>;
        if (this.state.config.validate) {
          const fe = new FormErrors();
          validateCommand(fe, [], merged);
          fe.throwIfAny();
        }
        const next = normalizeCommand(merged, list, s.applicationId, ctx.params.guild);
        list[index] = next;
        return json(next);
      });
      this.#add('DELETE', `${base}/:command`, true, (ctx) => {
        const { list, index } = this.#findCommand(ctx);
        list.splice(index, 1);
        return noContent();
      });
    }

    // Interactions (no bot token: the interaction token authorises them).
    this.#add('POST', '/interactions/:id/:token/callback', false, (ctx) => this.#callback(ctx));
    this.#add('POST', '/webhooks/:app/:token', false, (ctx) => this.#followUp(ctx));
    this.#add('GET', '/webhooks/:app/:token/messages/:message', false, (ctx) => {
      const rec = this.#interactionByToken(ctx.params.app, ctx.params.token);
      return json(this.#liveMessage(this.#webhookMessageId(rec, ctx.params.message)).message);
    });
    this.#add('PATCH', '/webhooks/:app/:token/messages/:message', false, (ctx) => this.#editWebhookMessage(ctx));
    this.#add('DELETE', '/webhooks/:app/:token/messages/:message', false, (ctx) => this.#deleteWebhookMessage(ctx));

    // Channels and messages.
    this.#add('GET', '/channels/:channel', true, (ctx) => json(this.#channel(ctx.params.channel).channel));
    this.#add('GET', '/channels/:channel/messages', true, (ctx) => {
      const found = this.#requireChannelPermissions(ctx.params.channel, PermissionFlagsBits.ReadMessageHistory);
      const limit = Math.min(100, Math.max(1, Number(ctx.query.limit ?? 50) || 50));
      const all = [...s.messages.values()]
        .filter((m) => m.message.channel_id === found.channel.id && !m.deleted)
        .map((m) => m.message)
        .sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1));
      const before = ctx.query.before;
      const after = ctx.query.after;
      const filtered = all.filter((m) => (!before || BigInt(m.id) < BigInt(before)) && (!after || BigInt(m.id) > BigInt(after)));
      return json(filtered.slice(0, limit));
    });
    this.#add('POST', '/channels/:channel/messages', true, (ctx) => this.#createChannelMessage(ctx));
    this.#add('GET', '/channels/:channel/messages/:message', true, (ctx) => {
      this.#channel(ctx.params.channel);
      const stored = this.#liveMessage(ctx.params.message);
      if (stored.message.channel_id !== ctx.params.channel) throw apiErrors.unknownMessage();
      return json(stored.message);
    });
    this.#add('PATCH', '/channels/:channel/messages/:message', true, (ctx) => this.#editChannelMessage(ctx));
    this.#add('DELETE', '/channels/:channel/messages/:message', true, (ctx) => this.#deleteChannelMessage(ctx));
    this.#add('POST', '/channels/:channel/typing', true, (ctx) => {
      const found = this.#requireChannelPermissions(ctx.params.channel, PermissionFlagsBits.SendMessages);
      s.typing.push({ channelId: found.channel.id, at: Date.now() });
      return noContent();
    });
    for (const method of ['PUT', 'DELETE']) {
      this.#add(method, '/channels/:channel/messages/:message/reactions/:emoji/@me', true, (ctx) => {
        const found = method === 'PUT'
          ? this.#requireChannelPermissions(ctx.params.channel, PermissionFlagsBits.AddReactions | PermissionFlagsBits.ReadMessageHistory)
          : this.#channel(ctx.params.channel);
        this.#liveMessage(ctx.params.message);
        s.reactions.push({
          channelId: found.channel.id,
          messageId: ctx.params.message ?? '',
          emoji: ctx.params.emoji ?? '',
          added: method === 'PUT',
          at: Date.now(),
        });
        return noContent();
      });
    }

    // Guilds.
    this.#add('GET', '/guilds/:guild', true, (ctx) => {
      const guild = this.#guild(ctx.params.guild ?? '');
      const payload: Record<string, unknown> = { ...guildCreatePayload(guild, s.bot.id, false) };
      for (const key of ['joined_at', 'large', 'unavailable', 'member_count', 'voice_states', 'members', 'channels', 'threads', 'presences', 'stage_instances', 'guild_scheduled_events', 'soundboard_sounds']) {
        delete payload[key];
      }
      return json(payload);
    });
    this.#add('GET', '/guilds/:guild/channels', true, (ctx) => json(this.#guild(ctx.params.guild ?? '').channels));
    this.#add('GET', '/guilds/:guild/roles', true, (ctx) => json(this.#guild(ctx.params.guild ?? '').roles));
    this.#add('GET', '/guilds/:guild/members', true, (ctx) => {
      const guild = this.#guild(ctx.params.guild ?? '');
      const limit = Math.min(1000, Math.max(1, Number(ctx.query.limit ?? 1) || 1));
      return json([...guild.members.values()].slice(0, limit));
    });
    this.#add('GET', '/guilds/:guild/members/:user', true, (ctx) => {
      const guild = this.#guild(ctx.params.guild ?? '');
      const member = guild.members.get(ctx.params.user ?? '');
      if (!member) throw apiErrors.unknownMember();
      return json(member);
    });
  }

  /** Set by the facade so /gateway/bot can report remaining session starts. */
  identifyCount: () => number = () => 0;
}
