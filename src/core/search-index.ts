// The inverted index over passages: MiniSearch for BM25 candidates, plus the statistics ranking needs
// (document frequencies), each passage's analysed words, and a fuzzy dictionary of the words the corpus
// really uses, for typo correction.
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import type { Corpus } from './corpus.js';
import type { Passage } from './passages.js';
import { analyseWord, fold, terms, tokenize } from './text.js';
import { TokenStore, type StoredTokens } from './token-store.js';

interface IndexDocument {
  id: number;
  text: string;
  title: string;
}

/** The title is a weaker signal than the text, but a passage of an article titled with the question's words is likelier. */
export const TITLE_BOOST = 1.5;

export const MINISEARCH_OPTIONS: Options<IndexDocument> = {
  fields: ['text', 'title'],
  storeFields: [],
  // Documents arrive pre-analysed as space-separated terms; MiniSearch only splits them again.
  tokenize: (text: string) => text.split(' '),
  processTerm: (term: string) => term || null,
  searchOptions: { boost: { title: TITLE_BOOST } },
};

export interface SurfaceWord {
  /** The analysed term this written word indexes as. */
  term: string;
  /** Number of passages using the word, to prefer the common spelling among corrections. */
  count: number;
}

/** Everything an index is made of, as plain data for a snapshot. */
export interface IndexParts {
  search: AsPlainObject;
  df: [string, number][];
  surface: [string, SurfaceWord][];
  tokens: StoredTokens;
}

/** From this many passages on, terms in more than COMMON_SHARE of them are left to re-ranking. */
export const LARGE_CORPUS = 2_000;
/** In a large corpus, a term in more than this share of passages finds candidates no better than chance. */
export const COMMON_SHARE = 0.05;

/** Passages analysed between two yields to the event loop when building in the background. */
const CHUNK = 500;

export class SearchIndex {
  readonly search: MiniSearch<IndexDocument>;
  /** term → number of passages containing it. */
  readonly df: Map<string, number>;
  /** folded written word → its term and how many passages use it. */
  readonly words: Map<string, SurfaceWord>;
  /** The same words as a radix tree, for typo correction (fuzzy lookup) and completion (prefix lookup). */
  readonly surface: SearchableMap<SurfaceWord>;
  /** Each passage's content words, so ranking never re-tokenises a candidate. */
  readonly tokens: TokenStore;
  readonly passageCount: number;

  /** Use `build`, `buildAsync` or `fromParts`; this only assembles finished parts. */
  constructor(parts: Pick<SearchIndex, 'search' | 'df' | 'words' | 'tokens' | 'passageCount'>) {
    this.search = parts.search;
    this.df = parts.df;
    this.words = parts.words;
    this.tokens = parts.tokens;
    this.passageCount = parts.passageCount;
    // One insertion per distinct word, here rather than on the first misspelt question, which would wait for it.
    this.surface = new SearchableMap<SurfaceWord>();
    for (const [word, entry] of this.words) this.surface.set(word, entry);
  }

  static build(corpus: Corpus): SearchIndex {
    const builder = new Builder(corpus);
    for (let i = 0; i < corpus.passages.length; i++) builder.analyse(i);
    for (let i = 0; i < corpus.passages.length; i++) builder.index(i);
    return builder.finish();
  }

  /** The same index, built in chunks that yield to the event loop, so answers keep flowing meanwhile. */
  static async buildAsync(corpus: Corpus, onProgress?: (done: number, total: number) => void): Promise<SearchIndex> {
    const builder = new Builder(corpus);
    const total = corpus.passages.length;
    // Progress counts both passes: analysing is the first half, indexing the second.
    for (const [pass, step] of [[0, (i: number) => builder.analyse(i)], [1, (i: number) => builder.index(i)]] as const) {
      for (let i = 0; i < total; i++) {
        step(i);
        if (i % CHUNK === CHUNK - 1) {
          onProgress?.(Math.round((pass * total + i + 1) / 2), total);
          await yieldToEventLoop();
        }
      }
    }
    onProgress?.(total, total);
    return builder.finish();
  }

  static fromParts(parts: IndexParts, passageCount: number): SearchIndex {
    return new SearchIndex({
      search: MiniSearch.loadJS(parts.search, MINISEARCH_OPTIONS),
      df: new Map(parts.df),
      words: new Map(parts.surface),
      tokens: new TokenStore(parts.tokens),
      passageCount,
    });
  }

  toParts(): IndexParts {
    return { search: this.search.toJSON(), df: [...this.df], surface: [...this.words], tokens: this.tokens.export() };
  }

  /** Whether BM25 retrieval can use the term: in a large corpus the most common terms are not in MiniSearch. */
  isRetrievable(term: string): boolean {
    const df = this.df.get(term);
    return df !== undefined && (this.passageCount < LARGE_CORPUS || df <= this.passageCount * COMMON_SHARE);
  }

  /** Passages containing any of the terms, from the token store: the way in when no term is retrievable. */
  scan(terms: readonly string[], limit: number): number[] {
    const ids = new Set(terms.map((t) => this.tokens.ids.get(t)).filter((id): id is number => id !== undefined));
    const found: number[] = [];
    for (let p = 0; p < this.passageCount && found.length < limit; p++) {
      let hit = false;
      this.tokens.forEach(p, (termId) => {
        if (!hit && ids.has(termId)) hit = true;
      });
      if (hit) found.push(p);
    }
    return found;
  }

  /** Inverse document frequency; a term the corpus does not use weighs as much as the rarest one that it does. */
  idf(term: string | undefined): number {
    const df = term === undefined ? 0 : (this.df.get(term) ?? 0);
    return Math.log(1 + this.passageCount / Math.max(df, 1));
  }
}

/** Analyses passages one at a time into the index's parts. */
class Builder {
  readonly search = new MiniSearch<IndexDocument>(MINISEARCH_OPTIONS);
  private readonly df = new Map<string, number>();
  /** Written words as they appear (not folded), counted per occurrence; folded once each at the end. */
  private readonly written = new Map<string, SurfaceWord>();
  private readonly tokens = new TokenStore();
  private readonly titles: Map<string, string>;
  private common: Set<number> | undefined;

  constructor(private readonly corpus: Corpus) {
    this.titles = new Map(corpus.articles.map((a) => [a.id, terms(a.title).join(' ')]));
  }

  /** First pass: a passage's words into the token store, document frequencies and the word list. */
  analyse(id: number): void {
    const passage = this.corpus.passages[id]!;
    const tokens = tokenize(passage.text);
    this.tokens.add(tokens, sentenceFinder(passage));
    const seen = new Set<string>();
    for (const token of tokens) {
      if (!token.term) continue;
      const whole = passage.text.slice(token.start, token.end);
      // A part of a hyphenated name is a word of its own ("Hawa" of "Bab al-Hawa"), for correcting "Hawwa" to it.
      const raw = whole.includes('-') ? (whole.split('-').find((part) => analyseWord(fold(part)) === token.term) ?? whole) : whole;
      const entry = this.written.get(raw);
      if (entry) entry.count++;
      else this.written.set(raw, { term: token.term, count: 1 });
      if (seen.has(token.term)) continue;
      seen.add(token.term);
      this.df.set(token.term, (this.df.get(token.term) ?? 0) + 1);
    }
  }

  /**
   * Second pass: the passage into MiniSearch. In a large corpus, terms too common to find candidates
   * (see `isCommon`) are left out: they are most of the postings and answers never look them up there.
   */
  index(id: number): void {
    if (!this.common) {
      this.common = new Set();
      const n = this.corpus.passages.length;
      if (n >= LARGE_CORPUS) for (const [term, df] of this.df) if (df > n * COMMON_SHARE) this.common.add(this.tokens.ids.get(term)!);
      this.tokens.trim();
    }
    const words: string[] = [];
    this.tokens.forEach(id, (termId) => {
      if (!this.common!.has(termId)) words.push(this.tokens.terms[termId]!);
    });
    this.search.add({ id, text: words.join(' '), title: this.titles.get(this.corpus.passages[id]!.articleId) ?? '' });
  }

  finish(): SearchIndex {
    const words = new Map<string, SurfaceWord>();
    for (const [raw, { term, count }] of this.written) {
      const word = fold(raw).replace(/['’]s$/u, '');
      if (!/^\p{L}/u.test(word)) continue;
      const entry = words.get(word);
      if (entry) entry.count += count;
      else words.set(word, { term, count });
    }
    return new SearchIndex({ search: this.search, df: this.df, words, tokens: this.tokens, passageCount: this.corpus.passages.length });
  }
}

function sentenceFinder(passage: Passage): (offset: number) => number {
  const sentences = passage.sentences;
  return (offset) => {
    let s = 0;
    while (s < sentences.length - 1 && offset >= sentences[s]!.end) s++;
    return s;
  };
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
