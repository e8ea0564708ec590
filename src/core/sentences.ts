// Sentence boundaries with character offsets. sbd was measured against Intl.Segmenter on news text:
// Intl.Segmenter breaks after "Gen.", "Mr.", "St." and "Dr."; sbd keeps them (see tests/core/sentences.test.ts).
import sbd from 'sbd';

export interface Span {
  start: number;
  end: number;
}

const SBD_OPTIONS = { preserve_whitespace: true, newline_boundaries: true, sanitize: false } as const;

/** Paragraphs of a body: runs of text separated by blank lines, as offsets into the body. */
export function paragraphs(body: string): Span[] {
  const spans: Span[] = [];
  const re = /\S(?:[^\n]|\n(?!\s*\n))*/g;
  for (const m of body.matchAll(re)) spans.push({ start: m.index, end: m.index + m[0].trimEnd().length });
  return spans;
}

/** Sentences of one span of text, trimmed, as offsets into the same text the span points into. */
export function sentences(text: string, within: Span = { start: 0, end: text.length }): Span[] {
  const slice = text.slice(within.start, within.end);
  const spans: Span[] = [];
  let cursor = 0;
  for (const piece of sbd.sentences(slice, SBD_OPTIONS)) {
    // With preserve_whitespace the pieces concatenate back to the input; find each anyway, to never drift.
    const at = slice.indexOf(piece, cursor);
    if (at < 0) continue;
    cursor = at + piece.length;
    const lead = piece.length - piece.trimStart().length;
    const trimmed = piece.trim();
    if (!trimmed) continue;
    spans.push({ start: within.start + at + lead, end: within.start + at + lead + trimmed.length });
  }
  return mergeOrphans(text, spans);
}

/** A piece with no letters ("--", a stray quote mark) is not a sentence: it joins the sentence before it. */
function mergeOrphans(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const prev = out.at(-1);
    if (prev && !/[\p{L}\p{N}]/u.test(text.slice(span.start, span.end))) prev.end = span.end;
    else out.push({ ...span });
  }
  return out;
}

/** Counts words the way a reader would: runs of letters or digits. */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
