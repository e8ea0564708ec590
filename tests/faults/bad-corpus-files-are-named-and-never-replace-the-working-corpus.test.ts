// Every kind of bad corpus or topic file: a reload with it fails naming the file and keeps the old corpus
// answering; a start with it (`corpus check`, the console, the bot) exits 1 with the list of problems and no stack
// trace, while `ask --corpus` lists them and answers from the other files. Also a file deleted while a reload reads the folder, made deterministic by
// removing it between the loader's calls.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cp, mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runAsk } from '../../src/cli/ask.js';
import { runCorpus } from '../../src/cli/corpus.js';
import type { Io } from '../../src/cli/io.js';
import { corpusFs } from '../../src/core/corpus-folder.js';
import { EngineStore } from '../../src/core/engine-store.js';
import { formatProblem } from '../../src/core/problems.js';
import { startHarness, type Harness } from '../discord/bot-harness.js';
import { runInProcess } from '../helpers.js';

const VALID = 'title: "A headline"\noutlet: Test Wire\ndate: 2020-03-07';
const article = (front: string, body = 'The leaders met in Moscow on Thursday. They agreed a ceasefire.') => `---\n${front}\n---\n\n${body}\n`;
const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0) & 0xff));
const FIFTY_MB = 50 * 1024 * 1024;
const STACK = /\bat .+\.(ts|js):\d+/;

/** One kind of bad input: files (relative to the corpus folder; FIFTY_MB makes a sparse file that size) and what must be said about each. */
interface BadCase {
  what: string;
  files: Record<string, string | Uint8Array | typeof FIFTY_MB>;
  says: Record<string, RegExp>;
}
const CASES: BadCase[] = [
  { what: 'malformed front matter', files: { 'bad-yaml.md': article('title: [unclosed\noutlet: T\ndate: 2020-03-05') }, says: { 'bad-yaml.md': /:\d+: invalid YAML/ } },
  { what: 'an unclosed front matter', files: { 'open.md': `---\n${VALID}\n\nBody.` }, says: { 'open.md': /:1: the front matter is never closed/ } },
  { what: 'missing fields', files: { 'no-outlet.md': article('title: "x"') }, says: { 'no-outlet.md': /:2: outlet: must be the publication name/ } },
  { what: 'an unknown field', files: { 'typo.md': article(`${VALID}\nautor: Someone`) }, says: { 'typo.md': /:5: unknown field "autor"/ } },
  { what: 'a field of the wrong type', files: { 'list-title.md': article('title: [a, b]\noutlet: T\ndate: 2020-03-05') }, says: { 'list-title.md': /:2: title: must be the headline/ } },
  { what: 'an impossible date', files: { 'feb-30.md': article('title: "x"\noutlet: T\ndate: 2020-02-30') }, says: { 'feb-30.md': /:4: date: is not a real calendar date/ } },
  { what: 'an empty file', files: { 'empty.md': '' }, says: { 'empty.md': /: the file is empty/ } },
  { what: 'a binary file', files: { 'photo.md': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]) }, says: { 'photo.md': /: this is a binary file/ } },
  { what: 'a 50 MB file', files: { 'huge.md': FIFTY_MB }, says: { 'huge.md': /: the file is 50\.0 MB; corpus files are limited to 2 MB/ } },
  { what: 'a file that is not UTF-8', files: { 'latin1.md': latin1(article(VALID, 'Le caf\u00e9 de Moscou. Erdogan y \u00e9tait.')) }, says: { 'latin1.md': /: the file is not valid UTF-8/ } },
  {
    what: 'two articles with one id',
    files: { 'copy-a.md': article(`${VALID}\nid: same-id`), 'copy-b.md': article(`${VALID}\nid: same-id`) },
    says: { 'copy-b.md': /: id: duplicate article id "same-id", also used by .*copy-a\.md/ },
  },
  { what: 'a topic with malformed YAML', files: { 'topics/broken.yaml': 'name: [x\n' }, says: { 'topics/broken.yaml': /:\d+: invalid YAML/ } },
  { what: 'a topic missing its fields', files: { 'topics/bare.yaml': 'name: bare\n' }, says: { 'topics/bare.yaml': /:1: description: must be text/ } },
  { what: 'a topic with a reserved name', files: { 'topics/reload.yaml': 'name: reload\ndescription: x\nquestion: What was agreed?\n' }, says: { 'topics/reload.yaml': /:1: name: is reserved/ } },
  {
    what: 'a topic pinning an article that does not exist',
    files: { 'topics/pin.yaml': 'name: pin\ndescription: x\npassages:\n  - article: no-such-article\n    contains: the leaders met\n' },
    says: { 'topics/pin.yaml': /passages\.0\.article: no article has the id "no-such-article"/ },
  },
  { what: 'two topics with one name', files: { 'topics/ceasefire-again.yaml': 'name: ceasefire\ndescription: Again\nquestion: What was agreed?\n' }, says: { 'topics/ceasefire.yaml': /name: duplicate topic name "ceasefire", also used by .*ceasefire-again\.yaml/ } },
  { what: 'a topic that is not UTF-8', files: { 'topics/latin1.yaml': latin1('name: cafe\ndescription: Caf\u00e9\nquestion: What was agreed?\n') }, says: { 'topics/latin1.yaml': /: the file is not valid UTF-8/ } },
];

async function addFiles(dir: string, files: BadCase['files']): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    if (typeof content === 'number') {
      // Sparse: 50 MB long without 50 MB on disk; the loader must refuse it from its size alone.
      await writeFile(path, '');
      await truncate(path, FIFTY_MB);
    } else await writeFile(path, content);
  }
}
const removeFiles = (dir: string, files: BadCase['files']) => Promise.all(Object.keys(files).map((name) => rm(join(dir, name), { force: true })));

/** Every expected message, on a line naming its file. */
function expectNamed(text: string, dir: string, says: BadCase['says']): void {
  for (const [name, message] of Object.entries(says)) {
    const lines = text.split('\n').filter((l) => l.includes(`${join(dir, name)}:`));
    expect(lines.some((l) => message.test(l)), `no line names ${name} with ${message} in:\n${text}`).toBe(true);
  }
}

let dir: string;
let store: EngineStore;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'summit-bad-'));
  await cp('corpus', dir, { recursive: true });
  const opened = await EngineStore.open(dir);
  if (!opened.ok) throw new Error('corpus copy invalid');
  store = opened.store;
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe.each(CASES)('with $what', ({ files, says }) => {
  it('a reload fails naming the file, and the old corpus keeps answering', async () => {
    const before = store.engine;
    await addFiles(dir, files);
    try {
      const result = await store.reload();
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expectNamed(result.problems.map(formatProblem).join('\n'), dir, says);
      expect(store.engine).toBe(before);
      expect(store.engine.answer('How many refugees does Turkey host?').answered).toBe(true);
    } finally {
      await removeFiles(dir, files);
    }
  });

  it('`corpus check` exits 1 listing it; `ask --corpus` lists it and answers from the other files; no stack trace', async () => {
    await addFiles(dir, files);
    try {
      const check = await runInProcess((io: Io) => runCorpus(['check', dir], io));
      expect(check.code).toBe(1);
      expect(check.out).toBe('');
      expectNamed(check.err, dir, says);
      expect(check.err).not.toMatch(STACK);

      const ask = await runInProcess((io: Io) => runAsk(['--json', '--corpus', dir, 'How many refugees does Turkey host?'], io));
      expect(ask.code).toBe(0);
      expect(JSON.parse(ask.out).answered).toBe(true);
      expectNamed(ask.err, dir, says);
      expect(ask.err).not.toMatch(STACK);
    } finally {
      await removeFiles(dir, files);
    }
  });
});

it('refuses a 50 MB file from its size, without reading it', async () => {
  const read = vi.spyOn(corpusFs, 'readFile');
  await addFiles(dir, { 'huge.md': FIFTY_MB });
  try {
    expect((await store.reload()).ok).toBe(false);
    expect(read.mock.calls.map(([path]) => String(path))).not.toContain(join(dir, 'huge.md'));
  } finally {
    await removeFiles(dir, { 'huge.md': FIFTY_MB });
  }
});

describe('a start with every bad file at once', () => {
  const all: BadCase = { what: 'all', files: Object.assign({}, ...CASES.map((c) => c.files)), says: Object.assign({}, ...CASES.map((c) => c.says)) };
  let bad: string;
  beforeAll(async () => {
    bad = await mkdtemp(join(tmpdir(), 'summit-all-bad-'));
    await cp('corpus', bad, { recursive: true });
    await addFiles(bad, all.files);
  });
  afterAll(async () => {
    await rm(bad, { recursive: true, force: true });
  });

  async function start(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { PATH: process.env.PATH ?? '', CORPUS_DIR: bad, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.stdin.end('How many refugees does Turkey host?\n');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    const [code] = (await once(child, 'close')) as [number | null];
    clearTimeout(timer);
    return { code, output };
  }

  it.each([
    ['the console (no token)', {}],
    ['the bot (a token set)', { DISCORD_TOKEN: 'sentinel.token-for-a-start-that-must-fail-0123456789' }],
  ])('%s exits 1 listing every problem, without a stack trace or the token', async (_name, env: Record<string, string>) => {
    const { code, output } = await start(env);
    expect(code).toBe(1);
    expect(output).toMatch(/The corpus in .* has \d+ problem/);
    expectNamed(output, bad, all.says);
    expect(output).not.toMatch(STACK);
    if (env.DISCORD_TOKEN) expect(output).not.toContain(env.DISCORD_TOKEN);
  }, 20_000);
});

describe('a file deleted while a reload reads the folder', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  /** Removes `name` right after the loader's `call` on it (readdir: after listing the folder), once. */
  function deleteDuring(call: 'readdir' | 'stat', name: string): () => Promise<void> {
    const path = join(h.corpusDir, name);
    let saved: Buffer | undefined;
    const original = corpusFs[call];
    const spy = vi.spyOn(corpusFs, call).mockImplementation((async (p: string, ...rest: unknown[]) => {
      const result = await (original as (p: string, ...r: unknown[]) => Promise<unknown>)(p, ...rest);
      const trigger = call === 'readdir' ? p === h.corpusDir : p === path;
      if (trigger && saved === undefined) {
        saved = await readFile(path);
        await rm(path);
      }
      return result;
    }) as never);
    return async () => {
      spy.mockRestore();
      if (saved) await writeFile(path, saved);
    };
  }

  async function reloadAsAdmin(): Promise<string> {
    const handle = h.fake.slashCommand({ name: 'reload', user: h.fake.adminUser });
    return (await handle.originalResponse((m) => Boolean(m.content))).content;
  }

  it.each([
    ['after the folder was listed', 'readdir'],
    ['after the file was measured, before it was read', 'stat'],
  ] as const)('(%s) fails naming the file, and the old corpus keeps answering', async (_when, call) => {
    const name = '2020-03-05-moscow-times-putin-erdogan-seek-to-ease-syria-tensions.md';
    const before = h.bot.context.store.engine;
    const restore = deleteDuring(call, name);
    try {
      const report = await reloadAsAdmin();
      expect(report).toContain('Reload failed; the previous corpus is still answering');
      expect(report).toContain(`${join(h.corpusDir, name)}: the file disappeared while the corpus was being read; try again`);
    } finally {
      await restore();
    }
    expect(h.bot.context.store.engine).toBe(before);
    const answer = h.fake.slashCommand({ name: 'ask', options: { question: 'Who is Yury Barmin?' }, user: h.fake.makeUser() });
    expect(JSON.stringify((await answer.originalResponse()).embeds)).toContain('Barmin');
    // With the file back, the next reload succeeds and changes nothing.
    expect(await reloadAsAdmin()).toMatch(/Reloaded in \d+ ms.*: no article changed/);
  });

  it('with many bad files at once, the /reload reply lists whole problems up to the limit, and the log lists them all', async () => {
    // Forty more empty files, so the problems outgrow one Discord message.
    const files: BadCase['files'] = Object.assign({}, ...CASES.map((c) => c.files), ...Array.from({ length: 40 }, (_, i) => ({ [`empty-${i}.md`]: '' })));
    await addFiles(h.corpusDir, files);
    const logs = h.logs.length;
    try {
      const report = await reloadAsAdmin();
      expect(report.length).toBeLessThanOrEqual(2000);
      const total = Number(/(\d+) problem\(s\)/.exec(report)?.[1]);
      const listed = report.split('\n').filter((l) => l.startsWith('• '));
      const more = Number(/…and (\d+) more; the bot’s log lists them all\.$/.exec(report)?.[1]);
      expect(total).toBeGreaterThan(50);
      expect(listed.length + more).toBe(total);
      for (const line of listed) expect(line).toMatch(new RegExp(`^• ${h.corpusDir}/\\S+(:\\d+)?: `));
      const logged = h.logs.slice(logs).join('\n');
      for (const name of Object.keys(files)) expect(logged).toContain(join(h.corpusDir, name));
    } finally {
      await removeFiles(h.corpusDir, files);
    }
  });
});
