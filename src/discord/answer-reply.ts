// One page of an answer as a Discord message body (embeds, footer, More button), shared by slash
// commands, topic commands and channel questions.
import type { Answer } from '../core/answer.js';
import { clip } from '../core/clip.js';
import { LIMITS } from './limits.js';
import { moreButton, PAGE_SIZE, type PageSession } from './paging.js';
import { answerEmbeds } from './render.js';
import { counted } from '../present/counted.js';

/**
 * The answer with every passage that states a differing figure moved onto the first page, where the note about
 * them is shown (the engine ranks them anywhere in its top ten). The order is otherwise kept.
 */
export function forPages(answer: Answer): Answer {
  const claims = (answer.disagreements ?? []).flatMap((d) => d.claims);
  const states = (i: number) => claims.some((c) => answer.passages[i]!.source.id === c.source.id && answer.passages[i]!.text.includes(c.text));
  const first = answer.passages.map((_, i) => i).filter((i) => i < PAGE_SIZE || states(i));
  if (first.length <= PAGE_SIZE) return answer;
  // Keep the best passages of the first page, dropping its lowest-ranked ones that state no figure.
  while (first.length > PAGE_SIZE) {
    const drop = first.findLastIndex((i) => i < PAGE_SIZE && !states(i));
    if (drop < 0) break;
    first.splice(drop, 1);
  }
  const rest = answer.passages.filter((_, i) => !first.includes(i));
  return { ...answer, passages: [...first.map((i) => answer.passages[i]!), ...rest] };
}

/** A page of an answer; `addressee` is the member it is for (`/ask for:`), mentioned before the question. */
export function answerPage(answer: Answer, from: number, session?: PageSession, addressee = session?.addressee) {
  const passages = answer.passages.slice(from, from + PAGE_SIZE);
  const shownTo = from + passages.length;
  const articles = answer.matched.articles;
  const footer = [
    `Passages ${from + 1}–${shownTo} of ${answer.passages.length} shown`,
    `${answer.matched.passages} matched in ${counted(articles, 'article')}`,
    'quotes are verbatim',
  ].join(' · ');
  // The note on differing figures belongs with the first page, where both figures are quoted.
  const body = answerEmbeds(answer, passages, footer, from === 0);
  if (addressee) body.content = clip(`For <@${addressee}> · ${body.content ?? ''}`, LIMITS.content);
  const hasMore = session !== undefined && shownTo < answer.passages.length;
  return { ...body, components: hasMore ? [moreButton(session)] : [] };
}
