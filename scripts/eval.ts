// npm run eval [-- --verbose]: retrieval quality on every question set, with the questions that missed.
import { parseArgs } from 'node:util';
import { loadCorpusFolder } from '../src/core/corpus-folder.js';
import { formatProblem } from '../src/core/problems.js';
import { Engine } from '../src/core/engine.js';
import { readQuestions, score, type Scores } from './evaluate.js';

export const QUESTION_SETS = [
  { name: 'summit (corpus/)', corpus: 'corpus', questions: 'tests/eval/summit.questions.yaml' },
  { name: 'related (tests/fixtures/related-corpus/)', corpus: 'tests/fixtures/related-corpus', questions: 'tests/eval/related.questions.yaml' },
  { name: 'blind (tests/fixtures/blind-corpus/)', corpus: 'tests/fixtures/blind-corpus', questions: 'tests/eval/blind.questions.yaml' },
  { name: 'blind 2 (tests/fixtures/blind2-corpus/)', corpus: 'tests/fixtures/blind2-corpus', questions: 'tests/eval/blind2.questions.yaml' },
  { name: 'blind 3 (tests/fixtures/blind3-corpus/)', corpus: 'tests/fixtures/blind3-corpus', questions: 'tests/eval/blind3.questions.yaml' },
  { name: 'blind 4 (tests/fixtures/blind4-corpus/)', corpus: 'tests/fixtures/blind4-corpus', questions: 'tests/eval/blind4.questions.yaml' },
  { name: 'blind 5 (tests/fixtures/blind5-corpus/)', corpus: 'tests/fixtures/blind5-corpus', questions: 'tests/eval/blind5.questions.yaml' },
  { name: 'blind 6 (tests/fixtures/blind6-corpus/)', corpus: 'tests/fixtures/blind6-corpus', questions: 'tests/eval/blind6.questions.yaml' },
  { name: 'blind 7 (tests/fixtures/blind7-corpus/)', corpus: 'tests/fixtures/blind7-corpus', questions: 'tests/eval/blind7.questions.yaml' },
  { name: 'blind 8 (tests/fixtures/blind8-corpus/)', corpus: 'tests/fixtures/blind8-corpus', questions: 'tests/eval/blind8.questions.yaml' },
  { name: 'blind 9 (tests/fixtures/blind9-corpus/)', corpus: 'tests/fixtures/blind9-corpus', questions: 'tests/eval/blind9.questions.yaml' },
  { name: 'blind 10 (tests/fixtures/blind10-corpus/)', corpus: 'tests/fixtures/blind10-corpus', questions: 'tests/eval/blind10.questions.yaml' },
  { name: 'blind 11 (tests/fixtures/blind11-corpus/)', corpus: 'tests/fixtures/blind11-corpus', questions: 'tests/eval/blind11.questions.yaml' },
  { name: 'blind 12 (tests/fixtures/blind12-corpus/)', corpus: 'tests/fixtures/blind12-corpus', questions: 'tests/eval/blind12.questions.yaml' },
  { name: 'blind 13 (tests/fixtures/blind13-corpus/)', corpus: 'tests/fixtures/blind13-corpus', questions: 'tests/eval/blind13.questions.yaml' },
  { name: 'blind 14 (tests/fixtures/blind14-corpus/)', corpus: 'tests/fixtures/blind14-corpus', questions: 'tests/eval/blind14.questions.yaml' },
  { name: 'blind 15 (tests/fixtures/blind15-corpus/)', corpus: 'tests/fixtures/blind15-corpus', questions: 'tests/eval/blind15.questions.yaml' },
  { name: 'blind 16 (tests/fixtures/blind16-corpus/)', corpus: 'tests/fixtures/blind16-corpus', questions: 'tests/eval/blind16.questions.yaml' },
  { name: 'blind 17 (tests/fixtures/blind17-corpus/)', corpus: 'tests/fixtures/blind17-corpus', questions: 'tests/eval/blind17.questions.yaml' },
  { name: 'blind 18 (tests/fixtures/blind18-corpus/)', corpus: 'tests/fixtures/blind18-corpus', questions: 'tests/eval/blind18.questions.yaml' },
  { name: 'blind 19 (tests/fixtures/blind19-corpus/)', corpus: 'tests/fixtures/blind19-corpus', questions: 'tests/eval/blind19.questions.yaml' },
  { name: 'blind 20 (tests/fixtures/blind20-corpus/)', corpus: 'tests/fixtures/blind20-corpus', questions: 'tests/eval/blind20.questions.yaml' },
  { name: 'blind 21 (tests/fixtures/blind21-corpus/)', corpus: 'tests/fixtures/blind21-corpus', questions: 'tests/eval/blind21.questions.yaml' },
  { name: 'blind 22 (tests/fixtures/blind22-corpus/)', corpus: 'tests/fixtures/blind22-corpus', questions: 'tests/eval/blind22.questions.yaml' },
  { name: 'blind 23 (tests/fixtures/blind23-corpus/)', corpus: 'tests/fixtures/blind23-corpus', questions: 'tests/eval/blind23.questions.yaml' },
  { name: 'blind 24 (tests/fixtures/blind24-corpus/)', corpus: 'tests/fixtures/blind24-corpus', questions: 'tests/eval/blind24.questions.yaml' },
  { name: 'blind 25 (tests/fixtures/blind25-corpus/)', corpus: 'tests/fixtures/blind25-corpus', questions: 'tests/eval/blind25.questions.yaml' },
  { name: 'blind 26 (tests/fixtures/blind26-corpus/)', corpus: 'tests/fixtures/blind26-corpus', questions: 'tests/eval/blind26.questions.yaml' },
  { name: 'blind 27 (tests/fixtures/blind27-corpus/)', corpus: 'tests/fixtures/blind27-corpus', questions: 'tests/eval/blind27.questions.yaml' },
  { name: 'blind 28 (tests/fixtures/blind28-corpus/)', corpus: 'tests/fixtures/blind28-corpus', questions: 'tests/eval/blind28.questions.yaml' },
  { name: 'blind 29 (tests/fixtures/blind29-corpus/)', corpus: 'tests/fixtures/blind29-corpus', questions: 'tests/eval/blind29.questions.yaml' },
  { name: 'blind 30 (tests/fixtures/blind30-corpus/)', corpus: 'tests/fixtures/blind30-corpus', questions: 'tests/eval/blind30.questions.yaml' },
  { name: 'blind 31 (tests/fixtures/blind31-corpus/)', corpus: 'tests/fixtures/blind31-corpus', questions: 'tests/eval/blind31.questions.yaml' },
  { name: 'blind 32 (tests/fixtures/blind32-corpus/)', corpus: 'tests/fixtures/blind32-corpus', questions: 'tests/eval/blind32.questions.yaml' },
  { name: 'blind 33 (tests/fixtures/blind33-corpus/)', corpus: 'tests/fixtures/blind33-corpus', questions: 'tests/eval/blind33.questions.yaml' },
];

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
const { values } = parseArgs({
  options: { verbose: { type: 'boolean', short: 'v' }, json: { type: 'boolean' }, corpus: { type: 'string' }, questions: { type: 'string' } },
});
// `--corpus DIR --questions FILE` measures one set of one's own (a held-out set, say) instead of the team's.
if ((values.corpus === undefined) !== (values.questions === undefined)) {
  console.error('--corpus and --questions go together: npm run eval -- --corpus DIR --questions FILE.yaml');
  process.exit(2);
}
const sets = values.corpus && values.questions ? [{ name: `${values.questions} (${values.corpus})`, corpus: values.corpus, questions: values.questions }] : QUESTION_SETS;
const results: { set: string; scores: Scores }[] = [];
for (const set of sets) {
  const corpus = await loadCorpusFolder(set.corpus);
  if (!corpus.ok) {
    console.error(corpus.problems.map(formatProblem).join('\n'));
    process.exit(1);
  }
  const engine = new Engine(corpus.value);
  const questions = await readQuestions(set.questions).catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
  const scores = score(questions, (q, o) => engine.answer(q, o));
  results.push({ set: set.name, scores });
}

if (values.json) {
  console.log(JSON.stringify(results.map(({ set, scores }) => ({ set, ...scores })), null, 2));
} else {
  const pct = (x: number) => x.toFixed(3);
  console.log('| question set | answerable | hit@1 | hit@3 | MRR | unanswerable refused | answerable refused | both outlets in top 3 |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const { set, scores: s } of results) {
    console.log(`| ${set} | ${s.answerable} | ${pct(s.hit1)} | ${pct(s.hit3)} | ${pct(s.mrr)} | ${pct(s.refused)} (of ${s.unanswerable}) | ${s.falseRefusals} | ${s.outletsBoth}/${s.outletQuestions} |`);
  }
  for (const { set, scores } of results) {
    const shown = values.verbose ? scores.misses : scores.misses.filter((m) => !m.why.startsWith('first hit at rank 2') && !m.why.startsWith('first hit at rank 3'));
    if (!shown.length) continue;
    console.log(`\nMisses in ${set}${values.verbose ? '' : ' (rank 2-3 hits hidden; --verbose shows them)'}:`);
    for (const m of shown) console.log(`- [${m.kind}] ${m.q} — ${m.why}${m.got ? `\n    got: ${m.got}…` : ''}`);
  }
}
