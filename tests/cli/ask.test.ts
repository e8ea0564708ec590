import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runAsk } from '../../src/cli/ask.js';
import { runInProcess } from '../helpers.js';

const run = promisify(execFile);
const TSX = 'node_modules/.bin/tsx';

/** Runs `ask` in-process with the given stdin; returns exit code and outputs. */
const ask = (args: string[], stdin = '') => runInProcess((io) => runAsk(args, io), stdin);

/** The JSON contract of `ask --json`, checked field by field. */
function expectContract(value: unknown): void {
  expect(value).toMatchObject({ question: expect.any(String), answered: expect.any(Boolean), passages: expect.any(Array) });
  const answer = value as { answered: boolean; passages: Record<string, unknown>[]; suggestions?: unknown };
  for (const p of answer.passages) {
    expect(p).toMatchObject({ text: expect.any(String), score: expect.any(Number), highlights: expect.any(Array) });
    expect(p.source).toMatchObject({ id: expect.any(String), title: expect.any(String), outlet: expect.any(String), date: expect.any(String) });
    for (const h of p.highlights as unknown[]) expect(h).toEqual([expect.any(Number), expect.any(Number)]);
  }
  if (!answer.answered) expect(answer.suggestions).toEqual(expect.any(Array));
}

describe('npm run ask', () => {
  it('prints one JSON object that keeps the contract', async () => {
    // Through the real entry point, as the held-out evaluation calls it.
    const { stdout } = await run(TSX, ['src/cli/ask.ts', '--json', 'How many refugees does Turkey host?']);
    const answer = JSON.parse(stdout);
    expectContract(answer);
    expect(answer.answered).toBe(true);
    expect(answer.passages.some((p: { text: string }) => p.text.includes('million refugees'))).toBe(true);
  });

  it('answers standard input line by line as JSONL, in order, blank lines included', async () => {
    const { code, out } = await ask(['--json'], 'Who is Yury Barmin?\n\nWhat is the capital of France?\n');
    expect(code).toBe(0);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.question)).toEqual(['Who is Yury Barmin?', '', 'What is the capital of France?']);
    expect(lines.map((l) => l.answered)).toEqual([true, false, false]);
    lines.forEach(expectContract);
  });

  it('prints quotes with their attribution for people', async () => {
    const { out } = await ask(['What did the Western diplomat tell AFP?']);
    expect(out).toContain('"There might be a ceasefire announced');
    expect(out).toContain('The Moscow Times · Michael Mainville · 5 March 2020');
  });

  it('takes --top and --corpus', async () => {
    const { out } = await ask(['--json', '--top', '1', '--corpus', 'tests/fixtures/related-corpus', 'joint patrol M4']);
    const answer = JSON.parse(out);
    expect(answer.passages).toHaveLength(1);
    expect(answer.passages[0].source.id).toMatch(/patrol|m4/);
  });

  it('rejects a bad option with a message, not a stack trace', async () => {
    const { code, err } = await ask(['--top', 'lots', 'x']);
    expect(code).toBe(2);
    expect(err).toContain('--top: must be a number');
    expect(err).not.toMatch(/\bat .+\.ts:\d+/);
  });

  it('exits non-zero and lists the problems of a broken corpus, without a stack trace', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'summit-'));
    await writeFile(join(dir, 'bad.md'), '---\ntitle: x\n---\n\nText.\n');
    const result = await run(TSX, ['src/cli/ask.ts', '--corpus', dir, 'ceasefire']).catch((e: { code: number; stderr: string }) => e);
    expect(result).toMatchObject({ code: 1 });
    const stderr = (result as { stderr: string }).stderr;
    expect(stderr).toContain(`${join(dir, 'bad.md')}:2: outlet:`);
    expect(stderr).toContain('date:');
    expect(stderr).not.toMatch(/\bat .+\.(ts|js):\d+/);
  });
});
