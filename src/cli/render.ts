// Answers as text for a terminal: quotes with matched words in bold, each followed by its source.
import type { Answer } from '../core/answer.js';
import type { SourceSummary } from '../core/engine.js';
import { attribution, figureLines, figuresHeading, highlightRuns, speakerPrefix } from '../present/attribution.js';
import { counted } from '../present/counted.js';

const BOLD = '\u001b[1m';
const DIM = '\u001b[2m';
const RESET = '\u001b[0m';

export function renderAnswer(answer: Answer, color: boolean): string {
  const bold = (s: string) => (color ? `${BOLD}${s}${RESET}` : `*${s}*`);
  const dim = (s: string) => (color ? `${DIM}${s}${RESET}` : s);
  const lines: string[] = [];
  if (answer.corrections?.length) lines.push(dim(`(read ${answer.corrections.map((c) => `"${c.from}" as "${c.to}"`).join(', ')})`), '');
  if (!answer.answered) {
    lines.push(answer.message ?? 'The articles do not answer that question.');
    if (answer.suggestions?.length) lines.push('', 'You could ask:', ...answer.suggestions.map((s) => `  • ${s}`));
    return lines.join('\n');
  }
  const figures = [...(answer.disagreements ?? []).map((d) => [d, false] as const), ...(answer.agreements ?? []).map((d) => [d, true] as const)];
  for (const [d, alike] of figures) lines.push(bold(`${figuresHeading(d, alike)}:`), ...figureLines(d).map((l) => `  • ${l}`), '');
  answer.passages.forEach((passage, i) => {
    if (i > 0) lines.push('');
    const quote = highlightRuns(passage.text, passage.highlights).map((r) => (r.hit ? bold(r.text) : r.text)).join('');
    for (const line of quote.split('\n')) if (line.trim()) lines.push(`  │ ${line}`);
    const sources = [passage.source, ...(passage.alsoIn ?? [])];
    lines.push(dim(`    — ${speakerPrefix(passage)}${sources.map(attribution).join('; also ')}`));
    if (passage.link) lines.push(dim(`      ${passage.link}`));
  });
  lines.push('', dim(`${answer.passages.length} of ${answer.matched.passages} matching passages, from ${counted(answer.matched.articles, 'article')}`));
  return lines.join('\n');
}

export function renderSources(sources: readonly SourceSummary[]): string {
  return sources
    .map((s) => [`• ${s.title}`, `  ${attribution(s)}${s.wire ? ` (${s.wire})` : ''} · ${s.passages} passages`, ...(s.url ? [`  ${s.url}`] : [])].join('\n'))
    .join('\n');
}
