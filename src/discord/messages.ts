// Questions asked in channels: messages that @mention the bot, DMs, and every message in ASK_CHANNEL_IDS.
// Replies to the message, shows typing meanwhile, and ignores bots, webhooks and itself.
import type { Message } from 'discord.js';
import { MAX_TOP } from '../core/answer.js';
import { answerPage, forPages } from './answer-reply.js';
import type { BotContext } from './context.js';
import { questionText } from './question-text.js';
import { notFoundText } from './render.js';

const NO_MENTIONS = { parse: [] as never[], repliedUser: false };

export async function onMessage(ctx: BotContext, message: Message): Promise<void> {
  const botId = message.client.user.id;
  if (message.author.bot || message.webhookId || message.author.id === botId || message.system) return;
  const inDm = message.guildId === null;
  // Only a direct mention of the bot counts, not @everyone, @here or a role it has.
  const mentioned = message.mentions.users.has(botId);
  const inAskChannel = ctx.config.ASK_CHANNEL_IDS.includes(message.channelId);
  if (!mentioned && !inDm && !inAskChannel) return;

  // At most one reply per question, and its nonce is the question's id: Discord drops a second message with the
  // same nonce, so a reply retried after a timed-out request (or a redelivered event) is never posted twice.
  const once = { allowedMentions: NO_MENTIONS, nonce: message.id, enforceNonce: true };
  try {
    const question = questionText(message.content);
    // (Nothing left once mentions and emoji are taken out: a mention or a DM still gets the prompt.)
    if (!question) {
      if (mentioned || inDm) await message.reply({ content: 'Ask me a question about the Moscow summit on Idlib, or type /help.', ...once });
      return;
    }
    const wait = ctx.cooldown.take(message.author.id);
    if (wait > 0) {
      ctx.logger.debug('message ignored: cooldown', { userId: message.author.id, wait });
      return;
    }
    if ('sendTyping' in message.channel) await message.channel.sendTyping().catch(() => undefined);
    const answer = ctx.store.engine.answer(question, { top: MAX_TOP });
    if (!answer.answered) {
      // In a question channel, chatter the articles do not cover gets no reply, to keep the channel quiet.
      if (mentioned || inDm || question.endsWith('?')) await message.reply({ content: notFoundText(answer), ...once });
      return;
    }
    const shown = forPages(answer);
    const session = ctx.paging.open(message.author.id, shown);
    const sent = await message.reply({ ...answerPage(shown, 0, session), ...once });
    if (session) ctx.paging.arm(session, () => sent.edit({ components: [], allowedMentions: NO_MENTIONS }));
  } catch (error) {
    ctx.logger.error('message failed', { messageId: message.id, channelId: message.channelId, userId: message.author.id, error });
  }
}
