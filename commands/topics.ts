// Topic commands (/ceasefire, /corridor...) are built from the corpus's topic files, so adding a topic is
// a data change: a YAML file and a reload.
import {
  ApplicationCommandOptionType,
  InteractionContextType,
  type APIApplicationCommandOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Topic } from '../src/core/topic.js';
import { forOption, privateOption } from './builtin.js';

export function topicCommand(topic: Topic): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const options: APIApplicationCommandOption[] = [];
  if (topic.aspects?.length) {
    options.push({
      type: ApplicationCommandOptionType.String,
      name: 'aspect',
      description: 'Narrow the topic down',
      choices: topic.aspects.map((a) => ({ name: a.name, value: a.name })),
    });
  }
  options.push(privateOption, forOption);
  return {
    name: topic.name,
    description: topic.description,
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    options,
  };
}
