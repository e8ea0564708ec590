import { describe, expect, it } from 'vitest';
import type { Answer, AnswerPassage } from '../../src/core/answer.js';
import { answerPage, forPages } from '../../src/discord/answer-reply.js';

const source = (id: string) => ({ id, title: id, outlet: id, date: '2020-03-05' });
const passage = (id: string, text: string): AnswerPassage => ({
  id, text, score: 1, highlights: [], source: source(id), focus: [0, text.length], sentences: [[0, text.length]], offsets: [0, text.length], context: [0, text.length],
});

describe('forPages', () => {
  it('moves passages stating differing figures onto the first page, keeping the best of it first', () => {
    const passages = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => passage(id, `Passage ${id}.`));
    passages[4] = passage('e', 'Some 13,000 migrants were there.');
    const answer: Answer = {
      question: 'How many migrants?', answered: true, confidence: 1, matched: { passages: 6, articles: 6 }, passages,
      disagreements: [{ about: 'migrants', claims: [
        { text: 'Passage a.', figure: '1', value: 1, source: source('a') },
        { text: 'Some 13,000 migrants were there.', figure: '13,000 migrants', value: 13_000, source: source('e') },
      ] }],
    };
    const shown = forPages(answer);
    expect(shown.passages.map((p) => p.id)).toEqual(['a', 'b', 'e', 'c', 'd', 'f']);
    expect(answerPage(shown, 0).embeds.map((e) => e.title)).toEqual(['The outlets give different figures for migrants', 'a', 'b', 'e']);
  });

  it('says on the first page when the outlets give the same figure, each in its own words', () => {
    const answer: Answer = {
      question: 'How many migrants?', answered: true, confidence: 1, matched: { passages: 2, articles: 2 }, passages: [passage('a', 'A.'), passage('b', 'B.')],
      agreements: [{ about: 'migrants', claims: [
        { text: 'Some 13,000 migrants gathered.', figure: '13,000 migrants', value: 13_000, source: source('a') },
        { text: 'About 13,000 migrants waited.', figure: '13,000 migrants', value: 13_000, source: source('b') },
      ] }],
    };
    const [note, ...quotes] = answerPage(forPages(answer), 0).embeds;
    expect(note?.title).toBe('The outlets give the same figure for migrants');
    expect(note?.description).toContain('a (5 March 2020): “13,000 migrants”');
    expect(quotes.map((e) => e.title)).toEqual(['a', 'b']);
  });

  it('leaves an answer without differing figures as ranked', () => {
    const answer: Answer = { question: 'q', answered: true, confidence: 1, matched: { passages: 4, articles: 4 }, passages: ['a', 'b', 'c', 'd'].map((id) => passage(id, `${id}.`)) };
    expect(forPages(answer)).toBe(answer);
  });
});
