// Holds the engine that answers now. A reload builds a complete new engine first and swaps it in one
// assignment; if anything is invalid, the old engine keeps answering and the problems are reported.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildCorpus, buildCorpusAsync, fingerprintOf, type Corpus } from './corpus.js';
import { readCorpusFolder, unreadFiles } from './corpus-folder.js';
import { Engine } from './engine.js';
import type { Problem } from './problems.js';
import { SearchIndex } from './search-index.js';
import { deserializeEngine, ENGINE_VERSION, serializeEngine } from './snapshot.js';

export interface CorpusDiff {
  added: string[];
  removed: string[];
  changed: string[];
  passagesBefore: number;
  passagesAfter: number;
  topicsChanged: boolean;
}

export type ReloadResult =
  /** `unread`: files of the folder not read as articles (see unreadFiles), for the admin who dropped a .txt in. */
  | ({ ok: true; ms: number; from: EngineSource; unread: string[] } & CorpusDiff)
  | { ok: false; ms: number; problems: Problem[] };

/** Where an engine came from: a snapshot on disk, or parsing and indexing the folder. */
export type EngineSource = 'snapshot' | 'built';

export interface StoreOptions {
  /** Folder for index snapshots; without it every start and reload rebuilds. */
  cacheDir?: string;
  /** Progress of a rebuild, in passages indexed. */
  onProgress?: (done: number, total: number) => void;
  /** Told when a snapshot could not be used or written; never fatal. */
  onSnapshotProblem?: (message: string) => void;
}

/** Snapshots kept in the cache folder; older ones are removed. */
const KEEP_SNAPSHOTS = 3;

export class EngineStore {
  private current: Engine;
  private pending: Promise<ReloadResult> | undefined;

  constructor(engine: Engine, readonly dir: string, private readonly options: StoreOptions = {}) {
    this.current = engine;
  }

  /** Loads the folder, from a matching snapshot when there is one. */
  static async open(dir: string, options: StoreOptions = {}): Promise<{ ok: true; store: EngineStore; from: EngineSource } | { ok: false; problems: Problem[] }> {
    const loaded = await loadEngine(dir, options, false);
    if (!loaded.ok) return loaded;
    return { ok: true, store: new EngineStore(loaded.engine, dir, options), from: loaded.from };
  }

  get engine(): Engine {
    return this.current;
  }

  /** Reloads from the folder. Concurrent calls share one reload rather than racing two swaps. */
  reload(): Promise<ReloadResult> {
    this.pending ??= this.doReload().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  private async doReload(): Promise<ReloadResult> {
    const started = performance.now();
    // Built in the background: the current engine keeps answering until the one assignment below.
    const loaded = await loadEngine(this.dir, this.options, true);
    if (!loaded.ok) return { ok: false, ms: performance.now() - started, problems: loaded.problems };
    const diff = diffCorpora(this.current.corpus, loaded.engine.corpus);
    this.current = loaded.engine;
    return { ok: true, ms: performance.now() - started, from: loaded.from, unread: await unreadFiles(this.dir), ...diff };
  }
}

async function loadEngine(
  dir: string,
  options: StoreOptions,
  background: boolean,
): Promise<{ ok: true; engine: Engine; from: EngineSource } | { ok: false; problems: Problem[] }> {
  const files = await readCorpusFolder(dir);
  if (!files.ok) return files;
  const fingerprint = fingerprintOf([...files.value.articles, ...files.value.topics]);
  const snapshotPath = options.cacheDir ? join(options.cacheDir, `${fingerprint}-${ENGINE_VERSION}.snapshot`) : undefined;
  if (snapshotPath) {
    const bytes = await readFile(snapshotPath).catch(() => undefined);
    if (bytes !== undefined) {
      const restored = deserializeEngine(bytes, fingerprint);
      if (restored.ok) return { ok: true, engine: restored.engine, from: 'snapshot' };
      options.onSnapshotProblem?.(`snapshot ${snapshotPath} ignored: ${restored.reason}; rebuilding`);
    }
  }
  const { articles, topics } = files.value;
  const corpus = background ? await buildCorpusAsync(articles, topics) : buildCorpus(articles, topics);
  if (!corpus.ok) return corpus;
  const index = background || options.onProgress ? await SearchIndex.buildAsync(corpus.value, options.onProgress) : SearchIndex.build(corpus.value);
  const engine = new Engine(corpus.value, index);
  if (options.cacheDir && snapshotPath) await saveSnapshot(options.cacheDir, snapshotPath, engine, options);
  return { ok: true, engine, from: 'built' };
}

/** Writes atomically (temporary file, then rename) so a crash never leaves half a snapshot under the real name. */
async function saveSnapshot(cacheDir: string, path: string, engine: Engine, options: StoreOptions): Promise<void> {
  try {
    await mkdir(cacheDir, { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    await writeFile(temporary, serializeEngine(engine));
    await rename(temporary, path);
    const snapshots = (await readdir(cacheDir)).filter((n) => n.endsWith('.snapshot'));
    if (snapshots.length > KEEP_SNAPSHOTS) {
      const dated = await Promise.all(snapshots.map(async (n) => ({ n, at: (await stat(join(cacheDir, n))).mtimeMs })));
      for (const { n } of dated.sort((a, b) => b.at - a.at).slice(KEEP_SNAPSHOTS)) await rm(join(cacheDir, n), { force: true });
    }
  } catch (error) {
    options.onSnapshotProblem?.(`could not write snapshot ${path}: ${(error as Error).message}`);
  }
}

export function diffCorpora(before: Corpus, after: Corpus): CorpusDiff {
  const digest = (c: Corpus) => new Map(c.articles.map((a) => [a.id, hash(JSON.stringify([a.title, a.outlet, a.author, a.date, a.url, a.body]))]));
  const old = digest(before);
  const now = digest(after);
  const topics = (c: Corpus) => hash(JSON.stringify(c.topics.map(({ file: _file, ...t }) => t)));
  return {
    added: [...now.keys()].filter((id) => !old.has(id)),
    removed: [...old.keys()].filter((id) => !now.has(id)),
    changed: [...now.keys()].filter((id) => old.has(id) && old.get(id) !== now.get(id)),
    passagesBefore: before.passages.length,
    passagesAfter: after.passages.length,
    topicsChanged: topics(before) !== topics(after),
  };
}

function hash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** One line for people: what a reload changed, or why it failed. */
export function describeReload(result: ReloadResult): string {
  const ms = `${Math.round(result.ms)} ms`;
  if (!result.ok) return `Reload failed; the previous corpus is still answering. ${result.problems.length} problem(s).`;
  const parts = [
    result.added.length ? `${result.added.length} added` : '',
    result.removed.length ? `${result.removed.length} removed` : '',
    result.changed.length ? `${result.changed.length} changed` : '',
  ].filter(Boolean);
  const from = result.from === 'snapshot' ? ' from the snapshot' : '';
  const unread = result.unread.length
    ? `; not read, as articles are .md files: ${result.unread.slice(0, UNREAD_NAMED).join(', ')}${result.unread.length > UNREAD_NAMED ? ` and ${result.unread.length - UNREAD_NAMED} more` : ''}`
    : '';
  return `Reloaded in ${ms}${from}: ${parts.length ? parts.join(', ') : 'no article changed'}; passages ${result.passagesBefore} → ${result.passagesAfter}${result.topicsChanged ? '; topics changed' : ''}${unread}.`;
}

/** Files a reload report names that were not read as articles; more are counted. */
const UNREAD_NAMED = 5;
