// Round trip through the local Discord-compatible server: the real bot (src/discord/bot.ts, real discord.js client)
// logged in to tests/discord/fake-discord.ts over HTTP + WebSocket on 127.0.0.1, the way tests/discord/bot-harness.ts
// starts it. Each /ask is timed from the INTERACTION_CREATE dispatch to the server receiving the interaction callback.
// Bot and server share this one process (and event loop), as in the end-to-end tests.
import { parseConfig } from '../../src/config.js';
import { loadCorpusFolder } from '../../src/core/corpus-folder.js';
import { EngineStore } from '../../src/core/engine-store.js';
import { startBot } from '../../src/discord/bot.js';
import { createLogger } from '../../src/logger.js';
import { startFakeDiscord } from '../../tests/discord/fake-discord.js';
import type { ChildMessage } from '../lib/protocol.js';
import { distribution, type Distribution } from '../lib/stats.js';
import { generateQuestions } from '../questions.js';

export interface DiscordTask {
  dir: string;
  questions: number;
  warmup: number;
}

export interface DiscordResult {
  /** performance.now() from dispatch to the callback being recorded by the server. */
  roundTrip: Distribution;
  /** The server's own figure (Date.now(), whole milliseconds). */
  serverLatency: Distribution;
  /** Login to ready (gateway HELLO, IDENTIFY, READY, GUILD_CREATE) and command registration. */
  loginMs: number;
  replies: number;
  refusals: number;
  errors: number;
}

const send = (message: ChildMessage) => process.send?.(message);

async function run(task: DiscordTask): Promise<DiscordResult> {
  const corpus = await loadCorpusFolder(task.dir);
  if (!corpus.ok) throw new Error(`corpus ${task.dir} is invalid`);
  const questions = generateQuestions(corpus.value.passages.map((p) => p.text), task.questions);

  const fake = await startFakeDiscord({ timeoutMs: 10_000 });
  const parsed = parseConfig({
    DISCORD_TOKEN: fake.token,
    DISCORD_API_BASE: fake.apiBase,
    DISCORD_GUILD_ID: fake.guild.id,
    CORPUS_DIR: task.dir,
    COOLDOWN_SECONDS: '0',
    LOG_LEVEL: 'warn',
  });
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  const opened = await EngineStore.open(task.dir);
  if (!opened.ok) throw new Error('corpus invalid');
  const warnings: string[] = [];
  const logger = createLogger('warn', [fake.token], (line) => warnings.push(line));
  const loginStarted = performance.now();
  const bot = await startBot(parsed.config, opened.store, { logger });
  await fake.waitFor(() => (fake.commands(fake.guild.id).some((c) => c.name === 'ask') ? true : undefined), 'command registration');
  const loginMs = performance.now() - loginStarted;

  send({ type: 'step', step: `${task.questions} /ask interactions` });
  const times: number[] = [];
  const server: number[] = [];
  let replies = 0;
  let refusals = 0;
  let errors = 0;
  const ask = async (question: string, record: boolean) => {
    const started = performance.now();
    const handle = fake.slashCommand({ name: 'ask', options: { question } });
    const callback = await handle.response();
    const elapsed = performance.now() - started;
    if (!record) return;
    times.push(elapsed);
    server.push(callback.latencyMs);
    const data = callback.data as { flags?: number; content?: string } | undefined;
    if (data?.content?.startsWith('Something went wrong')) errors++;
    else if (((data?.flags ?? 0) & 64) !== 0) refusals++;
    else replies++;
  };
  for (const q of questions.slice(0, task.warmup)) await ask(q.text, false);
  for (const q of questions) await ask(q.text, true);
  await bot.stop();
  await fake.close();
  if (warnings.some((w) => / ERROR /.test(w))) errors += warnings.filter((w) => / ERROR /.test(w)).length;
  return { roundTrip: distribution(times), serverLatency: distribution(server), loginMs, replies, refusals, errors };
}

process.once('message', (task: DiscordTask) => {
  run(task).then(
    (result) => {
      send({ type: 'result', result });
      process.disconnect?.();
      // discord.js may keep a timer or two alive after destroy().
      setTimeout(() => process.exit(0), 200).unref();
    },
    (error: unknown) => {
      send({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      process.disconnect?.();
      setTimeout(() => process.exit(1), 200).unref();
    },
  );
});
