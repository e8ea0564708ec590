// Topic commands (/ceasefire, /corridor...) are data: a YAML file each, validated here.
import { z } from 'zod';
import type { Result } from './problems.js';
import { issuesToProblems, parseYaml } from './yaml-fields.js';

/** Commands the bot defines itself; a topic may not take their names. */
export const RESERVED_NAMES = ['ask', 'sources', 'help', 'reload', 'more'] as const;

const commandName = z
  .string({ error: 'must be a command name' })
  .regex(/^[a-z0-9_-]{1,32}$/, { error: 'must be 1-32 lower-case letters, digits, "-" or "_" (a Discord command name)' })
  .refine((n) => !(RESERVED_NAMES as readonly string[]).includes(n), { error: `is reserved for a built-in command (${RESERVED_NAMES.join(', ')})` });

const description = z
  .string({ error: 'must be text' })
  .trim()
  .min(1, { error: 'must not be empty' })
  .max(100, { error: 'must be at most 100 characters (Discord’s limit)' });

const question = z.string({ error: 'must be a question, as text' }).trim().min(3, { error: 'must be a question' }).max(300, { error: 'must be at most 300 characters' });

const pinned = z.strictObject({
  /** Article id (its file name without `.md`). */
  article: z.string({ error: 'must be an article id' }).min(1),
  /** Words the pinned passage contains, exactly as in the article. */
  contains: z.string({ error: 'must be words quoted from the article' }).min(3),
});

const aspect = z.strictObject({
  /** Choice value, also shown to users. */
  name: z.string({ error: 'must be text' }).trim().min(1).max(100, { error: 'must be at most 100 characters' }),
  question,
});

export const topicSchema = z
  .strictObject({
    name: commandName,
    description,
    /** The question the engine answers when the command is used without an aspect. */
    question: question.optional(),
    /** Passages always shown first, in this order. */
    passages: z.array(pinned).min(1, { error: 'must list at least one passage' }).optional(),
    /** Sub-questions offered as a choice option ("aspect") of the command. At most 25 (Discord’s limit). */
    aspects: z.array(aspect).max(25, { error: 'may have at most 25 entries (Discord’s limit for choices)' }).optional(),
    /** Example questions, offered as suggestions when the bot cannot answer. */
    examples: z.array(question).optional(),
  })
  .refine((t) => t.question !== undefined || t.passages !== undefined, {
    error: 'a topic needs a "question" to ask, "passages" to quote, or both',
  });

export type Topic = z.infer<typeof topicSchema> & { file: string };

export function parseTopic(file: string, source: string): Result<Topic> {
  const parsed = parseYaml(source, file);
  if (!parsed.ok) return parsed;
  const checked = topicSchema.safeParse(parsed.yaml.data ?? {});
  if (!checked.success) return { ok: false, problems: issuesToProblems(checked.error.issues, parsed.yaml, file) };
  return { ok: true, value: { ...checked.data, file } };
}
