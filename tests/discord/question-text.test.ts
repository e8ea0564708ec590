import { describe, expect, it } from 'vitest';
import { questionText } from '../../src/discord/question-text.js';

describe('the question in a Discord message', () => {
  it.each([
    ['<@987654321098765432> who is Dmitry Peskov?', 'who is Dmitry Peskov?'],
    ['<@!987654321098765432> <@&123456789012345678> <#123456789012345678> who is Dmitry Peskov?', 'who is Dmitry Peskov?'],
    ['when does the ceasefire start <:pepehands:123456789012345678> <a:clap:123456789012345678>', 'when does the ceasefire start'],
    ['when does the ceasefire start :clock3: :fire::fire: :thumbsup::skin-tone-2:', 'when does the ceasefire start'],
    ['<t:9999999999999:R> kılıç:ab: x', 'kılıç:ab: x'],
    ['what did they agree on <t:1583366400:D>?', 'what did they agree on 5 March 2020 ?'],
    ['use </ask:123456789012345678> to ask', 'use to ask'],
  ])('reads %j as %j', (content, question) => {
    expect(questionText(content)).toBe(question);
  });

  it('keeps times and colons that are not emoji', () => {
    expect(questionText('did the ceasefire start at 00:01 local time: midnight?')).toBe('did the ceasefire start at 00:01 local time: midnight?');
  });
});
