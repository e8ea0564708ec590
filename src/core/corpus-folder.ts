// Reads a corpus folder: `*.md` articles at the top, `topics/*.yaml` topic commands.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { buildCorpus, MAX_FILE_BYTES, tooLarge, type Corpus, type SourceFile } from './corpus.js';
import type { Problem, Result } from './problems.js';

/** The file system calls the loader makes, in one object so a test can remove a file between them. */
export const corpusFs = { readdir, readFile, stat };

/** Files an admin keeps beside the articles without them being articles ("README.md", "LICENSE"). */
const NOT_ARTICLES = /^(?:readme|licen[cs]e|changelog|notice)(?:\.[\w.]+)?$/i;

export async function loadCorpusFolder(dir: string): Promise<Result<Corpus>> {
  const files = await readCorpusFolder(dir);
  return files.ok ? buildCorpus(files.value.articles, files.value.topics) : files;
}

export interface CorpusFiles {
  articles: SourceFile[];
  topics: SourceFile[];
}

/** Reads every article and topic file, without parsing them (a snapshot may make parsing unnecessary). */
export async function readCorpusFolder(dir: string): Promise<Result<CorpusFiles>> {
  const { files, problems } = await readFiles(dir);
  if (problems.length === 0) return { ok: true, value: files };
  // Report the files that were read too, so one unreadable or oversized file does not hide every other problem.
  const built = files.articles.length > 0 ? buildCorpus(files.articles, files.topics) : undefined;
  if (built && !built.ok) problems.push(...built.problems);
  return { ok: false, problems: sortProblems(problems) };
}

/**
 * The corpus without the files that have problems, for answering from a folder one does not keep (`ask --corpus`):
 * every problem is still reported, in `skipped`, but one bad article does not silence the others.
 */
export async function loadCorpusFolderSkipping(dir: string): Promise<Result<Corpus> & { skipped: Problem[] }> {
  const { files, problems } = await readFiles(dir);
  const fatal = problems.filter((p) => p.file === dir);
  if (fatal.length) return { ok: false, problems: fatal, skipped: [] };
  let built = buildCorpus(files.articles, files.topics);
  if (!built.ok) {
    // Drop the files the problems name, then build once more (a topic may have pinned a dropped article).
    for (let round = 0; round < 2 && !built.ok; round++) {
      const bad = new Set(built.problems.map((p) => p.file));
      problems.push(...built.problems);
      files.articles = files.articles.filter((f) => !bad.has(f.path));
      files.topics = files.topics.filter((f) => !bad.has(f.path));
      built = buildCorpus(files.articles, files.topics);
    }
  }
  return { ...built, skipped: sortProblems(problems) };
}

/**
 * Files at the top of the folder that are not read as articles ("notes.txt", "story.html"): only `.md` files are, and an
 * admin who dropped a pasted article in as text should hear so rather than find it silently missing.
 */
export async function unreadFiles(dir: string): Promise<string[]> {
  const entries = await corpusFs.readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('.') && !NOT_ARTICLES.test(e.name) && !isArticleName(e.name))
    .map((e) => e.name)
    .sort();
}

const isArticleName = (name: string) => name.toLowerCase().endsWith('.md') && !NOT_ARTICLES.test(name) && !name.startsWith('.');

const sortProblems = (problems: Problem[]) => problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));

async function readFiles(dir: string): Promise<{ files: CorpusFiles; problems: Problem[] }> {
  const problems: Problem[] = [];
  const names = await list(dir, problems, true);
  const articleNames = names.filter(isArticleName);
  const topicDir = join(dir, 'topics');
  const topicNames = (await list(topicDir, problems, false)).filter((n) => /\.ya?ml$/i.test(n) && !n.startsWith('.'));
  const articles = await readAll(dir, articleNames.sort(), problems);
  const topics = await readAll(topicDir, topicNames.sort(), problems);
  return { files: { articles, topics }, problems };
}

async function list(dir: string, problems: Problem[], required: boolean): Promise<string[]> {
  try {
    return await corpusFs.readdir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!required && code === 'ENOENT') return [];
    problems.push({ file: dir, message: code === 'ENOENT' ? 'the corpus folder does not exist' : `cannot read the folder (${code ?? String(error)})` });
    return [];
  }
}

async function readAll(dir: string, names: string[], problems: Problem[]): Promise<SourceFile[]> {
  const files: SourceFile[] = [];
  for (const name of names) {
    const path = join(dir, name);
    try {
      // Check the size first, so a 50 MB file is refused without being read into memory.
      const info = await corpusFs.stat(path);
      if (!info.isFile()) continue;
      if (info.size > MAX_FILE_BYTES) {
        problems.push(tooLarge(path, info.size));
        continue;
      }
      files.push({ path, bytes: await corpusFs.readFile(path) });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      problems.push({
        file: path,
        message: code === 'ENOENT' ? 'the file disappeared while the corpus was being read; try again' : `cannot read the file (${code ?? String(error)})`,
      });
    }
  }
  return files;
}
