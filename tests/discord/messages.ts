/**
 * Discord-style API errors, message bodies as the bot sends them, the limits Discord enforces on them, and the message
 * objects the server answers with.
 */
import {
  ComponentType,
  MessageFlags,
  MessageType,
  type APIAttachment,
  type APIEmbed,
  type APIMessage,
  type APIMessageReference,
  type APIMessageTopLevelComponent,
  type APIUser,
} from 'discord-api-types/v10';

export interface ApiErrorBody {
  message: string;
  code: number;
  errors?: FormErrorTree;
  retry_after?: number;
  global?: boolean;
}

export interface FormErrorTree {
  [key: string]: FormErrorTree | { code: string; message: string }[];
}

/** An error response the way Discord shapes it: `{ message, code, errors? }` with an HTTP status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(`${status} ${body.message} (code ${body.code})`);
  }
}

export const apiErrors = {
  notFound: () => new ApiError(404, { message: '404: Not Found', code: 0 }),
  unauthorized: () => new ApiError(401, { message: '401: Unauthorized', code: 0 }),
  methodNotAllowed: () => new ApiError(405, { message: '405: Method Not Allowed', code: 0 }),
  unknownChannel: () => new ApiError(404, { message: 'Unknown Channel', code: 10003 }),
  unknownGuild: () => new ApiError(404, { message: 'Unknown Guild', code: 10004 }),
  unknownMember: () => new ApiError(404, { message: 'Unknown Member', code: 10007 }),
  unknownMessage: () => new ApiError(404, { message: 'Unknown Message', code: 10008 }),
  unknownRole: () => new ApiError(404, { message: 'Unknown Role', code: 10011 }),
  unknownUser: () => new ApiError(404, { message: 'Unknown User', code: 10013 }),
  unknownWebhook: () => new ApiError(404, { message: 'Unknown Webhook', code: 10015 }),
  unknownApplication: () => new ApiError(404, { message: 'Unknown Application', code: 10002 }),
  unknownCommand: () => new ApiError(404, { message: 'Unknown application command', code: 10063 }),
  unknownInteraction: () => new ApiError(404, { message: 'Unknown interaction', code: 10062 }),
  invalidWebhookToken: () => new ApiError(401, { message: 'Invalid Webhook Token', code: 50027 }),
  alreadyAcknowledged: () => new ApiError(400, { message: 'Interaction has already been acknowledged.', code: 40060 }),
  emptyMessage: () => new ApiError(400, { message: 'Cannot send an empty message', code: 50006 }),
  missingPermissions: () => new ApiError(403, { message: 'Missing Permissions', code: 50013 }),
  missingAccess: () => new ApiError(403, { message: 'Missing Access', code: 50001 }),
  cannotEditOthers: () => new ApiError(403, { message: 'Cannot edit a message authored by another user', code: 50005 }),
  replyWithoutHistory: () =>
    new ApiError(400, { message: 'Cannot reply without permission to read message history', code: 160002 }),
  badJson: () => new ApiError(400, { message: 'The request body contains invalid JSON.', code: 50109 }),
};

/** Collects field errors into Discord's nested `errors` tree (Invalid Form Body, code 50035). */
export class FormErrors {
  readonly #tree: FormErrorTree = {};
  #count = 0;

  add(path: readonly (string | number)[], code: string, message: string): void {
    let node: FormErrorTree = this.#tree;
    for (const key of path) {
      const k = String(key);
      const next = node[k];
      if (next === undefined || Array.isArray(next)) {
        const created: FormErrorTree = {};
        node[k] = created;
        node = created;
      } else {
        node = next;
      }
    }
    const list = node._errors;
    const entry = { code, message };
    if (Array.isArray(list)) list.push(entry);
    else node._errors = [entry];
    this.#count += 1;
  }

  get size(): number {
    return this.#count;
  }

  throwIfAny(): void {
    if (this.#count > 0) throw new ApiError(400, { message: 'Invalid Form Body', code: 50035, errors: this.#tree });
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The message fields the bot can send (channel messages, interaction replies, webhook messages and their edits). */
export interface MessageBody {
  content?: string | null;
  embeds?: APIEmbed[] | null;
  components?: APIMessageTopLevelComponent[] | null;
  attachments?: { id: string | number; filename?: string; description?: string }[] | null;
  flags?: number | null;
  message_reference?: (APIMessageReference & { fail_if_not_exists?: boolean }) | null;
  allowed_mentions?: unknown;
  tts?: boolean;
  nonce?: string | number;
  /** With a nonce: Discord returns the message already created with that nonce instead of posting another. */
  enforce_nonce?: boolean;
  poll?: unknown;
  sticker_ids?: string[];
}

/** Shallow type checks on a message body from the wire; wrong types become Invalid Form Body. */
export function asMessageBody(value: unknown, path: readonly (string | number)[] = []): MessageBody {
  if (value === undefined || value === null) return {};
  const fe = new FormErrors();
  if (!isRecord(value)) {
    fe.add(path, 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
    fe.throwIfAny();
    return {};
  }
  const check = (key: string, ok: (v: unknown) => boolean, code: string, message: string): void => {
    const v = value[key];
    if (v !== undefined && v !== null && !ok(v)) fe.add([...path, key], code, message);
  };
  check('content', (v) => typeof v === 'string', 'BASE_TYPE_STRING', 'Must be a string.');
  check('embeds', Array.isArray, 'BASE_TYPE_LIST', 'Must be a list.');
  check('components', Array.isArray, 'BASE_TYPE_LIST', 'Must be a list.');
  check('attachments', Array.isArray, 'BASE_TYPE_LIST', 'Must be a list.');
  check('flags', (v) => typeof v === 'number' && Number.isInteger(v), 'NUMBER_TYPE_COERCE', 'Value is not int.');
  check('message_reference', isRecord, 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
  fe.throwIfAny();
  return value as MessageBody;
}

const embedLimits = { title: 256, description: 4096, fields: 25, fieldName: 256, fieldValue: 1024, footer: 2048, author: 256 };

function embedLength(embed: APIEmbed): number {
  let total = (embed.title ?? '').length + (embed.description ?? '').length;
  total += (embed.footer?.text ?? '').length + (embed.author?.name ?? '').length;
  for (const field of embed.fields ?? []) total += (field.name ?? '').length + (field.value ?? '').length;
  return total;
}

/** Discord's limits on content, embeds and classic components. */
export function checkMessageLimits(body: MessageBody, fe: FormErrors, path: readonly (string | number)[] = []): void {
  const max = (p: readonly (string | number)[], n: number): void =>
    fe.add([...path, ...p], 'BASE_TYPE_MAX_LENGTH', `Must be ${n} or fewer in length.`);
  if (typeof body.content === 'string' && body.content.length > 2000) max(['content'], 2000);
  const embeds = body.embeds ?? [];
  if (embeds.length > 10) max(['embeds'], 10);
  let total = 0;
  embeds.forEach((embed, i) => {
    if (!isRecord(embed as unknown)) {
      fe.add([...path, 'embeds', i], 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
      return;
    }
    total += embedLength(embed);
    if ((embed.title ?? '').length > embedLimits.title) max(['embeds', i, 'title'], embedLimits.title);
    if ((embed.description ?? '').length > embedLimits.description) max(['embeds', i, 'description'], embedLimits.description);
    if ((embed.footer?.text ?? '').length > embedLimits.footer) max(['embeds', i, 'footer', 'text'], embedLimits.footer);
    if ((embed.author?.name ?? '').length > embedLimits.author) max(['embeds', i, 'author', 'name'], embedLimits.author);
    const fields = embed.fields ?? [];
    if (fields.length > embedLimits.fields) max(['embeds', i, 'fields'], embedLimits.fields);
    fields.forEach((field, j) => {
      if (!field.name) fe.add([...path, 'embeds', i, 'fields', j, 'name'], 'BASE_TYPE_REQUIRED', 'This field is required');
      else if (field.name.length > embedLimits.fieldName) max(['embeds', i, 'fields', j, 'name'], embedLimits.fieldName);
      if (!field.value) fe.add([...path, 'embeds', i, 'fields', j, 'value'], 'BASE_TYPE_REQUIRED', 'This field is required');
      else if (field.value.length > embedLimits.fieldValue) max(['embeds', i, 'fields', j, 'value'], embedLimits.fieldValue);
    });
  });
  if (total > 6000) fe.add([...path, 'embeds'], 'MAX_EMBED_SIZE_EXCEEDED', 'Embed size exceeds maximum size of 6000');
  const componentsV2 = ((body.flags ?? 0) & MessageFlags.IsComponentsV2) !== 0;
  const components = body.components ?? [];
  if (!componentsV2) {
    if (components.length > 5) max(['components'], 5);
    components.forEach((row, i) => {
      if (!isRecord(row) || row.type !== ComponentType.ActionRow) {
        fe.add([...path, 'components', i, 'type'], 'UNION_TYPE_CHOICES', 'Value of field "type" must be one of (1,).');
        return;
      }
      const children = row.components;
      if (children.length > 5) max(['components', i, 'components'], 5);
      children.forEach((child, j) => {
        const c: Record<string, unknown> = child as unknown as Record<string, unknown>;
        if (typeof c.custom_id === 'string' && c.custom_id.length > 100) max(['components', i, 'components', j, 'custom_id'], 100);
        if (typeof c.label === 'string' && c.label.length > 80) max(['components', i, 'components', j, 'label'], 80);
      });
    });
  }
}

/** True when a message would show nothing (Discord answers 50006). */
export function isEmptyMessage(m: {
  content?: string | null;
  embeds?: readonly unknown[] | null;
  components?: readonly unknown[] | null;
  attachments?: readonly unknown[] | null;
  sticker_ids?: readonly unknown[] | null;
  poll?: unknown;
}): boolean {
  return (
    !m.content &&
    (m.embeds ?? []).length === 0 &&
    (m.components ?? []).length === 0 &&
    (m.attachments ?? []).length === 0 &&
    (m.sticker_ids ?? []).length === 0 &&
    (m.poll === undefined || m.poll === null)
  );
}

/** Embeds as Discord echoes them (type "rich" filled in). */
export function normalizeEmbeds(embeds: readonly APIEmbed[] | null | undefined): APIEmbed[] {
  return (embeds ?? []).map((e) => ({ type: 'rich' as APIEmbed['type'], ...e }));
}

/** A received file part of a multipart request. */
export interface ReceivedFile {
  field: string;
  filename: string;
  contentType: string;
  size: number;
  data: Buffer;
}

export function attachmentsFor(
  channelId: string,
  body: MessageBody,
  files: readonly ReceivedFile[],
  makeId: () => string,
): APIAttachment[] {
  const described = body.attachments ?? [];
  return files.map((file, index) => {
    const id = makeId();
    const meta = described.find((a) => String(a.id) === String(index));
    const filename = meta?.filename ?? file.filename;
    const attachment: APIAttachment = {
      id,
      filename,
      size: file.size,
      url: `https://cdn.discordapp.com/attachments/${channelId}/${id}/${encodeURIComponent(filename)}`,
      proxy_url: `https://media.discordapp.net/attachments/${channelId}/${id}/${encodeURIComponent(filename)}`,
      content_type: file.contentType,
    };
    if (meta?.description) attachment.description = meta.description;
    return attachment;
  });
}

/** Mentions Discord would parse out of content: users `<@id>`/`<@!id>`, roles `<@&id>`, @everyone/@here. */
export function parseMentions(content: string): { userIds: string[]; roleIds: string[]; everyone: boolean } {
  const userIds = [...content.matchAll(/<@!?(\d{17,20})>/g)].map((m) => m[1] ?? '');
  const roleIds = [...content.matchAll(/<@&(\d{17,20})>/g)].map((m) => m[1] ?? '');
  return { userIds: [...new Set(userIds)], roleIds: [...new Set(roleIds)], everyone: /@(everyone|here)\b/.test(content) };
}

export interface NewMessageInit {
  id: string;
  channelId: string;
  author: APIUser;
  body: MessageBody;
  type?: MessageType;
  attachments?: APIAttachment[];
  mentions?: APIUser[];
  webhookId?: string;
  applicationId?: string;
  flags?: number;
  referencedMessage?: APIMessage | null;
}

/** A message object as Discord returns it from REST (no guild_id/member: those are gateway extras). */
export function buildMessage(init: NewMessageInit): APIMessage {
  const { body } = init;
  const content = body.content ?? '';
  const mentions = parseMentions(content);
  const message: APIMessage = {
    id: init.id,
    channel_id: init.channelId,
    author: init.author,
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: body.tts ?? false,
    mention_everyone: false,
    mentions: init.mentions ?? [],
    mention_roles: mentions.roleIds,
    attachments: init.attachments ?? [],
    embeds: normalizeEmbeds(body.embeds),
    pinned: false,
    type: init.type ?? (body.message_reference ? MessageType.Reply : MessageType.Default),
    components: body.components ?? [],
    flags: (init.flags ?? body.flags ?? 0) as MessageFlags,
  };
  if (body.nonce !== undefined) message.nonce = body.nonce;
  if (init.webhookId) message.webhook_id = init.webhookId;
  if (init.applicationId) message.application_id = init.applicationId;
  if (body.message_reference) {
    const ref = body.message_reference;
    const reference: APIMessageReference = { type: ref.type ?? 0, channel_id: ref.channel_id ?? init.channelId };
    if (ref.message_id) reference.message_id = ref.message_id;
    if (ref.guild_id) reference.guild_id = ref.guild_id;
    message.message_reference = reference;
    if (init.referencedMessage !== undefined) message.referenced_message = init.referencedMessage;
  }
  return message;
}

/** Apply an edit body to a message (fields present in the body replace the old ones). */
export function applyEdit(
  message: APIMessage,
  body: MessageBody,
  attachments: APIAttachment[] | undefined,
  mentions: APIUser[] | undefined,
): APIMessage {
  const next: APIMessage = { ...message };
  if (body.content !== undefined) {
    next.content = body.content ?? '';
    next.mention_roles = parseMentions(next.content).roleIds;
    if (mentions) next.mentions = mentions;
  }
  if (body.embeds !== undefined) next.embeds = normalizeEmbeds(body.embeds);
  if (body.components !== undefined) next.components = body.components ?? [];
  if (body.attachments !== undefined || attachments) {
    const keepIds = new Set((body.attachments ?? []).map((a) => String(a.id)));
    const kept = body.attachments === undefined ? message.attachments : message.attachments.filter((a) => keepIds.has(a.id));
    next.attachments = [...kept, ...(attachments ?? [])];
  }
  if (body.flags !== undefined && body.flags !== null) {
    // Only SUPPRESS_EMBEDS and IS_COMPONENTS_V2 can be changed by an edit; EPHEMERAL sticks.
    const changeable = MessageFlags.SuppressEmbeds | MessageFlags.IsComponentsV2;
    next.flags = (((message.flags ?? 0) & ~changeable) | (body.flags & changeable)) as MessageFlags;
  }
  return next;
}

/** All custom_ids of interactive components in a message (classic rows and components v2 containers/sections). */
export function findComponent(
  components: readonly unknown[] | undefined,
  customId: string,
): { type: ComponentType; component: Record<string, unknown> } | undefined {
  for (const c of components ?? []) {
    if (!isRecord(c)) continue;
    if (c.custom_id === customId && typeof c.type === 'number') return { type: c.type as ComponentType, component: c };
    const nested: unknown[] = [];
    if (Array.isArray(c.components)) nested.push(...(c.components as unknown[]));
    if (isRecord(c.accessory)) nested.push(c.accessory);
    const found = findComponent(nested, customId);
    if (found) return found;
  }
  return undefined;
}
