/**
 * Complete INTERACTION_CREATE and MESSAGE_CREATE payloads, shaped the way Discord sends them and discord.js 14 needs
 * them (entitlements, authorizing_integration_owners, the channel object, member permissions as strings, ...).
 */
import { randomBytes } from 'node:crypto';
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ChannelType,
  ComponentType,
  InteractionContextType,
  InteractionType,
  Locale,
  MessageType,
  type APIApplicationCommand,
  type APIApplicationCommandInteractionDataOption,
  type APIApplicationCommandOption,
  type APIAuthorizingIntegrationOwnersMap,
  type APIBaseInteraction,
  type APIChatInputApplicationCommandInteraction,
  type APIApplicationCommandAutocompleteInteraction,
  type APIEmbed,
  type APIInteractionDataResolved,
  type APIInteractionGuildMember,
  type APIMessage,
  type APIMessageComponentInteraction,
  type APIUser,
  type ChannelFlags,
  type GatewayMessageCreateDispatchData,
  type MessageFlags,
} from 'discord-api-types/v10';
import { computePermissions, makeMember, type FakeGuild } from './fixtures.js';
import { findComponent, parseMentions } from './messages.js';
import { snowflake } from './snowflake.js';
import type { DiscordState } from './state.js';

/** Option values by name; types come from the registered command when there is one, else from the JS type. */
export type OptionValues = Record<string, string | number | boolean>;

export interface InvokerOptions {
  /** Who acts; default the fake's default (non-admin) user. */
  user?: APIUser;
  /** Guild to act in; default the first guild. Ignored with `dm: true`. */
  guildId?: string;
  /** Channel; default the guild's first text channel (or the user's DM channel with `dm: true`). */
  channelId?: string;
  /** Send from the bot's DMs instead of a guild: `user` instead of `member`, no guild_id. */
  dm?: boolean;
  /** Replace the member's roles for this interaction (and in the guild's member list). */
  roles?: string[];
  /** Override the member's permissions bitfield sent in `member.permissions`. */
  permissions?: bigint | string;
  /** Override app_permissions. */
  appPermissions?: bigint | string;
  locale?: Locale;
}

export interface BuiltInteraction<P> {
  payload: P;
  guild: FakeGuild | null;
  channelId: string;
  user: APIUser;
}

type CommonInteractionFields = Omit<APIBaseInteraction<InteractionType, unknown>, 'type' | 'data' | 'channel' | 'channel_id' | 'app_permissions'> &
  Required<Pick<APIBaseInteraction<InteractionType, unknown>, 'channel' | 'channel_id' | 'app_permissions'>>;

export function interactionToken(id: string): string {
  return `aW50ZXJhY3Rpb246${Buffer.from(id).toString('base64url')}${randomBytes(48).toString('base64url')}`;
}

/** The member as it appears in the guild (added with the default Member role if the user is not in it yet). */
export function ensureMember(state: DiscordState, guild: FakeGuild, user: APIUser, roles?: string[]): APIInteractionGuildMember {
  let member = guild.members.get(user.id);
  if (!member) {
    member = makeMember(user, roles ?? [guild.memberRoleId]);
    guild.members.set(user.id, member);
  } else if (roles) {
    member.roles = [...roles];
  }
  state.users.set(user.id, user);
  const permissions = computePermissions(guild, member.roles, user.id);
  return { ...member, user, roles: [...member.roles], permissions: permissions.toString() };
}

function botAppPermissions(state: DiscordState, guild: FakeGuild | null): string {
  if (!guild) return computePermissions(firstGuildOrEmpty(state), [], undefined).toString();
  const me = guild.members.get(state.bot.id);
  return computePermissions(guild, me?.roles ?? [], state.bot.id).toString();
}

function firstGuildOrEmpty(state: DiscordState): FakeGuild {
  const g = [...state.guilds.values()][0];
  if (!g) throw new Error('fake discord has no guild');
  return g;
}

function common(state: DiscordState, id: string, token: string, inv: InvokerOptions, defaultUser: APIUser): BuiltInteraction<CommonInteractionFields> {
  const user = inv.user ?? defaultUser;
  state.users.set(user.id, user);
  const locale = inv.locale ?? Locale.EnglishUS;
  const attachmentSizeLimit = 10 * 1024 * 1024;
  if (inv.dm) {
    const dm = state.dmChannelFor(user);
    if (inv.channelId && inv.channelId !== dm.id) throw new Error(`channel ${inv.channelId} is not ${user.username}'s DM channel`);
    const owners: APIAuthorizingIntegrationOwnersMap = { [ApplicationIntegrationType.GuildInstall]: '0' };
    return {
      guild: null,
      channelId: dm.id,
      user,
      payload: {
        id,
        application_id: state.applicationId,
        token,
        version: 1,
        channel: { id: dm.id, type: ChannelType.DM, last_message_id: dm.last_message_id ?? null, flags: 0 as ChannelFlags, recipients: [user] },
        channel_id: dm.id,
        user,
        app_permissions: inv.appPermissions?.toString() ?? botAppPermissions(state, null),
        locale,
        entitlements: [],
        authorizing_integration_owners: owners,
        context: InteractionContextType.BotDM,
        attachment_size_limit: attachmentSizeLimit,
      },
    };
  }
  const guild = inv.guildId ? state.guilds.get(inv.guildId) : firstGuildOrEmpty(state);
  if (!guild) throw new Error(`fake discord has no guild ${inv.guildId ?? ''}`);
  const channel = guild.channels.find((c) => c.id === (inv.channelId ?? guild.textChannelId));
  if (!channel) throw new Error(`guild ${guild.id} has no channel ${inv.channelId ?? ''}`);
  const member = ensureMember(state, guild, user, inv.roles);
  if (inv.permissions !== undefined) member.permissions = inv.permissions.toString();
  const owners: APIAuthorizingIntegrationOwnersMap = { [ApplicationIntegrationType.GuildInstall]: guild.id };
  return {
    guild,
    channelId: channel.id,
    user,
    payload: {
      id,
      application_id: state.applicationId,
      token,
      version: 1,
      guild: { id: guild.id, locale: Locale.EnglishUS, features: [] },
      guild_id: guild.id,
      guild_locale: Locale.EnglishUS,
      channel: { ...channel },
      channel_id: channel.id,
      member,
      app_permissions: inv.appPermissions?.toString() ?? botAppPermissions(state, guild),
      locale,
      entitlements: [],
      authorizing_integration_owners: owners,
      context: InteractionContextType.Guild,
      attachment_size_limit: attachmentSizeLimit,
    },
  };
}

/** The registered command an interaction would come from (guild commands first, then global). */
export function findCommand(state: DiscordState, name: string, guildId: string | null): APIApplicationCommand | undefined {
  const inGuild = guildId ? state.guildCommands.get(guildId)?.find((c) => c.name === name && c.type === ApplicationCommandType.ChatInput) : undefined;
  return inGuild ?? state.globalCommands.find((c) => c.name === name && c.type === ApplicationCommandType.ChatInput);
}

const syntheticCommandIds = new Map<string, string>();

function optionType(value: string | number | boolean, def: APIApplicationCommandOption | undefined): ApplicationCommandOptionType {
  if (def) return def.type;
  if (typeof value === 'boolean') return ApplicationCommandOptionType.Boolean;
  if (typeof value === 'number') return Number.isInteger(value) ? ApplicationCommandOptionType.Integer : ApplicationCommandOptionType.Number;
  return ApplicationCommandOptionType.String;
}

/** Turn `{ question: 'x' }` into interaction options (typed from the registered command if any) plus `resolved`. */
export function buildOptions(
  state: DiscordState,
  values: OptionValues | APIApplicationCommandInteractionDataOption[] | undefined,
  command: APIApplicationCommand | undefined,
  guild: FakeGuild | null,
  focused?: string,
): { options: APIApplicationCommandInteractionDataOption[]; resolved?: APIInteractionDataResolved } {
  if (values === undefined) return { options: [] };
  if (Array.isArray(values)) return { options: values };
  const resolved: APIInteractionDataResolved = {};
  const options = Object.entries(values).map(([name, value]): APIApplicationCommandInteractionDataOption => {
    const def = command?.options?.find((o) => o.name === name);
    const type = optionType(value, def);
    const isFocused = focused === name ? { focused: true } : {};
    switch (type) {
      case ApplicationCommandOptionType.User: {
        const id = String(value);
        const user = state.users.get(id);
        if (user) {
          resolved.users = { ...resolved.users, [id]: user };
          const member = guild?.members.get(id);
          if (member && guild) {
            const { user: _omit, deaf: _d, mute: _m, ...rest } = member;
            resolved.members = { ...resolved.members, [id]: { ...rest, permissions: computePermissions(guild, member.roles, id).toString() } };
          }
        }
        return { name, type, value: id };
      }
      case ApplicationCommandOptionType.Role: {
        const id = String(value);
        const role = guild?.roles.find((r) => r.id === id);
        if (role) resolved.roles = { ...resolved.roles, [id]: role };
        return { name, type, value: id };
      }
      case ApplicationCommandOptionType.Channel: {
        const id = String(value);
        const channel = guild?.channels.find((c) => c.id === id);
        if (channel) {
          resolved.channels = {
            ...resolved.channels,
            [id]: { id, type: ChannelType.GuildText, name: channel.name, permissions: botAppPermissions(state, guild) },
          };
        }
        return { name, type, value: id };
      }
      case ApplicationCommandOptionType.Mentionable:
        return { name, type, value: String(value) };
      case ApplicationCommandOptionType.Boolean:
        return { name, type, value: Boolean(value) };
      case ApplicationCommandOptionType.Integer:
      case ApplicationCommandOptionType.Number:
        return { name, type, value: typeof value === 'number' ? value : Number(value), ...isFocused } as APIApplicationCommandInteractionDataOption;
      case ApplicationCommandOptionType.Attachment:
        return { name, type, value: String(value) };
      default:
        return { name, type: ApplicationCommandOptionType.String, value: String(value), ...isFocused };
    }
  });
  return Object.keys(resolved).length > 0 ? { options, resolved } : { options };
}

export interface SlashCommandInit extends InvokerOptions {
  name: string;
  options?: OptionValues | APIApplicationCommandInteractionDataOption[];
}

export function buildSlashCommand(state: DiscordState, init: SlashCommandInit, defaultUser: APIUser): BuiltInteraction<APIChatInputApplicationCommandInteraction> {
  const id = snowflake();
  const base = common(state, id, interactionToken(id), init, defaultUser);
  const command = findCommand(state, init.name, base.guild?.id ?? null);
  const { options, resolved } = buildOptions(state, init.options, command, base.guild);
  const commandId = command?.id ?? syntheticCommandIds.get(init.name) ?? snowflake();
  syntheticCommandIds.set(init.name, commandId);
  const payload: APIChatInputApplicationCommandInteraction = {
    ...base.payload,
    type: InteractionType.ApplicationCommand,
    data: {
      id: commandId,
      name: init.name,
      type: ApplicationCommandType.ChatInput,
      ...(options.length > 0 ? { options } : {}),
      ...(resolved ? { resolved } : {}),
      ...(command?.guild_id ? { guild_id: command.guild_id } : {}),
    },
  };
  return { ...base, payload };
}

export interface AutocompleteInit extends InvokerOptions {
  name: string;
  /** Option values; the one named by `focused` gets `focused: true` (raw option arrays are sent as given). */
  options?: OptionValues | APIApplicationCommandInteractionDataOption[];
  focused?: string;
}

export function buildAutocomplete(state: DiscordState, init: AutocompleteInit, defaultUser: APIUser): BuiltInteraction<APIApplicationCommandAutocompleteInteraction> {
  const id = snowflake();
  const base = common(state, id, interactionToken(id), init, defaultUser);
  const command = findCommand(state, init.name, base.guild?.id ?? null);
  const values = init.options ?? {};
  const focused = init.focused ?? (Array.isArray(values) ? undefined : Object.keys(values)[0]);
  const { options } = buildOptions(state, values, command, base.guild, focused);
  const commandId = command?.id ?? syntheticCommandIds.get(init.name) ?? snowflake();
  syntheticCommandIds.set(init.name, commandId);
  const payload = {
    ...base.payload,
    type: InteractionType.ApplicationCommandAutocomplete,
    data: {
      id: commandId,
      name: init.name,
      type: ApplicationCommandType.ChatInput,
      options,
      ...(command?.guild_id ? { guild_id: command.guild_id } : {}),
    },
  } as APIApplicationCommandAutocompleteInteraction;
  return { ...base, payload };
}

export interface ComponentInit extends Omit<InvokerOptions, 'channelId' | 'guildId' | 'dm'> {
  customId: string;
  /** The message the component sits on (a message the bot posted or edited), or its id. */
  message: APIMessage | string;
  /** For select menus: the chosen values. */
  values?: string[];
  /** Send the click even though the message has no such component, as a tampered client would (a button). */
  forged?: boolean;
}

export function buildComponent(state: DiscordState, init: ComponentInit, defaultUser: APIUser): BuiltInteraction<APIMessageComponentInteraction> {
  const messageId = typeof init.message === 'string' ? init.message : init.message.id;
  const stored = state.messages.get(messageId);
  if (!stored || stored.deleted) throw new Error(`fake discord: message ${messageId} was never sent by the bot (or was deleted)`);
  const message = stored.message;
  if (message.author.id !== state.bot.id) throw new Error(`fake discord: message ${messageId} was not sent by the bot`);
  const found = init.forged ? ComponentType.Button : findComponent(message.components, init.customId)?.type;
  if (found === undefined) {
    throw new Error(`fake discord: message ${messageId} has no component with custom_id "${init.customId}" (Discord would never send this click)`);
  }
  const id = snowflake();
  const user = init.user ?? defaultUser;
  const inv: InvokerOptions = { ...init, channelId: message.channel_id };
  if (stored.guildId) inv.guildId = stored.guildId;
  else inv.dm = true;
  const base = common(state, id, interactionToken(id), { ...inv, user }, defaultUser);
  const data =
    found === ComponentType.Button
      ? { custom_id: init.customId, component_type: ComponentType.Button }
      : { custom_id: init.customId, component_type: found, values: init.values ?? [] };
  const payload = {
    ...base.payload,
    type: InteractionType.MessageComponent,
    message,
    data,
  } as APIMessageComponentInteraction;
  return { ...base, payload };
}

export interface MessageCreateInit {
  content: string;
  /** Author; default the fake's default user. Use fake.makeBotAuthor() / fake.makeWebhookAuthor() for those. */
  author?: APIUser;
  guildId?: string;
  channelId?: string;
  /** DM with the bot instead of a guild channel. */
  dm?: boolean;
  /** Users mentioned; default: parsed from `<@id>` in content. */
  mentions?: APIUser[];
  embeds?: APIEmbed[];
  /** Make this message a reply to another one. */
  replyTo?: APIMessage | string;
  /** Author's roles (guild messages). */
  roles?: string[];
}

export function buildMessageCreate(
  state: DiscordState,
  init: MessageCreateInit,
  defaultUser: APIUser,
): { payload: GatewayMessageCreateDispatchData; guild: FakeGuild | null } {
  const author = init.author ?? defaultUser;
  state.users.set(author.id, author);
  const isWebhook = state.webhookAuthorIds.has(author.id);
  const id = snowflake();
  const mentionIds = parseMentions(init.content);
  const mentionUsers = init.mentions ?? state.knownUsers(mentionIds.userIds);
  let guild: FakeGuild | null = null;
  let channelId: string;
  if (init.dm) {
    channelId = state.dmChannelFor(author).id;
  } else {
    guild = init.guildId ? (state.guilds.get(init.guildId) ?? null) : firstGuildOrEmpty(state);
    if (!guild) throw new Error(`fake discord has no guild ${init.guildId ?? ''}`);
    const g = guild;
    const channel = g.channels.find((c) => c.id === (init.channelId ?? g.textChannelId));
    if (!channel) throw new Error(`guild ${g.id} has no channel ${init.channelId ?? ''}`);
    channelId = channel.id;
  }
  const reply = typeof init.replyTo === 'string' ? state.messages.get(init.replyTo)?.message : init.replyTo;
  const payload: GatewayMessageCreateDispatchData = {
    id,
    channel_id: channelId,
    author,
    content: init.content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: mentionIds.everyone,
    mentions: mentionUsers.map((u) => {
      const m = guild?.members.get(u.id);
      if (!m) return u;
      const { user: _omit, ...member } = m;
      return { ...u, member };
    }),
    mention_roles: mentionIds.roleIds,
    attachments: [],
    embeds: init.embeds ?? [],
    pinned: false,
    type: reply ? MessageType.Reply : MessageType.Default,
    components: [],
    flags: 0 as MessageFlags,
    nonce: id,
  };
  if (guild) {
    payload.guild_id = guild.id;
    payload.channel_type = ChannelType.GuildText;
    if (!isWebhook) {
      const full = ensureMember(state, guild, author, init.roles);
      const { user: _omit, permissions: _p, ...member } = full;
      payload.member = member;
    }
  } else {
    payload.channel_type = ChannelType.DM;
  }
  if (isWebhook) payload.webhook_id = author.id;
  if (reply) {
    payload.message_reference = { type: 0, message_id: reply.id, channel_id: reply.channel_id, ...(guild ? { guild_id: guild.id } : {}) };
    payload.referenced_message = reply;
  }
  return { payload, guild };
}

/** The gateway form of a message the bot sent (guild_id + member extras), for MESSAGE_CREATE/UPDATE echoes. */
export function gatewayMessage(state: DiscordState, message: APIMessage, guildId: string | null): GatewayMessageCreateDispatchData {
  const payload: GatewayMessageCreateDispatchData = { ...message, mentions: message.mentions };
  if (guildId) {
    payload.guild_id = guildId;
    const me = state.guilds.get(guildId)?.members.get(state.bot.id);
    if (me) {
      const { user: _omit, ...member } = me;
      payload.member = member;
    }
  }
  return payload;
}
