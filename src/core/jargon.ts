// The war's jargon, as aid workers, soldiers, traders and reporters type it ("how many IDPs", "did the SAA shell…",
// "VKS sorties", "TU OPs", "CBRT cut bps"): acronyms and shorthand that news copy spells out in plain words. Read as
// those words when the articles have neither the acronym nor a word the alias tables give for it (aliases.ts reads
// "NGO" as a charity, which an article may write; acronyms it reads in full, "MoD", "KIA", "WIA", "UAV", "FM", are left
// to it). Only the generic ones: the initials of a named organisation ("WFP", "OCHA") are looked for among the names
// the articles spell out (acronyms.ts), so one they never mention still finds nothing. A rewrite rather than alias
// rows: an acronym is matched as typed, in capitals, and its words ("Syrian army") are read as the question's own, each
// by itself.

interface Jargon {
  acronym: string;
  words: string;
  plural?: string;
  lower?: true;
  own?: true;
  always?: true;
  /** Read so only in the plural or after text this matches ("TU OPs", "Morek OP")… */
  after?: RegExp;
  /** …or not after / before text these match ("Heyet Tahrir el-Şam", "Gen Z"). */
  notAfter?: RegExp;
  notBefore?: RegExp;
}

/** Acronym → the words articles write for it. Matched as typed in capitals; those marked `lower` also typed all in lower
 * case, where the letters spell no English word or name ("saa" does not; "er", "pm", "dc", "tsk" and "Kia" do). An
 * entry typed in lower case is matched only so ("retd", "bn"). `own`: the alias tables read the letters as another word
 * ("OP" is no "op"eration), so only the acronym itself in the articles keeps it as typed. `always`: read so whatever
 * the articles write ("Şam" folds to the name "Sam", "TRY" to "try"). */
const JARGON: readonly Jargon[] = [
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
  // Country codes, as military and market shorthand writes them ("TU OPs", "TR 5y CDS", "joint TR/RU patrols").
  { acronym: 'TU', words: 'Turkish' },
  { acronym: 'TUR', words: 'Turkish' },
  { acronym: 'TR', words: 'Turkish' },
  { acronym: 'RU', words: 'Russian' },
  { acronym: 'RUS', words: 'Russian' },
  { acronym: 'RF', words: 'Russian' },
  { acronym: 'SYR', words: 'Syrian' },
  { acronym: 'GR', words: 'Greek' },
  // Soldiers' shorthand.
  // (Not "OP" alone after an article or at the start: on Discord that is the original poster. "Morek OP", "TU OPs" are
  // posts.)
  { acronym: 'OP', words: 'observation post', plural: 'observation posts', own: true, after: /\p{Lu}[\p{L}-]*\s+$/u },
  { acronym: 'MSR', words: 'main road', plural: 'main roads', lower: true },
  { acronym: 'AO', words: 'area' },
  { acronym: 'CAS', words: 'air strikes' },
  { acronym: 'ISR', words: 'surveillance' },
  { acronym: 'RoE', words: 'rules of engagement' },
  { acronym: 'ROE', words: 'rules of engagement' },
  { acronym: 'QRF', words: 'reinforcements' },
  { acronym: 'IED', words: 'roadside bomb', plural: 'roadside bombs', lower: true },
  { acronym: 'VBIED', words: 'car bomb', plural: 'car bombs', lower: true },
  { acronym: 'ATGM', words: 'anti-tank missiles', lower: true },
  { acronym: 'MANPADS', words: 'anti-aircraft missiles', lower: true },
  { acronym: 'SAM', words: 'air defence missiles' },
  { acronym: 'Gen', words: 'General', notBefore: /^[\s-]\p{Lu}\b/u },
  { acronym: 'Maj', words: 'Major' },
  { acronym: 'Brig', words: 'Brigadier' },
  { acronym: 'Capt', words: 'Captain' },
  { acronym: 'Cdr', words: 'Commander' },
  { acronym: 'retd', words: 'retired' },
  // A report of the situation asks for nothing more than the question does ("need it for the SITREP").
  { acronym: 'SITREP', words: 'report', lower: true },
  // Damascus as Turkish writes it: with its cedilla the word is no one's name ("Sam" is, so aliases.ts reads that only
  // loosely).
  { acronym: 'Şam', words: 'Damascus', lower: true, always: true, notAfter: /\b(?:el|al|ve|wa)[\s-]$/i },
  // Traders' shorthand: currencies by their codes, the central bank, basis points, millions and billions.
  { acronym: 'TRY', words: 'lira', always: true },
  { acronym: 'USD', words: 'dollar', lower: true },
  { acronym: 'RUB', words: 'rouble', always: true },
  { acronym: 'EUR', words: 'euro', lower: true },
  { acronym: 'CBRT', words: 'central bank', lower: true },
  { acronym: 'CDS', words: 'credit default swaps' },
  { acronym: 'FX', words: 'currency', lower: true },
  { acronym: 'bp', words: 'basis points' },
  { acronym: 'bps', words: 'basis points' },
  { acronym: 'mn', words: 'million' },
  { acronym: 'mln', words: 'million' },
  { acronym: 'bn', words: 'billion' },
  { acronym: 'bln', words: 'billion' },
];

const BY_ACRONYM = new Map(JARGON.map((j) => [j.acronym, j]));
const BY_LOWER = new Map(JARGON.filter((j) => j.lower).map((j) => [j.acronym.toLowerCase(), j]));
// A word, with a possessive after it ("SAA's") or joined by a hyphen to another in capitals ("TU-RU ties", not
// "Mar-a-Lago", "TU-154" or "el-Şam"); "D.C." is the capital's usual spelling.
const WORD = /(?<![\p{L}\p{N}'’.])(?<![\p{Ll}\p{N}'’.]-)(\p{L}{2,7})(?=(?:['’]s?)?(?![\p{L}\p{N}'’]|-(?!\p{Lu})))|\bD\.C\./gu;

/** The entry for a word as typed, or for it without its plural "s" ("IDPs", "NGOS", "mlrs" is the MLRS itself). */
function entryOf(letters: string): { entry: Jargon; plural: boolean } | undefined {
  const exact = (typed: string) => BY_ACRONYM.get(typed) ?? (typed === typed.toLowerCase() ? BY_LOWER.get(typed) : undefined);
  const single = exact(letters);
  if (single) return { entry: single, plural: false };
  const plural = /s$/i.test(letters) ? exact(letters.slice(0, -1)) : undefined;
  return plural && { entry: plural, plural: true };
}

/**
 * The question with its jargon written out in the articles' words ("How many IDPs returned?" → "How many displaced
 * people returned?"), except where the articles have the acronym or a word for it (`written`).
 */
export function withoutJargon(question: string, written: (word: string, own?: boolean) => boolean): string {
  // A message typed all in capitals shouts its words ("CAN YOU TRY AGAIN"): only its plain acronyms are read.
  const shouted = !/\p{Ll}/u.test(question);
  return question.replace(WORD, (match: string, letters: string | undefined, at: number) => {
    const found = letters === undefined ? { entry: BY_ACRONYM.get('DC')!, plural: false } : entryOf(letters);
    if (!found) return match;
    const { entry, plural } = found;
    if (shouted && (entry.always || entry.own)) return match;
    const before = question.slice(0, at);
    if ((entry.after && !plural && !entry.after.test(before)) || entry.notAfter?.test(before) || entry.notBefore?.test(question.slice(at + match.length))) return match;
    if (!entry.always && written(match, entry.own)) return match;
    return plural ? (entry.plural ?? entry.words) : entry.words;
  });
}
