// Registers the slash commands: in one server (instant) when a guild id is set, otherwise globally.
import { REST, Routes, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';

export interface RegisterTarget {
  token: string;
  apiBase: string;
  applicationId: string;
  guildId?: string | undefined;
}

export async function registerCommands(target: RegisterTarget, commands: RESTPostAPIChatInputApplicationCommandsJSONBody[]): Promise<number> {
  const rest = new REST({ api: target.apiBase }).setToken(target.token);
  const route = target.guildId ? Routes.applicationGuildCommands(target.applicationId, target.guildId) : Routes.applicationCommands(target.applicationId);
  const result = (await rest.put(route, { body: commands })) as unknown[];
  return result.length;
}

/** The application id, from configuration or asked of Discord with the token. */
export async function applicationId(token: string, apiBase: string, configured?: string): Promise<string> {
  if (configured) return configured;
  const rest = new REST({ api: apiBase }).setToken(token);
  const app = (await rest.get(Routes.currentApplication())) as { id: string };
  return app.id;
}
