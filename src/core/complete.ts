// Completions for what a user is typing: their own text first, then questions the corpus can answer that
// share its words, then their text with its last word completed from the corpus's vocabulary.
import { clip } from './clip.js';
import type { Engine } from './engine.js';
import { fold, terms } from './text.js';

/** Discord's limits for autocomplete: 25 choices of at most 100 characters. */
export const MAX_COMPLETIONS = 25;
export const MAX_COMPLETION_CHARS = 100;

export function complete(engine: Engine, typed: string, limit = MAX_COMPLETIONS): string[] {
  const text = typed.replace(/\s+/g, ' ').trim();
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (choice: string) => {
    const clipped = clip(choice, MAX_COMPLETION_CHARS);
    const key = clipped.toLowerCase();
    if (!clipped || seen.has(key) || out.length >= limit) return;
    seen.add(key);
    out.push(clipped);
  };
  add(text);

  const questions = engine.examples();
  const lastWord = fold(text.split(' ').at(-1) ?? '');
  const typedTerms = new Set(terms(text));
  if (!text) for (const q of questions) add(q.text);
  else {
    const typing = lastWord.length >= 2 ? new RegExp(`\\b${escapeRegExp(lastWord)}`) : undefined;
    const scored = questions
      .map((q, i) => {
        let score = 0;
        for (const t of q.terms) if (typedTerms.has(t)) score++;
        // The word being typed counts when a question has a word starting with it.
        if (typing?.test(fold(q.text))) score += 0.5;
        return { q: q.text, i, score };
      })
      .filter((s) => s.score > 0)
      .sort((a, b) => b.score - a.score || a.i - b.i);
    for (const { q } of scored.slice(0, 12)) add(q);
  }

  if (lastWord.length >= 2) {
    const head = text.slice(0, text.length - (text.split(' ').at(-1)?.length ?? 0));
    const words = [...engine.index.surface.atPrefix(lastWord)]
      .filter(([word]) => word !== lastWord)
      .sort((a, b) => b[1].count - a[1].count)
      .slice(0, 8);
    for (const [word] of words) add(`${head}${word}`);
  }
  return out;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
