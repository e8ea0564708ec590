// One engine on one corpus, in a fresh process (forked by bench/run.ts with --expose-gc): load, build, heap,
// answer latency over the question set, reload, snapshot. Reports over IPC.
import { writeFile } from 'node:fs/promises';
import MiniSearch from 'minisearch';
import type { Corpus } from '../../src/core/corpus.js';
import { loadCorpusFolder } from '../../src/core/corpus-folder.js';
import { Engine } from '../../src/core/engine.js';
import { EngineStore } from '../../src/core/engine-store.js';
import type { ChildMessage, MeasureResult, MeasureTask, SnapshotFigures } from '../lib/protocol.js';
import { byteLength, loadSnapshotApi } from '../lib/snapshot.js';
import { collect, distribution, heapMb, MB } from '../lib/stats.js';
import { generateQuestions, type Question, type QuestionKind } from '../questions.js';

const send = (message: ChildMessage) => process.send?.(message);
const step = (name: string) => send({ type: 'step', step: name });

interface PlainDoc {
  id: number;
  text: string;
}

/** Plain MiniSearch as its README shows it: default options, the passage text as the only field. */
function buildMiniSearch(corpus: Corpus): MiniSearch<PlainDoc> {
  const search = new MiniSearch<PlainDoc>({ fields: ['text'] });
  search.addAll(corpus.passages.map((p, id) => ({ id, text: p.text })));
  return search;
}

async function load(dir: string): Promise<Corpus> {
  const corpus = await loadCorpusFolder(dir);
  if (!corpus.ok) throw new Error(`corpus ${dir} is invalid: ${corpus.problems.slice(0, 3).map((p) => `${p.file}: ${p.message}`).join('; ')}`);
  return corpus.value;
}

/** Generated from the corpus (deterministic, a few milliseconds), so both engines get the same; written out for inspection. */
async function questionsFor(task: MeasureTask, corpus: Corpus): Promise<Question[]> {
  const questions = generateQuestions(corpus.passages.map((p) => p.text), task.questions);
  if (task.engine === 'summit') await writeFile(task.questionsFile, JSON.stringify(questions, null, 1));
  return questions;
}

async function measure(task: MeasureTask): Promise<MeasureResult> {
  collect();
  const heapStartMb = heapMb();
  step('loading corpus');
  let t = performance.now();
  let corpus: Corpus | undefined = await load(task.dir);
  const loadMs = performance.now() - t;
  const questions = await questionsFor(task, corpus);
  collect();
  const heapCorpusMb = heapMb();

  step(`building index (${corpus.passages.length.toLocaleString('en-US')} passages)`);
  let engine: Engine | undefined;
  let plain: MiniSearch<PlainDoc> | undefined;
  t = performance.now();
  if (task.engine === 'summit') engine = new Engine(corpus);
  else plain = buildMiniSearch(corpus);
  const buildMs = performance.now() - t;
  collect();
  const heapAfterBuildMb = heapMb();
  const usage = process.memoryUsage();
  const rssAfterBuildMb = usage.rss / MB;
  const arrayBuffersMb = usage.arrayBuffers / MB;

  step(`answering ${questions.length} questions`);
  let answered = 0;
  const ask = (q: string): boolean => {
    if (engine) return engine.answer(q, { top: task.top }).answered;
    return plain!.search(q).length > 0;
  };
  for (const q of questions.slice(0, task.warmup)) ask(q.text);
  const samples: number[] = [];
  const byKind = new Map<QuestionKind, number[]>();
  for (const q of questions) {
    const start = performance.now();
    const ok = ask(q.text);
    const elapsed = performance.now() - start;
    samples.push(elapsed);
    if (ok) answered++;
    const list = byKind.get(q.kind) ?? [];
    list.push(elapsed);
    byKind.set(q.kind, list);
  }

  let snapshot: SnapshotFigures;
  if (task.snapshotLoads > 0) {
    step('snapshot');
    try {
      snapshot = engine ? await summitSnapshot(engine, corpus, questions, task.snapshotLoads) : plainSnapshot(plain!, task.snapshotLoads);
    } catch (error) {
      // A snapshot that cannot be made at this size (e.g. a string over V8's 512 MB limit) is a finding, not a crash.
      snapshot = { available: true, reason: `failed: ${(error as Error).message.split('\n')[0]}` };
    }
  } else {
    snapshot = { available: false, reason: 'skipped (--no-snapshot)' };
  }

  let reload: MeasureResult['reload'];
  if (task.reloads > 0) {
    const times: number[] = [];
    // A reload reads the folder again and builds a complete new index while the old one still answers.
    const store = engine ? new EngineStore(engine, task.dir) : undefined;
    for (let i = 0; i < task.reloads; i++) {
      step(`reload ${i + 1}/${task.reloads}`);
      collect();
      t = performance.now();
      if (store) {
        const result = await store.reload();
        if (!result.ok) throw new Error('reload failed');
      } else {
        const next = await load(task.dir);
        const rebuilt = buildMiniSearch(next);
        plain = rebuilt;
      }
      times.push(performance.now() - t);
    }
    reload = distribution(times);
  }

  // Last, because it takes the index apart: what each part of it retains, found by dropping one reference at a time.
  const indexParts: Record<string, number> = {};
  if (engine) {
    step('index parts');
    const index = engine.index as unknown as Record<string, unknown>;
    for (const key of Object.keys(index)) {
      if (typeof index[key] !== 'object' || index[key] === null) continue;
      collect();
      const before = heapMb();
      index[key] = undefined;
      collect();
      indexParts[key] = before - heapMb();
    }
  }

  const result: MeasureResult = {
    label: task.label,
    engine: task.engine,
    articles: corpus.articles.length,
    passages: corpus.passages.length,
    loadMs,
    buildMs,
    heapStartMb,
    heapCorpusMb,
    heapAfterBuildMb,
    indexHeapMb: heapAfterBuildMb - heapCorpusMb,
    rssAfterBuildMb,
    arrayBuffersMb,
    indexParts,
    answer: distribution(samples),
    answerByKind: Object.fromEntries([...byKind].map(([k, v]) => [k, distribution(v)])),
    answered,
    questions: questions.length,
    snapshot,
    ...(reload ? { reload } : {}),
  };
  corpus = undefined;
  return result;
}

async function summitSnapshot(engine: Engine, corpus: Corpus, questions: Question[], loads: number): Promise<SnapshotFigures> {
  const api = await loadSnapshotApi();
  if (!api.ok) return { available: false, reason: api.reason };
  let t = performance.now();
  const data = api.api.save(engine);
  const saveMs = performance.now() - t;
  const times: number[] = [];
  let loaded: Engine | undefined;
  for (let i = 0; i < loads; i++) {
    loaded = undefined;
    collect();
    t = performance.now();
    loaded = api.api.load(corpus, data);
    times.push(performance.now() - t);
    if (!loaded) return { available: true, reason: 'loadSnapshot returned undefined for its own snapshot', bytes: byteLength(data), saveMs };
  }
  const checked = questions.slice(0, 100);
  let mismatches = 0;
  for (const q of checked) {
    if (JSON.stringify(engine.answer(q.text)) !== JSON.stringify(loaded!.answer(q.text))) mismatches++;
  }
  return { available: true, api: api.api.shape, bytes: byteLength(data), saveMs, load: distribution(times), mismatches, checked: checked.length };
}

function plainSnapshot(search: MiniSearch<PlainDoc>, loads: number): SnapshotFigures {
  let t = performance.now();
  const json = JSON.stringify(search);
  const saveMs = performance.now() - t;
  const times: number[] = [];
  for (let i = 0; i < loads; i++) {
    collect();
    t = performance.now();
    MiniSearch.loadJSON<PlainDoc>(json, { fields: ['text'] });
    times.push(performance.now() - t);
  }
  return { available: true, bytes: Buffer.byteLength(json), saveMs, load: distribution(times) };
}

process.once('message', (task: MeasureTask) => {
  measure(task).then(
    (result) => {
      send({ type: 'result', result });
      process.disconnect?.();
    },
    (error: unknown) => {
      send({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      process.disconnect?.();
    },
  );
});
