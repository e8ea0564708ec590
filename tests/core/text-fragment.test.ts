import { describe, expect, it } from 'vitest';
import { encodeFragmentText, textFragmentLink } from '../../src/core/text-fragment.js';
import { loadEngine } from '../helpers.js';

describe('text fragment links', () => {
  it('percent-encode the directive’s own syntax characters', () => {
    expect(encodeFragmentText('Turkish-Greek border, 1,000 & more')).toBe('Turkish%2DGreek%20border%2C%201%2C000%20%26%20more');
  });

  it('point at a short sentence whole, and at a long one by its first and last words', () => {
    expect(textFragmentLink('https://example.org/a#top', 'A short one.')).toBe('https://example.org/a#:~:text=A%20short%20one.');
    expect(textFragmentLink('https://example.org/a', 'one two three four five six seven eight nine ten eleven twelve')).toBe(
      'https://example.org/a#:~:text=one%20two%20three%20four%20five,eight%20nine%20ten%20eleven%20twelve',
    );
  });

  it('are built from the quoted sentence of every answer whose article has a url', async () => {
    const engine = await loadEngine();
    const passage = engine.answer('What did the Western diplomat tell AFP?').passages[0]!;
    expect(passage.link).toMatch(/^https:\/\/www\.themoscowtimes\.com\/.+#:~:text=%22There%20might%20be%20a%20ceasefire,/);
    const [start, end] = decodeURIComponent(passage.link!.split('#:~:text=')[1]!).split(',') as [string, string];
    const sentence = passage.text.slice(...passage.focus);
    expect(sentence.startsWith(start)).toBe(true);
    expect(sentence.endsWith(end)).toBe(true);
  });
});
