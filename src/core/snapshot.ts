// An engine saved as one file: the parsed corpus and every part of its index, so a start or another
// shard skips parsing and indexing. Keyed by the corpus's fingerprint and the engine's version, and
// checked with a hash: a stale, truncated or corrupt snapshot is never trusted.
import { createHash } from 'node:crypto';
import { EQUIVALENT, PHRASES } from './aliases.js';
import type { Corpus } from './corpus.js';
import { Engine } from './engine.js';
import type { Article } from './article.js';
import { MAX_PASSAGE_WORDS, MIN_PASSAGE_WORDS, splitPassages, type Passage } from './passages.js';
import { SearchIndex, TITLE_BOOST, type IndexParts } from './search-index.js';
import { sentences } from './sentences.js';
import { speakersOf } from './speakers.js';
import { STOP_WORDS } from './stop-words.js';
import { tokenize } from './text.js';
import type { StoredTokens } from './token-store.js';

const FORMAT = 'summit-bot-snapshot/4';
const PROBE = 'Erdoğan’s U.S. cease-fire, S-400, F-35s, TB2s, Saʿdūn: 3.7 million refugees, Gen. Haftar said. "Truce?" Türkiye’s Kremlin talks, a Western diplomat told AFP. He announced it. Olga Vetrova, an analyst, disagreed. "No," she said. Gülşen Tekin defended it. "It holds. It will." "Never," said Lt. Col. (ret.) Ali Kaya. The Communist deputy Igor Dedyukhin was sceptical. "Not again," he said. Putin began the talks, adding that it held. Emine Kaya, 57, left early. She sold bread. "Fine," she said. It was criticised by the agency UNHCR, which said it was unlawful. His aide, Rana Aziz, 33, stayed. "Later," she said.';

/** An article cut into passages as the engine cuts them (short paragraphs read on, long ones are windowed), so a change
 * in how that is done, not only in the size limits, makes another engine version. */
const PROBE_ARTICLE: Article = {
  id: 'probe',
  file: 'probe.md',
  bodyLine: 1,
  title: 'Probe',
  outlet: 'Probe',
  date: '2020-03-05',
  language: 'en',
  body: ['Putin and Erdogan met in Moscow.', PROBE, `${PROBE} ${PROBE}`, 'The truce held.'].join('\n\n'),
};

/**
 * Changes whenever text analysis (the alias tables and stop words included), sentence splitting, speaker finding or
 * passage cutting changes, so a snapshot made by an older engine is rebuilt rather than answering with stale terms.
 */
export const ENGINE_VERSION = createHash('sha256')
  .update(
    JSON.stringify([
      FORMAT,
      MAX_PASSAGE_WORDS,
      MIN_PASSAGE_WORDS,
      TITLE_BOOST,
      EQUIVALENT,
      PHRASES,
      [...STOP_WORDS],
      tokenize(PROBE).map((t) => t.term),
      sentences(PROBE),
      speakersOf(sentences(PROBE).map((s) => PROBE.slice(s.start, s.end))),
      splitPassages(PROBE_ARTICLE).map((p) => [p.start, p.end]),
    ]),
  )
  .digest('hex')
  .slice(0, 12);

interface Header {
  format: string;
  engine: string;
  fingerprint: string;
  sha256: string;
}

type StoredPassage = Omit<Passage, 'text'>;
type ArrayKey = 'termIds' | 'positions' | 'sentences' | 'starts' | 'lengths' | 'offsets';
type EncodedTokens = Omit<StoredTokens, ArrayKey> & Record<ArrayKey, string>;

interface Payload {
  corpus: Omit<Corpus, 'passages'> & { passages: StoredPassage[] };
  index: Omit<IndexParts, 'tokens'> & { tokens: EncodedTokens };
}

export function serializeEngine(engine: Engine): string {
  const { corpus } = engine;
  const parts = engine.index.toParts();
  const payload: Payload = {
    // Passage text is the article body sliced at its offsets: stored once, in the body.
    corpus: { ...corpus, passages: corpus.passages.map(({ text: _text, ...rest }) => rest) },
    index: { ...parts, tokens: encodeTokens(parts.tokens) },
  };
  const body = JSON.stringify(payload);
  const header: Header = { format: FORMAT, engine: ENGINE_VERSION, fingerprint: corpus.fingerprint, sha256: sha256(body) };
  return `${JSON.stringify(header)}\n${body}`;
}

/** The engine in a snapshot (the file's bytes), or why it cannot be used. Never throws. */
export function deserializeEngine(data: Uint8Array | string, fingerprint: string): { ok: true; engine: Engine } | { ok: false; reason: string } {
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    const newline = bytes.indexOf(0x0a);
    if (newline < 0) return { ok: false, reason: 'truncated (no header)' };
    const header = JSON.parse(bytes.toString('utf8', 0, newline)) as Partial<Header>;
    if (header.format !== FORMAT) return { ok: false, reason: `unknown format ${String(header.format)}` };
    if (header.engine !== ENGINE_VERSION) return { ok: false, reason: 'made by another engine version' };
    if (header.fingerprint !== fingerprint) return { ok: false, reason: 'made from other corpus files' };
    // Hashing the bytes as read, before decoding them, costs one pass instead of two.
    const body = bytes.subarray(newline + 1);
    if (sha256(body) !== header.sha256) return { ok: false, reason: 'corrupt or truncated (hash mismatch)' };
    const payload = JSON.parse(body.toString('utf8')) as Payload;
    const bodies = new Map(payload.corpus.articles.map((a) => [a.id, a.body]));
    const passages: Passage[] = payload.corpus.passages.map((p) => ({ ...p, text: bodies.get(p.articleId)!.slice(p.start, p.end) }));
    const corpus: Corpus = { ...payload.corpus, passages };
    const index = SearchIndex.fromParts({ ...payload.index, tokens: decodeTokens(payload.index.tokens) }, passages.length);
    return { ok: true, engine: new Engine(corpus, index) };
  } catch (error) {
    return { ok: false, reason: `unreadable (${(error as Error).message})` };
  }
}

function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

function encodeTokens(tokens: StoredTokens): EncodedTokens {
  const b64 = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
  return {
    terms: tokens.terms,
    termIds: b64(tokens.termIds),
    positions: b64(tokens.positions),
    sentences: b64(tokens.sentences),
    starts: b64(tokens.starts),
    lengths: b64(tokens.lengths),
    offsets: b64(tokens.offsets),
  };
}

function decodeTokens(tokens: EncodedTokens): StoredTokens {
  const bytes = (s: string) => {
    const buffer = Buffer.from(s, 'base64');
    // Copy into an aligned buffer: a typed array view needs its element alignment.
    return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
  };
  return {
    terms: tokens.terms,
    termIds: new Int32Array(bytes(tokens.termIds)),
    positions: new Uint16Array(bytes(tokens.positions)),
    sentences: new Uint16Array(bytes(tokens.sentences)),
    starts: new Uint16Array(bytes(tokens.starts)),
    lengths: new Uint8Array(bytes(tokens.lengths)),
    offsets: new Uint32Array(bytes(tokens.offsets)),
  };
}
