// Who counts as an admin: listed by user id or role id in the configuration, or holding Manage Server.
import { PermissionFlagsBits, type Interaction } from 'discord.js';
import type { Config } from '../config.js';

export function isAdmin(interaction: Interaction, config: Pick<Config, 'ADMIN_USER_IDS' | 'ADMIN_ROLE_IDS'>): boolean {
  // Admin actions exist only inside a server: a DM has no member, no roles and no permissions to check.
  if (!interaction.inGuild()) return false;
  if (config.ADMIN_USER_IDS.includes(interaction.user.id)) return true;
  const member = interaction.member;
  const roles = Array.isArray(member.roles) ? member.roles : [...member.roles.cache.keys()];
  if (roles.some((id) => config.ADMIN_ROLE_IDS.includes(id))) return true;
  return interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false;
}
