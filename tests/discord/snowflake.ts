/**
 * Snowflake ids shaped like Discord's: (ms since 2015-01-01) << 22 | worker << 17 | process << 12 | increment.
 * Ids made now are 19 digits long and strictly increasing within a process, so "after id X" means "created later".
 */

export const DISCORD_EPOCH_MS = 1_420_070_400_000n;

let lastTimestamp = 0n;
let increment = 0n;

/** Next timestamp part (ms since the Discord epoch), never smaller than the previous one. */
function nextTimestampPart(): bigint {
  const now = BigInt(Date.now()) - DISCORD_EPOCH_MS;
  if (now > lastTimestamp) {
    lastTimestamp = now;
    increment = 0n;
  } else {
    increment += 1n;
    if (increment > 0xfffn) {
      // 4096 ids in one millisecond: borrow the next millisecond, as Discord's workers would wait for it.
      lastTimestamp += 1n;
      increment = 0n;
    }
  }
  return lastTimestamp;
}

function compose(timestampPart: bigint, inc: bigint): string {
  return ((timestampPart << 22n) | (1n << 17n) | (1n << 12n) | (inc & 0xfffn)).toString();
}

/** A fresh, unique, increasing snowflake id. */
export function snowflake(): string {
  const ts = nextTimestampPart();
  return compose(ts, increment);
}

/** The shard a guild is routed to: (guild_id >> 22) % shard_count. */
export function shardForGuild(guildId: string, shardCount: number): number {
  if (!Number.isInteger(shardCount) || shardCount < 1) throw new Error(`shardCount must be a positive integer, got ${shardCount}`);
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/**
 * A fresh guild id that lands on `shardId` when the bot runs `shardCount` shards,
 * i.e. (guild_id >> 22) % shardCount === shardId. Still unique and increasing.
 */
export function guildIdForShard(shardId: number, shardCount: number): string {
  if (!Number.isInteger(shardCount) || shardCount < 1) throw new Error(`shardCount must be a positive integer, got ${shardCount}`);
  if (!Number.isInteger(shardId) || shardId < 0 || shardId >= shardCount) {
    throw new Error(`shardId must be an integer in [0, ${shardCount}), got ${shardId}`);
  }
  const count = BigInt(shardCount);
  const base = nextTimestampPart() + 1n;
  const target = base + ((BigInt(shardId) - (base % count) + count) % count);
  // Reserve the chosen millisecond so later ids stay larger.
  lastTimestamp = target;
  increment = 0n;
  return compose(target, 0n);
}

/** The creation time encoded in a snowflake (ms since the Unix epoch). */
export function snowflakeTimestamp(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH_MS);
}

/** True when `id` looks like a Discord snowflake (17-19 digits). */
export function isSnowflake(id: string): boolean {
  return /^\d{17,19}$/.test(id);
}
