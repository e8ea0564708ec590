// Two shards under discord.js's ShardingManager, each a real bot process, against the local server, which
// routes each guild to shard (guild_id >> 22) % 2.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InteractionResponseType } from 'discord-api-types/v10';
import { shardForGuild, startFakeDiscord, type FakeDiscord } from './fake-discord.js';

let fake: FakeDiscord;
let manager: ChildProcess;
let root: string;
let output = '';

beforeAll(async () => {
  fake = await startFakeDiscord({ shards: 2, guilds: [{ name: 'zero', shard: { id: 0, count: 2 } }, { name: 'one', shard: { id: 1, count: 2 } }] });
  root = await mkdtemp(join(tmpdir(), 'summit-shards-'));
  await cp('corpus', join(root, 'corpus'), { recursive: true });
  manager = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      PATH: process.env.PATH ?? '',
      DISCORD_TOKEN: fake.token,
      DISCORD_API_BASE: fake.apiBase,
      DISCORD_GUILD_ID: fake.guilds[0]!.id,
      SHARD_COUNT: '2',
      CORPUS_DIR: join(root, 'corpus'),
      CACHE_DIR: join(root, 'cache'),
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  manager.stdout!.on('data', (d) => (output += d));
  manager.stderr!.on('data', (d) => (output += d));
  await fake.waitForShardReady(0, { timeoutMs: 30_000 });
  await fake.waitForShardReady(1, { timeoutMs: 30_000 });
  await fake.waitFor(() => (fake.commands(fake.guilds[0]!.id).some((c) => c.name === 'ask') ? true : undefined), 'command registration', { timeoutMs: 15_000 });
}, 60_000);

afterAll(async () => {
  if (manager && manager.exitCode === null) {
    manager.kill('SIGTERM');
    await once(manager, 'exit');
  }
  await fake?.close();
  await rm(root, { recursive: true, force: true });
});

const answerText = async (guildId: string, question: string) => {
  const handle = fake.slashCommand({ name: 'ask', options: { question }, guildId, user: fake.makeUser({ guildIds: [guildId] }) });
  const response = await handle.response({ timeoutMs: 10_000 });
  expect(response.type).toBe(InteractionResponseType.ChannelMessageWithSource);
  return JSON.stringify(response.data);
};

describe('two shards', () => {
  it('each identify for their own shard and load the snapshot the manager built', () => {
    expect(fake.guilds.map((g) => shardForGuild(g.id, 2))).toEqual([0, 1]);
    expect(new Set(fake.identifies.map((i) => `${i.shardId}/${i.shardCount}`))).toEqual(new Set(['0/2', '1/2']));
    expect(output).toContain('(indexed)');
    expect(output.match(/\(from the snapshot\)/g)?.length).toBe(2);
  });

  it('answer a question in a guild of each shard', async () => {
    for (const guild of fake.guilds) expect(await answerText(guild.id, 'Who is Yury Barmin?')).toContain('Yury Barmin');
  });

  it('reload every shard from /reload on one of them, and report each shard', async () => {
    await writeFile(join(root, 'corpus', '2020-03-07-test-wire-kadikoy.md'), '---\ntitle: "Kadikoy"\noutlet: Test Wire\ndate: 2020-03-07\n---\n\nHundreds of protesters gathered in Kadikoy on Saturday.\n');
    const guild = fake.guilds[1]!;
    const handle = fake.slashCommand({ name: 'reload', guildId: guild.id, user: fake.adminUser });
    await handle.response({ timeoutMs: 10_000 });
    const reply = await fake.waitForOriginalResponse(handle.id, (m) => Boolean(m.content), { timeoutMs: 20_000 });
    expect(reply.content).toMatch(/Shard 0: Reloaded in \d+ ms from the snapshot: 1 added/);
    expect(reply.content).toMatch(/Shard 1: Reloaded in \d+ ms: 1 added/);
    for (const g of fake.guilds) expect(await answerText(g.id, 'How many protesters gathered in Kadikoy?')).toContain('Hundreds of');
  });

  it('stop cleanly with the manager', async () => {
    manager.kill('SIGTERM');
    const [code] = await once(manager, 'exit');
    expect(code).toBe(0);
    expect(output).not.toContain(fake.token);
  });
});
