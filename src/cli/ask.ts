// npm run ask -- [--json] [--corpus DIR] [--top N] [--since D] [--until D] [--outlet NAME] ["question"]
// With no question, answers each line of standard input (JSONL with --json) and exits at end of input.
import { z } from 'zod';
import { isoDate } from '../core/article.js';
import { MAX_TOP, type AnswerOptions } from '../core/answer.js';
import { parseCommandLine } from './args.js';
import { eachLine, println, processIo, type Io } from './io.js';
import { loadEngine } from './load.js';
import { renderAnswer } from './render.js';

const USAGE = `Usage: npm run ask -- [options] "question"
       npm run ask -- --json < questions.txt      (one question per line in, one JSON object per line out)

Options:
  --json            print the answer as JSON
  --corpus DIR      answer from another corpus folder (default: corpus)
  --top N           number of passages, 1-${MAX_TOP} (default: 3)
  --since YYYY-MM-DD, --until YYYY-MM-DD, --outlet NAME   limit the articles searched
  --help            show this help`;

const optionsSchema = z.object({
  json: z.boolean().default(false),
  corpus: z.string().min(1).default('corpus'),
  top: z.coerce.number({ error: 'must be a number' }).int({ error: 'must be a whole number' }).min(1).max(MAX_TOP).optional(),
  since: isoDate.optional(),
  until: isoDate.optional(),
  outlet: z.string().trim().min(1).optional(),
  help: z.boolean().default(false),
});

export async function runAsk(argv: string[], io: Io): Promise<number> {
  const parsed = parseCommandLine(
    argv,
    {
      json: { type: 'boolean' },
      corpus: { type: 'string' },
      top: { type: 'string' },
      since: { type: 'string' },
      until: { type: 'string' },
      outlet: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    optionsSchema,
    io,
    USAGE,
  );
  if (!parsed.ok) return parsed.code;
  const options = parsed.values;
  if (options.help) {
    println(io.stdout, USAGE);
    return 0;
  }
  // A folder of articles from elsewhere may hold one bad file; the others still answer (each problem is listed).
  const engine = await loadEngine(options.corpus, io, { skipBadFiles: true });
  if (!engine) return 1;

  const answerOptions: AnswerOptions = {};
  if (options.top !== undefined) answerOptions.top = options.top;
  if (options.since) answerOptions.since = options.since;
  if (options.until) answerOptions.until = options.until;
  if (options.outlet) answerOptions.outlet = options.outlet;
  const print = (question: string) => {
    const answer = engine.answer(question, answerOptions);
    println(io.stdout, options.json ? JSON.stringify(answer) : renderAnswer(answer, io.tty));
  };

  if (parsed.positionals.length > 0) {
    print(parsed.positionals.join(' '));
    return 0;
  }
  let first = true;
  await eachLine(io.stdin, (line) => {
    if (!options.json && !first) println(io.stdout, `\n${'─'.repeat(40)}`);
    first = false;
    // In JSONL mode every input line gets its output line, blank ones included, so lines stay paired.
    if (options.json || line.trim()) print(line);
  });
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await runAsk(process.argv.slice(2), processIo());
}
