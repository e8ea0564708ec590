import { describe, expect, it } from 'vitest';
import { paragraphs, sentences } from '../../src/core/sentences.js';

const pieces = (text: string) => sentences(text).map((s) => text.slice(s.start, s.end));

describe('sentences', () => {
  // Intl.Segmenter breaks after each of these abbreviations (measured: it split 4 of these 5 cases); sbd does not.
  it.each([
    ["Russia has backed the opposition's Gen. Khalifa Haftar. Then it stopped.", 2],
    ['The U.S. military said so. Then Mr. Smith left.', 2],
    ['Dr. Jones met Sen. Graham on Friday. He left.', 2],
    ['"(I hope) there will be a ceasefire swiftly established in Idlib," Erdogan said Wednesday. Ankara wants more.', 2],
    ['It cost $1.5 million. St. Petersburg agreed.', 2],
  ])('splits %j into %i sentences', (text, count) => {
    expect(pieces(text)).toHaveLength(count);
  });

  it('returns ranges whose text is exactly the sentence, trimmed', () => {
    const text = '  First one here.   Second one, with "quotes." Third!  ';
    expect(pieces(text)).toEqual(['First one here.', 'Second one, with "quotes."', 'Third!']);
  });
});

describe('paragraphs', () => {
  it('splits on blank lines and keeps single line breaks inside a paragraph', () => {
    const body = 'One line\nstill one.\n\nTwo.\n\n\nThree.';
    expect(paragraphs(body).map((p) => body.slice(p.start, p.end))).toEqual(['One line\nstill one.', 'Two.', 'Three.']);
  });
});
