// A seeded synthetic news corpus of any size: Zipf-distributed vocabulary (real English function words at the
// top, made-up but English-shaped content words with inflections below), people's names, places, numbers and
// dates, in sentences and paragraphs sized so that every paragraph is one passage. Same seed, same bytes.
//
//   node --import tsx bench/corpora/synthetic.ts --passages 100000 [--seed summit] [--out bench/generated/synthetic-100000]
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Rng, Zipf } from '../lib/prng.js';
import { GENERATED } from '../lib/paths.js';

/** Bumped whenever the output changes, so cached corpora are regenerated. */
export const SYNTHETIC_VERSION = 4;
export const DEFAULT_SEED = 'summit-bench';

// Rank order roughly as in English text; Zipf puts about 45% of running words here, as in real prose.
const FUNCTION_WORDS = `the of and to a in that is was he for it with as his on be at by i this had not are but from or have an they
which one you were her all she there would their we him been has when who will more no if out so said what up its about into than
them can only other new some could time these two may then do first any my now such like our over man me even most made after also did
many before must through back years where much your way well down should because each just those people how too little state good very
make world still own see men work long get here between both life being under never day same another know while last might us great
old year off come since against go came right used take three`
  .split(/\s+/)
  .filter(Boolean);

/**
 * Vocabulary and Zipf-Mandelbrot parameters chosen so the text has English's shape: "the" about 6% of words
 * (Brown: 6.9%), and about 35k distinct words in 10k passages (585k words), where the Brown corpus has 43k in its
 * million words. Without the offset, "the" was 14%; with a larger vocabulary, distinct words were 3 times too many,
 * which inflates every per-term structure of an index.
 */
const VOCABULARY = 30_000;
const ZIPF_EXPONENT = 1.25;
const ZIPF_OFFSET = 2.7;

const ONSETS = ['b', 'br', 'c', 'ch', 'cl', 'd', 'dr', 'f', 'fl', 'g', 'gr', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'pl', 'pr', 'qu', 'r', 's', 'sh', 'sl', 'st', 't', 'th', 'tr', 'v', 'w', 'z', ''];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ee', 'io', 'ou', 'oa', 'y'];
const CODAS = ['', '', 'n', 'r', 'l', 's', 't', 'm', 'nd', 'nt', 'st', 'rk', 'ck', 'ng', 'x', 'ld'];
/** Endings a made-up stem may take; each stem gets the bare form and up to two of these, as an English lemma has a few forms. */
const SUFFIXES = ['s', 's', 's', 'ed', 'ing', 'er', 'ly', 'tion', 'ment', 'ness', 'al', 'ity', 'ive'];
const OUTLET_WORDS = ['Times', 'Herald', 'Post', 'Tribune', 'Observer', 'Courier', 'Gazette', 'Monitor', 'Journal', 'Chronicle', 'Dispatch', 'Wire'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const SAID = ['said', 'told reporters', 'added', 'said on', 'wrote', 'announced'];

export interface SyntheticOptions {
  passages: number;
  seed?: string;
}

export interface GeneratedArticle {
  /** File name, `.md` included. */
  name: string;
  content: string;
  paragraphs: number;
}

/** The vocabulary and name lists one seed produces; shared by every article. */
class Lexicon {
  readonly words: string[];
  /** Per word: the endings it takes besides the bare form. */
  readonly forms: string[][];
  readonly zipf: Zipf;
  readonly firstNames: string[];
  readonly surnames: string[];
  readonly surnameZipf: Zipf;
  readonly places: string[];
  readonly placeZipf: Zipf;
  readonly outlets: string[];

  constructor(rng: Rng, vocabulary = VOCABULARY) {
    const seen = new Set<string>(FUNCTION_WORDS);
    const made = (min: number, max: number): string => {
      for (;;) {
        let w = '';
        const syllables = rng.int(min, max);
        for (let s = 0; s < syllables; s++) w += rng.pick(ONSETS) + rng.pick(VOWELS) + (s === syllables - 1 || rng.chance(0.3) ? rng.pick(CODAS) : '');
        if (w.length >= 3 && !seen.has(w)) {
          seen.add(w);
          return w;
        }
      }
    };
    this.words = [...FUNCTION_WORDS];
    while (this.words.length < vocabulary) this.words.push(made(1, 3));
    this.forms = this.words.map((_, rank) => (rank < FUNCTION_WORDS.length ? [] : Array.from({ length: rng.int(0, 2) }, () => rng.pick(SUFFIXES))));
    this.zipf = new Zipf(this.words.length, ZIPF_EXPONENT, ZIPF_OFFSET);
    const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
    this.firstNames = Array.from({ length: 400 }, () => cap(made(2, 3)));
    this.surnames = Array.from({ length: 5_000 }, () => cap(made(2, 4)));
    this.surnameZipf = new Zipf(this.surnames.length, 1.0);
    this.places = Array.from({ length: 2_000 }, () => cap(made(2, 3)) + rng.pick(['', '', '', 'ia', 'stan', 'grad', 'ville', 'burg', 'an']));
    this.placeZipf = new Zipf(this.places.length, 1.0);
    this.outlets = Array.from({ length: 40 }, () => `The ${cap(made(2, 3))} ${rng.pick(OUTLET_WORDS)}`);
  }

  word(rng: Rng): string {
    const rank = this.zipf.sample(rng);
    const w = this.words[rank]!;
    const forms = this.forms[rank]!;
    return forms.length === 0 || rng.chance(0.6) ? w : w + rng.pick(forms);
  }

  person(rng: Rng): string {
    const surname = this.surnames[this.surnameZipf.sample(rng)]!;
    return rng.chance(0.5) ? `${rng.pick(this.firstNames)} ${surname}` : surname;
  }

  place(rng: Rng): string {
    return this.places[this.placeZipf.sample(rng)]!;
  }
}

function number(rng: Rng): string {
  switch (rng.int(0, 5)) {
    case 0:
      return String(rng.int(2, 99));
    case 1:
      return String(rng.int(100, 999));
    case 2:
      return `${rng.int(1, 99)},${String(rng.int(0, 999)).padStart(3, '0')}`;
    case 3:
      return `${rng.int(1, 99)}.${rng.int(1, 9)} percent`;
    case 4:
      return `$${rng.int(1, 999)} million`;
    default:
      return String(rng.int(1950, 2024));
  }
}

function dateWords(rng: Rng): string {
  switch (rng.int(0, 3)) {
    case 0:
      return `on ${rng.pick(DAYS)}`;
    case 1:
      return `on ${rng.pick(MONTHS)} ${rng.int(1, 28)}`;
    case 2:
      return `in ${rng.pick(MONTHS)} ${rng.int(1990, 2024)}`;
    default:
      return `${rng.int(1, 28)} ${rng.pick(MONTHS)}`;
  }
}

/** One sentence of `words` tokens or so; names, places, numbers and dates mixed in. */
function sentence(lex: Lexicon, rng: Rng, words: number): string {
  const out: string[] = [];
  while (out.length < words) {
    const r = rng.next();
    if (r < 0.05) out.push(lex.person(rng));
    else if (r < 0.08) out.push(lex.place(rng));
    else if (r < 0.1) out.push(number(rng));
    else if (r < 0.115) out.push(dateWords(rng));
    else out.push(lex.word(rng));
    if (rng.chance(0.05) && out.length < words - 2) out[out.length - 1] += ',';
  }
  let text = out.join(' ');
  text = text[0]!.toUpperCase() + text.slice(1);
  text = text.replace(/,$/, '');
  if (rng.chance(0.12)) return `"${text}," ${lex.person(rng)} ${rng.pick(SAID)}.`;
  return text + (rng.chance(0.04) ? '?' : '.');
}

/** A paragraph of 1-5 sentences and at most ~100 words, so the engine keeps it as one passage. */
function paragraph(lex: Lexicon, rng: Rng): string {
  const sentences: string[] = [];
  let words = 0;
  const target = rng.int(25, 95);
  while (words < target) {
    const n = Math.min(rng.int(6, 28), Math.max(4, 100 - words - 6));
    sentences.push(sentence(lex, rng, n));
    words += n + 4;
    if (words > 80) break;
  }
  return sentences.join(' ');
}

/** Streams the articles of a corpus of about `passages` passages (one per paragraph). */
export function* syntheticArticles(options: SyntheticOptions): Generator<GeneratedArticle> {
  const rng = new Rng(`${options.seed ?? DEFAULT_SEED}:synthetic`);
  const lex = new Lexicon(rng.fork('lexicon'));
  const text = rng.fork('text');
  let produced = 0;
  for (let n = 0; produced < options.passages; n++) {
    const count = Math.min(text.int(4, 18), options.passages - produced);
    const paragraphs = Array.from({ length: count }, () => paragraph(lex, text));
    produced += count;
    const year = text.int(2010, 2024);
    const date = `${year}-${String(text.int(1, 12)).padStart(2, '0')}-${String(text.int(1, 28)).padStart(2, '0')}`;
    const titleWords = Array.from({ length: text.int(4, 9) }, () => (text.chance(0.3) ? lex.place(text) : lex.word(text)));
    const title = titleWords.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
    const front = [
      '---',
      `title: ${JSON.stringify(title)}`,
      `outlet: ${JSON.stringify(text.pick(lex.outlets))}`,
      `author: ${JSON.stringify(`${text.pick(lex.firstNames)} ${lex.surnames[lex.surnameZipf.sample(text)]!}`)}`,
      `date: ${date}`,
      '---',
    ].join('\n');
    yield { name: `s${String(n).padStart(7, '0')}.md`, content: `${front}\n\n${paragraphs.join('\n\n')}\n`, paragraphs: count };
  }
}

export interface GeneratedCorpus {
  dir: string;
  articles: number;
  /** Paragraphs written; the engine's passage count is measured separately. */
  paragraphs: number;
  bytes: number;
  /** False when an identical corpus was already on disk. */
  generated: boolean;
  ms: number;
}

interface Manifest {
  kind: 'synthetic';
  version: number;
  seed: string;
  passages: number;
  articles: number;
  paragraphs: number;
  bytes: number;
}

/** Writes the corpus under bench/generated/ unless the same one is already there. */
export async function writeSyntheticCorpus(options: SyntheticOptions & { dir?: string; progress?: (done: number, total: number) => void }): Promise<GeneratedCorpus> {
  const started = performance.now();
  const seed = options.seed ?? DEFAULT_SEED;
  const dir = options.dir ?? join(GENERATED, `synthetic-${options.passages}`);
  const manifestPath = join(dir, '.manifest.json');
  const existing = await readFile(manifestPath, 'utf8').then((t) => JSON.parse(t) as Manifest, () => undefined);
  if (existing && existing.version === SYNTHETIC_VERSION && existing.seed === seed && existing.passages === options.passages) {
    return { dir, articles: existing.articles, paragraphs: existing.paragraphs, bytes: existing.bytes, generated: false, ms: performance.now() - started };
  }
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  let articles = 0;
  let paragraphs = 0;
  let bytes = 0;
  let batch: Promise<void>[] = [];
  for (const article of syntheticArticles({ passages: options.passages, seed })) {
    batch.push(writeFile(join(dir, article.name), article.content));
    articles++;
    paragraphs += article.paragraphs;
    bytes += Buffer.byteLength(article.content);
    if (batch.length >= 64) {
      await Promise.all(batch);
      batch = [];
      options.progress?.(paragraphs, options.passages);
    }
  }
  await Promise.all(batch);
  const manifest: Manifest = { kind: 'synthetic', version: SYNTHETIC_VERSION, seed, passages: options.passages, articles, paragraphs, bytes };
  await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
  return { dir, articles, paragraphs, bytes, generated: true, ms: performance.now() - started };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { passages: { type: 'string', default: '10000' }, seed: { type: 'string' }, out: { type: 'string' } } });
  const result = await writeSyntheticCorpus({
    passages: Number(values.passages),
    ...(values.seed ? { seed: values.seed } : {}),
    ...(values.out ? { dir: values.out } : {}),
  });
  console.log(JSON.stringify(result));
}
