// The real bot process (`npm start`'s entry point) as a child process, reached only through the local
// Discord-compatible server.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { InteractionResponseType } from 'discord-api-types/v10';
import { startFakeDiscord, type FakeDiscord } from './fake-discord.js';

let fake: FakeDiscord | undefined;
let child: ChildProcess | undefined;
afterEach(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await fake?.close();
});

function start(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  let output = '';
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { PATH: process.env.PATH ?? '', CORPUS_DIR: 'corpus', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proc.stdout!.on('data', (d) => (output += d));
  proc.stderr!.on('data', (d) => (output += d));
  return { child: proc, output: () => output };
}

describe('npm start with DISCORD_TOKEN', () => {
  it('logs in, answers /ask, reloads on SIGHUP and exits cleanly on SIGTERM, never printing the token', async () => {
    fake = await startFakeDiscord();
    const run = start({ DISCORD_TOKEN: fake.token, DISCORD_API_BASE: fake.apiBase, DISCORD_GUILD_ID: fake.guild.id });
    child = run.child;
    await fake.waitFor(() => (fake!.commands(fake!.guild.id).some((c) => c.name === 'ask') ? true : undefined), 'the bot to register its commands', { timeoutMs: 15_000 });

    const handle = fake.slashCommand({ name: 'ask', options: { question: 'What did the Western diplomat tell AFP?' } });
    const response = await handle.response();
    expect(response.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(JSON.stringify(response.data)).toContain('There might be a ceasefire announced');

    child.kill('SIGHUP');
    await fake.waitFor(() => (run.output().includes('Reloaded in') ? true : undefined), 'the reload log line');

    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    expect(run.output()).toContain('ready');
    expect(run.output()).not.toContain(fake.token);
  });

  it('stops at once on invalid configuration, listing every problem without echoing the token', async () => {
    const token = 'sentinel token with spaces SECRET-123456789';
    const run = start({ DISCORD_TOKEN: token, LOG_LEVEL: 'loud', COOLDOWN_SECONDS: 'soon', ADMIN_USER_IDS: '42' });
    child = run.child;
    const [code] = await once(child, 'exit');
    expect(code).toBe(1);
    const out = run.output();
    for (const name of ['DISCORD_TOKEN', 'LOG_LEVEL', 'COOLDOWN_SECONDS', 'ADMIN_USER_IDS']) expect(out).toContain(name);
    expect(out).not.toContain('SECRET-123456789');
    expect(out).not.toMatch(/\bat .+\.(ts|js):\d+/);
  });
});
