/**
 * Builders for the Discord objects the fake server keeps in its state and puts in payloads: users, roles, members,
 * text channels, guilds (as GUILD_CREATE sends them) and permission arithmetic. Pure functions, no I/O.
 */
import {
  ChannelType,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildHubType,
  GuildMFALevel,
  GuildMemberFlags,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildSystemChannelFlags,
  GuildVerificationLevel,
  Locale,
  PermissionFlagsBits,
  RoleFlags,
  type APIGuildMember,
  type ChannelFlags,
  type UserFlags,
  type APIRole,
  type APITextChannel,
  type APIUser,
  type GatewayGuildCreateDispatchData,
} from 'discord-api-types/v10';
import { guildIdForShard, snowflake } from './snowflake.js';

/** Every permission bit Discord defines; what an ADMINISTRATOR member is sent as `permissions`. */
export const ALL_PERMISSIONS: bigint = Object.values(PermissionFlagsBits).reduce((all, bit) => all | bit, 0n);

/** What @everyone gets in a fresh guild (roughly Discord's defaults for text). */
export const EVERYONE_PERMISSIONS: bigint =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.CreatePublicThreads |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.UseExternalEmojis |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.UseApplicationCommands |
  PermissionFlagsBits.ChangeNickname |
  PermissionFlagsBits.CreateInstantInvite;

/** Permissions of the bot's managed role (a typical invite scope for a Q&A bot). */
export const DEFAULT_BOT_PERMISSIONS: bigint =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.UseApplicationCommands;

export interface FakeGuild {
  id: string;
  name: string;
  ownerId: string;
  joinedAt: string;
  everyoneRoleId: string;
  adminRoleId: string;
  memberRoleId: string;
  botRoleId: string;
  /** First text channel; the default target of helpers. */
  textChannelId: string;
  channels: APITextChannel[];
  roles: APIRole[];
  /** Members by user id. */
  members: Map<string, APIGuildMember>;
}

export interface GuildSpec {
  id?: string;
  name?: string;
  /** Give the guild an id that routes to this shard (ignored when `id` is set). */
  shard?: { id: number; count: number };
  /** Text channels; default one channel named "general". */
  channels?: { id?: string; name: string; topic?: string }[];
  /** Permissions of the bot's managed role; default DEFAULT_BOT_PERMISSIONS. */
  botPermissions?: bigint;
  /** Permissions of the "Admin" role; default ADMINISTRATOR | MANAGE_GUILD. */
  adminPermissions?: bigint;
  /** Permissions of @everyone (which every member, the bot included, also has); default EVERYONE_PERMISSIONS. */
  everyonePermissions?: bigint;
}

export function isoNow(): string {
  return new Date().toISOString();
}

export function makeUser(init: { id?: string; username: string; globalName?: string | null; bot?: boolean }): APIUser {
  const user: APIUser = {
    id: init.id ?? snowflake(),
    username: init.username,
    discriminator: '0',
    global_name: init.globalName === undefined ? init.username : init.globalName,
    avatar: null,
    public_flags: 0 as UserFlags,
    flags: 0 as UserFlags,
    banner: null,
    accent_color: null,
    avatar_decoration_data: null,
    collectibles: null,
    primary_guild: null,
  };
  if (init.bot) user.bot = true;
  return user;
}

export function makeRole(init: {
  id?: string;
  name: string;
  permissions: bigint;
  position: number;
  managed?: boolean;
  botId?: string;
}): APIRole {
  const role: APIRole = {
    id: init.id ?? snowflake(),
    name: init.name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: init.position,
    permissions: init.permissions.toString(),
    managed: init.managed ?? false,
    mentionable: false,
    flags: 0 as RoleFlags,
  };
  if (init.botId) role.tags = { bot_id: init.botId };
  return role;
}

export function makeTextChannel(init: {
  id?: string;
  guildId: string;
  name: string;
  position: number;
  topic?: string;
}): APITextChannel {
  return {
    id: init.id ?? snowflake(),
    type: ChannelType.GuildText,
    guild_id: init.guildId,
    name: init.name,
    position: init.position,
    permission_overwrites: [],
    parent_id: null,
    nsfw: false,
    topic: init.topic ?? null,
    last_message_id: null,
    last_pin_timestamp: null,
    rate_limit_per_user: 0,
    default_auto_archive_duration: 4320,
    default_thread_rate_limit_per_user: 0,
    flags: 0 as ChannelFlags,
  };
}

export function makeMember(user: APIUser, roles: string[], joinedAt: string = isoNow()): APIGuildMember {
  return {
    user,
    nick: null,
    avatar: null,
    banner: null,
    roles: [...roles],
    joined_at: joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0 as GuildMemberFlags,
    pending: false,
    communication_disabled_until: null,
  };
}

/** A guild with @everyone, an "Admin" role, a "Member" role, the bot's managed role, its text channels, the bot as member. */
export function makeGuild(spec: GuildSpec, bot: APIUser, ownerId: string): FakeGuild {
  const id = spec.id ?? (spec.shard ? guildIdForShard(spec.shard.id, spec.shard.count) : snowflake());
  const name = spec.name ?? 'Summit Test Guild';
  const everyone = makeRole({ id, name: '@everyone', permissions: spec.everyonePermissions ?? EVERYONE_PERMISSIONS, position: 0 });
  const memberRole = makeRole({ name: 'Member', permissions: 0n, position: 1 });
  const botRole = makeRole({
    name: bot.username,
    permissions: spec.botPermissions ?? DEFAULT_BOT_PERMISSIONS,
    position: 2,
    managed: true,
    botId: bot.id,
  });
  const adminRole = makeRole({
    name: 'Admin',
    permissions: spec.adminPermissions ?? PermissionFlagsBits.Administrator | PermissionFlagsBits.ManageGuild,
    position: 3,
  });
  const channelSpecs = spec.channels && spec.channels.length > 0 ? spec.channels : [{ name: 'general' }];
  const channels = channelSpecs.map((c, position) =>
    makeTextChannel({ ...(c.id ? { id: c.id } : {}), guildId: id, name: c.name, position, ...('topic' in c && c.topic ? { topic: c.topic } : {}) }),
  );
  const first = channels[0];
  if (!first) throw new Error('a guild needs at least one text channel');
  const joinedAt = isoNow();
  const members = new Map<string, APIGuildMember>();
  members.set(bot.id, makeMember(bot, [botRole.id], joinedAt));
  return {
    id,
    name,
    ownerId,
    joinedAt,
    everyoneRoleId: everyone.id,
    adminRoleId: adminRole.id,
    memberRoleId: memberRole.id,
    botRoleId: botRole.id,
    textChannelId: first.id,
    channels,
    roles: [everyone, memberRole, botRole, adminRole],
    members,
  };
}

/** Guild-level permissions of a member with these roles (no channel overwrites); ADMINISTRATOR expands to everything. */
export function computePermissions(guild: FakeGuild, roleIds: readonly string[], userId?: string): bigint {
  if (userId !== undefined && userId === guild.ownerId) return ALL_PERMISSIONS;
  let perms = 0n;
  for (const role of guild.roles) {
    if (role.id === guild.everyoneRoleId || roleIds.includes(role.id)) perms |= BigInt(role.permissions);
  }
  return (perms & PermissionFlagsBits.Administrator) === PermissionFlagsBits.Administrator ? ALL_PERMISSIONS : perms;
}

/**
 * The GUILD_CREATE payload. Like Discord, `members` lists only the bot itself unless the session has the privileged
 * GUILD_MEMBERS intent, in which case (small guild) every member is included.
 */
export function guildCreatePayload(guild: FakeGuild, botId: string, includeAllMembers: boolean): GatewayGuildCreateDispatchData {
  const allMembers = [...guild.members.values()];
  const members = includeAllMembers ? allMembers : allMembers.filter((m) => m.user.id === botId);
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: guild.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    widget_enabled: false,
    widget_channel_id: null,
    verification_level: GuildVerificationLevel.Low,
    default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
    explicit_content_filter: GuildExplicitContentFilter.AllMembers,
    roles: guild.roles.map((r) => ({ ...r })),
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: GuildMFALevel.None,
    application_id: null,
    system_channel_id: guild.textChannelId,
    system_channel_flags: 0 as GuildSystemChannelFlags,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    max_presences: null,
    max_members: 500_000,
    vanity_url_code: null,
    premium_tier: GuildPremiumTier.None,
    premium_subscription_count: 0,
    preferred_locale: Locale.EnglishUS,
    max_video_channel_users: 25,
    max_stage_video_channel_users: 50,
    nsfw_level: GuildNSFWLevel.Default,
    premium_progress_bar_enabled: false,
    hub_type: null as GuildHubType | null,
    incidents_data: null,
    // Gateway-only GUILD_CREATE fields.
    joined_at: guild.joinedAt,
    large: false,
    unavailable: false,
    member_count: allMembers.length,
    voice_states: [],
    members: members.map((m) => ({ ...m, roles: [...m.roles] })),
    channels: guild.channels.map((c) => ({ ...c })),
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}
