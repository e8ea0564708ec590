// "What is Idlib?", "who is Peskov?": questions asking what a named thing or person is are answered by a sentence that
// describes it ("Idlib, the northwestern province of Syria", "Kremlin spokesman Dmitry Peskov"), not by one that only
// mentions it ("a Middle East analyst at the Russian International Affairs Council").
import { tokenize, type Token } from './text.js';

/** "what is (the) X", "who's X", "what was X": X, a few words naming something, or undefined. */
const WHAT_IS = /^\s*(?:(?:so|ok|okay|and|but|hey|bot)\W+)?(?:what|who)(?:'s|’s|\s+is|\s+are|\s+was|\s+were)\s+(?:the\s+|an?\s+)?([^?.!,]{1,40}?)\s*[?.!]*\s*$/i;
/** Words that make X a question about something else ("what is the death toll of…", "who is blamed"). */
const NOT_A_NAME = /\b(?:of|on|in|for|about|with|to|from|by|behind|after|before|blamed|accused|responsible|going|doing|saying|says|said|happening|next|latest|new|current|biggest|main|number|toll|vote|population|deal with|difference)\b/i;

export function definedSubject(question: string): string | undefined {
  const m = WHAT_IS.exec(question);
  if (!m) return undefined;
  const subject = m[1]!.trim();
  if (NOT_A_NAME.test(subject) || subject.split(/\s+/).length > 4) return undefined;
  return subject;
}

// Around the subject's words in a sentence: what makes the mention a description.
const APPOSITIVE_AFTER = /^[*_"”’']*\s*(?:,|—|–)\s*(?:the|a|an|which|who|whose|where|once|one of|home to)\s|^\s*\(/i;
// …or a role without an article, as news writes it: "Rami Khoury, director of the Levant Strategic Forum".
const ROLE_AFTER =
  /^[*_"”’']*\s*,\s*(?:(?:senior|former|deputy|acting|regional|local|retired|lead|associate|assistant|executive|managing|general|chief|head)\s+)*(?:director|head|chief|spokes(?:man|woman|person)|president|chairman|chairwoman|chair|founder|editor|professor|lecturer|researcher|analyst|fellow|commander|minister|secretary|governor|mayor|member|leader|author|expert|correspondent|ambassador|envoy|coordinator|manager|owner|adviser|advisor|economist|strategist)\b/i;
// A glossary's entry: the term opens the line, a dash or colon after it ("**M5** — The north-south highway…").
const ENTRY_BEFORE = /^[\s*_#"“]*$/;
const ENTRY_AFTER = /^[*_"”’']*\s*(?:—|–|:|-)\s+\S/;
const COPULA_AFTER = /^\s+(?:is|was|are|were)\s+(?:a|an|the|one|now)\b/i;
// Verbs and function words: "Peskov said", "Idlib and" describe nothing.
const NOT_DESCRIBING = /^(?:is|was|are|were|has|have|had|will|would|could|can|may|might|must|said|says|told|tells|added|warned|did|does|do|and|or|but|to|in|on|at|of|for|with|from|by|as|that|which|who|since|after|before|over|into)$/;
const NOUN_AFTER = /^[\s-]+(\p{Ll}[\p{Ll}-]{2,})/u;
const DESCRIBED_BEFORE = /(?:^|[\s"“(])(\p{Ll}[\p{Ll}-]{2,})\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;
// "named …", and the name a person gives or goes by: "a commander who gave his name only as Abu Khaled".
const NAMED_BEFORE = /\b(?:named|called|dubbed|known as|codenamed|(?:gave|giving|gives) (?:his|her|their) (?:first |full )?names? (?:only )?as|identified (?:only |himself |herself )?as|goes by|went by)\s+["“]?$|\b\p{Ll}{3,}\s+of\s+(?:the\s+)?$/iu;
// "Kremlin spokesman Dmitry Peskov": the name after a role says who holds it; "Sadun, 54, …" gives an age.
const NAME_OR_AGE_AFTER = /^\s+\p{Lu}\p{Ll}|^\s*,\s*\d{1,3}\s*,/u;
const ARTICLES_AND_PREPOSITIONS = /^(?:the|and|or|but|of|in|at|to|on|for|with|from|by|as|into|over|near|than|that|its|their|his|her|our|this|these|those)$/;

/**
 * Whether `sentence` describes the subject, given as runs of its words (the whole, its names alone…), each word as the
 * terms it may take: a run's words stand together, with an appositive or "is a…" after them, a common noun right
 * after ("the M4 highway"), a describing word right before ("spokesman Dmitry Peskov", "the east-west M4"), or
 * "named …" before.
 */
export function describes(sentence: string, runs: readonly (readonly ReadonlySet<string>[])[]): boolean {
  const words = tokenize(sentence).filter((t) => t.term);
  return runs.some((run) => run.length > 0 && words.some((_word, i) => describedAt(sentence, words, i, run)));
}

/** Whether the run of words starts at token `i` of the sentence, and is described there. */
function describedAt(sentence: string, words: readonly Token[], i: number, run: readonly ReadonlySet<string>[]): boolean {
  // Each word of the run takes one token or more ("al-Karim" is al, karim, alkarim).
  let end = i;
  for (const terms of run) {
    if (end >= words.length || !terms.has(words[end]!.term!)) return false;
    while (end < words.length && terms.has(words[end]!.term!)) end++;
  }
  const before = sentence.slice(0, words[i]!.start);
  const after = sentence.slice(words[end - 1]!.end);
  if ((ENTRY_BEFORE.test(before) && ENTRY_AFTER.test(after)) || APPOSITIVE_AFTER.test(after) || ROLE_AFTER.test(after) || COPULA_AFTER.test(after) || NAME_OR_AGE_AFTER.test(after) || NAMED_BEFORE.test(before)) return true;
  const next = NOUN_AFTER.exec(after)?.[1];
  if (next && !NOT_DESCRIBING.test(next) && !/(?:ed|ing|ly)$/.test(next)) return true;
  const previous = DESCRIBED_BEFORE.exec(before)?.[1];
  return previous !== undefined && !ARTICLES_AND_PREPOSITIONS.test(previous) && !NOT_DESCRIBING.test(previous);
}
