// npm run corpus -- import FILE --outlet NAME --date YYYY-MM-DD [--title T] [--author A] [--url URL] [--corpus DIR] [--force]
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { z } from 'zod';
import { isoDate, parseArticle } from '../core/article.js';
import { cleanArticle } from '../core/clean-article.js';
import { idFromPath } from '../core/corpus.js';
import { formatProblem } from '../core/problems.js';
import { parseCommandLine } from './args.js';
import { println, type Io } from './io.js';

const optionsSchema = z.object({
  outlet: z.string({ error: 'is required (the publication, e.g. "The Moscow Times")' }).trim().min(1),
  date: isoDate,
  title: z.string().trim().min(1).optional(),
  author: z.string().trim().min(1).optional(),
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) link' }).optional(),
  wire: z.string().trim().min(1).optional(),
  corpus: z.string().min(1).default('corpus'),
  force: z.boolean().default(false),
});

export async function runImport(argv: string[], io: Io): Promise<number> {
  const parsed = parseCommandLine(
    argv,
    {
      outlet: { type: 'string' }, date: { type: 'string' }, title: { type: 'string' }, author: { type: 'string' },
      url: { type: 'string' }, wire: { type: 'string' }, corpus: { type: 'string' }, force: { type: 'boolean' },
    },
    optionsSchema,
    io,
  );
  const file = parsed.ok ? parsed.positionals[0] : undefined;
  if (!parsed.ok || !file) {
    if (parsed.ok) println(io.stderr, 'import: name the file to import');
    return parsed.ok ? 2 : parsed.code;
  }
  const options = parsed.values;
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    println(io.stderr, `${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return 1;
  }
  const cleaned = cleanArticle(raw);
  const title = options.title ?? cleaned.title;
  if (!title) {
    println(io.stderr, `${file}: no headline found; give one with --title`);
    return 1;
  }
  const author = options.author ?? cleaned.author;
  const url = options.url ?? cleaned.url;
  const frontMatter = {
    title,
    outlet: options.outlet,
    ...(author ? { author } : {}),
    ...(options.wire ? { wire: options.wire } : {}),
    date: options.date,
    ...(url ? { url } : {}),
    language: 'en',
  };
  const text = `---\n${stringify(frontMatter, { lineWidth: 0 })}---\n\n${cleaned.body}\n`;
  const name = `${options.date}-${idFromPath(options.outlet)}-${idFromPath(title).slice(0, 61).replace(/-[^-]*$/, '')}.md`;
  const target = join(options.corpus, name);
  // Check the result as the loader will, so an import never writes a file the bot would refuse.
  const article = parseArticle(target, text, idFromPath(target));
  if (!article.ok) {
    for (const problem of article.problems) println(io.stderr, formatProblem(problem));
    return 1;
  }
  if (existsSync(target) && !options.force) {
    println(io.stderr, `${target} already exists; use --force to replace it`);
    return 1;
  }
  await writeFile(target, text);
  println(io.stdout, `Wrote ${target} (${cleaned.body.split('\n\n').length} paragraphs).`);
  if (cleaned.removed.length) {
    println(io.stdout, 'Removed from the body (check nothing of the article is here):');
    for (const line of cleaned.removed) println(io.stdout, `  - ${line.replace(/\n/g, ' / ')}`);
  }
  println(io.stdout, 'Reload the bot (/reload in Discord, or SIGHUP) to answer from it.');
  return 0;
}
