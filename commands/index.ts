// The one list of slash commands: what `npm run register` registers and what the running bot serves.
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Topic } from '../src/core/topic.js';
import { BUILTIN_COMMANDS } from './builtin.js';
import { topicCommand } from './topics.js';

export { askCommand, helpCommand, reloadCommand, sourcesCommand } from './builtin.js';

export function commandList(topics: readonly Topic[]): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return [...BUILTIN_COMMANDS, ...topics.map(topicCommand)];
}
