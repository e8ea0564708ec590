// A problem found in a corpus or topic file, precise enough for an admin to fix it without guessing.

export interface Problem {
  /** Path of the file, as given to the loader. */
  file: string;
  /** 1-based line in that file, when the problem has one. */
  line?: number;
  /** Front matter or topic field, dotted (`aspects.0.question`). */
  field?: string;
  message: string;
}

/** `file:line: field: message`, the shape editors and CI logs link to. */
export function formatProblem(problem: Problem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return problem.field ? `${where}: ${problem.field}: ${problem.message}` : `${where}: ${problem.message}`;
}

export type Result<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };
