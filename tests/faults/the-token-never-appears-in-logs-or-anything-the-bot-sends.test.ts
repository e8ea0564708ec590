// The bot runs with a sentinel token through every path it has (answers, pages, autocomplete, reloads good and
// bad, REST failures, a gateway drop), at debug level; then every log line, every request it made (apart from
// the Authorization header and IDENTIFY, where the token belongs) and every message it left are searched.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../discord/bot-harness.js';
import { startFakeDiscord } from '../discord/fake-discord.js';

const SENTINEL = 'SENTINELxTOKEN';
const token = () => `MTAxMjM0NTY3ODkwMTIzNDU2.${SENTINEL}.${Math.random().toString(36).slice(2)}-end`;
const CALLBACK = /^\/interactions\/\d+\/[^/]+\/callback$/;

describe('with a sentinel token', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ LOG_LEVEL: 'debug' }, { token: token() });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('the running bot never logs, sends or leaves it anywhere', async () => {
    const { fake } = h;
    const user = fake.makeUser();
    const ask = async (question: string) => (await fake.slashCommand({ name: 'ask', options: { question }, user: fake.makeUser() }).originalResponse()).id;
    await ask('How many refugees does Turkey host?');
    await fake.slashCommand({ name: 'sources' }).response();
    await fake.slashCommand({ name: 'help' }).response();
    await fake.waitForAutocompleteChoices(fake.autocomplete({ name: 'ask', options: { question: 'refug' } }).id);
    const paged = fake.slashCommand({ name: 'ask', options: { question: 'Turkey Russia Syria' }, user });
    const first = await paged.originalResponse();
    const customId = (first.components?.[0] as { components: { custom_id: string }[] } | undefined)?.components[0]?.custom_id;
    if (customId) await fake.button({ customId, message: first, user }).response();
    await fake.messageCreate({ content: `${fake.mention()} who is Yury Barmin?`, author: fake.makeUser() }).waitForReply();
    // Reloads, good and bad.
    const reload = async () => (await fake.slashCommand({ name: 'reload', user: fake.adminUser }).originalResponse((m) => Boolean(m.content))).content;
    await reload();
    await writeFile(join(h.corpusDir, 'broken.md'), '---\ntitle: x\n---\n\nText.\n');
    expect(await reload()).toContain('Reload failed');
    await rm(join(h.corpusDir, 'broken.md'));
    // Failures whose errors are logged in full.
    fake.failNext('POST', CALLBACK, { status: 500, times: 4 });
    await fake.slashCommand({ name: 'ask', options: { question: 'Who is Yury Barmin?' }, user: fake.makeUser() }).originalResponse();
    fake.failNext('POST', /^\/channels\/\d+\/messages$/, { status: 401, body: { message: '401: Unauthorized', code: 0 } });
    fake.messageCreate({ content: `${fake.mention()} who is Dmitry Peskov?`, author: fake.makeUser() });
    await fake.waitFor(() => (h.logs.some((l) => l.includes('message failed')) ? true : undefined), 'the failed reply to be logged');
    fake.closeGateway(4000);
    await fake.waitForStat('resumes', 1);
    await ask('Who is Dmitry Peskov?');

    expect(h.logs.filter((l) => l.includes(' ERROR ')).length).toBeGreaterThanOrEqual(2);
    const secret = fake.token;
    expect(secret).toContain(SENTINEL);
    for (const line of h.logs) expect(line).not.toContain(SENTINEL);
    for (const r of fake.requests) {
      const { authorization: _auth, ...headers } = r.headers;
      expect(JSON.stringify([r.url, r.rawBody, headers]), `${r.method} ${r.path}`).not.toContain(SENTINEL);
      expect(r.headers.authorization === undefined || r.headers.authorization === `Bot ${secret}`).toBe(true);
    }
    for (const id of fake.state.messages.keys()) expect(JSON.stringify(fake.message(id))).not.toContain(SENTINEL);
    expect(fake.identifies.every((i) => i.token === secret)).toBe(true);
  }, 30_000);
});

describe('the bot process with a sentinel token', () => {
  it('never prints it, at debug level, through a failing reply and a shutdown', async () => {
    const fake = await startFakeDiscord({ token: token() });
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { PATH: process.env.PATH ?? '', CORPUS_DIR: 'corpus', CACHE_DIR: 'off', LOG_LEVEL: 'debug', DISCORD_TOKEN: fake.token, DISCORD_API_BASE: fake.apiBase, DISCORD_GUILD_ID: fake.guild.id },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    try {
      await fake.waitFor(() => (fake.commands(fake.guild.id).some((c) => c.name === 'ask') ? true : undefined), 'command registration', { timeoutMs: 15_000 });
      fake.failNext('POST', CALLBACK, { status: 500, times: 4 });
      await fake.slashCommand({ name: 'ask', options: { question: 'Who is Yury Barmin?' } }).originalResponse(undefined, { timeoutMs: 10_000 });
      await fake.slashCommand({ name: 'ask', options: { question: 'Who is Yury Barmin?' }, user: fake.makeUser() }).originalResponse();
      child.kill('SIGTERM');
      const [code] = await once(child, 'close');
      expect(code).toBe(0);
      expect(output).toContain('interaction failed');
      expect(output).not.toContain(SENTINEL);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await fake.close();
    }
  }, 30_000);
});
