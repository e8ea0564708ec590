// Shared loading for tests: the real corpus and the fixture corpus, built once per file.
import { loadCorpusFolder } from '../src/core/corpus-folder.js';
import type { Corpus } from '../src/core/corpus.js';
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
