// Names of peoples: telling nationality words from other names, and joining a people to its adjective.
import { isSeatOfGovernment } from './aliases.js';
import { fold } from './text.js';

/**
 * Nationality words ("Turkish", "Russian", "Syrian", "European"): a question's "Russian soldiers" and a passage's
 * "Turkish soldiers" are other soldiers, while "Pazarkule border" may well be the "Greek border". Told by form
 * ("-ish", "-ian", "-ese"...) and, where the form does not tell, a list.
 */
export function isNationality(word: string): boolean {
  // "RUSSIAN", shouted, as "russian".
  if (/^\p{Lu}{3,}$/u.test(word)) return TYPED_LOWER.has(word.toLowerCase());
  return /^\p{Lu}\p{Ll}+(?:ish|ian|ean|ese|can)$/u.test(word) || OTHER_NATIONALITIES.has(word) || TYPED_LOWER.has(word);
}

// Questions typed in lower case ("how many russian soldiers…"): the endings would take "civilian" or "punish" for
// nationalities, so lower case counts only for these. ("polish" is left out: it is more often a verb.)
const TYPED_LOWER = new Set(
  `afghan albanian algerian american arab armenian australian austrian azerbaijani bahraini belgian british bulgarian
  canadian chinese croatian cypriot czech danish dutch egyptian emirati english european finnish french georgian german
  greek hungarian indian iranian iraqi irish israeli italian japanese jordanian kazakh kurdish kuwaiti lebanese libyan
  moroccan norwegian pakistani palestinian portuguese qatari romanian russian saudi serbian spanish swedish swiss
  syrian tunisian turkish turkmen ukrainian uzbek yemeni`.split(/\s+/),
);
/**
 * A country's name typed in lower case ("how many refugees are in lebanon"): a name all the same, so a corpus that never
 * mentions it does not answer the question with a neighbouring country.
 */
export function isCountryTypedLower(word: string): boolean {
  return /^\p{Ll}/u.test(word) && isCountry(word);
}

/** A country written by its initials, capitalised: "US", "UK" ("us" is the pronoun). */
export function isCountryInitials(word: string): boolean {
  return /^(?:US|USA|UK|U\.S\.|U\.K\.)$/.test(word);
}

/** A country, its people or its seat of government ("Turkey", "Turkish", "Ankara"): many words stand for it. */
export function standsForCountry(word: string): boolean {
  return isCountry(word) || isNationality(word) || isSeatOfGovernment(word);
}

/** A country's name, in any case: "Russia", "lebanon". */
export function isCountry(word: string): boolean {
  return COUNTRIES.has(fold(word));
}
// Countries written as one word, folded.
const COUNTRIES = new Set(
  `afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahrain bangladesh belarus
  belgium benin bhutan bolivia bosnia botswana brazil brunei bulgaria burundi cambodia cameroon canada chad chile china
  colombia croatia cuba cyprus czechia denmark djibouti ecuador egypt eritrea estonia ethiopia fiji finland france gabon
  gambia georgia germany ghana greece guatemala guinea haiti honduras hungary iceland india indonesia iran iraq ireland
  israel italy jamaica japan jordan kazakhstan kenya kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya
  lithuania luxembourg madagascar malawi malaysia mali malta mauritania mexico moldova monaco mongolia montenegro
  morocco mozambique myanmar namibia nepal netherlands nicaragua niger nigeria norway oman pakistan palestine panama
  paraguay peru philippines poland portugal qatar romania russia rwanda senegal serbia singapore slovakia slovenia
  somalia spain sudan sweden switzerland syria taiwan tajikistan tanzania thailand togo tunisia turkey turkmenistan
  uganda ukraine uruguay uzbekistan venezuela vietnam yemen zambia zimbabwe`.split(/\s+/),
);

// Endings alone would take names for nationalities ("Erdogan", "Rouhani"); these are listed instead.
const OTHER_NATIONALITIES = new Set(
  'Greek French Dutch Swiss Thai Czech Welsh Scots German Afghan Libyan Pakistani Iraqi Israeli Saudi Qatari Emirati Yemeni Kuwaiti Omani Bahraini Bangladeshi Somali Turkmen Uzbek Kazakh Tajik Filipino Argentine'.split(' '),
);

/**
 * A people and its adjective, folded: "Kurds" → kurdish, "Iraq" → iraqi, "Turkish" → turk (stemming keeps them
 * apart). Only for capitalised words, as names of peoples and places are written.
 */
/** A people named in the plural: "Russians", "Afghans", "Turks". */
export function isPeople(word: string): boolean {
  return (/^\p{Lu}\p{Ll}+s$/u.test(word) && isNationality(word.slice(0, -1))) || PEOPLES.has(word);
}
const PEOPLES = new Set(['Turks', 'Kurds', 'Arabs', 'Greeks', 'Iraqis', 'Israelis', 'Saudis', 'Yemenis', 'Pakistanis', 'Bangladeshis', 'Somalis']);

export function peopleAndAdjective(word: string): string[] {
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(word)) return [];
  const folded = fold(word);
  const root = folded.replace(/s$/, '');
  return [`${root}ish`, `${root}i`, `${root}ian`, root.replace(/(?:ish|i|ian)$/, '')].filter((f) => f !== folded && f.length >= 3);
}
