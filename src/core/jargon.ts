// The war's jargon, as aid workers, soldiers and reporters type it ("how many IDPs", "did the SAA shell…", "Turkish
// MoD claims"): acronyms that news copy spells out in plain words. Read as those words when the articles never write
// the acronym itself; an organisation's initials are left to the articles (see acronyms.ts), so a name they never
// mention still finds nothing.

/** Acronym → the words articles write for it. Matched as typed in capitals, or in any case where the letters spell no
 * English word or other abbreviation ("saa" does; "er", "pm" and "dc" do not). */
const JARGON: readonly { acronym: string; words: string; anyCase?: true }[] = [
  { acronym: 'IDP', words: 'displaced people', anyCase: true },
  { acronym: 'SAA', words: 'Syrian army', anyCase: true },
  { acronym: 'TSK', words: 'Turkish army', anyCase: true },
  { acronym: 'TAF', words: 'Turkish army' },
  { acronym: 'VKS', words: 'Russian air force', anyCase: true },
  { acronym: 'RuAF', words: 'Russian air force' },
  { acronym: 'SyAAF', words: 'Syrian air force' },
  { acronym: 'MoD', words: 'defence ministry' },
  { acronym: 'MOD', words: 'defence ministry' },
  { acronym: 'MFA', words: 'foreign ministry' },
  { acronym: 'KIA', words: 'killed', anyCase: true },
  { acronym: 'WIA', words: 'wounded', anyCase: true },
  { acronym: 'APC', words: 'armoured vehicles', anyCase: true },
  { acronym: 'UAV', words: 'drones', anyCase: true },
  { acronym: 'MLRS', words: 'rocket launchers', anyCase: true },
  { acronym: 'ICU', words: 'intensive care', anyCase: true },
  { acronym: 'ER', words: 'emergency rooms' },
  { acronym: 'NGO', words: 'aid groups', anyCase: true },
  { acronym: 'HQ', words: 'headquarters', anyCase: true },
  { acronym: 'POW', words: 'prisoners of war' },
  { acronym: 'FM', words: 'foreign minister' },
  { acronym: 'DC', words: 'Washington' },
];

const BY_ACRONYM = new Map(JARGON.map((j) => [j.acronym, j]));
const BY_LOWER = new Map(JARGON.filter((j) => j.anyCase).map((j) => [j.acronym.toLowerCase(), j]));
// A word with its plural "s" ("IDPs", "APCs"); "D.C." is the capital's usual spelling.
const WORD = /(?<![\p{L}\p{N}'’.-])(\p{L}{2,5}?)(s?)(?![\p{L}\p{N}'’-])|\bD\.C\./gu;

/**
 * The question with its jargon written out in the articles' words ("How many IDPs returned?" → "How many displaced
 * people returned?"), except acronyms the articles themselves write (`written`: whether they have a word).
 */
export function withoutJargon(question: string, written: (word: string) => boolean): string {
  return question.replace(WORD, (match: string, letters: string | undefined) => {
    const entry = letters === undefined ? BY_ACRONYM.get('DC') : (BY_ACRONYM.get(letters) ?? BY_LOWER.get(letters.toLowerCase()));
    return !entry || written(match) ? match : entry.words;
  });
}
