// Every passage's analysed words, kept compactly for re-ranking: one term id, word position and sentence
// number per content word, in flat typed arrays (about 8 bytes a word instead of an object each).
import type { Token } from './text.js';

export interface StoredTokens {
  terms: string[];
  termIds: Int32Array;
  positions: Uint16Array;
  sentences: Uint16Array;
  /** Where each word starts in its passage's text, and how long it is: highlights without re-tokenising. */
  starts: Uint16Array;
  lengths: Uint8Array;
  offsets: Uint32Array;
}

export class TokenStore {
  /** term id → term */
  readonly terms: string[];
  readonly ids: Map<string, number>;
  private termIds: Int32Array;
  private positions: Uint16Array;
  private sentences: Uint16Array;
  private starts: Uint16Array;
  private lengths: Uint8Array;
  /** Passage i's words are at [offsets[i], offsets[i + 1]). */
  private offsets: Uint32Array;
  private length = 0;
  private passages = 0;

  constructor(stored?: StoredTokens) {
    this.terms = stored?.terms ?? [];
    this.ids = new Map(this.terms.map((t, i) => [t, i]));
    this.termIds = stored?.termIds ?? new Int32Array(1024);
    this.positions = stored?.positions ?? new Uint16Array(1024);
    this.sentences = stored?.sentences ?? new Uint16Array(1024);
    this.starts = stored?.starts ?? new Uint16Array(1024);
    this.lengths = stored?.lengths ?? new Uint8Array(1024);
    this.offsets = stored?.offsets ?? new Uint32Array(1024);
    if (stored) {
      this.passages = stored.offsets.length - 1;
      this.length = stored.offsets[this.passages] ?? 0;
    }
  }

  /** Appends the next passage's content words; `sentenceOf` maps a character offset to its sentence number. */
  add(tokens: readonly Token[], sentenceOf: (offset: number) => number): void {
    this.reserve(tokens.length);
    for (const token of tokens) {
      if (!token.term) continue;
      let id = this.ids.get(token.term);
      if (id === undefined) {
        id = this.terms.length;
        this.terms.push(token.term);
        this.ids.set(token.term, id);
      }
      this.termIds[this.length] = id;
      this.positions[this.length] = Math.min(token.position, 0xffff);
      this.sentences[this.length] = Math.min(sentenceOf(token.start), 0xffff);
      // Passages are far shorter than 65,536 characters; a word longer than 255 is highlighted in part.
      this.starts[this.length] = Math.min(token.start, 0xffff);
      this.lengths[this.length] = Math.min(token.end - token.start, 0xff);
      this.length++;
    }
    this.passages++;
    if (this.offsets.length <= this.passages) this.offsets = grow(this.offsets, this.passages + 1);
    this.offsets[this.passages] = this.length;
  }

  /** Calls `visit` for each content word of passage `index`, in order. */
  forEach(index: number, visit: (termId: number, position: number, sentence: number) => void): void {
    const end = this.offsets[index + 1]!;
    for (let i = this.offsets[index]!; i < end; i++) visit(this.termIds[i]!, this.positions[i]!, this.sentences[i]!);
  }

  /** Calls `visit` with the character range (and the sentence) of each content word of passage `index`, in order. */
  forEachRange(index: number, visit: (termId: number, start: number, end: number, sentence: number) => void): void {
    const end = this.offsets[index + 1]!;
    for (let i = this.offsets[index]!; i < end; i++) visit(this.termIds[i]!, this.starts[i]!, this.starts[i]! + this.lengths[i]!, this.sentences[i]!);
  }

  /** The distinct terms of passage `index`, to compare passages for near-duplicates. */
  termSet(index: number): Set<number> {
    return new Set(this.termIds.subarray(this.offsets[index]!, this.offsets[index + 1]!));
  }

  /** The arrays trimmed to their used length, for a snapshot. */
  export(): StoredTokens {
    return {
      terms: this.terms,
      termIds: this.termIds.slice(0, this.length),
      positions: this.positions.slice(0, this.length),
      sentences: this.sentences.slice(0, this.length),
      starts: this.starts.slice(0, this.length),
      lengths: this.lengths.slice(0, this.length),
      offsets: this.offsets.slice(0, this.passages + 1),
    };
  }

  /** Releases the spare capacity left by growing, once every passage is in. */
  trim(): void {
    const stored = this.export();
    this.termIds = stored.termIds;
    this.positions = stored.positions;
    this.sentences = stored.sentences;
    this.starts = stored.starts;
    this.lengths = stored.lengths;
    this.offsets = stored.offsets;
  }

  private reserve(extra: number): void {
    const needed = this.length + extra;
    if (needed <= this.termIds.length) return;
    this.termIds = grow(this.termIds, needed);
    this.positions = grow(this.positions, needed);
    this.sentences = grow(this.sentences, needed);
    this.starts = grow(this.starts, needed);
    this.lengths = grow(this.lengths, needed);
  }
}

function grow<T extends Int32Array | Uint16Array | Uint32Array | Uint8Array>(array: T, needed: number): T {
  let size = array.length || 1024;
  while (size < needed) size *= 2;
  const next = new (array.constructor as new (n: number) => T)(size);
  next.set(array);
  return next;
}
