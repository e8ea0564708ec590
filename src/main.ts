// npm start: the Discord bot when DISCORD_TOKEN is set (one process per shard with SHARD_COUNT > 1),
// otherwise the local console over the same engine.
import { config as loadDotenv } from 'dotenv';
import { processIo, println } from './cli/io.js';
import { runConsole } from './cli/console.js';
import { parseConfig } from './config.js';
import { describeReload, EngineStore } from './core/engine-store.js';
import { formatProblem } from './core/problems.js';
import { counted } from './present/counted.js';

loadDotenv({ quiet: true });
const io = processIo();
const parsed = parseConfig(process.env);
if (!parsed.ok) {
  println(io.stderr, `Invalid configuration (${counted(parsed.problems.length, 'problem')}):`);
  for (const problem of parsed.problems) println(io.stderr, `  ${problem}`);
  println(io.stderr, 'See .env.example for every variable.');
  process.exit(1);
}
const config = parsed.config;

/** Opens the corpus (from its snapshot when it has one) or exits listing every problem. */
async function openStore(): Promise<{ store: EngineStore; summary: string }> {
  const started = performance.now();
  const opened = await EngineStore.open(config.CORPUS_DIR, {
    ...(config.CACHE_DIR === 'off' ? {} : { cacheDir: config.CACHE_DIR }),
    onSnapshotProblem: (message) => println(io.stderr, message),
  });
  if (!opened.ok) {
    println(io.stderr, `The corpus in ${config.CORPUS_DIR} has ${opened.problems.length} problem(s):`);
    for (const problem of opened.problems) println(io.stderr, `  ${formatProblem(problem)}`);
    process.exit(1);
  }
  const { articles, passages } = opened.store.engine.corpus;
  const from = opened.from === 'snapshot' ? 'from the snapshot' : 'indexed';
  return { store: opened.store, summary: `${articles.length} articles, ${passages.length} passages (${from}) in ${Math.round(performance.now() - started)} ms` };
}

// discord.js sets SHARDING_MANAGER in the processes its ShardingManager starts.
const isShard = process.env.SHARDING_MANAGER === 'true';

if (config.DISCORD_TOKEN && config.SHARD_COUNT !== 1 && !isShard) {
  const { createLogger } = await import('./logger.js');
  const { runShardManager, reloadEverywhere } = await import('./discord/sharding.js');
  const logger = createLogger(config.LOG_LEVEL, [config.DISCORD_TOKEN]);
  // The manager answers nothing itself: it opens the corpus once so that the snapshot every shard loads exists.
  logger.info(`corpus: ${(await openStore()).summary}`);
  const manager = await runShardManager(config, logger, process.argv[1]!);
  process.on('SIGHUP', () => {
    void reloadEverywhere(manager, 'SIGHUP').then((results) => {
      for (const { shard, result } of results) logger.info(`shard ${shard}: ${describeReload(result)}`);
    });
  });
  const stop = () => {
    for (const shard of manager.shards.values()) shard.kill();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} else if (config.DISCORD_TOKEN) {
  const { createLogger } = await import('./logger.js');
  const { startBot } = await import('./discord/bot.js');
  const logger = createLogger(config.LOG_LEVEL, [config.DISCORD_TOKEN]);
  const { store, summary } = await openStore();
  logger.info(`corpus: ${summary}`);
  await startBot(config, store, { signals: true, logger });
} else {
  const { store } = await openStore();
  await runConsole(io, {
    engine: () => store.engine,
    corpusDir: config.CORPUS_DIR,
    reload: async () => {
      const result = await store.reload();
      return result.ok ? describeReload(result) : [describeReload(result), ...result.problems.map((p) => `  ${formatProblem(p)}`)].join('\n');
    },
  });
}
