// Holds the engine that answers now. A reload builds a complete new engine first and swaps it in one
// assignment; if anything is invalid, the old engine keeps answering and the problems are reported.
import { createHash } from 'node:crypto';
import type { Corpus } from './corpus.js';
import { loadCorpusFolder } from './corpus-folder.js';
import { Engine } from './engine.js';
import type { Problem } from './problems.js';

export interface CorpusDiff {
  added: string[];
  removed: string[];
  changed: string[];
  passagesBefore: number;
  passagesAfter: number;
  topicsChanged: boolean;
}

export type ReloadResult =
  | ({ ok: true; ms: number } & CorpusDiff)
  | { ok: false; ms: number; problems: Problem[] };

export class EngineStore {
  private current: Engine;
  private pending: Promise<ReloadResult> | undefined;

  constructor(engine: Engine, readonly dir: string) {
    this.current = engine;
  }

  static async open(dir: string): Promise<{ ok: true; store: EngineStore } | { ok: false; problems: Problem[] }> {
    const corpus = await loadCorpusFolder(dir);
    if (!corpus.ok) return corpus;
    return { ok: true, store: new EngineStore(new Engine(corpus.value), dir) };
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
    const corpus = await loadCorpusFolder(this.dir);
    if (!corpus.ok) return { ok: false, ms: performance.now() - started, problems: corpus.problems };
    const next = new Engine(corpus.value);
    const diff = diffCorpora(this.current.corpus, next.corpus);
    this.current = next;
    return { ok: true, ms: performance.now() - started, ...diff };
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
  return `Reloaded in ${ms}: ${parts.length ? parts.join(', ') : 'no article changed'}; passages ${result.passagesBefore} → ${result.passagesAfter}${result.topicsChanged ? '; topics changed' : ''}.`;
}
