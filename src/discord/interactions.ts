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
import { formatProblem } from '../core/problems.js';
import { answerPage } from './answer-reply.js';
import type { BotContext } from './context.js';
import { clip, LIMITS } from './limits.js';
import { isPagingButton, PAGE_SIZE } from './paging.js';
import { isAdmin } from './permissions.js';
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
  switch (interaction.commandName) {
    case 'ask':
      return ask(ctx, interaction);
    case 'sources':
      return respond(interaction, { embeds: [sourcesEmbed(ctx.store.engine.sources())] }, interaction.options.getBoolean('private') ?? false);
    case 'help':
      return respond(interaction, { embeds: [helpEmbed(ctx.store.engine.topics)] }, true);
    case 'reload':
      return reload(ctx, interaction);
  }
  const topic = ctx.store.engine.topics.find((t) => t.name === interaction.commandName);
  if (!topic) {
    // A command registered by an older corpus, or one Discord still caches after a reload.
    return respond(interaction, { content: `/${clip(interaction.commandName, 32)} is no longer available. Try /help.` }, true);
  }
  if (!passCooldown(ctx, interaction)) return;
  const aspect = interaction.options.getString('aspect') ?? undefined;
  const answer = ctx.store.engine.topic(topic.name, aspect, { top: MAX_TOP });
  if (answer) await sendAnswer(ctx, interaction, answer);
}

async function ask(ctx: BotContext, interaction: ChatInputCommandInteraction): Promise<void> {
  const question = interaction.options.getString('question', true);
  const options: AnswerOptions = { top: MAX_TOP };
  for (const name of ['since', 'until'] as const) {
    const value = interaction.options.getString(name);
    if (value === null) continue;
    if (!isoDate.safeParse(value).success) return respond(interaction, { content: `\`${name}\` must be a date written YYYY-MM-DD, like 2020-03-05.` }, true);
    options[name] = value;
  }
  const outlet = interaction.options.getString('outlet');
  if (outlet) options.outlet = outlet;
  if (!passCooldown(ctx, interaction)) return;
  await sendAnswer(ctx, interaction, ctx.store.engine.answer(question, options));
}

async function sendAnswer(ctx: BotContext, interaction: ChatInputCommandInteraction, answer: Answer): Promise<void> {
  if (!answer.answered) return respond(interaction, { content: notFoundText(answer) }, true);
  const ephemeral = interaction.options.getBoolean('private') ?? false;
  const session = ctx.paging.open(interaction.user.id, answer);
  await interaction.reply({ ...answerPage(answer, 0, session), allowedMentions: NO_MENTIONS, ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}) });
  if (session) ctx.paging.arm(session, () => interaction.editReply({ components: [], allowedMentions: NO_MENTIONS }));
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
  const engine = ctx.store.engine;
  let choices: string[] = [];
  if (focused.name === 'question') choices = complete(engine, String(focused.value));
  else if (focused.name === 'outlet') {
    const typed = String(focused.value).toLowerCase();
    choices = [...new Set(engine.corpus.articles.map((a) => a.outlet))].filter((o) => o.toLowerCase().includes(typed));
  }
  await interaction.respond(
    choices.slice(0, LIMITS.autocompleteChoices).map((c) => {
      const value = clip(c, LIMITS.choiceLength);
      return { name: value, value };
    }),
  );
}

async function reload(ctx: BotContext, interaction: ChatInputCommandInteraction): Promise<void> {
  if (!isAdmin(interaction, ctx.config)) {
    ctx.logger.warn('reload refused', { userId: interaction.user.id, guildId: interaction.guildId });
    return respond(interaction, { content: 'Only server admins can reload the corpus.' }, true);
  }
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const result = await ctx.reload(`/reload by ${interaction.user.id}`);
  const lines = [describeReload(result)];
  if (result.ok) {
    for (const [label, ids] of [['Added', result.added], ['Removed', result.removed], ['Changed', result.changed]] as const) {
      if (ids.length) lines.push(`${label}: ${ids.map((id) => `\`${id}\``).join(', ')}`);
    }
  } else {
    lines.push(...result.problems.map((p) => `• ${formatProblem(p)}`));
  }
  await interaction.editReply({ content: clip(lines.join('\n'), LIMITS.content), allowedMentions: NO_MENTIONS });
}

function passCooldown(ctx: BotContext, interaction: ChatInputCommandInteraction): boolean {
  const wait = ctx.cooldown.take(interaction.user.id);
  if (wait === 0) return true;
  void respond(interaction, { content: `Please wait ${wait} s before asking again.` }, true).catch((error: unknown) =>
    ctx.logger.warn('cooldown reply failed', { error }),
  );
  return false;
}

async function respond(
  interaction: ChatInputCommandInteraction | ButtonInteraction,
  body: Pick<InteractionReplyOptions, 'content' | 'embeds'>,
  ephemeral: boolean,
): Promise<void> {
  await interaction.reply({ ...body, allowedMentions: NO_MENTIONS, ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}) });
}
