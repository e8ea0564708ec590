// The bot's own slash commands, as data. Behaviour lives in src/discord/; registration and the running
// bot both read this list (see commands/index.ts).
import {
  ApplicationCommandOptionType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { MAX_QUESTION_CHARS } from '../src/core/answer.js';

export const privateOption = {
  type: ApplicationCommandOptionType.Boolean,
  name: 'private',
  description: 'Only you see the answer',
} as const;

/** Answers someone else's question in the channel, mentioning them (the one mention a reply ever makes). */
export const forOption = {
  type: ApplicationCommandOptionType.User,
  name: 'for',
  description: 'Show the answer to this member (mentions them)',
} as const;

export const askCommand = {
  name: 'ask',
  description: 'Ask about the Moscow summit on Idlib; the answer quotes the articles, with sources',
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'question',
      description: 'Your question, e.g. "How many refugees does Turkey host?"',
      required: true,
      autocomplete: true,
      max_length: MAX_QUESTION_CHARS,
    },
    privateOption,
    forOption,
    { type: ApplicationCommandOptionType.String, name: 'outlet', description: 'Only quote this outlet', autocomplete: true, max_length: 100 },
    { type: ApplicationCommandOptionType.String, name: 'since', description: 'Only articles published on or after this date (YYYY-MM-DD)', min_length: 10, max_length: 10 },
    { type: ApplicationCommandOptionType.String, name: 'until', description: 'Only articles published on or before this date (YYYY-MM-DD)', min_length: 10, max_length: 10 },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const sourcesCommand = {
  name: 'sources',
  description: 'List the articles the answers come from',
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  options: [privateOption],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const helpCommand = {
  name: 'help',
  description: 'What this bot can do and how to ask',
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const reloadCommand = {
  name: 'reload',
  description: 'Admins: re-read the articles and topics, and report what changed',
  contexts: [InteractionContextType.Guild],
  // Hidden from members without Manage Server; the bot checks again when it runs.
  default_member_permissions: String(PermissionFlagsBits.ManageGuild),
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const BUILTIN_COMMANDS = [askCommand, sourcesCommand, helpCommand, reloadCommand] as const;
