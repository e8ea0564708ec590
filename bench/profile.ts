// Where the time and memory go, one phase at a time: CPU profile (V8 sampling profiler, via node:inspector) of the
// index build or of answering the question set, summarised as the top functions by self and total time; and the
// heap retained by each part of the index.
//
//   node --expose-gc --import tsx bench/profile.ts --corpus bench/generated/synthetic-10000 --phase answer [--top 25] [--save FILE]
//   phases: build, answer, snapshot (loading one), heap
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCorpusFolder } from '../src/core/corpus-folder.js';
import { Engine } from '../src/core/engine.js';
import { ROOT } from './lib/paths.js';
import { collect, heapMb, mb, ms } from './lib/stats.js';
import { byteLength, loadSnapshotApi } from './lib/snapshot.js';
import { generateQuestions } from './questions.js';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: 'corpus' },
    phase: { type: 'string', default: 'answer' },
    top: { type: 'string', default: '25' },
    questions: { type: 'string', default: '1000' },
    save: { type: 'string' },
  },
});

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
}

const corpus = await loadCorpusFolder(values.corpus);
if (!corpus.ok) throw new Error('invalid corpus');
const passages = corpus.value.passages;
console.log(`${values.corpus}: ${corpus.value.articles.length} articles, ${passages.length} passages`);

if (values.phase === 'heap') {
  // Retained size of each part of the index, measured by dropping references one at a time.
  collect();
  const before = heapMb();
  const engine = new Engine(corpus.value);
  collect();
  const total = heapMb() - before;
  console.log(`index total: ${mb(total)}`);
  const index = engine.index as unknown as Record<string, unknown>;
  for (const key of Object.keys(index)) {
    if (typeof index[key] !== 'object' || index[key] === null) continue;
    collect();
    const with_ = heapMb();
    index[key] = undefined;
    collect();
    console.log(`  index.${key}: ${mb(with_ - heapMb())}`);
  }
  process.exit(0);
}

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
let engine: Engine | undefined;
if (values.phase === 'build') {
  await session.post('Profiler.start');
  const t = performance.now();
  engine = new Engine(corpus.value);
  console.log(`build: ${ms(performance.now() - t)}`);
} else if (values.phase === 'snapshot') {
  const api = await loadSnapshotApi();
  if (!api.ok) throw new Error(api.reason);
  const data = api.api.save(new Engine(corpus.value));
  collect();
  await session.post('Profiler.start');
  const t = performance.now();
  engine = api.api.load(corpus.value, data);
  console.log(`snapshot load: ${ms(performance.now() - t)} (${mb(byteLength(data) / 2 ** 20)}, ${api.api.shape})`);
} else {
  engine = new Engine(corpus.value);
  const questions = generateQuestions(passages.map((p) => p.text), Number(values.questions));
  for (const q of questions.slice(0, 100)) engine.answer(q.text, { top: 10 });
  await session.post('Profiler.start');
  const t = performance.now();
  for (const q of questions) engine.answer(q.text, { top: 10 });
  console.log(`answer: ${ms((performance.now() - t) / questions.length)} mean over ${questions.length}`);
}
const { profile } = (await session.post('Profiler.stop')) as { profile: Profile };
if (values.save) await writeFile(values.save, JSON.stringify(profile));

// Self time per function, and total time (self plus callees, each function counted once per stack).
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const totalSamples = profile.samples?.length ?? profile.nodes.reduce((s, n) => s + (n.hitCount ?? 0), 0);
const durationMs = (profile.endTime - profile.startTime) / 1000;
const name = (n: ProfileNode) => {
  const url = n.callFrame.url.startsWith('file://') ? relative(ROOT, new URL(n.callFrame.url).pathname) : n.callFrame.url;
  return `${n.callFrame.functionName || '(anonymous)'} ${url ? `${url}:${n.callFrame.lineNumber + 1}` : ''}`.trim();
};
const self = new Map<string, number>();
const total = new Map<string, number>();
for (const n of profile.nodes) {
  const hits = n.hitCount ?? 0;
  if (!hits) continue;
  self.set(name(n), (self.get(name(n)) ?? 0) + hits);
  const seen = new Set<string>();
  for (let id: number | undefined = n.id; id !== undefined; id = parent.get(id)) {
    const key = name(byId.get(id)!);
    if (seen.has(key)) continue;
    seen.add(key);
    total.set(key, (total.get(key) ?? 0) + hits);
  }
}
const show = (title: string, map: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [key, hits] of [...map].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top))) {
    console.log(`  ${((100 * hits) / totalSamples).toFixed(1).padStart(5)}%  ${ms((durationMs * hits) / totalSamples).padStart(10)}  ${key}`);
  }
};
show('self time', self);
show('total time (with callees)', total);
