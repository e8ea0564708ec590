// One page of an answer as a Discord message body (embeds, footer, More button), shared by slash
// commands, topic commands and channel questions.
import type { Answer } from '../core/answer.js';
import { moreButton, PAGE_SIZE, type PageSession } from './paging.js';
import { answerEmbeds } from './render.js';

export function answerPage(answer: Answer, from: number, session?: PageSession) {
  const passages = answer.passages.slice(from, from + PAGE_SIZE);
  const shownTo = from + passages.length;
  const articles = answer.matched.articles;
  const footer = [
    `Passages ${from + 1}–${shownTo} of ${answer.passages.length} shown`,
    `${answer.matched.passages} matched in ${articles} article${articles === 1 ? '' : 's'}`,
    'quotes are verbatim',
  ].join(' · ');
  // The note on differing figures belongs with the first page, where both figures are quoted.
  const body = answerEmbeds(answer, passages, footer, from === 0);
  const hasMore = session !== undefined && shownTo < answer.passages.length;
  return { ...body, components: hasMore ? [moreButton(session)] : [] };
}
