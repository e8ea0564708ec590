import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EngineStore } from '../../src/core/engine-store.js';
import { deserializeEngine, serializeEngine } from '../../src/core/snapshot.js';
import { loadEngine } from '../helpers.js';

const QUESTIONS = ['How many refugees does Turkey host?', 'What did the Kremlin spokesman say?', 'ceasfire idleb', 'What is the capital of France?'];

async function copyCorpus(): Promise<{ dir: string; cache: string }> {
  const root = await mkdtemp(join(tmpdir(), 'summit-snap-'));
  const dir = join(root, 'corpus');
  await cp('corpus', dir, { recursive: true });
  return { dir, cache: join(root, 'cache') };
}

describe('snapshots', () => {
  it('restore an engine that answers exactly as the one that was saved', async () => {
    const engine = await loadEngine();
    const restored = deserializeEngine(serializeEngine(engine), engine.corpus.fingerprint);
    if (!restored.ok) throw new Error(restored.reason);
    for (const q of QUESTIONS) expect(restored.engine.answer(q)).toEqual(engine.answer(q));
  });

  it('are written at the first start and used at the next', async () => {
    const { dir, cache } = await copyCorpus();
    const first = await EngineStore.open(dir, { cacheDir: cache });
    expect(first).toMatchObject({ ok: true, from: 'built' });
    expect((await readdir(cache)).filter((n) => n.endsWith('.snapshot'))).toHaveLength(1);
    const second = await EngineStore.open(dir, { cacheDir: cache });
    expect(second).toMatchObject({ ok: true, from: 'snapshot' });
    if (!first.ok || !second.ok) return;
    for (const q of QUESTIONS) expect(second.store.engine.answer(q)).toEqual(first.store.engine.answer(q));
  });

  it('go stale when an article changes, and the new corpus is built', async () => {
    const { dir, cache } = await copyCorpus();
    await EngineStore.open(dir, { cacheDir: cache });
    const file = join(dir, '2020-03-05-moscow-times-putin-erdogan-seek-to-ease-syria-tensions.md');
    await writeFile(file, `${await readFile(file, 'utf8')}\nA new closing sentence about Kadikoy protesters.\n`);
    const reopened = await EngineStore.open(dir, { cacheDir: cache });
    expect(reopened).toMatchObject({ ok: true, from: 'built' });
    if (reopened.ok) expect(reopened.store.engine.answer('Kadikoy protesters').answered).toBe(true);
  });

  it.each([
    ['truncated', (s: string) => s.slice(0, Math.floor(s.length / 2))],
    ['corrupted', (s: string) => s.replace('refugees', 'refugeez')],
    ['garbage', () => '\u0000\u0001 not a snapshot'],
    ['empty', () => ''],
  ])('that are %s are detected, reported and rebuilt, never trusted', async (_kind, damage) => {
    const { dir, cache } = await copyCorpus();
    await EngineStore.open(dir, { cacheDir: cache });
    const [name] = (await readdir(cache)).filter((n) => n.endsWith('.snapshot'));
    const path = join(cache, name!);
    await writeFile(path, damage(await readFile(path, 'utf8')));
    const problems: string[] = [];
    const reopened = await EngineStore.open(dir, { cacheDir: cache, onSnapshotProblem: (m) => problems.push(m) });
    expect(reopened).toMatchObject({ ok: true, from: 'built' });
    expect(problems).toEqual([expect.stringContaining('ignored')]);
    if (reopened.ok) expect(reopened.store.engine.answer('How many refugees does Turkey host?').passages[0]?.text).toContain('refugees');
    // And the rebuilt snapshot is good again.
    expect(await EngineStore.open(dir, { cacheDir: cache })).toMatchObject({ ok: true, from: 'snapshot' });
  });
});

describe('reload', () => {
  it('keeps answering from the old engine while the new one is built, then swaps in one step', async () => {
    const { dir, cache } = await copyCorpus();
    const opened = await EngineStore.open(dir, { cacheDir: cache });
    if (!opened.ok) throw new Error('corpus invalid');
    const store = opened.store;
    const before = store.engine;
    await writeFile(join(dir, '2020-03-07-extra.md'), '---\ntitle: "Extra"\noutlet: Test Wire\ndate: 2020-03-07\n---\n\nProtesters gathered in Kadikoy on Saturday.\n');
    const reloading = store.reload();
    // The reload yields to the event loop while it builds; meanwhile the old engine answers.
    await new Promise((resolve) => setImmediate(resolve));
    expect(store.engine).toBe(before);
    expect(store.engine.answer('Kadikoy protesters').answered).toBe(false);
    const result = await reloading;
    expect(result).toMatchObject({ ok: true, added: ['2020-03-07-extra'], passagesBefore: 42, passagesAfter: 43 });
    expect(store.engine.answer('Kadikoy protesters').answered).toBe(true);
  });
});
