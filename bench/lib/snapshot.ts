// The engine's snapshot API (src/core/snapshot.ts), loaded only if this build has it, so the benchmark runs on
// builds without snapshots and reports the row as "not available in this build" instead of failing.
// Two shapes are understood: saveSnapshot(engine) / loadSnapshot(corpus, data), and
// serializeEngine(engine) / deserializeEngine(text, fingerprint) → { ok, engine }.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Corpus } from '../../src/core/corpus.js';
import type { Engine } from '../../src/core/engine.js';
import { ROOT } from './paths.js';

type Data = string | Buffer | Uint8Array;

export interface SnapshotApi {
  /** Which exports were found. */
  shape: string;
  save(engine: Engine): Data;
  load(corpus: Corpus, data: Data): Engine | undefined;
}

interface SaveLoad {
  saveSnapshot(engine: Engine): Data;
  loadSnapshot(corpus: Corpus, data: Data): Engine | undefined;
}

interface SerializeDeserialize {
  serializeEngine(engine: Engine): string;
  deserializeEngine(text: string, fingerprint: string): { ok: true; engine: Engine } | { ok: false; reason: string };
}

export const SNAPSHOT_MODULE = join(ROOT, 'src', 'core', 'snapshot.ts');

export async function loadSnapshotApi(): Promise<{ ok: true; api: SnapshotApi } | { ok: false; reason: string }> {
  if (!existsSync(SNAPSHOT_MODULE)) return { ok: false, reason: 'not available in this build' };
  let mod: Partial<SaveLoad & SerializeDeserialize>;
  try {
    mod = (await import(pathToFileURL(SNAPSHOT_MODULE).href)) as Partial<SaveLoad & SerializeDeserialize>;
  } catch (error) {
    return { ok: false, reason: `not available in this build (snapshot.ts failed to load: ${(error as Error).message.split('\n')[0]})` };
  }
  const { saveSnapshot, loadSnapshot, serializeEngine, deserializeEngine } = mod;
  if (saveSnapshot && loadSnapshot) {
    return { ok: true, api: { shape: 'saveSnapshot/loadSnapshot', save: (e) => saveSnapshot(e), load: (c, d) => loadSnapshot(c, d) } };
  }
  if (serializeEngine && deserializeEngine) {
    return {
      ok: true,
      api: {
        shape: 'serializeEngine/deserializeEngine',
        save: (e) => serializeEngine(e),
        load: (c, d) => {
          const result = deserializeEngine(typeof d === 'string' ? d : Buffer.from(d).toString('utf8'), c.fingerprint);
          return result.ok ? result.engine : undefined;
        },
      },
    };
  }
  return { ok: false, reason: 'not available in this build (snapshot.ts has neither saveSnapshot/loadSnapshot nor serializeEngine/deserializeEngine)' };
}

export function byteLength(data: Data): number {
  return typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
}
