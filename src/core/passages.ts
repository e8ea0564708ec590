// Cuts an article into passages: whole sentences, sized for an answer, each a verbatim substring of the body.
import type { Article } from './article.js';
import { paragraphs, sentences, wordCount, type Span } from './sentences.js';
import { speakersOf } from './speakers.js';

export interface Passage {
  /** `articleId#n`, stable while the article does not change. */
  id: string;
  articleId: string;
  /** Position of the passage in its article, from 0. */
  index: number;
  /** Position of its paragraph in the article, from 0. */
  paragraph: number;
  /** Character offsets in the article body: `body.slice(start, end) === text`. */
  start: number;
  end: number;
  text: string;
  /** Sentence offsets relative to `text`. */
  sentences: Span[];
  /** Who speaks in each sentence, when the text says so (present only if any sentence has a speaker). */
  speakers?: (string | null)[];
}

/** A passage holds whole sentences up to about this many words; longer paragraphs are windowed. */
export const MAX_PASSAGE_WORDS = 120;
/** Windows of a long paragraph aim for this many words, overlapping by one sentence. */
const WINDOW_WORDS = 80;

export function splitPassages(article: Article): Passage[] {
  const passages: Passage[] = [];
  const perParagraph = paragraphs(article.body).map((para) => sentences(article.body, para));
  // Speakers are found over the whole article, so "he said" and a quotation on its own find who spoke.
  const all = perParagraph.flat();
  const speakerAt = new Map(speakersOf(all.map((s) => article.body.slice(s.start, s.end))).map((speaker, i) => [all[i]!.start, speaker]));
  perParagraph.forEach((spans, paragraph) => {
    for (const window of windows(article.body, spans)) {
      const first = window[0]!;
      const last = window[window.length - 1]!;
      const text = article.body.slice(first.start, last.end);
      passages.push({
        id: `${article.id}#${passages.length}`,
        articleId: article.id,
        index: passages.length,
        paragraph,
        start: first.start,
        end: last.end,
        text,
        sentences: window.map((s) => ({ start: s.start - first.start, end: s.end - first.start })),
      });
      const speakers = window.map((s) => speakerAt.get(s.start) ?? null);
      if (speakers.some(Boolean)) passages.at(-1)!.speakers = speakers;
    }
  });
  return passages;
}

function windows(body: string, spans: Span[]): Span[][] {
  const words = spans.map((s) => wordCount(body.slice(s.start, s.end)));
  const total = words.reduce((a, b) => a + b, 0);
  if (total <= MAX_PASSAGE_WORDS || spans.length <= 1) return spans.length ? [spans] : [];
  const out: Span[][] = [];
  let i = 0;
  while (i < spans.length) {
    let j = i;
    let count = 0;
    while (j < spans.length && (j === i || count + words[j]! <= WINDOW_WORDS)) count += words[j++]!;
    out.push(spans.slice(i, j));
    if (j >= spans.length) break;
    // Overlap by one sentence so an answer that straddles two windows is whole in one of them.
    i = j - 1 > i ? j - 1 : j;
  }
  return out;
}
