// The corpus: every article, its passages and the topic commands, validated together so a bad file
// is reported with all the others and nothing half-built is ever handed out.
import { createHash } from 'node:crypto';
import { parseArticle, type Article } from './article.js';
import { splitPassages, type Passage } from './passages.js';
import type { Problem, Result } from './problems.js';
import { parseTopic, type Topic } from './topic.js';

export interface SourceFile {
  /** Path shown in problems. */
  path: string;
  /** Raw bytes: decoding is checked here, so a binary or non-UTF-8 file gets a clear message. */
  bytes: Uint8Array;
}

export interface Corpus {
  articles: Article[];
  passages: Passage[];
  topics: Topic[];
  /** Hash of every file's path and content: equal fingerprints mean the same corpus. */
  fingerprint: string;
}

/** Articles larger than this are refused: no news article is, and a huge file would stall a reload. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export function tooLarge(file: string, size: number): Problem {
  return { file, message: `the file is ${(size / 1024 / 1024).toFixed(1)} MB; corpus files are limited to ${MAX_FILE_BYTES / 1024 / 1024} MB` };
}

export function decodeText(file: SourceFile): Result<string> {
  const { path, bytes } = file;
  const problem = (message: string): Result<string> => ({ ok: false, problems: [{ file: path, message }] });
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, problems: [tooLarge(path, bytes.length)] };
  if (bytes.includes(0)) return problem('this is a binary file, not text (it contains NUL bytes)');
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, value: text.replace(/\r\n?/g, '\n') };
  } catch {
    return problem('the file is not valid UTF-8 text; save it as UTF-8');
  }
}

/** The id an article gets from its file name: `corpus/2020-03-05-x.md` → `2020-03-05-x`. */
export function idFromPath(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return name.replace(/\.md$/i, '').toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'article';
}

export function buildCorpus(articleFiles: SourceFile[], topicFiles: SourceFile[] = []): Result<Corpus> {
  const steps = buildSteps(articleFiles, topicFiles);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The same corpus, built in steps that yield to the event loop, so a large reload never stalls answers. */
export async function buildCorpusAsync(articleFiles: SourceFile[], topicFiles: SourceFile[] = [], every = 50): Promise<Result<Corpus>> {
  const steps = buildSteps(articleFiles, topicFiles);
  for (let n = 1; ; n++) {
    const step = steps.next();
    if (step.done) return step.value;
    if (n % every === 0) await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Parses and checks the corpus, yielding after each article so the caller decides when to pause. */
function* buildSteps(articleFiles: SourceFile[], topicFiles: SourceFile[]): Generator<void, Result<Corpus>> {
  const problems: Problem[] = [];
  const articles: Article[] = [];
  for (const file of articleFiles) {
    const text = decodeText(file);
    const article = text.ok ? parseArticle(file.path, text.value, idFromPath(file.path)) : text;
    if (article.ok) articles.push(article.value);
    else problems.push(...article.problems);
    yield;
  }
  problems.push(...duplicates(articles.map((a) => ({ key: a.id, file: a.file })), 'id', 'article id'));
  if (articleFiles.length === 0) problems.push({ file: '(corpus)', message: 'the corpus folder has no articles (*.md files)' });

  const topics: Topic[] = [];
  for (const file of topicFiles) {
    const text = decodeText(file);
    const topic = text.ok ? parseTopic(file.path, text.value) : text;
    if (topic.ok) topics.push(topic.value);
    else problems.push(...topic.problems);
  }
  problems.push(...duplicates(topics.map((t) => ({ key: t.name, file: t.file })), 'name', 'topic name'));

  const passages: Passage[] = [];
  for (const article of articles) {
    const own = splitPassages(article);
    if (own.length === 0) problems.push({ file: article.file, line: article.bodyLine, message: 'the body has no sentences to quote' });
    for (const passage of own) passages.push(passage);
    yield;
  }
  problems.push(...checkPins(topics, articles));
  if (problems.length > 0) return { ok: false, problems: problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0)) };
  return { ok: true, value: { articles, passages, topics, fingerprint: fingerprintOf([...articleFiles, ...topicFiles]) } };
}

/** Hash of the files' paths and bytes: what a snapshot is keyed by (articles remember their paths). */
export function fingerprintOf(files: readonly SourceFile[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) hash.update(file.path).update('\0').update(file.bytes).update('\0');
  return hash.digest('hex').slice(0, 32);
}

function duplicates(items: { key: string; file: string }[], field: string, what: string): Problem[] {
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  for (const { key, file } of items) {
    const first = seen.get(key);
    if (first) problems.push({ file, field, message: `duplicate ${what} "${key}", also used by ${first}` });
    else seen.set(key, file);
  }
  return problems;
}

/** A topic's pinned passages must name an article that exists and words it really contains. */
function checkPins(topics: Topic[], articles: Article[]): Problem[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const problems: Problem[] = [];
  for (const topic of topics) {
    topic.passages?.forEach((pin, i) => {
      const article = byId.get(pin.article);
      if (!article) problems.push({ file: topic.file, field: `passages.${i}.article`, message: `no article has the id "${pin.article}"` });
      else if (!article.body.includes(pin.contains)) {
        problems.push({ file: topic.file, field: `passages.${i}.contains`, message: `article "${pin.article}" does not contain these words exactly` });
      }
    });
  }
  return problems;
}
