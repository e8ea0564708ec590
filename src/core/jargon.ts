// The war's jargon, as aid workers, soldiers and reporters type it ("how many IDPs", "did the SAA shell…", "VKS
// sorties"): acronyms that news copy spells out in plain words. Read as those words when the articles have neither the
// acronym nor a word the alias tables give for it (aliases.ts reads "NGO" as a charity, which an article may write;
// acronyms it reads in full, "MoD", "KIA", "WIA", "UAV", "FM", are left to it). Only the generic ones: the initials of a
// named organisation ("WFP", "OCHA") are looked for among the names the articles spell out (acronyms.ts), so one they
// never mention still finds nothing. A rewrite rather than alias rows: an acronym is matched as typed, in capitals, and
// its words ("Syrian army") are read as the question's own, each by itself.

/** Acronym → the words articles write for it. Matched as typed in capitals; those marked `lower` also typed all in lower
 * case, where the letters spell no English word or name ("saa" does not; "er", "pm", "dc", "tsk" and "Kia" do). */
const JARGON: readonly { acronym: string; words: string; lower?: true }[] = [
  { acronym: 'IDP', words: 'displaced people', lower: true },
  { acronym: 'SAA', words: 'Syrian army', lower: true },
  { acronym: 'TSK', words: 'Turkish army' },
  { acronym: 'TAF', words: 'Turkish army' },
  { acronym: 'VKS', words: 'Russian air force', lower: true },
  { acronym: 'RuAF', words: 'Russian air force' },
  { acronym: 'SyAAF', words: 'Syrian air force' },
  { acronym: 'MFA', words: 'foreign ministry' },
  { acronym: 'APC', words: 'armoured vehicles', lower: true },
  { acronym: 'MLRS', words: 'rocket launchers', lower: true },
  { acronym: 'ICU', words: 'intensive care', lower: true },
  { acronym: 'ER', words: 'emergency rooms' },
  { acronym: 'NGO', words: 'aid groups', lower: true },
  { acronym: 'HQ', words: 'headquarters', lower: true },
  { acronym: 'POW', words: 'prisoners of war' },
  { acronym: 'DC', words: 'Washington' },
];

const BY_ACRONYM = new Map(JARGON.map((j) => [j.acronym, j]));
const BY_LOWER = new Map(JARGON.filter((j) => j.lower).map((j) => [j.acronym.toLowerCase(), j]));
// A word, with a possessive after it ("SAA's"); "D.C." is the capital's usual spelling.
const WORD = /(?<![\p{L}\p{N}'’.-])(\p{L}{2,6})(?=(?:['’]s?)?(?![\p{L}\p{N}'’-]))|\bD\.C\./gu;

/** The entry for a word as typed, or for it without its plural "s" ("IDPs", "NGOS", "mlrs" is the MLRS itself). */
function entryOf(letters: string): (typeof JARGON)[number] | undefined {
  const exact = (typed: string) => BY_ACRONYM.get(typed) ?? (typed === typed.toLowerCase() ? BY_LOWER.get(typed) : undefined);
  return exact(letters) ?? (/s$/i.test(letters) ? exact(letters.slice(0, -1)) : undefined);
}

/**
 * The question with its jargon written out in the articles' words ("How many IDPs returned?" → "How many displaced
 * people returned?"), except where the articles have the acronym or a word for it (`written`).
 */
export function withoutJargon(question: string, written: (word: string) => boolean): string {
  return question.replace(WORD, (match: string, letters: string | undefined) => {
    const entry = letters === undefined ? BY_ACRONYM.get('DC') : entryOf(letters);
    return !entry || written(match) ? match : entry.words;
  });
}
