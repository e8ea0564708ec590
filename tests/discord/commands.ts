/**
 * Application command registration as Discord does it: validation of names, descriptions, options and choices
 * (answering 400 Invalid Form Body like Discord), and normalisation into stored command objects with ids that stay
 * stable across overwrites of a command with the same name and type.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  type APIApplicationCommand,
  type APIApplicationCommandOption,
} from 'discord-api-types/v10';
import { FormErrors, isRecord } from './messages.js';
import { snowflake } from './snowflake.js';

const CHAT_INPUT_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function checkName(fe: FormErrors, path: (string | number)[], name: unknown, chatInput: boolean): void {
  if (typeof name !== 'string' || name.length === 0) {
    fe.add([...path, 'name'], 'BASE_TYPE_REQUIRED', 'This field is required');
    return;
  }
  if (name.length > 32) {
    fe.add([...path, 'name'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 32 in length.');
    return;
  }
  if (chatInput && (!CHAT_INPUT_NAME.test(name) || name !== name.toLowerCase())) {
    fe.add([...path, 'name'], 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
  }
}

function checkDescription(fe: FormErrors, path: (string | number)[], description: unknown): void {
  if (typeof description !== 'string' || description.length === 0) {
    fe.add([...path, 'description'], 'BASE_TYPE_REQUIRED', 'This field is required');
  } else if (description.length > 100) {
    fe.add([...path, 'description'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
  }
}

function checkOptions(fe: FormErrors, path: (string | number)[], options: unknown, depth: number): void {
  if (options === undefined || options === null) return;
  if (!Array.isArray(options)) {
    fe.add(path, 'BASE_TYPE_LIST', 'Must be a list.');
    return;
  }
  if (options.length > 25) fe.add(path, 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
  const names = new Set<string>();
  let sawOptional = false;
  options.forEach((option: unknown, i) => {
    const p = [...path, i];
    if (!isRecord(option)) {
      fe.add(p, 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
      return;
    }
    checkName(fe, p, option.name, true);
    checkDescription(fe, p, option.description);
    if (typeof option.name === 'string') {
      if (names.has(option.name)) fe.add([...p, 'name'], 'APPLICATION_COMMAND_OPTION_NAME_ALREADY_EXISTS', 'Option name already exists');
      names.add(option.name);
    }
    const type = option.type;
    if (typeof type !== 'number' || !(type in ApplicationCommandOptionType)) {
      fe.add([...p, 'type'], 'BASE_TYPE_CHOICES', 'Value must be one of the option types.');
      return;
    }
    const isGroup = type === ApplicationCommandOptionType.Subcommand || type === ApplicationCommandOptionType.SubcommandGroup;
    if (isGroup) {
      if (depth >= 2) fe.add([...p, 'type'], 'APPLICATION_COMMAND_OPTION_TYPE_INVALID', 'Subcommands cannot be nested this deep');
      checkOptions(fe, [...p, 'options'], option.options, depth + 1);
      return;
    }
    if (option.required === true && sawOptional) {
      fe.add(p, 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID', 'Required options must be placed before non-required options');
    }
    if (option.required !== true) sawOptional = true;
    if (Array.isArray(option.choices)) {
      if (option.autocomplete === true) {
        fe.add([...p, 'autocomplete'], 'APPLICATION_COMMAND_OPTION_AUTOCOMPLETE_CHOICES', 'Autocomplete cannot be set with choices');
      }
      if (option.choices.length > 25) fe.add([...p, 'choices'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
      option.choices.forEach((choice: unknown, j) => {
        if (!isRecord(choice)) return;
        const cp = [...p, 'choices', j];
        if (typeof choice.name !== 'string' || choice.name.length < 1 || choice.name.length > 100) {
          fe.add([...cp, 'name'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
        }
        if (typeof choice.value === 'string' && choice.value.length > 100) {
          fe.add([...cp, 'value'], 'BASE_TYPE_MAX_LENGTH', 'Must be 100 or fewer in length.');
        }
      });
    }
    if (typeof option.max_length === 'number' && (option.max_length < 1 || option.max_length > 6000)) {
      fe.add([...p, 'max_length'], 'NUMBER_TYPE_MAX', 'int value should be between 1 and 6000.');
    }
  });
}

/** Validate one command definition as sent to PUT/POST .../commands; adds errors under `path`. */
export function validateCommand(fe: FormErrors, path: (string | number)[], def: unknown): void {
  if (!isRecord(def)) {
    fe.add(path, 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
    return;
  }
  const type = def.type ?? ApplicationCommandType.ChatInput;
  const chatInput = type === ApplicationCommandType.ChatInput;
  checkName(fe, path, def.name, chatInput);
  if (chatInput) {
    checkDescription(fe, path, def.description);
    checkOptions(fe, [...path, 'options'], def.options, 0);
  } else if (typeof def.description === 'string' && def.description.length > 0) {
    fe.add([...path, 'description'], 'APPLICATION_COMMAND_CONTEXT_MENU_DESCRIPTION', 'Context menu commands cannot have description');
  }
}

/** Validate a bulk overwrite: each command, duplicates, and the per-type count limit. */
export function validateCommandList(defs: unknown): Record<string, unknown>[] {
  const fe = new FormErrors();
  if (!Array.isArray(defs)) {
    fe.add([], 'BASE_TYPE_LIST', 'Must be a list.');
    fe.throwIfAny();
    return [];
  }
  const seen = new Set<string>();
  defs.forEach((def: unknown, i) => {
    validateCommand(fe, [i], def);
    if (isRecord(def) && typeof def.name === 'string') {
      const key = `${String(def.type ?? 1)}:${def.name}`;
      if (seen.has(key)) fe.add([i, 'name'], 'APPLICATION_COMMANDS_DUPLICATE_NAME', 'Application command names must be unique');
      seen.add(key);
    }
  });
  if (defs.filter((d: unknown) => isRecord(d) && (d.type ?? 1) === 1).length > 100) {
    fe.add([], 'BASE_TYPE_MAX_LENGTH', 'Must be 100 or fewer in length.');
  }
  fe.throwIfAny();
  return defs as Record<string, unknown>[];
}

/** The stored command object Discord answers with; keeps the id of an existing command with the same name and type. */
export function normalizeCommand(
  def: Record<string, unknown>,
  existing: readonly APIApplicationCommand[],
  applicationId: string,
  guildId?: string,
): APIApplicationCommand {
  const type = (typeof def.type === 'number' ? def.type : ApplicationCommandType.ChatInput) as ApplicationCommandType;
  const name = String(def.name);
  const previous = existing.find((c) => c.name === name && c.type === type);
  const command: APIApplicationCommand = {
    id: previous?.id ?? snowflake(),
    application_id: applicationId,
    version: snowflake(),
    type,
    name,
    name_localizations: (def.name_localizations as APIApplicationCommand['name_localizations']) ?? null,
    description: typeof def.description === 'string' ? def.description : '',
    description_localizations: (def.description_localizations as APIApplicationCommand['description_localizations']) ?? null,
    default_member_permissions: typeof def.default_member_permissions === 'string' ? def.default_member_permissions : null,
    dm_permission: typeof def.dm_permission === 'boolean' ? def.dm_permission : true,
    nsfw: def.nsfw === true,
    integration_types: Array.isArray(def.integration_types)
      ? (def.integration_types as ApplicationIntegrationType[])
      : [ApplicationIntegrationType.GuildInstall],
    contexts: Array.isArray(def.contexts) ? (def.contexts as APIApplicationCommand['contexts']) : null,
  };
  if (Array.isArray(def.options) && def.options.length > 0) command.options = def.options as APIApplicationCommandOption[];
  if (guildId) command.guild_id = guildId;
  return command;
}
