// The engine every front door (terminal, Discord) calls: one immutable corpus with its index.
// Reload builds a new Engine and swaps the reference, so a failed reload never touches this one.
import type { Article } from './article.js';
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
      { index: this.index, passages: this.corpus.passages, articles: this.articles, suggestionsFor: (q) => this.suggestionsFor(q) },
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
      const passage = this.corpus.passages.find((p) => p.articleId === pin.article && p.text.includes(pin.contains));
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
      };
      return [decorate(out, passage, index)];
    });
    const rest = answer.passages.filter((p) => !pinned.some((q) => q.id === p.id));
    const top = options.top ?? Math.max(answer.passages.length, pinned.length);
    const { reason: _reason, message: _message, suggestions: _suggestions, ...kept } = answer;
    return { ...kept, question, answered: true, passages: [...pinned, ...rest].slice(0, Math.max(top, pinned.length)) };
  }

  /** Every article with its passage count, newest first. */
  sources(): SourceSummary[] {
    return [...this.corpus.articles]
      .sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title))
      .map((article) => ({
        ...sourceOf(article),
        ...(article.wire ? { wire: article.wire } : {}),
        passages: this.corpus.passages.filter((p) => p.articleId === article.id).length,
      }));
  }

  /** Questions the corpus can answer, those sharing words with the asked question first. */
  suggestionsFor(question?: AnalysedQuestion): string[] {
    const candidates = this.exampleQuestions();
    const words = new Set(question?.concepts.flatMap((c) => c.variants.map((v) => v.term)) ?? []);
    return candidates
      .map((q, i) => ({ q, i, score: terms(q).filter((t) => words.has(t)).length }))
      .sort((a, b) => b.score - a.score || a.i - b.i)
      .slice(0, SUGGESTIONS)
      .map((c) => c.q);
  }

  /** Example questions: from topic files, or from article titles when the corpus has no topics. */
  exampleQuestions(): string[] {
    // Each topic's own question first, so suggestions span topics before repeating one.
    const topics = this.corpus.topics;
    const fromTopics = [...topics.flatMap((t) => (t.question ? [t.question] : [])), ...topics.flatMap((t) => t.examples ?? [])];
    if (fromTopics.length) return [...new Set(fromTopics)];
    return this.corpus.articles.map((a) => a.title);
  }
}
