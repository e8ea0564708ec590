// Configuration: every invalid variable is reported in one go, each problem names its variable, and no
// problem repeats a value it was given (the token least of all).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { configSchema, parseConfig } from '../../src/config.js';

const TOKEN = 'sentinel token with spaces SECRET-1234567890';
/** An invalid value for every variable; a variable added to the schema must be added here. */
const INVALID: Record<string, string> = {
  DISCORD_TOKEN: TOKEN,
  DISCORD_CLIENT_ID: 'my-app',
  DISCORD_GUILD_ID: '12345',
  ADMIN_USER_IDS: '123456789012345678,alice',
  ADMIN_ROLE_IDS: '@admins',
  ASK_CHANNEL_IDS: '#general',
  CORPUS_DIR: '   ',
  CACHE_DIR: ' ',
  DISCORD_API_BASE: 'ftp://discord.com/api',
  COOLDOWN_SECONDS: 'soon',
  LOG_LEVEL: 'loud',
  SHARD_COUNT: '0',
  SHARD_LIST: 'first,second',
};

describe('an invalid configuration', () => {
  it('has an invalid example for every variable the bot reads', () => {
    expect(Object.keys(INVALID).sort()).toEqual(Object.keys(configSchema.shape).sort());
  });

  it('reports every invalid variable at once, by name, never echoing the token', () => {
    const result = parseConfig(INVALID);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const name of Object.keys(INVALID)) expect(result.problems.some((p) => p.startsWith(`${name}`)), name).toBe(true);
    expect(result.problems.join('\n')).not.toContain('SECRET');
  });

  it('never throws and never repeats a value it was given, whatever the values (2,000 environments)', () => {
    const value = fc.tuple(fc.string({ unit: 'binary', maxLength: 30 }), fc.nat(), fc.string({ maxLength: 10 })).map(([a, n, b]) => `${a}SENTINEL${n}${b}`);
    const env = fc.record(Object.fromEntries(Object.keys(INVALID).map((k) => [k, fc.option(value, { nil: undefined })])));
    fc.assert(
      fc.property(env, (e) => {
        const result = parseConfig(e as Record<string, string | undefined>);
        if (!result.ok) expect(result.problems.join('\n')).not.toContain('SENTINEL');
      }),
      { numRuns: 2_000 },
    );
  });
});
