// The engine every front door (terminal, Discord) calls: one immutable corpus with its index.
// Reload builds a new Engine and swaps the reference, so a failed reload never touches this one.
import type { Article } from './article.js';
import { acronymsIn } from './acronyms.js';
import { answerQuestion, decorate, sourceOf, type Answer, type AnswerOptions, type AnswerPassage, type SourceRef } from './answer.js';
import type { Corpus } from './corpus.js';
import type { AnalysedQuestion } from './query.js';
import { SearchIndex } from './search-index.js';
import { terms } from './text.js';
import type { Topic } from './topic.js';

export interface SourceSummary extends SourceRef {
  passages: number;
  wire?: string;
}

/** Suggestions offered with a refusal; enough to show what can be asked without flooding a reply. */
const SUGGESTIONS = 3;

export class Engine {
  readonly corpus: Corpus;
  readonly index: SearchIndex;
  private readonly articles: ReadonlyMap<string, Article>;
  private exampleCache?: { text: string; terms: ReadonlySet<string> }[];
  private sourceCache?: SourceSummary[];
  private acronymCache?: Map<string, string[]>;

  constructor(corpus: Corpus, index = SearchIndex.build(corpus)) {
    this.corpus = corpus;
    this.index = index;
    this.articles = new Map(corpus.articles.map((a) => [a.id, a]));
  }

  get topics(): readonly Topic[] {
    return this.corpus.topics;
  }

  answer(question: string, options: AnswerOptions = {}): Answer {
    return answerQuestion(
      {
        index: this.index,
        passages: this.corpus.passages,
        articles: this.articles,
        spelledOut: (initials) => this.acronyms().get(initials),
        suggestionsFor: (q, near) => this.suggestionsFor(q, near),
      },
      question,
      options,
    );
  }

  /** Answers a topic command: its pinned passages first, then the answer to its (or its aspect's) question. */
  topic(name: string, aspectName?: string, options: AnswerOptions = {}): Answer | undefined {
    const topic = this.corpus.topics.find((t) => t.name === name);
    if (!topic) return undefined;
    const aspect = aspectName ? topic.aspects?.find((a) => a.name === aspectName) : undefined;
    const question = aspect?.question ?? topic.question ?? topic.description;
    const answer = this.answer(question, options);
    if (aspect || !topic.passages) return answer;
    const pinned = topic.passages.flatMap((pin) => {
      // Windows overlap: the one the pinned words open, or stand nearest the start of, quotes them best.
      const passage = this.corpus.passages
        .filter((p) => p.articleId === pin.article && p.text.includes(pin.contains))
        .sort((a, b) => a.text.indexOf(pin.contains) - b.text.indexOf(pin.contains))[0];
      if (!passage) return [];
      const at = passage.text.indexOf(pin.contains);
      const index = Math.max(0, passage.sentences.findIndex((s) => at < s.end));
      const sentence = passage.sentences[index] ?? { start: 0, end: passage.text.length };
      const out: AnswerPassage = {
        id: passage.id,
        text: passage.text,
        score: 1,
        highlights: [[at, at + pin.contains.length]],
        source: sourceOf(this.articles.get(passage.articleId)!),
        focus: [sentence.start, sentence.end],
        sentences: passage.sentences.map((x) => [x.start, x.end]),
        offsets: [passage.start, passage.end],
        context: [passage.context.start, passage.context.end],
      };
      return [decorate(out, passage, index)];
    });
    const rest = answer.passages.filter((p) => !pinned.some((q) => q.id === p.id));
    const top = options.top ?? Math.max(answer.passages.length, pinned.length);
    const { reason: _reason, message: _message, suggestions: _suggestions, ...kept } = answer;
    return { ...kept, question, answered: true, passages: [...pinned, ...rest].slice(0, Math.max(top, pinned.length)) };
  }

  /** Names the articles spell out, by their initials: read once, at the first acronym a question has that they never write. */
  private acronyms(): Map<string, string[]> {
    this.acronymCache ??= acronymsIn(this.corpus.articles.map((a) => a.body));
    return this.acronymCache;
  }

  /** Every article with its passage count, newest first. */
  sources(): SourceSummary[] {
    if (!this.sourceCache) {
      const counts = new Map<string, number>();
      for (const p of this.corpus.passages) counts.set(p.articleId, (counts.get(p.articleId) ?? 0) + 1);
      this.sourceCache = [...this.corpus.articles]
        .sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title))
        .map((article) => ({ ...sourceOf(article), ...(article.wire ? { wire: article.wire } : {}), passages: counts.get(article.id) ?? 0 }));
    }
    return this.sourceCache;
  }

  /** Questions the corpus can answer, those sharing words with the asked question first. */
  suggestionsFor(question?: AnalysedQuestion, nearArticles: readonly string[] = []): string[] {
    const words = new Set(question?.concepts.flatMap((c) => c.variants.map((v) => v.term)) ?? []);
    const examples = this.examples();
    if (examples.length === 0) {
      // No topic files: point at the articles that came closest, or the newest ones.
      const ids = [...new Set(nearArticles)];
      const articles = ids.length ? ids.map((id) => this.articles.get(id)!).filter(Boolean) : this.sources();
      return articles.slice(0, SUGGESTIONS).map((a) => `Ask about “${a.title}”`);
    }
    return examples
      .map((e, i) => {
        let score = 0;
        for (const t of e.terms) if (words.has(t)) score++;
        return { text: e.text, i, score };
      })
      .sort((a, b) => b.score - a.score || a.i - b.i)
      .slice(0, SUGGESTIONS)
      .map((c) => c.text);
  }

  /**
   * Questions from the topic files, each with its terms, worked out once: each topic's own question first (so
   * suggestions span topics before repeating one), then examples, then aspect questions.
   */
  examples(): readonly { text: string; terms: ReadonlySet<string> }[] {
    this.exampleCache ??= [
      ...new Set([
        ...this.topics.flatMap((t) => (t.question ? [t.question] : [])),
        ...this.topics.flatMap((t) => t.examples ?? []),
        ...this.topics.flatMap((t) => (t.aspects ?? []).map((a) => a.question)),
      ]),
    ].map((text) => ({ text, terms: new Set(terms(text)) }));
    return this.exampleCache;
  }
}
