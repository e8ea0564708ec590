// Answers as Discord messages: one embed per quote (matched words bold, source underneath), cut only at
// sentence boundaries with a visible "…", and always inside Discord's limits.
import { escapeMarkdown, type APIEmbed } from 'discord.js';
import type { Answer, AnswerPassage, Disagreement } from '../core/answer.js';
import type { SourceSummary } from '../core/engine.js';
import type { Topic } from '../core/topic.js';
import { attribution, figureLines, figuresHeading, highlightRuns, speakerPrefix } from '../present/attribution.js';
import { clip, LIMITS } from './limits.js';

const COLOR = 0x5865f2;
const NOTE_COLOR = 0xf0b232;
/** Room kept in each embed for the attribution line under the quote. */
const ATTRIBUTION_ROOM = 400;

export interface ReplyBody {
  content?: string;
  embeds: APIEmbed[];
}

/** Echoes user text safely: markdown escaped, length bounded. */
export function echo(text: string, max = 300): string {
  return escapeMarkdown(clip(text.replace(/\s+/g, ' ').trim(), max));
}

/** Room for the note on figures the outlets report differently. */
const DISAGREEMENT_ROOM = 700;

export function answerEmbeds(answer: Answer, passages: readonly AnswerPassage[], footer: string, withDisagreements = true): ReplyBody {
  const content = clip(`**Q:** ${echo(answer.question)}${corrections(answer)}`, LIMITS.content);
  const notes = withDisagreements ? [...(answer.disagreements ?? []).map((d) => figuresEmbed(d, false)), ...(answer.agreements ?? []).map((d) => figuresEmbed(d, true))] : [];
  const room = LIMITS.embedTotal - footer.length - 100 - notes.length * DISAGREEMENT_ROOM;
  const perEmbed = Math.min(LIMITS.description, Math.floor(room / Math.max(passages.length, 1)) - LIMITS.title);
  const quotes = passages.slice(0, LIMITS.embeds - notes.length).map((passage): APIEmbed => {
    const credit = clip(credits(passage), ATTRIBUTION_ROOM);
    const embed: APIEmbed = {
      color: COLOR,
      title: clip(passage.source.title, LIMITS.title),
      description: `${quote(passage, perEmbed - credit.length - 2)}\n${credit}`,
    };
    const url = passage.link ?? passage.source.url;
    if (url) embed.url = url;
    return embed;
  });
  const embeds = [...notes, ...quotes];
  const last = embeds.at(-1);
  if (last) last.footer = { text: clip(footer, LIMITS.footer) };
  return { content, embeds };
}

export function notFoundText(answer: Answer): string {
  const lines = [`${answer.message ?? 'The articles do not answer that question.'}${corrections(answer)}`];
  if (answer.suggestions?.length) lines.push('', 'You could ask:', ...answer.suggestions.map((s) => `• ${echo(s, 200)}`));
  return clip(lines.join('\n'), LIMITS.content);
}

function corrections(answer: Answer): string {
  if (!answer.corrections?.length) return '';
  return ` _(read ${answer.corrections.map((c) => `“${echo(c.from, 40)}” as “${echo(c.to, 40)}”`).join(', ')})_`;
}

/** The note on a figure the outlets give differently (both are quoted below it) or alike. */
function figuresEmbed(d: Disagreement, alike: boolean): APIEmbed {
  const lines = figureLines(d).map((l) => `• ${escapeMarkdown(l)}`);
  if (!alike) lines.push('Both are quoted below.');
  return {
    color: NOTE_COLOR,
    title: clip(figuresHeading(d, alike), LIMITS.title),
    description: clip(lines.join('\n'), DISAGREEMENT_ROOM - LIMITS.title),
  };
}

function credits(passage: AnswerPassage): string {
  const link = passage.link ?? passage.source.url;
  const outlet = link ? `[${escapeMarkdown(passage.source.outlet)}](${link})` : escapeMarkdown(passage.source.outlet);
  const main = `— ${escapeMarkdown(speakerPrefix(passage))}${outlet}`;
  const rest = attribution(passage.source).slice(passage.source.outlet.length);
  const also = passage.alsoIn?.length ? `\nAlso carried by ${passage.alsoIn.map((s) => escapeMarkdown(attribution(s))).join('; ')}` : '';
  return `${main}${escapeMarkdown(rest)}${also}`;
}

/**
 * The passage as a Markdown block quote with matched words bold. When it is too long, whole sentences
 * around the best one are kept and the cut is marked with "…"; the quoted words stay verbatim.
 */
export function quote(passage: AnswerPassage, budget: number): string {
  const { start, end } = fitSentences(passage, budget);
  const highlights = passage.highlights
    .filter(([s, e]) => s >= start && e <= end)
    .map(([s, e]) => [s - start, e - start] as [number, number]);
  const body = highlightRuns(passage.text.slice(start, end), highlights)
    .map((run) => (run.hit ? `**${escapeMarkdown(run.text)}**` : escapeMarkdown(run.text)))
    .join('')
    .replace(/\*\*\*\*/g, '** **');
  let text = `${start > 0 ? '… ' : ''}${body}${end < passage.text.length ? ' …' : ''}`;
  // A single sentence longer than the budget is the one case cut inside a sentence, visibly.
  if (text.length > budget) text = clip(text, budget);
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => `> ${line}`)
    .join('\n');
}

/** The longest run of whole sentences that contains the best sentence and fits the budget (with markup room). */
function fitSentences(passage: AnswerPassage, budget: number): { start: number; end: number } {
  const markup = (s: number, e: number) => (e - s) * 1.15 + passage.highlights.filter(([a, b]) => a >= s && b <= e).length * 4 + 8;
  if (markup(0, passage.text.length) <= budget) return { start: 0, end: passage.text.length };
  const sentences = passage.sentences.map(([start, end]) => ({ start, end }));
  let first = Math.max(0, sentences.findIndex((s) => s.start <= passage.focus[0] && passage.focus[0] < s.end));
  let last = first;
  const range = () => ({ start: sentences[first]!.start, end: sentences[last]!.end });
  for (;;) {
    const grown = last + 1 < sentences.length && markup(sentences[first]!.start, sentences[last + 1]!.end) <= budget;
    if (grown) last++;
    else if (first > 0 && markup(sentences[first - 1]!.start, sentences[last]!.end) <= budget) first--;
    else return range();
  }
}

export function sourcesEmbed(sources: readonly SourceSummary[]): APIEmbed {
  const lines: string[] = [];
  let used = 0;
  for (const [i, s] of sources.entries()) {
    const title = s.url ? `[${escapeMarkdown(s.title)}](${s.url})` : escapeMarkdown(s.title);
    const line = `**${title}**\n${escapeMarkdown(attribution(s))}${s.wire ? ` (${escapeMarkdown(s.wire)})` : ''} · ${s.passages} passages`;
    const more = `\n…and ${sources.length - i} more`;
    if (used + line.length + 2 + more.length > LIMITS.description) {
      lines.push(more.trim());
      break;
    }
    lines.push(line);
    used += line.length + 2;
  }
  const passages = sources.reduce((n, s) => n + s.passages, 0);
  return { color: COLOR, title: 'Sources', description: lines.join('\n\n'), footer: { text: `${sources.length} articles · ${passages} passages` } };
}

export function helpEmbed(topics: readonly Topic[]): APIEmbed {
  const topicLines = topics.map((t) => `\`/${t.name}\` — ${escapeMarkdown(t.description)}`);
  const description = [
    'I answer questions about the March 2020 Moscow summit between Putin and Erdoğan on the war in Idlib by **quoting the news articles word for word**, each quote with its outlet, author, date and link.',
    '',
    '`/ask question:` — ask anything; add `private:True` to see the answer alone, `for:@member` to show it to someone, or `outlet:`, `since:`, `until:` to narrow the sources.',
    'You can also @mention me with a question.',
    ...(topicLines.length ? ['', '**Topics**', ...topicLines] : []),
    '',
    '`/sources` — the articles I quote · `/help` — this message',
    'When the articles do not answer a question, I say so rather than guess.',
  ].join('\n');
  return { color: COLOR, title: 'summit-bot', description: clip(description, LIMITS.description) };
}
