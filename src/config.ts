// Configuration: read once at start from the environment (and .env), validated with zod. Nothing else
// reads process.env. Every problem is reported at once; the token is never echoed.
import { z } from 'zod';

const snowflake = z.string().regex(/^\d{17,20}$/, { error: 'must be a Discord id (17-20 digits)' });
const idList = z
  .string()
  .default('')
  .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
  .pipe(z.array(snowflake));
const seconds = (fallback: number) => z.coerce.number({ error: 'must be a number of seconds' }).min(0).max(3600).default(fallback);

export const configSchema = z.object({
  DISCORD_TOKEN: z
    .string()
    .trim()
    .optional()
    .transform((s) => s || undefined)
    .refine((s) => s === undefined || /^[\w.-]{20,}$/.test(s), { error: 'does not look like a bot token (check for spaces or quotes)' }),
  DISCORD_CLIENT_ID: snowflake.optional().or(z.literal('').transform(() => undefined)),
  DISCORD_GUILD_ID: snowflake.optional().or(z.literal('').transform(() => undefined)),
  ADMIN_USER_IDS: idList,
  ADMIN_ROLE_IDS: idList,
  ASK_CHANNEL_IDS: idList,
  CORPUS_DIR: z.string().trim().min(1, { error: 'must name a folder' }).default('corpus'),
  /** Where index snapshots are kept; "off" rebuilds at every start. */
  CACHE_DIR: z.string().trim().min(1, { error: 'must name a folder, or be "off"' }).default('.cache'),
  DISCORD_API_BASE: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://discord.com/api' }).default('https://discord.com/api'),
  COOLDOWN_SECONDS: seconds(5),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  SHARD_COUNT: z
    .string()
    .trim()
    .default('1')
    .refine((s) => s === 'auto' || (/^\d+$/.test(s) && Number(s) >= 1 && Number(s) <= 1024), { error: 'must be a number from 1 to 1024, or "auto"' })
    .transform((s): number | 'auto' => (s === 'auto' ? 'auto' : Number(s))),
  /** Shards this host runs, when several hosts share SHARD_COUNT (e.g. "0,1,2,3"); all of them by default. */
  SHARD_LIST: z
    .string()
    .trim()
    .default('')
    .refine((s) => s === '' || /^\d+(,\d+)*$/.test(s.replace(/\s+/g, '')), { error: 'must be comma-separated shard numbers, such as 0,1,2' })
    .transform((s) => (s ? s.split(',').map((x) => Number(x.trim())) : undefined)),
});

export type Config = z.infer<typeof configSchema>;

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

/** Validates an environment; problems name the variable and never include its value. */
export function parseConfig(env: Record<string, string | undefined>): ConfigResult {
  const result = configSchema.safeParse(env);
  if (result.success) return { ok: true, config: result.data };
  return { ok: false, problems: result.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`) };
}
