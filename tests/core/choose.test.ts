import { describe, expect, it } from 'vitest';
import type { AnswerContext, Scored } from '../../src/core/candidates.js';
import { distinct } from '../../src/core/choose.js';
import { engineOf } from '../helpers.js';

// A short paragraph reads on into the next one, so the article's first two windows share a sentence.
const engine = engineOf(
  [
    'Colonel Omar Faris keeps a radio and a kettle on the table of his command post outside Binnish.',
    'Faris, 48, defected from an army signals unit in Homs in the spring of 2013. He now commands the Zawiya sector for the rebel front. His roughly 700 fighters hold a line of hills north of the road.',
  ].join('\n\n'),
);
const ctx = { index: engine.index, passages: engine.corpus.passages, articles: new Map(engine.corpus.articles.map((a) => [a.id, a])) } as unknown as AnswerContext;
const [post, fighters] = engine.corpus.passages.map((passage, index) => ({ passage, index, focus: 0 }));
const scored = (s: typeof post, score: number, typed: number) => ({ ...s!, score, typed }) as unknown as Scored;

describe('distinct', () => {
  it('shows one of two overlapping windows, and the one holding the kind of answer asked for when it scores nearly as well', () => {
    expect(post!.passage.text).toContain('Faris, 48');
    expect(fighters!.passage.text).toContain('Faris, 48');
    const shown = (first: Scored, second: Scored) => distinct(ctx, [first, second], 3).map((c) => c.scored.passage.text);
    expect(shown(scored(post, 0.8, 0), scored(fighters, 0.65, 0.5))).toEqual([fighters!.passage.text]);
    // …not when it scores far lower, nor when the first holds an answer too.
    expect(shown(scored(post, 0.8, 0), scored(fighters, 0.4, 0.5))).toEqual([post!.passage.text]);
    expect(shown(scored(post, 0.8, 0.3), scored(fighters, 0.7, 0.5))).toEqual([post!.passage.text]);
  });
});
