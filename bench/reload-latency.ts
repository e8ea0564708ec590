// Answer latency while a reload rebuilds the corpus: the old engine must keep answering inside Discord's 3 s.
// Usage: node --import tsx bench/reload-latency.ts [corpus dir]   (default: bench/generated/synthetic-100000;
// generate it first with `npm run bench`). Asks a question every 20 ms during the reload and prints the
// distribution of answer times as a user would see them (waiting for the event loop included).
import { join } from 'node:path';
import { EngineStore } from '../src/core/engine-store.js';
import { GENERATED } from './lib/paths.js';

const dir = process.argv[2] ?? join(GENERATED, 'synthetic-100000');
const opened = await EngineStore.open(dir);
if (!opened.ok) throw new Error(`${dir}: ${opened.problems.length} problems`);
const store = opened.store;
const questions = store.engine.corpus.passages.slice(0, 200).map((p) => p.text.split(/\s+/).slice(2, 6).join(' '));

const latencies: number[] = [];
let stop = false;
let asked = 0;
async function askWhileReloading(): Promise<void> {
  while (!stop) {
    const sent = performance.now();
    // The question waits its turn on the event loop like a Discord interaction would.
    await new Promise((resolve) => setImmediate(resolve));
    store.engine.answer(questions[asked++ % questions.length]!);
    latencies.push(performance.now() - sent);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const asking = askWhileReloading();
const started = performance.now();
const result = await store.reload();
const reloadMs = performance.now() - started;
stop = true;
await asking;
latencies.sort((a, b) => a - b);
const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))]!.toFixed(1);
console.log(`${dir}: reload ${result.ok ? 'ok' : 'failed'} in ${(reloadMs / 1000).toFixed(1)} s, ${store.engine.corpus.passages.length} passages`);
console.log(`answers during the reload: ${latencies.length}; p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${latencies.at(-1)!.toFixed(1)} ms`);
