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

/** An engine over one-paragraph articles, one per body, from outlets "Outlet 0", "Outlet 1"... */
export function engineOf(...bodies: string[]): Engine {
  const corpus = buildCorpus(
    bodies.map((body, i) => ({
      path: `a${i}.md`,
      bytes: new TextEncoder().encode(`---\ntitle: "Idlib"\noutlet: Outlet ${i}\ndate: 2020-03-0${i + 1}\n---\n\n${body}\n`),
    })),
  );
  if (!corpus.ok) throw new Error('fixture invalid');
  return new Engine(corpus.value);
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
