import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCorpus, type SourceFile } from '../../src/core/corpus.js';
import { cleanArticle } from '../../src/core/clean-article.js';
import { formatProblem } from '../../src/core/problems.js';
import { MAX_PASSAGE_WORDS, MIN_PASSAGE_WORDS } from '../../src/core/passages.js';
import { sentences, wordCount } from '../../src/core/sentences.js';
import { CORPUS_DIR, loadCorpus, RELATED_DIR } from '../helpers.js';

const file = (path: string, text: string | Uint8Array): SourceFile => ({ path, bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text });
const article = (front: string, body = 'The leaders met in Moscow. They agreed.') => `---\n${front}\n---\n\n${body}\n`;
const VALID = 'title: "A headline"\noutlet: Test Times\ndate: 2020-03-05';
const problemsOf = (...files: SourceFile[]) => {
  const result = buildCorpus(files);
  return result.ok ? [] : result.problems.map(formatProblem);
};

describe.each([CORPUS_DIR, RELATED_DIR])('every passage of %s', (dir) => {
  it('is an exact substring of its article body, at its recorded offsets', async () => {
    const corpus = await loadCorpus(dir);
    const bodies = new Map(corpus.articles.map((a) => [a.id, a.body]));
    expect(corpus.passages.length).toBeGreaterThan(0);
    for (const passage of corpus.passages) {
      const body = bodies.get(passage.articleId)!;
      expect(body.slice(passage.start, passage.end)).toBe(passage.text);
      // The body itself is verbatim from the file.
      expect(readFileSync(corpus.articles.find((a) => a.id === passage.articleId)!.file, 'utf8')).toContain(passage.text);
    }
  });

  it('starts at the start of a sentence and ends at the end of one', async () => {
    const corpus = await loadCorpus(dir);
    for (const a of corpus.articles) {
      const all = sentences(a.body, { start: 0, end: a.body.length });
      const starts = new Set(all.map((s) => s.start));
      const ends = new Set(all.map((s) => s.end));
      for (const p of corpus.passages.filter((p) => p.articleId === a.id)) {
        expect(starts.has(p.start), `${p.id} starts mid-sentence`).toBe(true);
        expect(ends.has(p.end), `${p.id} ends mid-sentence`).toBe(true);
        expect(p.text).toMatch(/[.!?…"”’)]$/);
      }
    }
  });

  it('stays within the passage size limit unless one sentence is longer', async () => {
    const corpus = await loadCorpus(dir);
    for (const p of corpus.passages) {
      const words = p.text.split(/\s+/).length;
      if (p.sentences.length > 1) expect(words, p.id).toBeLessThanOrEqual(130);
    }
  });

  it('reads on into the next paragraph when short, and records the paragraphs it came from as context', async () => {
    const corpus = await loadCorpus(dir);
    const bodies = new Map(corpus.articles.map((a) => [a.id, a.body]));
    for (const p of corpus.passages) {
      const body = bodies.get(p.articleId)!;
      expect(p.context.start, p.id).toBeLessThanOrEqual(p.start);
      expect(p.context.end, p.id).toBeGreaterThanOrEqual(p.end);
      // The context is whole paragraphs: it starts after a blank line (or the body's start) and ends before one.
      expect(body.slice(0, p.context.start)).toMatch(/(^|\n\s*\n)$/);
      expect(body.slice(p.context.end)).toMatch(/^($|\n\s*\n)/);
      // Short only where the article ends, or where the next sentence would take it past the limit.
      if (wordCount(p.text) < MIN_PASSAGE_WORDS) {
        const next = sentences(body, { start: 0, end: body.length }).find((s) => s.start >= p.end);
        if (next) expect(wordCount(p.text) + wordCount(body.slice(next.start, next.end)), p.id).toBeGreaterThan(MAX_PASSAGE_WORDS);
      }
    }
    expect(corpus.passages.some((p) => p.text.includes('\n\n'))).toBe(true);
  });
});

describe('passages', () => {
  const passagesOf = (body: string) => {
    const result = buildCorpus([file('a.md', article(VALID, body))]);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    return result.value.passages;
  };
  const words = (n: number, last = 'end') => `${Array.from({ length: n - 1 }, (_, i) => `w${i}`).join(' ')} ${last}.`;

  it('join a one-sentence paragraph with the sentences after it, paragraph breaks kept verbatim', () => {
    const body = `${words(10, 'first')}\n\n${words(20, 'second')} ${words(20, 'third')}\n\n${words(30, 'fourth')}`;
    const [first, second, third] = passagesOf(body);
    expect(first!.text).toBe(`${words(10, 'first')}\n\n${words(20, 'second')} ${words(20, 'third')}`);
    expect(first!.sentences).toHaveLength(3);
    expect(first!.context).toEqual({ start: 0, end: first!.end });
    // Every paragraph still starts a passage of its own.
    expect(second!.text.startsWith(words(20, 'second'))).toBe(true);
    expect(third!.text).toBe(words(30, 'fourth'));
  });

  it('having read on into a paragraph, take the rest of it too while it fits, not its first sentence alone', () => {
    const next = `${words(20, 'said')} ${words(20, 'quote')} ${words(20, 'more')}`;
    const [first] = passagesOf(`${words(25, 'lead')}\n\n${next}`);
    expect(first!.text).toBe(`${words(25, 'lead')}\n\n${next}`);
  });

  it('never grow past the size limit to reach the minimum', () => {
    const body = `${words(10, 'short')}\n\n${words(115, 'long')}`;
    const [first] = passagesOf(body);
    expect(first!.text).toBe(words(10, 'short'));
  });

  it("window a long paragraph and keep the whole paragraph as each window's context", () => {
    const long = Array.from({ length: 8 }, (_, i) => words(25, `s${i}`)).join(' ');
    const passages = passagesOf(long);
    expect(passages.length).toBeGreaterThan(1);
    for (const p of passages) expect(p.context).toEqual({ start: 0, end: long.length });
  });
});

describe('the corpus made from the seed articles', () => {
  it.each([
    ['000_7cc42faf484b42c2.txt', '2020-03-05-moscow-times-putin-erdogan-seek-to-ease-syria-tensions', 'The Moscow Times', 'Michael Mainville', '2020-03-05'],
    ['003_f8035168ba0a2a4f.txt', '2020-03-06-wsws-putin-erdogan-agree-new-idlib-ceasefire', 'World Socialist Web Site', 'Jordan Shilton', '2020-03-06'],
  ])('keeps the body of %s verbatim, boilerplate moved out', async (seed, id, outlet, author, date) => {
    const corpus = await loadCorpus();
    const a = corpus.articles.find((x) => x.id === id)!;
    expect({ outlet: a.outlet, author: a.author, date: a.date }).toEqual({ outlet, author, date });
    const cleaned = cleanArticle(readFileSync(`tests/fixtures/seeds/${seed}`, 'utf8'));
    expect(a.body).toBe(cleaned.body);
    expect(a.body).not.toMatch(/Related article|Original url|To contact|TASS\*\*/);
    // Paragraphs the source split mid-sentence are joined.
    expect(a.body).not.toMatch(/[a-z,]\n\n[a-zA-Z]/);
  });

  it('records The Moscow Times piece as AFP copy with its url', async () => {
    const corpus = await loadCorpus();
    const mt = corpus.articles.find((a) => a.outlet === 'The Moscow Times')!;
    expect(mt.wire).toBe('AFP');
    expect(mt.url).toMatch(/^https:\/\/www\.themoscowtimes\.com\//);
  });
});

describe('invalid articles', () => {
  it('names the file, line and field of a missing or wrong field', () => {
    expect(problemsOf(file('a.md', article('title: "x"\noutlet: T')))).toEqual(['a.md:2: date: must be a date written YYYY-MM-DD']);
    expect(problemsOf(file('b.md', article('title: "x"\noutlet: T\ndate: 2020-02-30')))).toEqual(['b.md:4: date: is not a real calendar date']);
    expect(problemsOf(file('b.md', article('title: "x"\noutlet: T\ndate: 2020-13-45')))).toEqual(['b.md:4: date: is not a real calendar date']);
    expect(problemsOf(file('c.md', article(`${VALID}\nurl: not a link`)))).toEqual(['c.md:5: url: must be an http(s) link']);
    expect(problemsOf(file('d.md', article(`${VALID}\nautor: Someone`)))).toEqual(['d.md:5: unknown field "autor" (did you mean "author"?)']);
    // Fields of the team's own are kept out of the way, not refused.
    expect(problemsOf(file('e.md', article(`${VALID}\nsection: World\ntags: [syria, turkey]`)))).toEqual([]);
    // Swapped letters are one typo; a short or plural field of one's own is not taken for a typo.
    expect(problemsOf(file('f.md', article(`outlet: T\ndate: 2020-03-05\ntilte: "x"\ntitle: "x"`)))).toEqual(['f.md:4: unknown field "tilte" (did you mean "title"?)']);
    expect(problemsOf(file('g.md', article(`${VALID}\nsite: example.com\nuri: urn:x\nauthors: [A, B]\nurls: [a, b]`)))).toEqual([]);
    // Another system's name for a required field that is missing is pointed at; beside the field, it is the team's own.
    expect(problemsOf(file('h.md', article('title: "x"\nsource: Foo News\npublished: 2020-03-05')))).toEqual([
      'h.md:2: outlet: must be the publication name, as text',
      'h.md:2: date: must be a date written YYYY-MM-DD',
      'h.md:3: unknown field "source" (did you mean "outlet"?)',
      'h.md:4: unknown field "published" (did you mean "date"?)',
    ]);
    expect(problemsOf(file('i.md', article(`${VALID}\nsource: agency feed\nlink: https://example.org/x`)))).toEqual([]);
  });

  it('reads a timestamp as its day and a list of reporters as one byline', () => {
    const result = buildCorpus([file('t.md', article('title: "x"\noutlet: T\ndate: 2020-03-05T22:15:00+03:00\nauthor: [Ayla Kaya, Omar Said]'))]);
    expect(result.ok && result.value.articles[0]).toMatchObject({ date: '2020-03-05', author: 'Ayla Kaya and Omar Said' });
    expect(problemsOf(file('u.md', article('title: "x"\noutlet: T\ndate: 2020-03-05T25:99')))).toEqual(['u.md:4: date: must be a date written YYYY-MM-DD']);
  });

  it('reads a date written out with its month\'s name, and refuses one in figures only, whose month depends on the country', () => {
    const dateOf = (date: string) => {
      const result = buildCorpus([file('w.md', article(`title: "x"\noutlet: T\ndate: ${date}`))]);
      return result.ok ? result.value.articles[0]!.date : result.problems[0]!.message;
    };
    expect(['March 5, 2020', '5 March 2020', 'Thursday, March 5, 2020', 'Mar. 5, 2020', '5th March 2020'].map(dateOf)).toEqual(Array(5).fill('2020-03-05'));
    expect(dateOf('February 30, 2020')).toBe('is not a real calendar date');
    expect(dateOf('03/05/2020')).toBe('must be a date written YYYY-MM-DD');
  });

  it('reports malformed YAML with its line', () => {
    const [problem] = problemsOf(file('e.md', article('title: [unclosed\noutlet: T\ndate: 2020-03-05')));
    // The parser notices the unclosed bracket on the line after it.
    expect(problem).toMatch(/^e\.md:[23]: invalid YAML/);
  });

  it.each([
    ['an empty file', file('empty.md', ''), 'empty.md: the file is empty'],
    ['no front matter', file('plain.md', 'Just text.'), 'plain.md:1: no front matter'],
    ['an unclosed front matter', file('open.md', `---\n${VALID}\n\nBody.`), 'open.md:1: the front matter is never closed'],
    ['no body', file('nobody.md', `---\n${VALID}\n---\n\n`), 'nobody.md: the article has no body text'],
    ['a binary file', file('bin.md', new Uint8Array([0x2d, 0x00, 0x01, 0x02])), 'bin.md: this is a binary file'],
    ['a non-UTF-8 file', file('latin1.md', new Uint8Array([0x45, 0x72, 0x64, 0x6f, 0xf0, 0x61, 0x6e])), 'latin1.md: the file is not valid UTF-8'],
    ['a file over the size limit', file('huge.md', new Uint8Array(3 * 1024 * 1024).fill(0x41)), 'huge.md: the file is 3.0 MB'],
  ])('refuses %s with a message naming it', (_what, bad, message) => {
    const problems = problemsOf(bad);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(message);
  });

  it('reports every bad file at once, and duplicate ids', () => {
    const good = article(`${VALID}\nid: same-id`);
    const problems = problemsOf(file('x.md', good), file('y.md', good), file('z.md', ''));
    expect(problems).toEqual(['y.md: id: duplicate article id "same-id", also used by x.md', 'z.md: the file is empty']);
  });
});

describe('topic files', () => {
  const topic = (yaml: string) => ({ path: 'topics/t.yaml', bytes: new TextEncoder().encode(yaml) });
  const articles = [file('corpus/a.md', article(VALID))];
  const topicProblems = (yaml: string) => {
    const result = buildCorpus(articles, [topic(yaml)]);
    return result.ok ? [] : result.problems.map(formatProblem);
  };

  it('accepts a valid topic', () => {
    expect(topicProblems('name: ceasefire\ndescription: The truce\nquestion: What was agreed?')).toEqual([]);
  });

  it('names the file, line and field of each problem', () => {
    expect(topicProblems('name: Cease Fire\ndescription: The truce\nquestion: What was agreed?')).toEqual([
      expect.stringMatching(/^topics\/t\.yaml:1: name: must be 1-32 lower-case letters/),
    ]);
    expect(topicProblems('name: ask\ndescription: x\nquestion: What was agreed?')).toEqual([expect.stringContaining('topics/t.yaml:1: name: is reserved')]);
    expect(topicProblems(`name: t\ndescription: ${'x'.repeat(101)}\nquestion: What?`)).toEqual([expect.stringContaining('topics/t.yaml:2: description: must be at most 100')]);
    expect(topicProblems('name: t\ndescription: x')).toEqual([expect.stringContaining('a topic needs a "question"')]);
  });

  it('checks that pinned passages exist in the articles', () => {
    const problems = topicProblems('name: t\ndescription: x\npassages:\n  - article: a\n    contains: not in the text');
    expect(problems).toEqual(['topics/t.yaml: passages.0.contains: article "a" does not contain these words exactly']);
  });
});
