// The Discord front door: a discord.js client wired to the engine store. Started by `npm start` when
// DISCORD_TOKEN is set; tests start it against a local Discord-compatible server.
import { Client, Events, GatewayIntentBits, Partials } from 'discord.js';
import { commandList } from '../../commands/index.js';
import type { Config } from '../config.js';
import { describeReload, type EngineStore, type ReloadResult } from '../core/engine-store.js';
import { createLogger, type Logger } from '../logger.js';
import type { BotContext } from './context.js';
import { Cooldown } from './cooldown.js';
import { onInteraction } from './interactions.js';
import { onMessage } from './messages.js';
import { Paging } from './paging.js';
import { registerCommands } from './register.js';
import { reloadEverywhere, type ShardReload, type SummitClient } from './sharding.js';

export interface RunningBot {
  client: Client;
  context: BotContext;
  stop(): Promise<void>;
}

export interface BotOptions {
  logger?: Logger;
  /** Handle SIGHUP, SIGINT and SIGTERM (the real process); tests leave signals alone. */
  signals?: boolean;
  /** Defer a command whose reply is not ready after this many ms; default DEFER_AFTER_MS. */
  deferAfterMs?: number;
  /** Test seam: see BotContext.answerDelay. */
  answerDelay?: () => Promise<void>;
  /** REST request timeout in ms (discord.js default 15 s); tests shorten it. */
  restTimeoutMs?: number;
}

/** Discord drops an interaction not acknowledged within 3 s; this leaves a second for the defer to arrive. */
export const DEFER_AFTER_MS = 2000;

export function intentsFor(config: Pick<Config, 'ASK_CHANNEL_IDS'>): GatewayIntentBits[] {
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];
  // Message Content is privileged: asked for only when whole channels are question channels. Mentions and
  // DMs carry their content without it.
  if (config.ASK_CHANNEL_IDS.length > 0) intents.push(GatewayIntentBits.MessageContent);
  return intents;
}

export async function startBot(config: Config, store: EngineStore, options: BotOptions = {}): Promise<RunningBot> {
  const token = config.DISCORD_TOKEN;
  if (!token) throw new Error('startBot needs DISCORD_TOKEN');
  const logger = options.logger ?? createLogger(config.LOG_LEVEL, [token]);
  const started = performance.now();
  const client = new Client({
    intents: intentsFor(config),
    partials: [Partials.Channel],
    allowedMentions: { parse: [], repliedUser: false },
    rest: { api: config.DISCORD_API_BASE, ...(options.restTimeoutMs ? { timeout: options.restTimeoutMs } : {}) },
  });

  let registeredTopics = topicKey(store);
  // With several shards, shard 0 alone registers commands; the others would only repeat it.
  const registers = () => !client.shard || client.shard.ids.includes(0);
  const register = async (reason: string) => {
    if (!registers()) return;
    const applicationId = config.DISCORD_CLIENT_ID ?? client.application?.id;
    if (!applicationId) return logger.warn('cannot register commands: application id unknown', { reason });
    const count = await registerCommands(
      { token, apiBase: config.DISCORD_API_BASE, applicationId, guildId: config.DISCORD_GUILD_ID },
      commandList(store.engine.topics),
    );
    registeredTopics = topicKey(store);
    logger.info('commands registered', { count, scope: config.DISCORD_GUILD_ID ? `guild ${config.DISCORD_GUILD_ID}` : 'global', reason });
  };

  const context: BotContext = {
    config,
    store,
    logger,
    cooldown: new Cooldown(config.COOLDOWN_SECONDS),
    paging: new Paging(),
    async reload(reason: string): Promise<ReloadResult> {
      const result = await store.reload();
      logger.info(describeReload(result), { reason, ...(result.ok ? {} : { problems: result.problems }) });
      if (result.ok && topicKey(store) !== registeredTopics) {
        await register('topics changed').catch((error: unknown) => logger.error('re-registering commands failed', { error }));
      }
      return result;
    },
    async reloadAll(reason: string): Promise<ShardReload[]> {
      if (!client.shard) return [{ shard: 0, result: await context.reload(reason) }];
      return reloadEverywhere(client.shard, reason, client.shard.ids[0]);
    },
    deferAfterMs: options.deferAfterMs ?? DEFER_AFTER_MS,
    ...(options.answerDelay ? { answerDelay: options.answerDelay } : {}),
  };

  // What other shards reach through broadcastEval.
  (client as SummitClient).summit = { reload: (reason) => context.reload(reason) };
  client.on(Events.InteractionCreate, (interaction) => void onInteraction(context, interaction));
  client.on(Events.MessageCreate, (message) => void onMessage(context, message));
  client.on(Events.Error, (error) => logger.error('client error', { error }));
  client.on(Events.Warn, (message) => logger.warn(message));
  client.on(Events.ShardDisconnect, (event, shard) => logger.warn('gateway disconnected', { code: event.code, shard }));
  client.on(Events.ShardResume, (shard) => logger.info('gateway resumed', { shard }));
  client.once(Events.ClientReady, (ready) => {
    logger.info('ready', { pid: process.pid, shards: client.shard?.ids, user: ready.user.tag, guilds: ready.guilds.cache.size, ms: Math.round(performance.now() - started) });
    if (config.DISCORD_GUILD_ID) void register('start').catch((error: unknown) => logger.error('registering commands failed', { error }));
  });

  const onHup = () => void context.reload('SIGHUP');
  const onStop = () => void stop().then(() => process.exit(0));
  const onRejection = (reason: unknown) => logger.error('unhandled rejection', { error: reason });
  if (options.signals) {
    process.on('SIGHUP', onHup);
    process.on('SIGINT', onStop);
    process.on('SIGTERM', onStop);
    process.on('unhandledRejection', onRejection);
  }

  let stopped = false;
  async function stop(): Promise<void> {
    if (stopped) return;
    stopped = true;
    logger.info('shutting down');
    context.paging.clear();
    process.off('SIGHUP', onHup);
    process.off('SIGINT', onStop);
    process.off('SIGTERM', onStop);
    process.off('unhandledRejection', onRejection);
    await client.destroy();
  }

  await client.login(token);
  return { client, context, stop };
}

function topicKey(store: EngineStore): string {
  return JSON.stringify(store.engine.topics.map(({ file: _file, ...t }) => t));
}
