// Who is speaking in a sentence, when the text says so: "Kremlin spokesman Dmitry Peskov said...",
// "...," said Yury Barmin, a Middle East analyst", "a Western diplomat told AFP", "according to monitors".

// Present-tense forms that double as plural nouns ("claims", "notes") are left out of the "<speaker> said" form.
// "As Josep Borrell put it, …" too.
const SAY = String.raw`(?:said|says|told|declared|warned|warns|added|wrote|stated|insisted|claimed|noted|urged|remarked|argued|stressed|explained|complained|put it(?=\s*[,:]))`;
const SAY_AFTER = String.raw`(?:${SAY}|replied|asked)`;
// Words that belong to a speaker's description although they are not capitalised.
const ROLE = String.raw`(?:a|an|the|of|for|von|van|der|de|al|bin|one|two|three|several|many|some|spokesman|spokeswoman|spokesperson|minister|president|diplomat|official|officials|analyst|analysts|chancellor|secretary|general|deputy|governor|source|sources|envoy|ambassador|commander|leader|leaders|ministry|ministers|monitors|experts|strategist|representative|senior|foreign|defence|defense|interior|prime|state|chief|head|director|adviser|advisor|aide|lawmaker|mp|senator|military|government|western|eu|un|us|police|army|security|border|intelligence|opposition|party|migrants|residents|witnesses|refugees|people|volunteers|activists|monitor|commissioner|commissioners|researcher|researchers|investigator|investigators|professor|doctor|doctors|surgeon|surgeons|nurse|nurses|physician|medic|medics|lawyer|lawyers|judge|prosecutor|prosecutors|inspector|mayor|journalist|journalists|editor|correspondent|reporter|colonel|coordinator|negotiator|economist|officer|officers|teacher|farmer|trader|shopkeeper|driver|worker|workers|rescuer|rescuers|survivor|survivors|resident|witness|author|founder|manager|commentator|columnist|historian|scholar|engineer|owner|pharmacist|mother|father)`;
// "Lt. Col. (ret.) Haluk Şenyüz": a retired officer's mark stands inside the name.
// "Hayat Tahrir al-Sham": an Arabic article joined to a capitalised name is part of it, as is a leading ʿayn ("ʿAlī").
const CAPITALISED = String.raw`(?:(?:al|el|ad|ash|as|an|ar|at|az|ud|ul)-)?[ʿʾ]?\p{Lu}`;
const NAMEWORD = String.raw`(?:${CAPITALISED}[\p{L}.'’-]*|\((?:ret|retd|rtd)\.?\)|${ROLE})`;
const PRONOUN = /^(?:he|she|they|it|we|i)$/i;

// "<speaker> said" — the closest run of name and role words before the verb.
// (A run starts at a word's start: not "Sham" of "al-Sham".)
const NAME_RUN = String.raw`((?<![\p{L}-]|\p{L}['’])(?:${NAMEWORD}\s+){0,8}${NAMEWORD})`;
// …past a clause or a place set between commas: "Presidential spokesman İbrahim Kalın, asked about the dispute, said…",
// "Mevlut Cavusoglu, who took part in the talks, said…", "Our correspondent Rana Haddad, near al-Nayrab, says…".
const CLAUSE = String.raw`(?:asked|speaking|writing|responding|reacting|pressed|interviewed|questioned|quoted|addressing|briefing|meeting|citing|visiting|backed|who|whose|which|while|when|after|before|during|near|in|at|from|on)\b`;
const ASIDE = String.raw`(?:,\s+${CLAUSE}[^,.;"”]{0,80},)`;
// …and past an appositive, kept as the speaker's description: "James Jeffrey, the US special representative for Syria,
// said…", "Meral Akşener, head of the İYİ Party, has said…"; not a participle ("Putin, signed on Thursday,"). A full
// stop stands inside it only after an initial ("the U.S. envoy").
const APPOSITIVE = String.raw`(?:(,\s+(?!${CLAUSE}|\p{Ll}+(?:ed|ing)\b|\d)(?:[^,.;"”]|(?<=\b\p{Lu})\.){2,100}),)`;
// …after an age, or the age alone: "Abu Yasser, 62, a farmer from the countryside, said…", "Omar Saleh, 62, said…".
const AGE = String.raw`(?:,\s+\d{1,3}(?=,))`;
const DESCRIBED = String.raw`${NAME_RUN}(?:${ASIDE}|${AGE}?${APPOSITIVE}|${AGE},)`;
const SAYING = String.raw`\s+(?:(?:has|have|had)\s+)?(?:(?:also|then|later|again|\p{Ll}+ly)\s+)?${SAY}\b`;
// Tried before "…, said <speaker>": in "Petrov, the base commander, said Russian aircraft…" the capitalised word after
// the verb is what he said, not who.
const BEFORE_DESCRIBED = new RegExp(DESCRIBED + SAYING, 'gu');
const BEFORE = new RegExp(NAME_RUN + SAYING, 'gu');
// "...," said <speaker>[, <appositive>]
const AFTER = new RegExp(String.raw`[,"”]\s*${SAY_AFTER}\s+((?:${NAMEWORD}\s+){0,7}${NAMEWORD})(,\s+(?:a|an|the)\s+[^,.;"”]{3,80})?`, 'gu');
// "…, a step criticised by the refugee agency UNHCR, which said…", "Mevlut Cavusoglu, who said…".
const RELATIVE = new RegExp(String.raw`${NAME_RUN},\s+(?:which|who)${SAYING}`, 'gu');
const PRONOUN_SAYS = new RegExp(String.raw`\b(he|she|they)\s+(?:(?:also|then|later|again)\s+)?${SAY}\b`, 'giu');
const ACCORDING = new RegExp(String.raw`according to\s+((?:${NAMEWORD}\s+){0,5}${NAMEWORD})`, 'gu');

/** Longer "sentences" are text nobody punctuated (a table, a run of initials): the name patterns below take time
 * quadratic in a run of capitalised words, 200 ms at 16,000 characters, and no speaker is looked for in them. */
const LONGEST_SENTENCE = 2_000;
// Most sentences report nobody; this cheap test spares them the patterns below.
const MAY_SPEAK = new RegExp(String.raw`\b(?:${SAY_AFTER}|according to|adding|saying)\b`, 'i');

/** The speaker a sentence names, or undefined; "he"/"she" are left to the caller to resolve. */
export function sentenceSpeaker(sentence: string): string | undefined {
  if (sentence.length > LONGEST_SENTENCE || !MAY_SPEAK.test(sentence)) return undefined;
  for (const m of sentence.matchAll(BEFORE_DESCRIBED)) {
    const name = tidy(m[1]!);
    // "…in the village of Ariha, a mile away, said Mona Saleh, a nurse": a run opening on "of" or "for" may end a
    // place or a thing; a name the verb is followed by, with its description, is then who spoke.
    if (name && /^(?:of|for)\s/.test(name)) {
      const described = speakerAfter(sentence, true);
      if (described) return described;
    }
    if (name) return m[2] ? `${name}${m[2]}` : name;
  }
  const after = speakerAfter(sentence, false);
  if (after) return after;
  for (const m of sentence.matchAll(RELATIVE)) {
    const name = tidy(m[1]!);
    if (name) return name;
  }
  for (const m of sentence.matchAll(BEFORE)) {
    const name = tidy(m[1]!);
    if (name) return name;
  }
  for (const m of sentence.matchAll(PRONOUN_SAYS)) return m[1]!.toLowerCase();
  for (const m of sentence.matchAll(ACCORDING)) {
    const name = tidy(m[1]!);
    if (name) return name;
  }
  // "Putin began the meeting by expressing his sorrow…, adding that Syrian forces had not been aware…": who adds
  // is who the sentence opens with.
  if (ADDING.test(sentence)) {
    const m = OPENING_SUBJECT.exec(sentence.replace(DATELINE, ''));
    const name = m && tidy(m[1]!);
    if (name && !PRONOUN.test(name)) return name;
  }
  return undefined;
}

/** The speaker of "…," said <name>[, <a description>]; only one with its description when `described`. */
function speakerAfter(sentence: string, described: boolean): string | undefined {
  for (const m of sentence.matchAll(AFTER)) {
    const name = tidy(m[1]!);
    if (name && (m[2] || !described)) return m[2] ? `${name}${m[2].replace(/\s+$/, '')}` : name;
  }
  return undefined;
}

// …and "Ghassan Salame resigns as UN envoy, saying his health…".
const ADDING = /,\s+(?:adding\s+that|saying)\b/i;
const OPENING_SUBJECT = new RegExp(String.raw`^\s*((?:${NAMEWORD}\s+){0,6}\p{Lu}[\p{L}'’-]*)\s+\p{Ll}`, 'u');

const STARTS_CAPITALISED = new RegExp(`^${CAPITALISED}`, 'u');

/** Trims leading function words and trailing role glue; a speaker must name someone, not only "the". */
function tidy(raw: string): string | undefined {
  const words = raw.trim().split(/\s+/);
  // A sentence-initial capital ("In", "But") is not part of a name.
  while (words.length && /^(?:in|but|and|on|at|as|when|while|after|before|meanwhile|however|also|then|so|yesterday|today|thursday|wednesday|friday|monday|tuesday|saturday|sunday)$/i.test(words[0]!)) words.shift();
  while (words.length && /^(?:a|an|the|of|for|at|and)$/i.test(words.at(-1)!)) words.pop();
  if (!words.length) return undefined;
  // The full stop that ends the sentence is not part of the name ("…," said Hanne Sørlie.); an initial's is ("Mike J.").
  words[words.length - 1] = words.at(-1)!.replace(/(\p{L}{3,})\.$/u, '$1');
  if (words.length === 1 && PRONOUN.test(words[0]!)) return words[0]!.toLowerCase();
  if (!words.some((w) => STARTS_CAPITALISED.test(w) || /^(?:diplomat|official|officials|analyst|analysts|monitors?|experts|sources?|spokes\w+|minister|ministers|ministry|residents|witnesses|activists)$/i.test(w))) return undefined;
  return words.join(' ');
}

/**
 * Speakers of consecutive sentences of one article: pronouns take the last named speaker, and a sentence
 * that is only a quotation continues the previous sentence's speaker. `paragraphs`: the paragraph of each sentence,
 * where a transcript's turn may end.
 */
export function speakersOf(sentences: readonly string[], paragraphs?: readonly number[]): (string | undefined)[] {
  const out: (string | undefined)[] = [];
  let lastNamed: string | undefined;
  let previous: string | undefined;
  // "Olga Vetrova, an analyst, saw it differently. '…,' she said.": she is the person the sentence before opens with.
  let subject: string | undefined;
  let inQuote = false;
  // A transcript gives each turn to the name in capitals before it ("PESKOV: …"), until the next label, or a paragraph
  // that is not in the speaker's voice (narration after the transcript). A label that opens one paragraph only is a
  // heading ("TOURISM: …"); "Q:", "QUESTION:", "UPDATE:" name nobody.
  const labels = sentences.map((sentence) => TURN.exec(sentence)?.[1]);
  const named = new Set(labels.filter((label, i) => label !== undefined && !NOT_A_SPEAKER.test(label) && labels.indexOf(label) !== i));
  let turn: string | undefined;
  for (const [i, sentence] of sentences.entries()) {
    const label = labels[i];
    if (label !== undefined) turn = named.has(label) ? titleCased(label) : undefined;
    else if (turn && paragraphs && paragraphs[i] !== paragraphs[i - 1] && !FIRST_PERSON.test(sentence)) turn = undefined;
    let speaker = label !== undefined ? turn : (sentenceSpeaker(sentence) ?? turn);
    if (speaker && PRONOUN.test(speaker)) speaker = subject ?? lastNamed;
    else if (speaker) lastNamed = speaker;
    // A quotation standing alone, over one sentence or several, continues the previous sentence's speaker, or its
    // subject: 'Gülşen Tekin defended her numbers. "Telephone respondents… Our question also…"'.
    const text = sentence.trim();
    const quoted = inQuote || /^["“]/.test(text);
    if (!speaker && quoted) speaker = previous ?? subject;
    if (((text.match(/["“”]/g) ?? []).length) % 2 === 1) inQuote = !inQuote;
    out.push(speaker);
    previous = speaker;
    // "Maḥmūd Qaddūr, 57, reopened his bakery. He bakes from 04:00. '…,' he said.": a sentence about the same person
    // ("He…") keeps them the subject.
    // "Kassab's cook, Rîm Haj Ömer, 33, prepares the lunch. '…,' she said.": a person introduced with an age is the
    // subject too, wherever the sentence names them.
    subject = speaker
      ? undefined
      : (openingName(sentence) ?? agedName(sentence) ?? (/^\s*(?:he|she)\b/i.test(sentence) ? subject : undefined));
  }
  return out;
}

/** The name in capitals that opens a transcript's turn: "PESKOV:", "AMBASSADOR JEFFREY:". */
const TURN = /^\s*(?:\*\*)?(\p{Lu}[\p{Lu}.'’-]*(?:\s+\p{Lu}[\p{Lu}.'’-]*){0,3}):/u;
const titleCased = (name: string) => name.toLowerCase().replace(/(^|[\s'’.-])(\p{L})/gu, (_m, before: string, letter: string) => before + letter.toUpperCase());
/** Labels of a transcript or a live page that name no one: the interviewer's, a heading's. */
const NOT_A_SPEAKER = /^(?:\p{Lu}|QUESTIONS?|ANSWER|UPDATED?|UPDATES|READ MORE|RELATED|SUBJECT|NOTE|EDITOR'?S NOTE|CORRECTION|BACKGROUND|WATCH|PHOTO|VIDEO|SOURCES?|BREAKING)$/u;
/** A paragraph that carries on a speaker's turn speaks as they do: "At the crossing we announced…". */
const FIRST_PERSON = /\b(?:I|I'm|I've|we|we're|we've|our|us|my)\b|^\s*["“]/i;

// Two to five capitalised words opening a sentence, then a comma or a lower-case word: "Olga Vetrova, a…", "Maj. Gen. Yuri Borenkov warned".
// Role words may stand inside: "The Communist deputy Igor Dedyukhin was the most sceptical voice."
const OPENING_NAME = new RegExp(String.raw`^\s*((?:${NAMEWORD}\s+){1,6}\p{Lu}[\p{L}'’-]*)(?=,|\s+\p{Ll})`, 'u');

/** What opens a live blog's entry or a wire story before its first sentence: "**20:15** —", "MOSCOW —". */
const DATELINE = /^\s*(?:\*\*[^*]{1,30}\*\*|\p{Lu}[\p{Lu}\s,.'’-]{1,40}|[\d:.]+)\s*[—–-]\s*/u;

/** A person named with their age anywhere in a sentence, as news introduces people: "Rîm Haj Ömer, 33,". */
const AGED_NAME = new RegExp(String.raw`((?:\p{Lu}[\p{L}'’-]*\s+){1,4}\p{Lu}[\p{L}'’-]*)${AGE},`, 'u');

/** The name a sentence opens with, as its subject, if it opens with one. */
const openingName = (sentence: string) => subjectName(OPENING_NAME, sentence);
/** The person a sentence introduces with an age, wherever it names them. */
const agedName = (sentence: string) => subjectName(AGED_NAME, sentence);

/** The name of two words or more `pattern` finds past the sentence's dateline, if any. */
function subjectName(pattern: RegExp, sentence: string): string | undefined {
  const m = pattern.exec(sentence.replace(DATELINE, ''));
  const name = m && tidy(m[1]!);
  return name && name.includes(' ') && !PRONOUN.test(name) ? name : undefined;
}

/** Verbs of saying, proposing and the like, in any form: what makes a sentence naming someone report their words. */
const SPEECH_VERB =
  /\b(?:sa(?:id|ys|y)|t(?:old|ell|ells)|declar|warn|add(?:ed|s)\b|wr(?:ote|ites)|stat(?:ed|es)\b|insist|claim|not(?:ed|es)\b|urg(?:ed|es|ing)|remark|argu|stress|explain|complain|announc|demand|propos|suggest|threat|promis|(?<!so-)call(?:ed|s|ing)|spoke\b|spoken|speaks?\b|accus|express|rais(?:ed|es|ing)|put it|ask(?:ed|s|ing)|repl|respond|tweet|welcom|condemn|critici|reject|den(?:ied|ies|y)|confirm|pledg|vow|appeal|emphasi|describ|predict|admit|acknowledg|(?<!^[\s"“‘'(]*)(?:in comments|in a statement))/i;

/** Where a sentence's first verb of saying (proposing, warning…) stands, or -1 when it reports no speech: who speaks
 * is named before it. */
export function speechVerbAt(sentence: string): number {
  return SPEECH_VERB.exec(sentence)?.index ?? -1;
}
