// Where the benchmark reads and writes. Everything generated lives under bench/generated/ (git-ignored).
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const BENCH = dirname(dirname(fileURLToPath(import.meta.url)));
export const ROOT = dirname(BENCH);
export const GENERATED = join(BENCH, 'generated');
export const REAL_CORPUS = join(ROOT, 'corpus');
