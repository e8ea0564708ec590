// The inverted index over passages: MiniSearch for BM25 candidates, plus the statistics ranking needs
// (document frequencies), each passage's analysed words, and a fuzzy dictionary of the words the corpus
// really uses, for typo correction.
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import type { Corpus } from './corpus.js';
import type { Passage } from './passages.js';
import { fold, terms, tokenize, type Token } from './text.js';
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

/** Passages analysed between two yields to the event loop when building in the background. */
const CHUNK = 500;

export class SearchIndex {
  readonly search: MiniSearch<IndexDocument>;
  /** term → number of passages containing it. */
  readonly df: Map<string, number>;
  /** folded written word → its term and how many passages use it. */
  readonly words: Map<string, SurfaceWord>;
  /** Each passage's content words, so ranking never re-tokenises a candidate. */
  readonly tokens: TokenStore;
  readonly passageCount: number;

  /** Use `build`, `buildAsync` or `fromParts`; this only assembles finished parts. */
  private tree: SearchableMap<SurfaceWord> | undefined;

  constructor(parts: Pick<SearchIndex, 'search' | 'df' | 'words' | 'tokens' | 'passageCount'>) {
    this.search = parts.search;
    this.df = parts.df;
    this.words = parts.words;
    this.tokens = parts.tokens;
    this.passageCount = parts.passageCount;
    void this.surface;
  }

  static build(corpus: Corpus): SearchIndex {
    const builder = new Builder(corpus);
    for (let i = 0; i < corpus.passages.length; i++) builder.add(i);
    builder.search.addAll(builder.docs);
    return builder.finish();
  }

  /** The same index, built in chunks that yield to the event loop, so answers keep flowing meanwhile. */
  static async buildAsync(corpus: Corpus, onProgress?: (done: number, total: number) => void): Promise<SearchIndex> {
    const builder = new Builder(corpus);
    const total = corpus.passages.length;
    for (let i = 0; i < total; i++) {
      builder.add(i);
      if (i % CHUNK === CHUNK - 1) {
        onProgress?.(i + 1, total);
        await yieldToEventLoop();
      }
    }
    await builder.search.addAllAsync(builder.docs, { chunkSize: CHUNK });
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

  /**
   * The corpus's written words as a radix tree, for typo correction (fuzzy lookup) and completion (prefix
   * lookup); filled from `words` once, one insertion per distinct word.
   */
  get surface(): SearchableMap<SurfaceWord> {
    if (!this.tree) {
      this.tree = new SearchableMap<SurfaceWord>();
      for (const [word, entry] of this.words) this.tree.set(word, entry);
    }
    return this.tree;
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
  readonly docs: IndexDocument[] = [];
  private readonly df = new Map<string, number>();
  private readonly words = new Map<string, SurfaceWord>();
  private readonly tokens = new TokenStore();
  private readonly titles: Map<string, string>;

  constructor(private readonly corpus: Corpus) {
    this.titles = new Map(corpus.articles.map((a) => [a.id, terms(a.title).join(' ')]));
  }

  add(id: number): void {
    const passage = this.corpus.passages[id]!;
    const tokens = tokenize(passage.text);
    this.tokens.add(tokens, sentenceFinder(passage));
    const seen = new Set<string>();
    const words: string[] = [];
    for (const token of tokens) {
      if (!token.term) continue;
      words.push(token.term);
      if (seen.has(token.term)) continue;
      seen.add(token.term);
      this.df.set(token.term, (this.df.get(token.term) ?? 0) + 1);
    }
    this.addSurfaceWords(passage.text, tokens);
    this.docs.push({ id, text: words.join(' '), title: this.titles.get(passage.articleId) ?? '' });
  }

  finish(): SearchIndex {
    this.tokens.trim();
    this.docs.length = 0;
    return new SearchIndex({ search: this.search, df: this.df, words: this.words, tokens: this.tokens, passageCount: this.corpus.passages.length });
  }

  private addSurfaceWords(text: string, tokens: Token[]): void {
    const seen = new Set<string>();
    for (const token of tokens) {
      if (!token.term) continue;
      const word = fold(text.slice(token.start, token.end)).replace(/['’]s$/u, '');
      const key = `${word}\0${token.term}`;
      if (seen.has(key) || !/^[\p{L}]/u.test(word)) continue;
      seen.add(key);
      const entry = this.words.get(word);
      if (entry) entry.count++;
      else this.words.set(word, { term: token.term, count: 1 });
    }
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
