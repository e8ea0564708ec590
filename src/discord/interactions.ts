// Slash commands, autocomplete and buttons. One try/catch per interaction: errors are logged with
// context and answered privately; nothing a user sends can crash the process.
import {
  MessageFlags,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type InteractionReplyOptions,
} from 'discord.js';
import { isoDate } from '../core/article.js';
import { MAX_TOP, type Answer, type AnswerOptions } from '../core/answer.js';
import { complete } from '../core/complete.js';
import type { Engine } from '../core/engine.js';
import { formatProblem } from '../core/problems.js';
import { answerPage, forPages } from './answer-reply.js';
import type { BotContext } from './context.js';
import { clip, LIMITS } from './limits.js';
import { isPagingButton, PAGE_SIZE, type PageSession } from './paging.js';
import { isAdmin } from './permissions.js';
import { questionText } from './question-text.js';
import { helpEmbed, notFoundText, sourcesEmbed } from './render.js';
import { describeReload } from '../core/engine-store.js';

const NO_MENTIONS = { parse: [] as never[] };

export async function onInteraction(ctx: BotContext, interaction: Interaction): Promise<void> {
  try {
    if (interaction.isAutocomplete()) await autocomplete(ctx, interaction);
    else if (interaction.isChatInputCommand()) await command(ctx, interaction);
    else if (interaction.isButton()) await button(ctx, interaction);
  } catch (error) {
    const name = interaction.isCommand() || interaction.isAutocomplete() ? interaction.commandName : interaction.isButton() ? interaction.customId : interaction.type;
    ctx.logger.error('interaction failed', { interaction: name, userId: interaction.user.id, guildId: interaction.guildId, error });
    if (!interaction.isRepliable()) return;
    const reply = { content: 'Something went wrong while answering; it has been logged. Please try again.', flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS } as const;
    await (interaction.deferred || interaction.replied ? interaction.followUp(reply) : interaction.reply(reply)).catch((e: unknown) =>
      ctx.logger.warn('could not report the failure to the user', { error: e }),
    );
  }
}

async function command(ctx: BotContext, interaction: ChatInputCommandInteraction): Promise<void> {
  if (interaction.commandName === 'reload') return reload(ctx, interaction);
  // /help is always private; the others are private when asked.
  const privately = interaction.commandName === 'help' || (interaction.options.getBoolean('private') ?? false);
  const addressee = interaction.options.getUser('for');
  if (addressee && (privately || addressee.bot)) {
    const why = addressee.bot ? 'Answers can be shown to members, not to bots.' : 'An answer shown to someone else cannot be private: leave out `private` or `for`.';
    await interaction.reply({ content: why, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    return;
  }
  // An answer for someone else mentions them, and no one else; the asker needs no mention.
  const forOther = addressee && addressee.id !== interaction.user.id ? addressee.id : undefined;
  await deliver(ctx, interaction, privately, () => replyTo(ctx, interaction, privately, forOther));
}

/** A reply to a command: its body, whether only the user sees it, and the More session it opens. */
interface Reply {
  body: Pick<InteractionReplyOptions, 'content' | 'embeds' | 'components'>;
  ephemeral: boolean;
  session?: PageSession | undefined;
  /** The member mentioned in the reply (`/ask for:`), the only mention a reply may make. */
  mention?: string | undefined;
}

const mentions = (reply: Reply) => (reply.mention ? { parse: [], users: [reply.mention] } : NO_MENTIONS);

const notice = (content: string): Reply => ({ body: { content }, ephemeral: true });
const LATE = Symbol('late');

/**
 * Sends a command's reply within Discord's 3 s: when it is not ready after `ctx.deferAfterMs`, the interaction is
 * deferred ("thinking…") and the reply edited in when it is.
 */
async function deliver(ctx: BotContext, interaction: ChatInputCommandInteraction, privately: boolean, build: () => Promise<Reply>): Promise<void> {
  const work = build();
  // Awaited below; this only keeps a failure after a failed defer from becoming an unhandled rejection.
  work.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<typeof LATE>((resolve) => {
    timer = setTimeout(() => resolve(LATE), ctx.deferAfterMs);
  });
  const first = await Promise.race([work, late]).finally(() => clearTimeout(timer));
  let reply: Reply;
  if (first !== LATE) {
    reply = first;
    await interaction.reply({ ...reply.body, allowedMentions: mentions(reply), ...(reply.ephemeral ? { flags: MessageFlags.Ephemeral } : {}) });
  } else {
    ctx.logger.debug('answer deferred', { interaction: interaction.commandName, afterMs: ctx.deferAfterMs });
    await interaction.deferReply(privately ? { flags: MessageFlags.Ephemeral } : {});
    reply = await work;
    if (reply.ephemeral && !privately) {
      // A public "thinking…" message cannot turn private: replace it with a private follow-up.
      await interaction.deleteReply();
      await interaction.followUp({ ...reply.body, allowedMentions: NO_MENTIONS, flags: MessageFlags.Ephemeral });
      return;
    }
    await interaction.editReply({ ...reply.body, allowedMentions: mentions(reply) });
  }
  const session = reply.session;
  if (session) ctx.paging.arm(session, () => interaction.editReply({ components: [], allowedMentions: NO_MENTIONS }));
}

async function replyTo(ctx: BotContext, interaction: ChatInputCommandInteraction, privately: boolean, addressee?: string): Promise<Reply> {
  switch (interaction.commandName) {
    case 'ask':
      return ask(ctx, interaction, privately, addressee);
    case 'sources':
      return { body: { embeds: [sourcesEmbed(ctx.store.engine.sources())] }, ephemeral: privately };
    case 'help':
      return { body: { embeds: [helpEmbed(ctx.store.engine.topics)] }, ephemeral: true };
  }
  const topic = ctx.store.engine.topics.find((t) => t.name === interaction.commandName);
  // A command registered by an older corpus, or one Discord still caches after a reload.
  if (!topic) return notice(`/${clip(interaction.commandName, 32)} is no longer available. Try /help.`);
  const wait = ctx.cooldown.take(interaction.user.id);
  if (wait > 0) return notice(`Please wait ${wait} s before asking again.`);
  const aspect = interaction.options.getString('aspect') ?? undefined;
  await ctx.answerDelay?.();
  // Read the engine again: a reload may have swapped it (and dropped the topic) meanwhile.
  const answer = ctx.store.engine.topic(topic.name, aspect, { top: MAX_TOP });
  if (!answer) return notice(`/${clip(topic.name, 32)} is no longer available. Try /help.`);
  return answerReply(ctx, interaction.user.id, answer, privately, addressee);
}

async function ask(ctx: BotContext, interaction: ChatInputCommandInteraction, privately: boolean, addressee?: string): Promise<Reply> {
  const question = questionText(interaction.options.getString('question', true));
  const options: AnswerOptions = { top: MAX_TOP };
  for (const name of ['since', 'until'] as const) {
    const value = interaction.options.getString(name);
    if (value === null) continue;
    if (!isoDate.safeParse(value).success) return notice(`\`${name}\` must be a date written YYYY-MM-DD, like 2020-03-05.`);
    options[name] = value;
  }
  const outlet = interaction.options.getString('outlet');
  if (outlet) options.outlet = outlet;
  const wait = ctx.cooldown.take(interaction.user.id);
  if (wait > 0) return notice(`Please wait ${wait} s before asking again.`);
  await ctx.answerDelay?.();
  return answerReply(ctx, interaction.user.id, ctx.store.engine.answer(question, options), privately, addressee);
}

/** An answer's first page (with a More button when there are more), or the private "not answered" note. */
function answerReply(ctx: BotContext, userId: string, answer: Answer, privately: boolean, addressee?: string): Reply {
  // "Not found" stays with the asker: nobody is called over for nothing.
  if (!answer.answered) return notice(notFoundText(answer));
  const shown = forPages(answer);
  const session = ctx.paging.open(userId, shown, addressee);
  return { body: answerPage(shown, 0, session, addressee), ephemeral: privately, session, mention: addressee };
}

async function button(ctx: BotContext, interaction: ButtonInteraction): Promise<void> {
  if (!isPagingButton(interaction.customId)) {
    ctx.logger.warn('unknown button', { customId: clip(interaction.customId, LIMITS.customId), userId: interaction.user.id });
    return respond(interaction, { content: 'This button is not one of mine, or it has expired.' }, true);
  }
  const session = ctx.paging.find(interaction.customId);
  if (!session) return respond(interaction, { content: 'These results have expired; ask again to see more.' }, true);
  if (session.ownerId !== interaction.user.id) {
    return respond(interaction, { content: 'Only the person who asked can page through these passages. Ask your own question with /ask.' }, true);
  }
  const from = session.shown;
  session.shown = Math.min(from + PAGE_SIZE, session.answer.passages.length);
  await interaction.update({ ...answerPage(session.answer, from, session), allowedMentions: NO_MENTIONS });
  if (session.shown >= session.answer.passages.length) await ctx.paging.end(session.id);
}

async function autocomplete(ctx: BotContext, interaction: AutocompleteInteraction): Promise<void> {
  const focused = interaction.options.getFocused(true);
  await interaction.respond(autocompleteChoices(ctx.store.engine, focused.name, String(focused.value)));
}

/** The choices offered while a user types an option: at most 25, each 1-100 characters. */
export function autocompleteChoices(engine: Engine, option: string, typed: string): { name: string; value: string }[] {
  let choices: string[] = [];
  if (option === 'question') choices = complete(engine, typed);
  else if (option === 'outlet') {
    const lower = typed.toLowerCase();
    choices = [...new Set(engine.corpus.articles.map((a) => a.outlet))].filter((o) => o.toLowerCase().includes(lower));
  }
  return choices.slice(0, LIMITS.autocompleteChoices).map((c) => {
    const value = clip(c, LIMITS.choiceLength);
    return { name: value, value };
  });
}

async function reload(ctx: BotContext, interaction: ChatInputCommandInteraction): Promise<void> {
  if (!isAdmin(interaction, ctx.config)) {
    ctx.logger.warn('reload refused', { userId: interaction.user.id, guildId: interaction.guildId });
    return respond(interaction, { content: 'Only server admins can reload the corpus.' }, true);
  }
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const results = await ctx.reloadAll(`/reload by ${interaction.user.id}`);
  const lines: string[] = [];
  let problemsListed = false;
  for (const { shard, result } of results) {
    const prefix = results.length > 1 ? `Shard ${shard}: ` : '';
    lines.push(`${prefix}${describeReload(result)}`);
    if (result.ok) {
      // The article lists are the same on every shard; once is enough.
      if (shard !== results[0]!.shard) continue;
      for (const [label, ids] of [['Added', result.added], ['Removed', result.removed], ['Changed', result.changed]] as const) {
        if (ids.length) lines.push(`${label}: ${ids.map((id) => `\`${id}\``).join(', ')}`);
      }
    } else if (!problemsListed) {
      // Whole problems, as many as fit in one message; the log has every one. Every shard reads the same files.
      problemsListed = true;
      let room = LIMITS.content - 80 * results.length - lines.join('\n').length;
      const problems = result.problems.map((p) => `• ${clip(formatProblem(p), 300)}`);
      const shown = problems.filter((line) => (room -= line.length + 1) >= 0);
      lines.push(...shown);
      if (shown.length < problems.length) lines.push(`…and ${problems.length - shown.length} more; the bot’s log lists them all.`);
    }
  }
  await interaction.editReply({ content: clip(lines.join('\n'), LIMITS.content), allowedMentions: NO_MENTIONS });
}

async function respond(
  interaction: ChatInputCommandInteraction | ButtonInteraction,
  body: Pick<InteractionReplyOptions, 'content' | 'embeds'>,
  ephemeral: boolean,
): Promise<void> {
  await interaction.reply({ ...body, allowedMentions: NO_MENTIONS, ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}) });
}
