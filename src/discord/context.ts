// What every Discord handler needs, built once at start.
import type { Config } from '../config.js';
import type { EngineStore, ReloadResult } from '../core/engine-store.js';
import type { Logger } from '../logger.js';
import type { Cooldown } from './cooldown.js';
import type { Paging } from './paging.js';
import type { ShardReload } from './sharding.js';

export interface BotContext {
  config: Config;
  store: EngineStore;
  logger: Logger;
  cooldown: Cooldown;
  paging: Paging;
  /** Reloads this process's corpus and, when the topics changed, registers the commands again. */
  reload(reason: string): Promise<ReloadResult>;
  /** Reloads every shard (just this process when not sharded), this one first; one result per shard. */
  reloadAll(reason: string): Promise<ShardReload[]>;
  /** A command whose reply is not ready after this many ms is deferred (Discord drops it after 3 s). */
  deferAfterMs: number;
  /** Test seam: awaited before each answer is computed, to make answers slow. Unset in production. */
  answerDelay?: () => Promise<void>;
}
