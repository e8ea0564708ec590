// Shared loading for tests: the real corpus and the fixture corpus, built once per file.
import { PassThrough } from 'node:stream';
import type { Io } from '../src/cli/io.js';
import { loadCorpusFolder } from '../src/core/corpus-folder.js';
import { buildCorpus, type Corpus } from '../src/core/corpus.js';
import { Engine } from '../src/core/engine.js';

export const CORPUS_DIR = 'corpus';
export const RELATED_DIR = 'tests/fixtures/related-corpus';

export async function loadCorpus(dir = CORPUS_DIR): Promise<Corpus> {
  const result = await loadCorpusFolder(dir);
  if (!result.ok) throw new Error(`${dir} is invalid: ${JSON.stringify(result.problems)}`);
  return result.value;
}

export async function loadEngine(dir = CORPUS_DIR): Promise<Engine> {
  return new Engine(await loadCorpus(dir));
}

/** A fixture article: its body, and front matter where a test needs its own. */
export interface FixtureArticle {
  body: string;
  title?: string;
  outlet?: string;
  /** YYYY-MM-DD; the n-th article (from 0) is of March n+1, 2020 when none is given. */
  date?: string;
}

/** An engine over these articles, from outlets "Outlet 0", "Outlet 1"… unless they name their own. */
export function engineOfArticles(articles: readonly FixtureArticle[]): Engine {
  const corpus = buildCorpus(
    articles.map(({ body, title = 'Idlib', outlet, date }, i) => ({
      path: `a${i}.md`,
      bytes: new TextEncoder().encode(
        `---\ntitle: "${title}"\noutlet: ${outlet ?? `Outlet ${i}`}\ndate: ${date ?? `2020-03-${String(i + 1).padStart(2, '0')}`}\n---\n\n${body}\n`,
      ),
    })),
  );
  if (!corpus.ok) throw new Error(`fixture invalid: ${JSON.stringify(corpus.problems)}`);
  return new Engine(corpus.value);
}

/** An engine over one-paragraph articles, one per body, from outlets "Outlet 0", "Outlet 1"... */
export function engineOf(...bodies: string[]): Engine {
  return engineOfArticles(bodies.map((body) => ({ body })));
}

/** Runs a terminal command in-process with the given standard input; returns its exit code and what it printed. */
export async function runInProcess(run: (io: Io) => Promise<number>, stdin = ''): Promise<{ code: number; out: string; err: string }> {
  const input = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  input.end(stdin);
  const code = await run({ stdin: input, stdout, stderr, tty: false });
  return { code, out, err };
}
