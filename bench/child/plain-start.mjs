// The plain-MiniSearch counterpart of starting the bot: read the same corpus folder with the project's own loader,
// index the passages with MiniSearch's default options, print ready. Plain JavaScript, so it runs the same way the
// bot does: `node bench/child/plain-start.mjs dist/src/core/corpus-folder.js DIR` against the compiled loader, or
// with `--import tsx` against src/core/corpus-folder.ts.
import MiniSearch from 'minisearch';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const [loaderPath = 'dist/src/core/corpus-folder.js', dir = 'corpus'] = process.argv.slice(2);
const { loadCorpusFolder } = await import(pathToFileURL(resolve(loaderPath)).href);
const corpus = await loadCorpusFolder(dir);
if (!corpus.ok) {
  process.stderr.write('corpus invalid\n');
  process.exit(1);
}
const search = new MiniSearch({ fields: ['text'] });
search.addAll(corpus.value.passages.map((p, id) => ({ id, text: p.text })));
process.stdout.write(`ready (${search.documentCount} passages)\n`);
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
