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
  /** Position of the paragraph it starts in, from 0. */
  paragraph: number;
  /** Character offsets in the article body: `body.slice(start, end) === text`. */
  start: number;
  end: number;
  text: string;
  /** The paragraph, or paragraphs, the passage is taken from, as offsets in the article body: a quote's context. */
  context: Span;
  /** Sentence offsets relative to `text`. */
  sentences: Span[];
  /** Who speaks in each sentence, when the text says so (present only if any sentence has a speaker). */
  speakers?: (string | null)[];
}

/** A passage holds whole sentences up to about this many words; longer paragraphs are windowed. */
export const MAX_PASSAGE_WORDS = 120;
/**
 * A passage shorter than this reads the next paragraph's sentences too (news paragraphs are often one sentence, and
 * the answer to a question often spans two); it never grows past MAX_PASSAGE_WORDS.
 */
export const MIN_PASSAGE_WORDS = 40;
/** Windows of a long paragraph aim for this many words, overlapping by one sentence. */
const WINDOW_WORDS = 80;

interface Sentence extends Span {
  /** Position among the article's sentences. */
  at: number;
  paragraph: number;
  words: number;
}

export function splitPassages(article: Article): Passage[] {
  const { body } = article;
  const paras = paragraphs(body);
  let at = 0;
  const perParagraph: Sentence[][] = paras.map((para, paragraph) =>
    sentences(body, para).map((s) => ({ ...s, at: at++, paragraph, words: wordCount(body.slice(s.start, s.end)) })),
  );
  // Speakers are found over the whole article, so "he said" and a quotation on its own find who spoke.
  const all = perParagraph.flat();
  const speakerAt = new Map(
    speakersOf(
      all.map((s) => body.slice(s.start, s.end)),
      all.map((s) => s.paragraph),
    ).map((speaker, i) => [all[i]!.start, speaker]),
  );
  const passages: Passage[] = [];
  perParagraph.forEach((spans, paragraph) => {
    for (const window of extend(windows(spans), all)) {
      const first = window[0]!;
      const last = window[window.length - 1]!;
      const passage: Passage = {
        id: `${article.id}#${passages.length}`,
        articleId: article.id,
        index: passages.length,
        paragraph,
        start: first.start,
        end: last.end,
        text: body.slice(first.start, last.end),
        sentences: window.map((s) => ({ start: s.start - first.start, end: s.end - first.start })),
        context: { start: paras[first.paragraph]!.start, end: paras[last.paragraph]!.end },
      };
      const speakers = window.map((s) => speakerAt.get(s.start) ?? null);
      if (speakers.some(Boolean)) passage.speakers = speakers;
      passages.push(passage);
    }
  });
  return passages;
}

const words = (spans: readonly Sentence[]) => spans.reduce((sum, s) => sum + s.words, 0);

/** A paragraph as one window, or a long one as overlapping windows of about WINDOW_WORDS. */
function windows(spans: Sentence[]): Sentence[][] {
  if (words(spans) <= MAX_PASSAGE_WORDS || spans.length <= 1) return spans.length ? [spans] : [];
  const out: Sentence[][] = [];
  let i = 0;
  while (i < spans.length) {
    let j = i;
    let count = 0;
    while (j < spans.length && (j === i || count + spans[j]!.words <= WINDOW_WORDS)) count += spans[j++]!.words;
    out.push(spans.slice(i, j));
    if (j >= spans.length) break;
    // Overlap by one sentence so an answer that straddles two windows is whole in one of them.
    i = j - 1 > i ? j - 1 : j;
  }
  return out;
}

/** A paragraph's last window, when short, takes the following sentences of the article up to MIN_PASSAGE_WORDS. */
function extend(found: Sentence[][], all: readonly Sentence[]): Sentence[][] {
  const last = found.at(-1);
  if (!last) return found;
  let count = words(last);
  let next = last.at(-1)!.at + 1;
  const grown = [...last];
  while (count < MIN_PASSAGE_WORDS && next < all.length && count + all[next]!.words <= MAX_PASSAGE_WORDS) {
    grown.push(all[next]!);
    count += all[next++]!.words;
  }
  // …and, once it has reached into the next paragraph, the rest of that paragraph while it fits: a paragraph is not cut
  // after its first sentence ("…," Stoltenberg said.) from the sentences that go on with it ("I call on them to stop…").
  const taken = grown.at(-1)!;
  while (taken.paragraph !== last[0]!.paragraph && next < all.length && all[next]!.paragraph === taken.paragraph && count + all[next]!.words <= MAX_PASSAGE_WORDS) {
    grown.push(all[next]!);
    count += all[next++]!.words;
  }
  return [...found.slice(0, -1), grown];
}
