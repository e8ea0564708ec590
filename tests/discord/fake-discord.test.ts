import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  Events,
  GatewayIntentBits,
  MessageFlags,
  Partials,
  type ClientOptions,
  type Interaction,
  type Message,
} from 'discord.js';
import { InteractionResponseType, MessageType } from 'discord-api-types/v10';
import { guildIdForShard, shardForGuild, startFakeDiscord, type FakeDiscord, type FakeDiscordOptions } from './fake-discord.js';

const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent];

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The tiny bot under test. /ping replies, /slow defers then edits, /where names the guild and shard, /secret replies
 * ephemerally then follows up, /menu posts a button that /menu's click replaces; /ask autocompletes; a mention or a DM
 * gets a message reply. Handler failures are collected in `errors`.
 */
function attachHandlers(client: Client, errors: unknown[]): void {
  client.on(Events.Error, (error) => errors.push(error));
  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    void (async () => {
      if (interaction.isAutocomplete()) {
        const typed = interaction.options.getFocused();
        await interaction.respond([{ name: `${typed}cow`, value: 'moscow' }]);
      } else if (interaction.isButton()) {
        await interaction.update({ content: `clicked ${interaction.customId}`, components: [] });
      } else if (interaction.isChatInputCommand()) {
        switch (interaction.commandName) {
          case 'ping':
            await interaction.reply({ content: 'pong', allowedMentions: { parse: [] } });
            break;
          case 'slow':
            await interaction.deferReply();
            await sleep(50);
            await interaction.editReply({ content: 'done thinking', allowedMentions: { parse: [] } });
            break;
          case 'where':
            await interaction.reply({ content: `guild ${interaction.guild?.name ?? 'DM'} on shard ${interaction.guild?.shardId ?? 0}` });
            break;
          case 'secret':
            await interaction.reply({ content: 'only you', flags: MessageFlags.Ephemeral });
            await interaction.followUp({ content: 'and more', flags: MessageFlags.Ephemeral });
            break;
          case 'menu': {
            const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
              new ButtonBuilder().setCustomId('more').setLabel('More').setStyle(ButtonStyle.Primary),
            );
            await interaction.reply({ content: 'pick one', components: [row] });
            break;
          }
        }
      }
    })().catch((error: unknown) => errors.push(error));
  });
  client.on(Events.MessageCreate, (message: Message) => {
    if (message.author.bot || !client.user) return;
    if (message.guildId && !message.mentions.users.has(client.user.id)) return;
    message.reply({ content: 'you called?', allowedMentions: { parse: [] } }).catch((error: unknown) => errors.push(error));
  });
}

async function startBot(fake: FakeDiscord, errors: unknown[], options: Partial<ClientOptions> = {}): Promise<Client> {
  const client = new Client({ intents: INTENTS, rest: { api: fake.apiBase }, waitGuildTimeout: 1000, ...options });
  attachHandlers(client, errors);
  const ready = once(client, Events.ClientReady);
  await client.login(fake.token);
  await withTimeout(ready, 5000, 'the client to become ready');
  return client;
}

describe('fake Discord server with the real discord.js client', () => {
  let fake: FakeDiscord | undefined;
  let client: Client | undefined;
  let errors: unknown[] = [];

  async function setup(
    fakeOptions: FakeDiscordOptions = {},
    clientOptions: Partial<ClientOptions> = {},
  ): Promise<{ fake: FakeDiscord; client: Client }> {
    const started = await startFakeDiscord(fakeOptions);
    fake = started;
    const bot = await startBot(started, errors, clientOptions);
    client = bot;
    return { fake: started, client: bot };
  }

  beforeEach(() => {
    errors = [];
  });

  afterEach(async () => {
    await client?.destroy();
    await fake?.close();
    client = undefined;
    fake = undefined;
    expect(errors).toEqual([]);
  });

  describe('login', () => {
    it('lets the client log in, identify with its intents and become ready with the guild and channel cached', async () => {
      const { fake, client } = await setup();

      const guild = client.guilds.cache.get(fake.guild.id);
      expect(guild?.available).toBe(true);
      expect(guild?.channels.cache.has(fake.guild.textChannelId)).toBe(true);
      expect(client.user?.id).toBe(fake.bot.id);
      expect(fake.identifies).toHaveLength(1);
      expect(fake.identifies[0]?.intents).toBe((1 << 0) | (1 << 9) | (1 << 15));
      expect(fake.requests.some((r) => r.method === 'GET' && r.path === '/gateway/bot')).toBe(true);
      expect(fake.guild.id).toMatch(/^\d{17,19}$/);
    });

    it('refuses a wrong bot token with 401 so login fails', async () => {
      const started = await startFakeDiscord();
      fake = started;
      const intruder = new Client({ intents: INTENTS, rest: { api: started.apiBase } });
      try {
        await expect(intruder.login('not-the-token')).rejects.toThrow(/token/i);
        expect(started.requests.at(-1)?.status).toBe(401);
      } finally {
        await intruder.destroy();
      }
    });

    it('routes each guild to its own shard when the client runs two shards', async () => {
      const { fake } = await setup(
        { guilds: [{ name: 'even', shard: { id: 0, count: 2 } }, { name: 'odd', shard: { id: 1, count: 2 } }] },
        { shards: [0, 1], shardCount: 2 },
      );

      expect(fake.identifies.map((i) => i.shardId).sort()).toEqual([0, 1]);
      const [even, odd] = fake.guilds;
      const replies = await Promise.all([
        fake.slashCommand({ name: 'where', guildId: even!.id }).originalResponse(),
        fake.slashCommand({ name: 'where', guildId: odd!.id }).originalResponse(),
      ]);
      expect(replies.map((m) => m.content)).toEqual(['guild even on shard 0', 'guild odd on shard 1']);
    });
  });

  describe('answers', () => {
    it('records interaction.reply() to a slash command as the original response', async () => {
      const { fake } = await setup();

      const command = fake.slashCommand({ name: 'ping' });
      const reply = await command.originalResponse();

      expect(reply.content).toBe('pong');
      expect(reply.type).toBe(MessageType.ChatInputCommand);
      const events = fake.interactionResponses(command.id);
      expect(events.map((e) => e.kind)).toEqual(['callback']);
      expect(events[0]?.kind === 'callback' && events[0].type).toBe(InteractionResponseType.ChannelMessageWithSource);
    });

    it('records deferReply() followed by editReply() on @original, in order', async () => {
      const { fake } = await setup();

      const command = fake.slashCommand({ name: 'slow' });
      const reply = await command.originalResponse((m) => m.content === 'done thinking');

      expect(reply.content).toBe('done thinking');
      const events = fake.interactionResponses(command.id);
      expect(events.map((e) => e.kind)).toEqual(['callback', 'editOriginal']);
      expect(events[0]?.kind === 'callback' && events[0].type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
      expect(fake.requests.some((r) => r.method === 'PATCH' && r.path.endsWith('/messages/@original'))).toBe(true);
    });

    it('records an ephemeral reply and an ephemeral follow-up', async () => {
      const { fake } = await setup();

      const command = fake.slashCommand({ name: 'secret' });
      const followUp = await fake.waitForFollowUp(command.id);

      expect(followUp.content).toBe('and more');
      expect(fake.originalResponse(command.id)?.flags).toBe(MessageFlags.Ephemeral);
      expect(fake.interactionResponses(command.id).map((e) => e.kind)).toEqual(['callback', 'followUp']);
    });

    it('delivers autocomplete with the focused option and records the choices', async () => {
      const { fake } = await setup();

      const typing = fake.autocomplete({ name: 'ask', options: { question: 'Mos' } });

      expect(await fake.waitForAutocompleteChoices(typing.id)).toEqual([{ name: 'Moscow', value: 'moscow' }]);
    });

    it('delivers a click on a button the bot posted and records the message update', async () => {
      const { fake } = await setup();
      const menu = await fake.slashCommand({ name: 'menu' }).originalResponse();

      const click = fake.button({ customId: 'more', message: menu });
      const callback = await click.response();

      expect(callback.type).toBe(InteractionResponseType.UpdateMessage);
      expect(fake.message(menu.id)?.message.content).toBe('clicked more');
      expect(fake.message(menu.id)?.message.components).toEqual([]);
    });

    it('records message.reply() to a message mentioning the bot, with a message_reference to it', async () => {
      const { fake } = await setup();

      const sent = fake.messageCreate({ content: `${fake.mention()} what happened in Moscow?` });
      const reply = await sent.waitForReply();

      expect(reply.content).toBe('you called?');
      expect(reply.author.id).toBe(fake.bot.id);
      expect(reply.message_reference?.message_id).toBe(sent.id);
      expect(fake.channelMessages(fake.guild.textChannelId)).toHaveLength(1);
    });

    it('delivers DM slash commands and DM messages (user instead of member, no guild)', async () => {
      const { fake } = await setup(
        {},
        { intents: [...INTENTS, GatewayIntentBits.DirectMessages], partials: [Partials.Channel] },
      );

      const command = fake.slashCommand({ name: 'where', dm: true });
      expect(command.payload.member).toBeUndefined();
      expect((await command.originalResponse()).content).toBe('guild DM on shard 0');

      const dm = fake.messageCreate({ content: 'hello in private', dm: true });
      expect((await dm.waitForReply()).content).toBe('you called?');
    });
  });

  describe('faults', () => {
    it('resumes after the server closes the socket with 4000 and still answers the next interaction', async () => {
      const { fake } = await setup();

      expect(fake.closeGateway(4000)).toBe(1);
      await fake.waitForStat('resumes', 1);
      await fake.waitForShardReady(0);
      const reply = await fake.slashCommand({ name: 'ping' }).originalResponse();

      expect(reply.content).toBe('pong');
      expect(fake.stats.identifies).toBe(1);
      expect(fake.connections.at(-1)?.path).toBe('/resume');
    });

    it('reconnects and resumes after op 7 RECONNECT, delivering an interaction dispatched meanwhile', async () => {
      const { fake } = await setup();

      expect(fake.sendReconnect()).toBe(1);
      // Dispatched while the client is reconnecting: it must arrive through the RESUME replay.
      const command = fake.slashCommand({ name: 'ping' });
      await fake.waitForStat('resumes', 1);

      expect((await command.originalResponse()).content).toBe('pong');
      expect(fake.stats.connections).toBe(2);
      expect(fake.stats.identifies).toBe(1);
    });

    it('makes the client resume when heartbeats stop being acknowledged', async () => {
      const { fake } = await setup({ heartbeatIntervalMs: 250 });

      fake.stopHeartbeatAcks();
      await fake.waitForStat('resumes', 1, { timeoutMs: 4000 });
      fake.resumeHeartbeatAcks();

      expect((await fake.slashCommand({ name: 'ping' }).originalResponse()).content).toBe('pong');
    });

    it('has discord.js retry a 429 on the interaction callback so the reply lands exactly once', async () => {
      const { fake } = await setup();
      fake.failNext('POST', /^\/interactions\/.*\/callback$/, {
        status: 429,
        body: { message: 'You are being rate limited.', retry_after: 0.2, global: false },
      });

      const command = fake.slashCommand({ name: 'ping' });
      const reply = await command.originalResponse();

      expect(reply.content).toBe('pong');
      const callbacks = fake.requests.filter((r) => r.path === `/interactions/${command.id}/${command.token}/callback`);
      expect(callbacks.map((r) => r.status)).toEqual([429, 204]);
      expect(callbacks[1]!.at - callbacks[0]!.at).toBeGreaterThanOrEqual(150);
      expect(fake.interactionResponses(command.id).filter((e) => e.kind === 'callback')).toHaveLength(1);
    });

    it('has discord.js retry a 500 on a channel message so the reply is posted once', async () => {
      const { fake } = await setup();
      fake.failNext('POST', '/channels/:channel/messages', { status: 500 });

      const sent = fake.messageCreate({ content: `${fake.mention()} hello?` });
      await sent.waitForReply();

      const posts = fake.requests.filter((r) => r.method === 'POST' && r.path.startsWith('/channels/'));
      expect(posts.map((r) => r.status)).toEqual([500, 200]);
      expect(fake.channelMessages(sent.channelId)).toHaveLength(1);
    });
  });

  describe('helpers', () => {
    it('rejects a wait with a message naming what it waited for', async () => {
      const started = await startFakeDiscord();
      fake = started;
      await expect(started.waitForChannelMessage(started.guild.textChannelId, () => false, { timeoutMs: 50 })).rejects.toThrow(
        /timed out after \d+ ms waiting for a bot message in channel/,
      );
    });

    it('makes guild ids that land on the requested shard', () => {
      for (let shard = 0; shard < 4; shard += 1) {
        const id = guildIdForShard(shard, 4);
        expect(id).toMatch(/^\d{17,19}$/);
        expect(shardForGuild(id, 4)).toBe(shard);
        expect(Number((BigInt(id) >> 22n) % 4n)).toBe(shard);
      }
    });
  });
});
