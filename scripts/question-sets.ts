// The team's question sets: each with its corpus and the floors `npm test` holds it to (what the engine reached when
// they were last raised; `npm run eval` prints the figures). One list for the eval script and the quality test.

export interface QuestionSet {
  name: string;
  corpus: string;
  questions: string;
  floors: { hit1: number; hit3: number; refused: number; falseRefusals: number };
}

export const QUESTION_SETS: readonly QuestionSet[] = [
  { name: 'summit', corpus: 'corpus', questions: 'tests/eval/summit.questions.yaml', floors: { hit1: 0.85, hit3: 0.91, refused: 0.99, falseRefusals: 2 } },
  { name: 'related', corpus: 'tests/fixtures/related-corpus', questions: 'tests/eval/related.questions.yaml', floors: { hit1: 0.84, hit3: 0.91, refused: 0.63, falseRefusals: 1 } },
  { name: 'blind', corpus: 'tests/fixtures/blind-corpus', questions: 'tests/eval/blind.questions.yaml', floors: { hit1: 0.89, hit3: 0.93, refused: 0.79, falseRefusals: 3 } },
  { name: 'blind 2', corpus: 'tests/fixtures/blind2-corpus', questions: 'tests/eval/blind2.questions.yaml', floors: { hit1: 0.82, hit3: 0.89, refused: 0.74, falseRefusals: 3 } },
  { name: 'blind 3', corpus: 'tests/fixtures/blind3-corpus', questions: 'tests/eval/blind3.questions.yaml', floors: { hit1: 0.82, hit3: 0.87, refused: 0.59, falseRefusals: 2 } },
  { name: 'blind 4', corpus: 'tests/fixtures/blind4-corpus', questions: 'tests/eval/blind4.questions.yaml', floors: { hit1: 0.82, hit3: 0.89, refused: 0.49, falseRefusals: 3 } },
  { name: 'blind 5', corpus: 'tests/fixtures/blind5-corpus', questions: 'tests/eval/blind5.questions.yaml', floors: { hit1: 0.79, hit3: 0.87, refused: 0.49, falseRefusals: 2 } },
  { name: 'blind 6', corpus: 'tests/fixtures/blind6-corpus', questions: 'tests/eval/blind6.questions.yaml', floors: { hit1: 0.74, hit3: 0.87, refused: 0.49, falseRefusals: 4 } },
  { name: 'blind 7', corpus: 'tests/fixtures/blind7-corpus', questions: 'tests/eval/blind7.questions.yaml', floors: { hit1: 0.87, hit3: 0.94, refused: 0.39, falseRefusals: 2 } },
  { name: 'blind 8', corpus: 'tests/fixtures/blind8-corpus', questions: 'tests/eval/blind8.questions.yaml', floors: { hit1: 0.87, hit3: 0.92, refused: 0.59, falseRefusals: 3 } },
  { name: 'blind 9', corpus: 'tests/fixtures/blind9-corpus', questions: 'tests/eval/blind9.questions.yaml', floors: { hit1: 0.82, hit3: 0.87, refused: 0.69, falseRefusals: 2 } },
  { name: 'blind 10', corpus: 'tests/fixtures/blind10-corpus', questions: 'tests/eval/blind10.questions.yaml', floors: { hit1: 0.67, hit3: 0.82, refused: 0.49, falseRefusals: 4 } },
  { name: 'blind 11', corpus: 'tests/fixtures/blind11-corpus', questions: 'tests/eval/blind11.questions.yaml', floors: { hit1: 0.74, hit3: 0.94, refused: 0.29, falseRefusals: 2 } },
  { name: 'blind 12', corpus: 'tests/fixtures/blind12-corpus', questions: 'tests/eval/blind12.questions.yaml', floors: { hit1: 0.79, hit3: 0.89, refused: 0.59, falseRefusals: 3 } },
  { name: 'blind 13', corpus: 'tests/fixtures/blind13-corpus', questions: 'tests/eval/blind13.questions.yaml', floors: { hit1: 0.77, hit3: 0.84, refused: 0.29, falseRefusals: 4 } },
  { name: 'blind 14', corpus: 'tests/fixtures/blind14-corpus', questions: 'tests/eval/blind14.questions.yaml', floors: { hit1: 0.77, hit3: 0.84, refused: 0.49, falseRefusals: 5 } },
  { name: 'blind 15', corpus: 'tests/fixtures/blind15-corpus', questions: 'tests/eval/blind15.questions.yaml', floors: { hit1: 0.79, hit3: 0.84, refused: 0.19, falseRefusals: 2 } },
  { name: 'blind 16', corpus: 'tests/fixtures/blind16-corpus', questions: 'tests/eval/blind16.questions.yaml', floors: { hit1: 0.79, hit3: 0.89, refused: 0.19, falseRefusals: 4 } },
  { name: 'blind 17', corpus: 'tests/fixtures/blind17-corpus', questions: 'tests/eval/blind17.questions.yaml', floors: { hit1: 0.74, hit3: 0.82, refused: 0.49, falseRefusals: 3 } },
  { name: 'blind 18', corpus: 'tests/fixtures/blind18-corpus', questions: 'tests/eval/blind18.questions.yaml', floors: { hit1: 0.79, hit3: 0.89, refused: 0.59, falseRefusals: 1 } },
  { name: 'blind 19', corpus: 'tests/fixtures/blind19-corpus', questions: 'tests/eval/blind19.questions.yaml', floors: { hit1: 0.74, hit3: 0.82, refused: 0.49, falseRefusals: 3 } },
  { name: 'blind 20', corpus: 'tests/fixtures/blind20-corpus', questions: 'tests/eval/blind20.questions.yaml', floors: { hit1: 0.77, hit3: 0.89, refused: 0.39, falseRefusals: 2 } },
  { name: 'blind 21', corpus: 'tests/fixtures/blind21-corpus', questions: 'tests/eval/blind21.questions.yaml', floors: { hit1: 0.69, hit3: 0.82, refused: 0.69, falseRefusals: 5 } },
  { name: 'blind 22', corpus: 'tests/fixtures/blind22-corpus', questions: 'tests/eval/blind22.questions.yaml', floors: { hit1: 0.74, hit3: 0.84, refused: 0.49, falseRefusals: 2 } },
  { name: 'blind 23', corpus: 'tests/fixtures/blind23-corpus', questions: 'tests/eval/blind23.questions.yaml', floors: { hit1: 0.82, hit3: 0.84, refused: 0.39, falseRefusals: 1 } },
  { name: 'blind 24', corpus: 'tests/fixtures/blind24-corpus', questions: 'tests/eval/blind24.questions.yaml', floors: { hit1: 0.67, hit3: 0.79, refused: 0.59, falseRefusals: 3 } },
  { name: 'blind 25', corpus: 'tests/fixtures/blind25-corpus', questions: 'tests/eval/blind25.questions.yaml', floors: { hit1: 0.89, hit3: 0.92, refused: 0.89, falseRefusals: 2 } },
  { name: 'blind 26', corpus: 'tests/fixtures/blind26-corpus', questions: 'tests/eval/blind26.questions.yaml', floors: { hit1: 0.82, hit3: 0.89, refused: 0.79, falseRefusals: 3 } },
  { name: 'blind 27', corpus: 'tests/fixtures/blind27-corpus', questions: 'tests/eval/blind27.questions.yaml', floors: { hit1: 0.77, hit3: 0.84, refused: 0.49, falseRefusals: 5 } },
  { name: 'blind 28', corpus: 'tests/fixtures/blind28-corpus', questions: 'tests/eval/blind28.questions.yaml', floors: { hit1: 0.79, hit3: 0.79, refused: 0.89, falseRefusals: 4 } },
  { name: 'blind 29', corpus: 'tests/fixtures/blind29-corpus', questions: 'tests/eval/blind29.questions.yaml', floors: { hit1: 0.84, hit3: 0.94, refused: 0.69, falseRefusals: 1 } },
  { name: 'blind 30', corpus: 'tests/fixtures/blind30-corpus', questions: 'tests/eval/blind30.questions.yaml', floors: { hit1: 0.77, hit3: 0.79, refused: 0.39, falseRefusals: 4 } },
  { name: 'blind 31', corpus: 'tests/fixtures/blind31-corpus', questions: 'tests/eval/blind31.questions.yaml', floors: { hit1: 0.84, hit3: 0.87, refused: 0.59, falseRefusals: 3 } },
  { name: 'blind 32', corpus: 'tests/fixtures/blind32-corpus', questions: 'tests/eval/blind32.questions.yaml', floors: { hit1: 0.87, hit3: 0.92, refused: 0.69, falseRefusals: 1 } },
  { name: 'blind 33', corpus: 'tests/fixtures/blind33-corpus', questions: 'tests/eval/blind33.questions.yaml', floors: { hit1: 0.84, hit3: 0.92, refused: 0.29, falseRefusals: 1 } },
  { name: 'blind 34', corpus: 'tests/fixtures/blind34-corpus', questions: 'tests/eval/blind34.questions.yaml', floors: { hit1: 0.87, hit3: 0.99, refused: 0.79, falseRefusals: 0 } },
  { name: 'blind 35', corpus: 'tests/fixtures/blind35-corpus', questions: 'tests/eval/blind35.questions.yaml', floors: { hit1: 0.77, hit3: 0.87, refused: 0.69, falseRefusals: 0 } },
  { name: 'blind 36', corpus: 'tests/fixtures/blind36-corpus', questions: 'tests/eval/blind36.questions.yaml', floors: { hit1: 0.64, hit3: 0.82, refused: 0.39, falseRefusals: 1 } },
  { name: 'blind 37', corpus: 'tests/fixtures/blind37-corpus', questions: 'tests/eval/blind37.questions.yaml', floors: { hit1: 0.79, hit3: 0.84, refused: 0.59, falseRefusals: 3 } },
  { name: 'blind 38', corpus: 'tests/fixtures/blind38-corpus', questions: 'tests/eval/blind38.questions.yaml', floors: { hit1: 0.89, hit3: 0.94, refused: 0.69, falseRefusals: 0 } },
  { name: 'blind 39', corpus: 'tests/fixtures/blind39-corpus', questions: 'tests/eval/blind39.questions.yaml', floors: { hit1: 0.77, hit3: 0.82, refused: 0.89, falseRefusals: 3 } },
  { name: 'blind 40', corpus: 'tests/fixtures/blind40-corpus', questions: 'tests/eval/blind40.questions.yaml', floors: { hit1: 0.72, hit3: 0.82, refused: 0.79, falseRefusals: 3 } },
  { name: 'blind 41', corpus: 'tests/fixtures/blind41-corpus', questions: 'tests/eval/blind41.questions.yaml', floors: { hit1: 0.69, hit3: 0.77, refused: 0.49, falseRefusals: 4 } },
  { name: 'blind 42', corpus: 'tests/fixtures/blind42-corpus', questions: 'tests/eval/blind42.questions.yaml', floors: { hit1: 0.77, hit3: 0.84, refused: 0.79, falseRefusals: 2 } },
  { name: 'blind 43', corpus: 'tests/fixtures/blind43-corpus', questions: 'tests/eval/blind43.questions.yaml', floors: { hit1: 0.87, hit3: 0.92, refused: 0.79, falseRefusals: 0 } },
  { name: 'blind 44', corpus: 'tests/fixtures/blind44-corpus', questions: 'tests/eval/blind44.questions.yaml', floors: { hit1: 0.89, hit3: 0.97, refused: 0.59, falseRefusals: 0 } },
  { name: 'blind 45', corpus: 'tests/fixtures/blind45-corpus', questions: 'tests/eval/blind45.questions.yaml', floors: { hit1: 0.84, hit3: 0.92, refused: 0.69, falseRefusals: 1 } },
  { name: 'blind 46', corpus: 'tests/fixtures/blind46-corpus', questions: 'tests/eval/blind46.questions.yaml', floors: { hit1: 0.79, hit3: 0.87, refused: 0.49, falseRefusals: 1 } },
  { name: 'blind 47', corpus: 'tests/fixtures/blind47-corpus', questions: 'tests/eval/blind47.questions.yaml', floors: { hit1: 0.82, hit3: 0.84, refused: 0.79, falseRefusals: 3 } },
  { name: 'blind 48', corpus: 'tests/fixtures/blind48-corpus', questions: 'tests/eval/blind48.questions.yaml', floors: { hit1: 0.89, hit3: 0.92, refused: 0.79, falseRefusals: 0 } },
  { name: 'blind 49', corpus: 'tests/fixtures/blind49-corpus', questions: 'tests/eval/blind49.questions.yaml', floors: { hit1: 0.79, hit3: 0.87, refused: 0.49, falseRefusals: 2 } },
];
