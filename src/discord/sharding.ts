// Sharding: with SHARD_COUNT > 1 this process becomes discord.js's ShardingManager and runs one bot
// process per shard. The manager builds the index snapshot once; every shard then loads it instead of
// rebuilding. A reload runs shard by shard: the first rebuilds (and saves the snapshot), the rest load it.
import { ShardingManager, type Client, type ShardClientUtil } from 'discord.js';
import type { Config } from '../config.js';
import type { ReloadResult } from '../core/engine-store.js';
import type { Logger } from '../logger.js';

/** What a shard exposes to the others through broadcastEval. */
export interface SummitHandle {
  reload(reason: string): Promise<ReloadResult>;
}

export type SummitClient = Client & { summit?: SummitHandle };

export interface ShardReload {
  shard: number;
  result: ReloadResult;
}

/**
 * Reloads every shard, one after the other so only the first does the work of building. Each shard that
 * fails keeps its old corpus and says so in its result.
 */
export async function reloadEverywhere(
  target: Pick<ShardClientUtil, 'broadcastEval' | 'count'> | Pick<ShardingManager, 'broadcastEval' | 'totalShards'>,
  reason: string,
  first?: number,
): Promise<ShardReload[]> {
  const count = 'count' in target ? target.count : Number(target.totalShards);
  const order = [...(first === undefined ? [] : [first]), ...Array.from({ length: count }, (_, i) => i).filter((i) => i !== first)];
  const results: ShardReload[] = [];
  for (const shard of order) {
    try {
      const result = (await target.broadcastEval((c: SummitClient, ctx: { reason: string }) => c.summit!.reload(ctx.reason), {
        shard,
        context: { reason },
      })) as ReloadResult;
      results.push({ shard, result });
    } catch (error) {
      results.push({ shard, result: { ok: false, ms: 0, problems: [{ file: `(shard ${shard})`, message: `did not answer: ${(error as Error).message}` }] } });
    }
  }
  return results.sort((a, b) => a.shard - b.shard);
}

/** `entry` is the script each shard runs: this process's own entry point (src/main.ts or dist/src/main.js). */
export async function runShardManager(config: Config, logger: Logger, entry: string): Promise<ShardingManager> {
  const manager = new ShardingManager(entry, {
    totalShards: config.SHARD_COUNT,
    ...(config.SHARD_LIST ? { shardList: config.SHARD_LIST } : {}),
    token: config.DISCORD_TOKEN!,
    mode: 'process',
    respawn: true,
    // The same loader flags as this process (tsx in development, none for the compiled build).
    execArgv: process.execArgv,
  });
  manager.on('shardCreate', (shard) => {
    logger.info('shard started', { shard: shard.id });
    shard.on('death', () => logger.warn('shard process exited', { shard: shard.id }));
  });
  await manager.spawn({ timeout: 60_000 });
  logger.info('all shards ready', { shards: manager.totalShards });
  return manager;
}
