// Loading the corpus for a terminal command: problems are listed plainly, never as a stack trace.
import { loadCorpusFolder, loadCorpusFolderSkipping, unreadFiles } from '../core/corpus-folder.js';
import { Engine } from '../core/engine.js';
import { formatProblem, type Problem } from '../core/problems.js';
import { println, type Io } from './io.js';
import { counted } from '../present/counted.js';

/**
 * The engine over a corpus folder. With `skipBadFiles`, files with problems are left out (and listed) rather than
 * failing the whole folder: for answering questions, not for checking a corpus (`npm run corpus -- check`).
 */
export async function loadEngine(dir: string, io: Io, { skipBadFiles = false } = {}): Promise<Engine | undefined> {
  await noteUnread(dir, io);
  if (skipBadFiles) {
    const corpus = await loadCorpusFolderSkipping(dir);
    if (corpus.ok && corpus.skipped.length) {
      const files = new Set(corpus.skipped.map((p) => p.file)).size;
      list(io, `Answering without ${counted(files, 'file')} of ${dir}, for these problems:`, corpus.skipped);
    }
    if (corpus.ok) return new Engine(corpus.value);
    list(io, `The corpus in ${dir} cannot be used:`, [...corpus.skipped, ...corpus.problems]);
    return undefined;
  }
  const corpus = await loadCorpusFolder(dir);
  if (corpus.ok) return new Engine(corpus.value);
  list(io, `The corpus in ${dir} has ${counted(corpus.problems.length, 'problem')}:`, corpus.problems);
  return undefined;
}

function list(io: Io, heading: string, problems: Problem[]): void {
  println(io.stderr, heading);
  for (const line of new Set(problems.map(formatProblem))) println(io.stderr, `  ${line}`);
}

/** Names the files of the folder that are not read as articles, on stderr (see unreadFiles). */
export async function noteUnread(dir: string, io: Io): Promise<void> {
  const unread = await unreadFiles(dir);
  if (unread.length === 0) return;
  println(io.stderr, `Not read from ${dir}, as articles are .md files with front matter: ${unread.join(', ')}`);
  println(io.stderr, '  (npm run corpus -- import FILE --outlet … --date … turns a pasted article into one)');
}
