// npm run eval [-- --verbose]: retrieval quality on every question set, with the questions that missed.
import { scriptOptions } from '../src/cli/args.js';
import { loadCorpusFolder } from '../src/core/corpus-folder.js';
import { formatProblem } from '../src/core/problems.js';
import { Engine } from '../src/core/engine.js';
import { readQuestions, score, type Scores } from './evaluate.js';
import { QUESTION_SETS } from './question-sets.js';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
const USAGE = `Usage: npm run eval [-- options]

  -v, --verbose       list every miss, also first hits at rank 2 or 3
  --json              print the figures and misses of every set as JSON
  --corpus DIR --questions FILE.yaml
                      measure one set of one's own (a held-out set, say) instead of the team's
  --help`;
const values = scriptOptions({ verbose: { type: 'boolean', short: 'v' }, json: { type: 'boolean' }, corpus: { type: 'string' }, questions: { type: 'string' } }, USAGE);
// `--corpus DIR --questions FILE` measures one set of one's own (a held-out set, say) instead of the team's.
if ((values.corpus === undefined) !== (values.questions === undefined)) {
  console.error('--corpus and --questions go together: npm run eval -- --corpus DIR --questions FILE.yaml');
  process.exit(2);
}
const sets = values.corpus && values.questions ? [{ name: `${values.questions} (${values.corpus})`, corpus: values.corpus, questions: values.questions }] : QUESTION_SETS.map((set) => ({ ...set, name: `${set.name} (${set.corpus}/)` }));
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
