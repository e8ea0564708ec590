// Scores the engine on a question set: hit@1, hit@3, MRR, refusals. Shared by `npm run eval` and the quality test.
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Answer, AnswerOptions } from '../src/core/answer.js';

export const questionSchema = z.strictObject({
  q: z.string(),
  kind: z.enum(['direct', 'paraphrase', 'misspelled', 'keywords', 'diacritics', 'unanswerable']),
  expect: z.array(z.string().min(1)).min(1).optional(),
  outlets: z.array(z.string()).min(2).optional(),
});
export type EvalQuestion = z.infer<typeof questionSchema>;

export async function readQuestions(path: string): Promise<EvalQuestion[]> {
  const data: unknown = parse(await readFile(path, 'utf8'));
  const parsed = z.array(questionSchema).safeParse(data);
  if (!parsed.success) {
    // One line per problem, naming the question and the field, not zod's JSON.
    const lines = parsed.error.issues.map((issue) => {
      const [at, ...field] = issue.path;
      const q = typeof at === 'number' && Array.isArray(data) ? (data[at] as { q?: unknown } | undefined)?.q : undefined;
      return `${path}: question ${typeof at === 'number' ? at + 1 : '?'}${typeof q === 'string' ? ` ("${q}")` : ''}: ${field.join('.') || 'question'}: ${issue.message}`;
    });
    throw new Error(lines.join('\n'));
  }
  const questions = parsed.data;
  for (const q of questions) {
    if ((q.kind === 'unanswerable') !== (q.expect === undefined)) throw new Error(`${path}: "${q.q}": unanswerable questions, and only they, have no expect`);
  }
  return questions;
}

export interface Miss {
  q: string;
  kind: string;
  why: string;
  got?: string;
}

export interface Scores {
  answerable: number;
  unanswerable: number;
  hit1: number;
  hit3: number;
  mrr: number;
  /** Share of unanswerable questions refused. */
  refused: number;
  /** Answerable questions refused. */
  falseRefusals: number;
  /** Questions whose answer differs by outlet with every listed outlet in the top 3. */
  outletsBoth: number;
  outletQuestions: number;
  misses: Miss[];
}

/** Depth at which MRR looks for the first hit. */
const MRR_DEPTH = 10;

export function score(questions: EvalQuestion[], ask: (q: string, options: AnswerOptions) => Answer): Scores {
  let hit1 = 0, hit3 = 0, rr = 0, refused = 0, falseRefusals = 0, outletsBoth = 0, outletQuestions = 0;
  const misses: Miss[] = [];
  const answerable = questions.filter((q) => q.expect);
  for (const q of questions) {
    const answer = ask(q.q, { top: MRR_DEPTH });
    const first = answer.passages[0]?.text.slice(0, 90);
    if (!q.expect) {
      if (!answer.answered) refused++;
      else misses.push({ q: q.q, kind: q.kind, why: 'answered an unanswerable question', ...(first ? { got: first } : {}) });
      continue;
    }
    if (!answer.answered) {
      falseRefusals++;
      misses.push({ q: q.q, kind: q.kind, why: `refused (${answer.reason}${answer.check ? `: ${answer.check}` : ''})` });
      continue;
    }
    const rank = answer.passages.findIndex((p) => q.expect!.some((e) => p.text.includes(e)));
    if (rank === 0) hit1++;
    if (rank >= 0 && rank < 3) hit3++;
    if (rank >= 0) rr += 1 / (rank + 1);
    if (rank !== 0) misses.push({ q: q.q, kind: q.kind, why: rank < 0 ? `no hit in top ${MRR_DEPTH}` : `first hit at rank ${rank + 1}`, ...(first ? { got: first } : {}) });
    if (q.outlets) {
      outletQuestions++;
      const top3 = answer.passages.slice(0, 3).flatMap((p) => [p.source.outlet, ...(p.alsoIn ?? []).map((s) => s.outlet)]);
      if (q.outlets.every((o) => top3.includes(o))) outletsBoth++;
      else misses.push({ q: q.q, kind: q.kind, why: `top 3 lacks ${q.outlets.filter((o) => !top3.includes(o)).join(', ')}` });
    }
  }
  const n = answerable.length || 1;
  const u = questions.length - answerable.length;
  return {
    answerable: answerable.length,
    unanswerable: u,
    hit1: hit1 / n,
    hit3: hit3 / n,
    mrr: rr / n,
    refused: u ? refused / u : 1,
    falseRefusals,
    outletsBoth,
    outletQuestions,
    misses,
  };
}
