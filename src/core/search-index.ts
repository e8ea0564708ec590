// The inverted index over passages: MiniSearch for BM25 candidates, plus the statistics ranking needs
// (document frequencies) and a fuzzy dictionary of the words the corpus really uses, for typo correction.
import MiniSearch, { type Options } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import type { Corpus } from './corpus.js';
import { fold, tokenize, type Token } from './text.js';

/** The analysed form of a passage, kept so ranking never re-tokenises it. */
export interface AnalysedPassage {
  tokens: Token[];
}

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

export class SearchIndex {
  readonly search: MiniSearch<IndexDocument>;
  /** term → number of passages containing it. */
  readonly df = new Map<string, number>();
  /** folded written word → its term, for typo correction against words the corpus uses. */
  readonly surface = new SearchableMap<SurfaceWord>();
  readonly analysed: AnalysedPassage[] = [];
  readonly passageCount: number;

  constructor(corpus: Corpus) {
    this.search = new MiniSearch<IndexDocument>(MINISEARCH_OPTIONS);
    const titles = new Map(corpus.articles.map((a) => [a.id, termsOf(tokenize(a.title)).join(' ')]));
    const docs: IndexDocument[] = [];
    corpus.passages.forEach((passage, id) => {
      const tokens = tokenize(passage.text);
      this.analysed.push({ tokens });
      const seen = new Set<string>();
      for (const token of tokens) {
        if (!token.term || seen.has(token.term)) continue;
        seen.add(token.term);
        this.df.set(token.term, (this.df.get(token.term) ?? 0) + 1);
      }
      this.addSurfaceWords(passage.text, tokens);
      docs.push({ id, text: termsOf(tokens).join(' '), title: titles.get(passage.articleId) ?? '' });
    });
    this.search.addAll(docs);
    this.passageCount = corpus.passages.length;
  }

  /** Inverse document frequency; a term the corpus does not use weighs as much as the rarest one that it does. */
  idf(term: string | undefined): number {
    const df = term === undefined ? 0 : (this.df.get(term) ?? 0);
    return Math.log(1 + this.passageCount / Math.max(df, 1));
  }

  private addSurfaceWords(text: string, tokens: Token[]): void {
    const seen = new Set<string>();
    for (const token of tokens) {
      if (!token.term) continue;
      const word = fold(text.slice(token.start, token.end)).replace(/['’]s$/u, '');
      const key = `${word}\0${token.term}`;
      if (seen.has(key) || !/^[\p{L}]/u.test(word)) continue;
      seen.add(key);
      const entry = this.surface.get(word);
      if (entry) entry.count++;
      else this.surface.set(word, { term: token.term, count: 1 });
    }
  }
}

function termsOf(tokens: Token[]): string[] {
  const out: string[] = [];
  for (const token of tokens) if (token.term) out.push(token.term);
  return out;
}
