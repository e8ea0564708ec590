// Messages between bench/run.ts and the child processes that measure (one fresh process per engine and corpus,
// so heap figures are not polluted by earlier builds).
import type { QuestionKind } from '../questions.js';
import type { Distribution } from './stats.js';

export type EngineName = 'summit' | 'minisearch';

export interface MeasureTask {
  label: string;
  dir: string;
  /** Where the generated questions are written, for inspection. */
  questionsFile: string;
  questions: number;
  engine: EngineName;
  /** Passages asked for per answer (the Discord /ask command asks for 10). */
  top: number;
  /** Questions answered untimed first, so the JIT has warmed up. */
  warmup: number;
  reloads: number;
  snapshotLoads: number;
}

export interface SnapshotFigures {
  available: boolean;
  reason?: string;
  /** Which snapshot exports were used. */
  api?: string;
  bytes?: number;
  saveMs?: number;
  load?: Distribution;
  /** Answers from the loaded engine that differ from the built one's (of the questions checked). */
  mismatches?: number;
  checked?: number;
}

export interface MeasureResult {
  label: string;
  engine: EngineName;
  articles: number;
  passages: number;
  /** Reading the folder, parsing front matter, splitting passages (the same for both engines). */
  loadMs: number;
  buildMs: number;
  /** JS heap plus array buffers after a full GC: before anything, with the parsed corpus, and with the corpus and the index. */
  heapStartMb: number;
  heapCorpusMb: number;
  heapAfterBuildMb: number;
  indexHeapMb: number;
  rssAfterBuildMb: number;
  /** Of heapAfterBuildMb, ArrayBuffer backing stores (typed arrays), which live outside the V8 heap. */
  arrayBuffersMb: number;
  /** summit-bot: what each part of the index retains, in MB. */
  indexParts: Record<string, number>;
  answer: Distribution;
  answerByKind: Partial<Record<QuestionKind, Distribution>>;
  /** summit: questions answered (not refused); minisearch: questions with at least one result. */
  answered: number;
  questions: number;
  reload?: Distribution;
  snapshot: SnapshotFigures;
}

export type ChildMessage =
  | { type: 'step'; step: string }
  | { type: 'result'; result: unknown }
  | { type: 'error'; message: string };
