// Starts the real bot (src/discord/bot.ts) against the local Discord-compatible server, on a private copy
// of the corpus so tests can add and break articles.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig, type Config } from '../../src/config.js';
import { EngineStore } from '../../src/core/engine-store.js';
import { startBot, type BotOptions, type RunningBot } from '../../src/discord/bot.js';
import { createLogger } from '../../src/logger.js';
import { startFakeDiscord, type FakeDiscord, type FakeDiscordOptions } from './fake-discord.js';

export interface Harness {
  fake: FakeDiscord;
  bot: RunningBot;
  corpusDir: string;
  logs: string[];
  config: Config;
  close(): Promise<void>;
}

export async function startHarness(env: Record<string, string> = {}, fakeOptions: FakeDiscordOptions = {}, botOptions: Omit<BotOptions, 'logger'> = {}): Promise<Harness> {
  const fake = await startFakeDiscord(fakeOptions);
  const corpusDir = await mkdtemp(join(tmpdir(), 'summit-corpus-'));
  await cp('corpus', corpusDir, { recursive: true });
  const parsed = parseConfig({
    DISCORD_TOKEN: fake.token,
    DISCORD_API_BASE: fake.apiBase,
    DISCORD_GUILD_ID: fake.guild.id,
    CORPUS_DIR: corpusDir,
    CACHE_DIR: join(corpusDir, '.cache'),
    COOLDOWN_SECONDS: '0',
    LOG_LEVEL: 'debug',
    ...env,
  });
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  const opened = await EngineStore.open(corpusDir, { cacheDir: parsed.config.CACHE_DIR });
  if (!opened.ok) throw new Error('corpus copy invalid');
  const logs: string[] = [];
  const logger = createLogger('debug', [fake.token], (line) => logs.push(line));
  const bot = await startBot(parsed.config, opened.store, { ...botOptions, logger });
  await fake.waitFor(() => (fake.commands(fake.guild.id).some((c) => c.name === 'ask') ? true : undefined), 'command registration');
  return {
    fake,
    bot,
    corpusDir,
    logs,
    config: parsed.config,
    async close() {
      await bot.stop();
      await fake.close();
      await rm(corpusDir, { recursive: true, force: true });
    },
  };
}
