/**
 * Nationality words ("Turkish", "Russian", "Syrian", "European"): a question's "Russian soldiers" and a passage's
 * "Turkish soldiers" are other soldiers, while "Pazarkule border" may well be the "Greek border". Told by form
 * ("-ish", "-ian", "-ese"...) and, where the form does not tell, a list.
 */
export function isNationality(word: string): boolean {
  return /^\p{Lu}\p{Ll}+(?:ish|ian|ean|ese|can)$/u.test(word) || OTHER_NATIONALITIES.has(word);
}
// Endings alone would take names for nationalities ("Erdogan", "Rouhani"); these are listed instead.
const OTHER_NATIONALITIES = new Set(
  'Greek French Dutch Swiss Thai Czech Welsh Scots German Afghan Libyan Pakistani Iraqi Israeli Saudi Qatari Emirati Yemeni Kuwaiti Omani Bahraini Bangladeshi Somali Turkmen Uzbek Kazakh Tajik Filipino Argentine'.split(' '),
);
