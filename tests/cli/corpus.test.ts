import { mkdtemp, readFile, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCorpus } from '../../src/cli/corpus.js';
import { loadCorpus, runInProcess } from '../helpers.js';

const corpus = (args: string[]) => runInProcess((io) => runCorpus(args, io));

describe('npm run corpus -- check', () => {
  it('passes the real corpus', async () => {
    const { code, out } = await corpus(['check', 'corpus']);
    expect(code).toBe(0);
    expect(out).toMatch(/2 articles, \d+ passages, 6 topics/);
  });

  it('reads a headline with a colon left unquoted as the headline, and counts one article as one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'summit-check-'));
    await writeFile(join(dir, '2020-03-09-foo.md'), '---\ntitle: Putin, Erdogan: a truce in Moscow\noutlet: Foo News\ndate: 2020-03-09\n---\n\nThe truce held.\n');
    const { code, out } = await corpus(['check', dir]);
    expect(code).toBe(0);
    expect(out).toContain('1 article, 1 passage, 0 topics — all valid');
    const [article] = (await loadCorpus(dir)).articles;
    expect(article?.title).toBe('Putin, Erdogan: a truce in Moscow');
  });

  it('prints every problem as file:line: what, and exits non-zero', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'summit-check-'));
    await cp('corpus', dir, { recursive: true });
    await writeFile(join(dir, 'bad.md'), '---\ntitle: "x"\noutlet: T\ndate: 2020-3-5\nauthr: x\n---\n\nText.\n');
    await writeFile(join(dir, 'topics', 'bad.yaml'), 'name: Bad Name\ndescription: x\nquestion: What?\n');
    const { code, err } = await corpus(['check', dir]);
    expect(code).toBe(1);
    expect(err).toContain(`${join(dir, 'bad.md')}:4: date: must be a date written YYYY-MM-DD`);
    expect(err).toContain(`${join(dir, 'bad.md')}:5: unknown field "authr"`);
    expect(err).toContain(`${join(dir, 'topics', 'bad.yaml')}:1: name:`);
    expect(err).toContain('3 problems');
  });

  it('names the files it does not read as articles, and still passes a folder whose articles are valid', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'summit-check-'));
    await cp('corpus', dir, { recursive: true });
    await writeFile(join(dir, 'pasted.txt'), 'Russian and Turkish troops began joint patrols on Sunday.\n');
    // …but not the files every folder may keep beside them.
    await writeFile(join(dir, 'LICENSE'), 'CC BY 4.0\n');
    const { code, err } = await corpus(['check', dir]);
    expect(code).toBe(0);
    expect(err).toContain(`Not read from ${dir}, as articles are .md files with front matter: pasted.txt\n`);
    expect(err).toContain('npm run corpus -- import');
  });

  it('answers a mistyped option with the usage, not a stack trace', async () => {
    const { code, err } = await corpus(['check', '--strict']);
    expect(code).toBe(2);
    expect(err).toContain("Unknown option '--strict'");
    expect(err).toContain('Usage: npm run corpus -- check [DIR]');
  });
});

describe('npm run corpus -- import', () => {
  it('turns a pasted seed article into the corpus file, body verbatim, boilerplate out', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'summit-import-'));
    const { code, out } = await corpus([
      'import', 'tests/fixtures/seeds/000_7cc42faf484b42c2.txt', '--outlet', 'The Moscow Times', '--date', '2020-03-05', '--wire', 'AFP', '--corpus', dir,
    ]);
    expect(code).toBe(0);
    expect(out).toContain('Removed from the body');
    expect(out).toContain('**Related article:**');
    const imported = await loadCorpus(dir);
    const real = (await loadCorpus()).articles.find((a) => a.outlet === 'The Moscow Times')!;
    const article = imported.articles[0]!;
    expect(article).toMatchObject({ title: real.title, outlet: real.outlet, author: 'Michael Mainville', date: real.date, url: real.url, wire: 'AFP' });
    expect(article.body).toBe(real.body);
  });

  it('never overwrites an existing file without --force', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'summit-import-'));
    const args = ['import', 'tests/fixtures/seeds/003_f8035168ba0a2a4f.txt', '--outlet', 'World Socialist Web Site', '--date', '2020-03-06', '--corpus', dir];
    expect((await corpus(args)).code).toBe(0);
    const file = (await loadCorpus(dir)).articles[0]!.file;
    await writeFile(file, `${await readFile(file, 'utf8')}\nEdited by hand.\n`);
    const again = await corpus(args);
    expect(again.code).toBe(1);
    expect(again.err).toContain('already exists; use --force');
    expect(await readFile(file, 'utf8')).toContain('Edited by hand.');
    expect((await corpus([...args, '--force'])).code).toBe(0);
    expect(await readFile(file, 'utf8')).not.toContain('Edited by hand.');
  });

  it('names a missing or invalid option', async () => {
    const { code, err } = await corpus(['import', 'tests/fixtures/seeds/000_7cc42faf484b42c2.txt', '--date', '5 March']);
    expect(code).toBe(2);
    expect(err).toContain('--outlet: is required');
    expect(err).toContain('--date: must be a date written YYYY-MM-DD');
  });
});
