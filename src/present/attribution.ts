// How a source is named under a quote, the same in the terminal and in Discord.
import type { AnswerPassage, Disagreement, SourceRef } from '../core/answer.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2020-03-05` → `5 March 2020`, the way the articles themselves date things. */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

/** `The Moscow Times · Michael Mainville · 5 March 2020` (outlet, author when known, date). */
export function attribution(source: SourceRef): string {
  return [source.outlet, source.author, formatDate(source.date)].filter(Boolean).join(' · ');
}

/** Who said it, when the passage quotes someone: "Kremlin spokesman Dmitry Peskov, quoted by " before the outlet. */
export function speakerPrefix(passage: AnswerPassage): string {
  return passage.speaker ? `${passage.speaker}, quoted by ` : '';
}

/** "The outlets give different figures for refugees", or "…the same figure for kilometres". */
export function figuresHeading(figures: Disagreement, alike: boolean): string {
  return `The outlets give ${alike ? 'the same figure' : 'different figures'} for ${figures.about}`;
}

/** One line per outlet for a figure the outlets report differently, or alike. */
export function figureLines(figures: Disagreement): string[] {
  return figures.claims.map((c) => `${c.source.outlet} (${formatDate(c.source.date)}): “${c.figure}”`);
}

/** Splits text into plain and highlighted runs, for any renderer (ANSI bold, Markdown bold). */
export function highlightRuns(text: string, highlights: readonly (readonly [number, number])[]): { text: string; hit: boolean }[] {
  const runs: { text: string; hit: boolean }[] = [];
  let at = 0;
  for (const [start, end] of mergeAdjacent(text, highlights)) {
    if (start < at || end > text.length) continue;
    if (start > at) runs.push({ text: text.slice(at, start), hit: false });
    runs.push({ text: text.slice(start, end), hit: true });
    at = end;
  }
  if (at < text.length) runs.push({ text: text.slice(at), hit: false });
  return runs;
}

/** Highlights separated only by spaces read as one phrase: "**Yury Barmin**", not "**Yury** **Barmin**". */
function mergeAdjacent(text: string, highlights: readonly (readonly [number, number])[]): [number, number][] {
  const merged: [number, number][] = [];
  for (const [start, end] of [...highlights].sort((a, b) => a[0] - b[0])) {
    const last = merged.at(-1);
    if (last && start >= last[1] && /^[ \t]*$/.test(text.slice(last[1], start))) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
