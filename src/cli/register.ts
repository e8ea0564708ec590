// npm run register: registers the slash commands (DISCORD_GUILD_ID: that server, instantly; else globally).
import { config as loadDotenv } from 'dotenv';
import { commandList } from '../../commands/index.js';
import { parseConfig } from '../config.js';
import { loadCorpusFolder } from '../core/corpus-folder.js';
import { formatProblem } from '../core/problems.js';
import { applicationId, registerCommands } from '../discord/register.js';

loadDotenv({ quiet: true });
const parsed = parseConfig(process.env);
const fail = (lines: string[]) => {
  for (const line of lines) console.error(line);
  process.exit(1);
};
if (!parsed.ok) fail(['Invalid configuration:', ...parsed.problems.map((p) => `  ${p}`)]);
else if (!parsed.config.DISCORD_TOKEN) fail(['DISCORD_TOKEN is not set: put it in .env (see .env.example) to register commands.']);
else {
  const config = parsed.config;
  const token = config.DISCORD_TOKEN!;
  const corpus = await loadCorpusFolder(config.CORPUS_DIR);
  if (!corpus.ok) fail([`The corpus in ${config.CORPUS_DIR} is invalid:`, ...corpus.problems.map((p) => `  ${formatProblem(p)}`)]);
  else {
    try {
      const appId = await applicationId(token, config.DISCORD_API_BASE, config.DISCORD_CLIENT_ID);
      const count = await registerCommands({ token, apiBase: config.DISCORD_API_BASE, applicationId: appId, guildId: config.DISCORD_GUILD_ID }, commandList(corpus.value.topics));
      console.log(`Registered ${count} commands ${config.DISCORD_GUILD_ID ? `in server ${config.DISCORD_GUILD_ID}` : 'globally (may take up to an hour to appear)'}.`);
    } catch (error) {
      fail([`Registering failed: ${(error as Error).message.split(token).join('[redacted]')}`]);
    }
  }
}
