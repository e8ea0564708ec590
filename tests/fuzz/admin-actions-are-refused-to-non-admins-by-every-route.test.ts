// /reload, the one admin action, tried by every route a non-admin has: the slash command from members with any
// permissions but Manage Server, in DMs (even by a listed admin), forged buttons and component ids, autocomplete,
// and messages that look like commands (mentions, DMs, a question channel, from admins too). A few hundred
// generated attempts through the local server; the reload must never run. Admins are the control.
import fc from 'fast-check';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MessageFlags, PermissionFlagsBits, type APIMessage } from 'discord-api-types/v10';
import { startHarness, type Harness } from '../discord/bot-harness.js';
import { ALL_PERMISSIONS } from '../discord/fake-discord.js';
import { question } from './inputs.js';

const ASK_CHANNEL = '1100000000000000001';
const LISTED_ADMIN = '1100000000000000002';
const ADMIN_ROLE = '1100000000000000003';

let h: Harness;
let reloads = 0;
beforeAll(async () => {
  h = await startHarness(
    { ASK_CHANNEL_IDS: ASK_CHANNEL, ADMIN_USER_IDS: LISTED_ADMIN, ADMIN_ROLE_IDS: ADMIN_ROLE },
    { guilds: [{ channels: [{ name: 'general' }, { id: ASK_CHANNEL, name: 'ask-the-bot' }] }] },
  );
  // A role of the server listed in ADMIN_ROLE_IDS, with no permissions of its own.
  h.fake.addRole({ id: ADMIN_ROLE, name: 'Bot admins' });
  // Count every reload however it is reached: the context's (what /reload calls) and the store's own.
  const contextReload = h.bot.context.reload.bind(h.bot.context);
  h.bot.context.reload = (reason) => {
    reloads++;
    return contextReload(reason);
  };
  const store = h.bot.context.store;
  const storeReload = store.reload.bind(store);
  store.reload = (...args: Parameters<typeof store.reload>) => {
    reloads++;
    return storeReload(...args);
  };
});
afterAll(async () => {
  await h?.close();
});

type Data = { content?: string; flags?: number };
const data = (d: unknown) => (d ?? {}) as Data;
const ephemeral = (d: Data) => ((d.flags ?? 0) & MessageFlags.Ephemeral) === MessageFlags.Ephemeral;
/** Every permission except Manage Server and Administrator, in any combination. */
const nonAdminPermissions = fc.bigInt({ min: 0n, max: ALL_PERMISSIONS }).map((p) => p & ~(PermissionFlagsBits.ManageGuild | PermissionFlagsBits.Administrator));
const RUNS = { numRuns: 60 };

describe('/reload, and anything that looks like it', () => {
  it('is refused to members without Manage Server, whatever else they may do', async () => {
    await fc.assert(
      fc.asyncProperty(nonAdminPermissions, fc.boolean(), async (permissions, withRole) => {
        const user = h.fake.makeUser();
        const handle = h.fake.slashCommand({ name: 'reload', user, permissions, ...(withRole ? {} : { roles: [] }) });
        const reply = data((await handle.response()).data);
        expect(reply.content).toContain('Only server admins');
        expect(ephemeral(reply)).toBe(true);
      }),
      RUNS,
    );
    expect(reloads).toBe(0);
  }, 60_000);

  it('is refused in a DM, to anyone, listed admins included', async () => {
    for (const user of [h.fake.makeUser(), h.fake.adminUser, h.fake.makeUser({ id: LISTED_ADMIN })]) {
      const reply = data((await h.fake.slashCommand({ name: 'reload', user, dm: true }).response()).data);
      expect(reply.content).toContain('Only server admins');
    }
    expect(reloads).toBe(0);
  });

  it('never runs from a forged button or component id, in a server or a DM, whoever presses it', async () => {
    const guildMessage = await h.fake.slashCommand({ name: 'ask', options: { question: 'Turkey Russia Syria' } }).originalResponse();
    const presser = fc.constantFrom('member', 'admin', 'listed');
    const users = { member: h.fake.makeUser(), admin: h.fake.adminUser, listed: h.fake.makeUser({ id: LISTED_ADMIN }) };
    // A DM button can only be pressed by the one person in the DM: each presser gets an answer in their DM.
    const dmMessages = new Map<string, APIMessage>();
    for (const [who, user] of Object.entries(users)) {
      dmMessages.set(who, await h.fake.slashCommand({ name: 'ask', options: { question: 'Turkey Russia Syria' }, dm: true, user }).originalResponse());
    }
    const customId = fc.oneof(
      fc.constantFrom('reload', '/reload', 'admin:reload', 'reload:confirm', 'more:reload', 'more:', 'more:../reload', 'more:000000000000', ''),
      fc.string({ minLength: 1, maxLength: 100 }),
      fc.stringMatching(/^more:[0-9a-f]{12}$/),
    );
    await fc.assert(
      fc.asyncProperty(customId, presser, fc.boolean(), async (id, who, inDm) => {
        const user = users[who];
        const message = inDm ? dmMessages.get(who)! : guildMessage;
        const reply = data((await h.fake.button({ customId: id || 'x', message, user, forged: true }).response()).data);
        expect(ephemeral(reply)).toBe(true);
        expect(reply.content).toMatch(/not one of mine|expired|Only the person who asked/);
      }),
      RUNS,
    );
    expect(reloads).toBe(0);
  }, 60_000);

  it('never runs from autocomplete on the reload command', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 50 }), async (typed) => {
        const handle = h.fake.autocomplete({ name: 'reload', options: { anything: typed }, user: h.fake.adminUser });
        expect(await h.fake.waitForAutocompleteChoices(handle.id)).toEqual([]);
      }),
      { numRuns: 20 },
    );
    expect(reloads).toBe(0);
  });

  it('never runs from a message that looks like a command, in a mention, a DM or a question channel, even an admin’s', async () => {
    const command = fc.constantFrom('/reload', '!reload', '/reload force', 'reload', '</reload:123456789012345678>', '/RELOAD', '.reload', '?reload', 'please /reload the corpus', '/reload?');
    const text = fc.tuple(fc.option(question, { freq: 3 }), command, fc.option(question, { freq: 3 })).map(([a, c, b]) => [a, c, b].filter((x) => x !== null).join(' '));
    const where = fc.constantFrom('mention', 'dm', 'ask-channel');
    await fc.assert(
      fc.asyncProperty(text, where, fc.constantFrom('member', 'admin', 'listed'), async (content, route, who) => {
        const author = who === 'admin' ? h.fake.adminUser : who === 'listed' ? h.fake.makeUser({ id: LISTED_ADMIN }) : h.fake.makeUser();
        if (route === 'mention') h.fake.messageCreate({ content: `${h.fake.mention()} ${content}`, author });
        else if (route === 'dm') h.fake.messageCreate({ content, author, dm: true });
        else h.fake.messageCreate({ content, author, channelId: ASK_CHANNEL });
      }),
      { numRuns: 120 },
    );
    // A last question: once it is answered, every message before it has been handled.
    await h.fake.messageCreate({ content: `${h.fake.mention()} who is Yury Barmin?`, author: h.fake.makeUser() }).waitForReply(undefined, { timeoutMs: 20_000 });
    await sleep(200);
    expect(reloads).toBe(0);
    expect(h.logs.filter((l) => / ERROR /.test(l))).toEqual([]);
  }, 60_000);

  it('runs for admins: the Admin role, Manage Server alone, a listed user and a listed role (the control)', async () => {
    const admins = [
      h.fake.adminUser,
      { user: h.fake.makeUser(), permissions: PermissionFlagsBits.ManageGuild },
      { user: h.fake.makeUser({ id: LISTED_ADMIN }) },
      { user: h.fake.makeUser(), roles: [h.fake.guild.memberRoleId, ADMIN_ROLE] },
    ];
    for (const admin of admins) {
      const init = 'id' in admin ? { user: admin } : admin;
      const handle = h.fake.slashCommand({ name: 'reload', ...init });
      expect((await handle.originalResponse((m) => Boolean(m.content))).content).toMatch(/^Reloaded in \d+ ms/);
    }
    // Each /reload goes through the context and the store: two counts per reload.
    expect(reloads).toBe(2 * admins.length);
  });
});
