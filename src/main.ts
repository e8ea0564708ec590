// npm start: the Discord bot when DISCORD_TOKEN is set, otherwise the local console over the same engine.
import { config as loadDotenv } from 'dotenv';
import { processIo, println } from './cli/io.js';
import { runConsole } from './cli/console.js';
import { parseConfig } from './config.js';
import { describeReload, EngineStore } from './core/engine-store.js';
import { formatProblem } from './core/problems.js';

loadDotenv({ quiet: true });
const io = processIo();
const parsed = parseConfig(process.env);
if (!parsed.ok) {
  println(io.stderr, `Invalid configuration (${parsed.problems.length} problem${parsed.problems.length === 1 ? '' : 's'}):`);
  for (const problem of parsed.problems) println(io.stderr, `  ${problem}`);
  println(io.stderr, 'See .env.example for every variable.');
  process.exit(1);
}
const config = parsed.config;
const opened = await EngineStore.open(config.CORPUS_DIR, {
  ...(config.CACHE_DIR === 'off' ? {} : { cacheDir: config.CACHE_DIR }),
  onSnapshotProblem: (message) => println(io.stderr, message),
});
if (!opened.ok) {
  println(io.stderr, `The corpus in ${config.CORPUS_DIR} has ${opened.problems.length} problem(s):`);
  for (const problem of opened.problems) println(io.stderr, `  ${formatProblem(problem)}`);
  process.exit(1);
}
const store = opened.store;

if (config.DISCORD_TOKEN) {
  const { startBot } = await import('./discord/bot.js');
  await startBot(config, store, { signals: true });
} else {
  await runConsole(io, {
    engine: () => store.engine,
    corpusDir: config.CORPUS_DIR,
    reload: async () => {
      const result = await store.reload();
      return result.ok ? describeReload(result) : [describeReload(result), ...result.problems.map((p) => `  ${formatProblem(p)}`)].join('\n');
    },
  });
}
