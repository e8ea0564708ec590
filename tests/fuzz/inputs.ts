// Generated questions as users could type them, and checks that a reply body stays inside Discord's limits.
// Shared by the property tests (engine + rendering path) and the end-to-end fuzzing through the local server.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse } from 'yaml';

/** Real questions from the evaluation set, so a good share of generated inputs is answered (and rendered as embeds). */
export const REAL_QUESTIONS: string[] = (parse(readFileSync('tests/eval/summit.questions.yaml', 'utf8')) as { q: string }[]).map((x) => x.q);

const ID = '123456789012345678';
/** Discord mention and markdown syntax, control and direction characters, combining marks. */
const TRICKY = [
  '@everyone', '@here', '@everyone @here', `<@${ID}>`, `<@!${ID}>`, `<@&${ID}>`, `<#${ID}>`, `</ask:${ID}>`, '<@&0>', '@\u200beveryone',
  '**', '__', '~~', '||spoiler||', '`', '```', '```js\nconsole.log(1)\n```', '> ', '>>> ', '# ', '-# ', '- ', '1. ', '[link](https://example.com)',
  '<https://example.com>', '\\', '\\*', '*', '_', ':flag_tr:', '<:custom:123456789012345678>', '<t:1583452800:F>',
  '\u0000', '\u0007', '\b', '\t', '\n', '\r\n', '\u000b', '\u001b[31m', '\u007f', '\u0085', '\u200b', '\u200d', '\u2028', '\u2029', '\ufeff', '\ufffd',
  '\u202e', '\u202d', '\u2066', '\u2067', '\u2069', '\u200f', '\u200e', 'مرحبا بكم في إدلب', 'שלום', 'إردوغان', 'Эрдоган и Путин', 'Erdoğan',
  'e\u0301', 'Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357\u0358', '\u0300\u0301\u0302', '🇹🇷', '👩‍👩‍👧‍👦', '🏳️‍🌈', '𝕴𝖉𝖑𝖎𝖇',
] as const;

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...REAL_QUESTIONS) },
  { weight: 4, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom(' ', '  ', '\n\n', '?', '!', '.', ',') },
);

/** A real question with tricky pieces around it: answered, so its echo is rendered beside the embeds. */
const decorated = fc
  .tuple(fc.array(piece, { maxLength: 2 }), fc.constantFrom(...REAL_QUESTIONS), fc.array(piece, { maxLength: 2 }))
  .map(([before, q, after]) => [...before, q, ...after].join(' '));

/** A question: real ones decorated with tricky syntax, random mixtures, sometimes a 4,000-character string. */
export const question: fc.Arbitrary<string> = fc.oneof(
  { weight: 1, arbitrary: decorated },
  { weight: 6, arbitrary: fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(' ')) },
  { weight: 2, arbitrary: fc.array(piece, { maxLength: 6 }).map((parts) => parts.join('')) },
  {
    weight: 1,
    arbitrary: fc.tuple(piece, fc.integer({ min: 3_000, max: 4_000 })).map(([p, n]) => (p || 'x').repeat(Math.ceil(n / Math.max(1, p.length))).slice(0, n)),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 3_900, maxLength: 4_000 }) },
);

/** A lone UTF-16 surrogate: text cut between the two halves of an emoji, which Discord cannot store. */
export const hasLoneSurrogate = (text: string): boolean => /(?:[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff])/.test(text);

interface Embed {
  title?: string;
  description?: string;
  url?: string;
  footer?: { text: string };
  fields?: { name: string; value: string }[];
  author?: { name: string };
}
export interface Body {
  content?: string | null;
  embeds?: Embed[] | null;
  components?: readonly unknown[] | null;
}

/** Every way a message body breaks Discord's limits (lengths as Discord counts them, at most UTF-16 units). */
export function limitViolations(body: Body): string[] {
  const out: string[] = [];
  const over = (what: string, text: string | undefined, max: number) => {
    if (text !== undefined && text.length > max) out.push(`${what} is ${text.length} > ${max}`);
  };
  over('content', body.content ?? undefined, 2000);
  const embeds = body.embeds ?? [];
  if (embeds.length > 10) out.push(`${embeds.length} embeds > 10`);
  let total = 0;
  embeds.forEach((e, i) => {
    over(`embeds[${i}].title`, e.title, 256);
    over(`embeds[${i}].description`, e.description, 4096);
    over(`embeds[${i}].footer`, e.footer?.text, 2048);
    if (e.url !== undefined && !/^https?:\/\//.test(e.url)) out.push(`embeds[${i}].url is not http(s)`);
    total += (e.title ?? '').length + (e.description ?? '').length + (e.footer?.text ?? '').length + (e.author?.name ?? '').length;
    for (const f of e.fields ?? []) total += f.name.length + f.value.length;
  });
  if (total > 6000) out.push(`embeds total ${total} > 6000`);
  for (const row of (body.components ?? []) as { components?: { custom_id?: string; label?: string }[] }[]) {
    for (const c of row.components ?? []) {
      over('custom_id', c.custom_id, 100);
      over('label', c.label, 80);
    }
  }
  if (!body.content && embeds.length === 0) out.push('empty message');
  return out;
}

/** Autocomplete choices Discord accepts: at most 25, names and values 1-100 characters. */
export function choiceViolations(choices: readonly { name: string; value: string }[]): string[] {
  const out: string[] = [];
  if (choices.length > 25) out.push(`${choices.length} choices > 25`);
  choices.forEach((c, i) => {
    if (c.name.length < 1 || c.name.length > 100) out.push(`choice ${i} name length ${c.name.length}`);
    if (c.value.length > 100) out.push(`choice ${i} value length ${c.value.length}`);
  });
  return out;
}
