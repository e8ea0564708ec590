// "According to AFP…", "What does The Moscow Times say about…", "What did Jordan Shilton write…": a question that
// names an outlet, a wire service or an author asks about what that source reported. The name is metadata, not
// words to look for in the text, so it limits the answer to that source's articles instead.
import type { Article } from './article.js';
import { commonness } from './neighbours.js';
import { fold } from './text.js';

export interface SourceMention {
  /** The articles the name stands for. */
  articleIds: ReadonlySet<string>;
  /** Character range of the name in the question. */
  start: number;
  end: number;
}

/** Longest name looked for, in words ("World Socialist Web Site" has four). */
const MAX_NAME_WORDS = 6;
/** An outlet of more words than this is also named by its first this-many or more. */
const SHORT_NAME_WORDS = 2;
/** Words right after a source's name that are the source itself: its writer or its text. */
const SOURCE_ROLE = /^(?:columnist|writer|reporter|correspondent|journalist|editor|editorial|commentator|author|article|piece|column|op-ed|report|story)s?$/i;

interface Names {
  /** Folded names ("moscow times", "jordan shilton", "afp") → their articles. */
  folded: Map<string, Set<string>>;
  /** Names that count only as written: initials ("WSWS") and surnames ("Shilton"), which are also ordinary words. */
  exact: Map<string, Set<string>>;
  /** Outlets' first words ("world socialist"), which count only when the articles never use them themselves. */
  short: Map<string, Set<string>>;
  /** Whether the articles use a short name's words, found when a question first has them. */
  used: Map<string, boolean>;
}

const cache = new WeakMap<ReadonlyMap<string, Article>, Names>();

function namesOf(articles: ReadonlyMap<string, Article>): Names {
  let names = cache.get(articles);
  if (names) return names;
  names = { folded: new Map(), exact: new Map(), short: new Map(), used: new Map() };
  const add = (map: Map<string, Set<string>>, name: string, id: string) => {
    if (!name) return;
    const ids = map.get(name) ?? new Set<string>();
    map.set(name, ids.add(id));
  };
  for (const a of articles.values()) {
    const outlet = a.outlet.replace(/^the\s+/i, '');
    add(names.folded, fold(outlet), a.id);
    // …and by its first words, as people shorten it ("World Socialist" for the World Socialist Web Site).
    const parts = outlet.split(/\s+/);
    for (let n = SHORT_NAME_WORDS; n < parts.length; n++) add(names.short, fold(parts.slice(0, n).join(' ')), a.id);
    const words = outlet.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
    if (words.length >= 3) add(names.exact, words.map((w) => w[0]).join(''), a.id);
    if (a.wire) add(names.folded, fold(a.wire), a.id);
    if (a.author) {
      for (const author of a.author.split(/\s*(?:,|\band\b|&)\s*/)) {
        add(names.folded, fold(author), a.id);
        const surname = author.split(/\s+/).at(-1) ?? '';
        if (surname.length >= 4 && author.includes(' ')) add(names.exact, surname, a.id);
      }
    }
  }
  cache.set(articles, names);
  return names;
}

/** A short name of an outlet, unless the articles use its words themselves ("northwest Syria" is no Northwest Syria
 * Relief Network). Looked up when a question has the words, and remembered: a large corpus takes a moment to read. */
function shortName(names: Names, articles: ReadonlyMap<string, Article>, folded: string): Set<string> | undefined {
  const ids = names.short.get(folded);
  if (!ids) return undefined;
  let used = names.used.get(folded);
  if (used === undefined) {
    const phrase = new RegExp(String.raw`(?<![\p{L}\p{N}])${folded.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, String.raw`\s+`)}(?![\p{L}\p{N}])`, 'iu');
    used = [...articles.values()].some((a) => phrase.test(a.body) || phrase.test(a.title));
    names.used.set(folded, used);
  }
  return used ? undefined : ids;
}

/** Outlets, wire services and authors the question names, longest names first, never overlapping. */
export function sourceMentions(question: string, articles: ReadonlyMap<string, Article>): SourceMention[] {
  const names = namesOf(articles);
  const words = [...question.matchAll(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu)].map((m) => ({ text: m[0].replace(/[.'’-]+$/u, '').replace(/['’]s$/u, ''), start: m.index, end: m.index + m[0].length }));
  const found: SourceMention[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(MAX_NAME_WORDS, words.length - i); n >= 1; n--) {
      const run = words.slice(i, i + n);
      const text = run.map((w) => w.text).join(' ');
      // A one-word name counts only capitalised, as names are written ("AFP", "Reuters"; not "guardian"), but for
      // initials of four letters or more that are no English word, which chat types in lower case ("wsws").
      const initials = n === 1 && text.length >= 4 && commonness(fold(text)) === undefined ? names.exact.get(text.toUpperCase()) : undefined;
      if (n === 1 && !/^\p{Lu}/u.test(text) && !initials) continue;
      const ids = names.folded.get(fold(text)) ?? (n === 1 ? (names.exact.get(text) ?? initials) : shortName(names, articles, fold(text)));
      if (!ids) continue;
      // "The Bosphorus Ledger columnist", "the WSWS piece": the source's own writer or text, not another speaker.
      const next = words[i + n];
      const own = next && SOURCE_ROLE.test(next.text) ? next : run.at(-1)!;
      found.push({ articleIds: ids, start: run[0]!.start, end: own.end });
      i += n - 1 + (own === next ? 1 : 0);
      break;
    }
  }
  return found;
}

/** The question with the names blanked out, so the words of a name are not searched for in the text. */
export function withoutMentions(question: string, mentions: readonly SourceMention[]): string {
  let out = question;
  for (const m of mentions) out = out.slice(0, m.start) + ' '.repeat(m.end - m.start) + out.slice(m.end);
  return out;
}
