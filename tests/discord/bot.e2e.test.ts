// The bot end to end: the unmodified discord.js client in src/discord/bot.ts, talking to the local
// Discord-compatible server over HTTP and WebSocket.
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InteractionResponseType, MessageFlags, type APIEmbed, type APIMessage } from 'discord-api-types/v10';
import { startHarness, type Harness } from './bot-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ COOLDOWN_SECONDS: '30' });
});
afterAll(async () => {
  await h?.close();
});

/** What the embeds say, bold markers removed. */
const text = (embeds: readonly APIEmbed[] | undefined) =>
  (embeds ?? []).map((e) => `${e.title ?? ''}\n${e.description ?? ''}\n${e.footer?.text ?? ''}`).join('\n').replace(/\*\*/g, '');
type CallbackData = { content?: string; embeds?: APIEmbed[]; flags?: number; components?: { components: { custom_id?: string }[] }[]; allowed_mentions?: unknown; choices?: { name: string; value: string }[] };
const data = (cb: { data: unknown }) => (cb.data ?? {}) as CallbackData;

async function ask(question: string, extra: Record<string, string | boolean> = {}, user = h.fake.makeUser()) {
  const handle = h.fake.slashCommand({ name: 'ask', options: { question, ...extra }, user });
  const response = await handle.response();
  return { handle, response, data: data(response), user };
}

describe('the bot', () => {
  it('logs in and registers every command, /reload hidden behind Manage Server', () => {
    const names = h.fake.commands(h.fake.guild.id).map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['ask', 'sources', 'help', 'reload', 'ceasefire', 'corridor', 'casualties', 'refugees', 'sochi', 'reactions']));
    const reload = h.fake.commands(h.fake.guild.id).find((c) => c.name === 'reload');
    expect(reload?.default_member_permissions).toBe('32');
  });

  it('answers /ask with a quote and its attribution', async () => {
    const { response, data: d } = await ask('How many refugees does Turkey host?');
    expect(response.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(d.flags ?? 0).toBe(0);
    expect(d.content).toContain('How many refugees does Turkey host?');
    const body = text(d.embeds);
    expect(d.embeds?.map((e) => e.description).join('\n')).toMatch(/> .*\*\*refugees\*\*/);
    expect(body).toContain('The Moscow Times');
    expect(body).toContain('Michael Mainville');
    expect(body).toContain('5 March 2020');
    // The outlets differ on this figure, so a note comes first; each quote links to its article.
    expect(d.embeds?.[0]?.title).toContain('different figures');
    expect(d.embeds?.find((e) => e.url)?.url).toMatch(/^https:\/\/www\.themoscowtimes\.com\//);
    expect(d.allowed_mentions).toEqual({ parse: [] });
  });

  it('answers /ask privately when asked to', async () => {
    const { data: d } = await ask('Who is Dmitry Peskov?', { private: true });
    expect((d.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(text(d.embeds)).toContain('Peskov');
  });

  it('shows an /ask answer to another member when asked, mentioning that member and no one else', async () => {
    const member = h.fake.makeUser();
    const { data: d } = await ask('How many refugees does Turkey host?', { for: member.id });
    expect(d.flags ?? 0).toBe(0);
    expect(d.content).toMatch(new RegExp(`^For <@${member.id}> · \\*\\*Q:\\*\\* How many refugees`));
    expect(d.allowed_mentions).toEqual({ parse: [], users: [member.id] });
    expect(text(d.embeds)).toContain('refugees');
    // An answer for someone else is public by nature.
    const both = await ask('How many refugees does Turkey host?', { for: member.id, private: true });
    expect((both.data.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(both.data.content).toContain('cannot be private');
    expect(both.data.embeds ?? []).toEqual([]);
    const botId = /\d+/.exec(h.fake.mention())![0];
    const toBot = await ask('How many refugees does Turkey host?', { for: botId });
    expect((toBot.data.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(toBot.data.content).toContain('not to bots');
  });

  it('says privately, with suggestions, when the articles do not answer', async () => {
    const { data: d } = await ask('What is the capital of France?');
    expect((d.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(d.content).toContain('do not answer');
    expect(d.content).toContain('You could ask');
  });

  it('answers a topic command, its pinned passage first', async () => {
    const handle = h.fake.slashCommand({ name: 'ceasefire', user: h.fake.makeUser() });
    const d = data(await handle.response());
    expect(d.embeds?.[0]?.description).toContain('calls for a ceasefire as of midnight');
  });

  it('autocompletes /ask with the user’s text first and at most 25 choices', async () => {
    const handle = h.fake.autocomplete({ name: 'ask', options: { question: 'refug' }, focused: 'question' });
    const choices = await h.fake.waitForAutocompleteChoices(handle.id);
    expect(choices[0]?.value).toBe('refug');
    expect(choices.length).toBeGreaterThan(1);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices.some((c) => String(c.value).toLowerCase().includes('refugees'))).toBe(true);
    for (const c of choices) expect(c.name.length).toBeLessThanOrEqual(100);
  });

  it('pages with a More button that only the asker can press', async () => {
    const { handle, data: d, user } = await ask('Turkey Russia Syria');
    const customId = d.components?.[0]?.components[0]?.custom_id;
    expect(customId).toMatch(/^more:/);
    const message = await h.fake.waitForOriginalResponse(handle.id);

    const stranger = h.fake.button({ customId: customId!, message, user: h.fake.makeUser() });
    const refused = data(await stranger.response());
    expect(refused.flags! & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(refused.content).toContain('Only the person who asked');

    const press = h.fake.button({ customId: customId!, message, user });
    const page = await press.response();
    expect(page.type).toBe(InteractionResponseType.UpdateMessage);
    expect(text(data(page).embeds)).toContain('Passages 4–6');
    expect(text(data(page).embeds)).not.toBe(text(d.embeds));
  });

  it('refuses a forged button id, and a button whose session is gone', async () => {
    const { handle, data: d, user } = await ask('Turkey Russia Syria');
    const message = await h.fake.waitForOriginalResponse(handle.id);
    const forged = data(await h.fake.button({ customId: 'more:deadbeef0000', message, user, forged: true }).response());
    expect(forged.content).toContain('expired');
    const foreign = data(await h.fake.button({ customId: 'reload', message, user: h.fake.adminUser, forged: true }).response());
    expect(foreign.content).toContain('not one of mine');
    // After a restart the bot has no sessions: the old button says so instead of failing.
    h.bot.context.paging.clear();
    const stale = data(await h.fake.button({ customId: d.components![0]!.components[0]!.custom_id!, message, user }).response());
    expect(stale.content).toContain('expired');
  });

  it('lists the sources', async () => {
    const handle = h.fake.slashCommand({ name: 'sources' });
    const body = text(data(await handle.response()).embeds);
    expect(body).toContain('Putin, Erdogan Seek to Ease Syria Tensions');
    expect(body).toContain('World Socialist Web Site');
    expect(body).toMatch(/25 passages/);
  });

  it('explains itself with /help', async () => {
    const d = data(await h.fake.slashCommand({ name: 'help' }).response());
    expect(text(d.embeds)).toContain('/ceasefire');
  });

  it('answers a message that mentions it, in reply, showing typing first', async () => {
    const typingBefore = h.fake.typing.length;
    const msg = h.fake.messageCreate({ content: `${h.fake.mention()} who is Yury Barmin?`, author: h.fake.makeUser() });
    const reply = await msg.waitForReply();
    expect(reply.message_reference?.message_id).toBe(msg.id);
    expect(text(reply.embeds)).toContain('Yury Barmin');
    expect(h.fake.typing.length).toBeGreaterThan(typingBefore);
  });

  it('reads a question past the emoji, mentions and shortcodes Discord puts in it', async () => {
    const other = h.fake.makeUser();
    const content = `${h.fake.mention()} <@${other.id}> when does the ceasefire start <:pepehands:123456789012345678> :clock3:`;
    const reply = await h.fake.messageCreate({ content, author: h.fake.makeUser() }).waitForReply();
    expect(text(reply.embeds)).toContain('midnight');
    const { data: d } = await ask('when does the ceasefire start <a:clap:123456789012345678>');
    expect(text(d.embeds)).toContain('midnight');
    // A DM with nothing left once the markup is out still gets an answer: how to ask.
    const dm = await h.fake.messageCreate({ content: `<@!${other.id}> <:wave:123456789012345678>`, author: h.fake.makeUser(), dm: true }).waitForReply();
    expect(dm.content).toContain('Ask me a question');
  });

  it('ignores bots, webhooks and messages that do not mention it', async () => {
    const channel = h.fake.guild.channels[0]!.id;
    const before = h.fake.channelMessages(channel).length;
    h.fake.messageCreate({ content: `${h.fake.mention()} who is Yury Barmin?`, author: h.fake.makeBotAuthor() });
    h.fake.messageCreate({ content: `${h.fake.mention()} who is Yury Barmin?`, author: h.fake.makeWebhookAuthor() });
    h.fake.messageCreate({ content: 'who is Yury Barmin?', author: h.fake.makeUser() });
    // Then a question it must answer: once its reply is there, the three before it were already handled.
    await h.fake.messageCreate({ content: `${h.fake.mention()} who is Dmitry Peskov?`, author: h.fake.makeUser() }).waitForReply();
    const replies = h.fake.channelMessages(channel).slice(before).filter((m) => m.author.id === h.fake.bot.id);
    expect(replies).toHaveLength(1);
  });

  it('never lets a question ping @everyone, @here, a role or a user', async () => {
    const victim = h.fake.makeUser();
    const { data: d } = await ask(`@everyone @here <@&${h.fake.guild.roles[0]!.id}> <@${victim.id}> how many refugees does Turkey host?`);
    expect(d.allowed_mentions).toEqual({ parse: [] });
    // Echoed user text has its markdown escaped.
    const { data: md } = await ask('**refugees** in `Turkey`');
    expect(md.content).toContain('\\*\\*refugees\\*\\*');
    const msg = h.fake.messageCreate({ content: `${h.fake.mention()} @everyone how many refugees does Turkey host?`, author: h.fake.makeUser() });
    const reply = await msg.waitForReply();
    const request = h.fake.requests.find((r) => r.method === 'POST' && r.path.endsWith('/messages') && (r.body as { message_reference?: { message_id: string } })?.message_reference?.message_id === msg.id);
    expect((request?.body as { allowed_mentions?: unknown }).allowed_mentions).toMatchObject({ parse: [] });
    expect(reply.mention_everyone).toBeFalsy();
  });

  it('applies a per-user cooldown, answered privately', async () => {
    const user = h.fake.makeUser();
    await ask('Who is Dmitry Peskov?', {}, user);
    const { data: d } = await ask('Who is Yury Barmin?', {}, user);
    expect(d.flags! & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(d.content).toMatch(/Please wait \d+ s/);
  });
});

describe('/reload', () => {
  const extra = () => join(h.corpusDir, '2020-03-07-test-wire-istanbul-protest.md');
  const broken = () => join(h.corpusDir, '2020-03-08-broken.md');

  async function reloadAs(user = h.fake.adminUser) {
    const handle = h.fake.slashCommand({ name: 'reload', user });
    const first = await handle.response();
    if (first.type === InteractionResponseType.DeferredChannelMessageWithSource) {
      return (await h.fake.waitForOriginalResponse(handle.id, (m: APIMessage) => Boolean(m.content))).content;
    }
    return data(first).content ?? '';
  }

  it('by an admin makes a new article answerable and reports what changed', async () => {
    await writeFile(
      extra(),
      '---\ntitle: "Protest in Istanbul"\noutlet: Test Wire\ndate: 2020-03-07\n---\n\nHundreds of protesters gathered in Istanbul’s Kadikoy district on Saturday to oppose the Idlib offensive. @everyone should read this.\n',
    );
    const report = await reloadAs();
    expect(report).toMatch(/Reloaded in \d+ ms: 1 added; passages 42 → 43/);
    expect(report).toContain('2020-03-07-test-wire-istanbul-protest');
    const { data: d } = await ask('How many protesters gathered in Kadikoy?');
    expect(text(d.embeds)).toContain('Hundreds of protesters');
    // The article's own "@everyone" is quoted, never parsed as a mention.
    expect(d.allowed_mentions).toEqual({ parse: [] });
    await rm(extra());
    // An article pasted in as a text file is not read, and the report says so.
    await writeFile(join(h.corpusDir, 'pasted.txt'), 'Hundreds of protesters gathered in Istanbul on Saturday.\n');
    const removed = await reloadAs();
    expect(removed).toContain('1 removed');
    expect(removed).toContain('not read, as articles are .md files: pasted.txt.');
    await rm(join(h.corpusDir, 'pasted.txt'));
  });

  it('with a broken article names the file and keeps the old corpus answering', async () => {
    await writeFile(broken(), '---\ntitle: "Broken"\noutlet: Test Wire\ndate: 2020-13-45\n---\n\nText.\n');
    const report = await reloadAs();
    expect(report).toContain('Reload failed; the previous corpus is still answering');
    expect(report, h.logs.filter((l) => l.includes('ERROR')).join('\n')).toContain('2020-03-08-broken.md:4: date:');
    const { data: d } = await ask('How many refugees does Turkey host?');
    expect(text(d.embeds)).toContain('million refugees');
    await rm(broken());
  });

  it('is refused to a member without admin rights', async () => {
    const before = h.bot.context.store.engine;
    const report = await reloadAs(h.fake.makeUser());
    expect(report).toContain('Only server admins');
    expect(h.bot.context.store.engine).toBe(before);
  });

  it('is refused in a DM, even to a listed admin user', async () => {
    const handle = h.fake.slashCommand({ name: 'reload', user: h.fake.adminUser, dm: true });
    expect(data(await handle.response()).content).toContain('Only server admins');
  });
});

describe('shutdown', () => {
  it('never logged the token', async () => {
    await sleep(10);
    expect(h.logs.length).toBeGreaterThan(0);
    for (const line of h.logs) expect(line).not.toContain(h.fake.token);
  });
});
