import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const TSX = 'node_modules/.bin/tsx';

describe('the developer scripts (eval, soak, bench)', () => {
  it.each([
    ['scripts/eval.ts', 'npm run eval'],
    ['scripts/soak.ts', 'npm run soak'],
    ['bench/run.ts', 'npm run bench'],
  ])('%s: a mistyped option names it and prints the usage, with no stack trace, and exits 2', async (script, usage) => {
    const result = await run(TSX, [script, '--verbos']).catch((e: { code: number; stderr: string }) => e);
    expect(result).toMatchObject({ code: 2 });
    const { stderr } = result as { stderr: string };
    expect(stderr).toContain("Unknown option '--verbos'");
    expect(stderr).toContain(usage);
    expect(stderr).not.toMatch(/\bat .+\.(ts|js):\d+/);
  });

  it('eval --help prints its options and exits 0', async () => {
    const { stdout } = await run(TSX, ['scripts/eval.ts', '--help']);
    expect(stdout).toContain('--corpus DIR --questions FILE.yaml');
  });
});
