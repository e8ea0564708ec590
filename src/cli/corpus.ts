// npm run corpus -- check [DIR]     validate every article and topic file; one `file:line: what` per problem
// npm run corpus -- import FILE ... turn a pasted article into a corpus file (see --help)
import { z } from 'zod';
import { loadCorpusFolder } from '../core/corpus-folder.js';
import { formatProblem } from '../core/problems.js';
import { println, processIo, type Io } from './io.js';
import { runImport } from './import.js';
import { parseCommandLine } from './args.js';
import { noteUnread } from './load.js';
import { counted } from '../present/counted.js';

const USAGE = `Usage: npm run corpus -- check [DIR]
       npm run corpus -- import FILE --outlet NAME --date YYYY-MM-DD [--title T] [--author A] [--url URL] [--corpus DIR] [--force]`;

export async function runCorpus(argv: string[], io: Io): Promise<number> {
  const [verb, ...rest] = argv;
  if (verb === 'check') return check(rest, io);
  if (verb === 'import') return runImport(rest, io);
  println(verb === undefined || verb === '--help' ? io.stdout : io.stderr, USAGE);
  return verb === undefined || verb === '--help' ? 0 : 2;
}

async function check(argv: string[], io: Io): Promise<number> {
  const parsed = parseCommandLine(argv, {}, z.object({}), io, USAGE);
  if (!parsed.ok) return parsed.code;
  const dir = parsed.positionals[0] ?? 'corpus';
  await noteUnread(dir, io);
  const result = await loadCorpusFolder(dir);
  if (!result.ok) {
    for (const problem of result.problems) println(io.stderr, formatProblem(problem));
    println(io.stderr, `\n${counted(result.problems.length, 'problem')} in ${dir}`);
    return 1;
  }
  const { articles, passages, topics } = result.value;
  println(io.stdout, `${dir}: ${counted(articles.length, 'article')}, ${counted(passages.length, 'passage')}, ${counted(topics.length, 'topic')} — all valid`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await runCorpus(process.argv.slice(2), processIo());
}
