// Loading the corpus for a terminal command: problems are listed plainly, never as a stack trace.
import { loadCorpusFolder } from '../core/corpus-folder.js';
import { Engine } from '../core/engine.js';
import { formatProblem } from '../core/problems.js';
import { println, type Io } from './io.js';

export async function loadEngine(dir: string, io: Io): Promise<Engine | undefined> {
  const corpus = await loadCorpusFolder(dir);
  if (corpus.ok) return new Engine(corpus.value);
  println(io.stderr, `The corpus in ${dir} has ${corpus.problems.length} problem${corpus.problems.length === 1 ? '' : 's'}:`);
  for (const problem of corpus.problems) println(io.stderr, `  ${formatProblem(problem)}`);
  return undefined;
}
