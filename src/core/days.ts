// Days of the month as questions and articles name them: "on March 20", "the 27 February strike", or "on Thursday" in
// an article of Friday 20 March. A count asked for a day is answered only by a passage on that day.
import { MONTH, WEEKDAY } from './answer-type.js';

/** Days a text names by month and number ("on march 20", "the 27 February strike"), as [month's first three letters,
 * day]. */
export function daysNamed(text: string): [string, number][] {
  return [...text.matchAll(DAY_OF_MONTH)].map(dayOf);
}
/** A day a question asks about, and whether it names an event ("since the March 6 ceasefire", "the Feb 27 strike"),
 * which a passage must name, rather than when something happened ("the BIST 100 on March 6", "CDS Feb 28"). */
export interface AskedDay {
  day: [string, number];
  namesEvent: boolean;
}
/**
 * The days a question asks about: those it names, less those that only place what is asked ("in the week before the
 * 9 April briefing", "between 20 February and 15 March") and the day a report it names came out ("the WSWS report of
 * 6 March", "its 6 March 2020 piece").
 */
export function daysAsked(question: string): AskedDay[] {
  const before = (m: RegExpMatchArray, chars: number) => question.slice(Math.max(0, m.index! - chars), m.index);
  return [...question.matchAll(DAY_OF_MONTH)]
    .filter((m) => !PLACING.test(before(m, 40)) && !PUBLISHED_BEFORE.test(before(m, 40)))
    .filter((m) => !PUBLISHED_AFTER.test(question.slice(m.index + m[0].length, m.index + m[0].length + 30)))
    .map((m) => ({ day: dayOf(m), namesEvent: EVENT_BEFORE.test(before(m, 10)) }));
}
const EVENT_BEFORE = /\bthe\s+$|['’]s\s+$/i;
const dayOf = (m: RegExpMatchArray): [string, number] => [(m[1] ?? m[4]!).slice(0, 3).toLowerCase(), Number(m[2] ?? m[3])];
const PLACING = /\b(?:before|ahead of|prior to|between)\s+(?:the\s+)?(?:\p{L}+\s+)?$|\bbetween\s+(?:the\s+)?\S+\s+\S+(?:\s+\d{4})?\s+and\s+(?:the\s+)?$/iu;
const REPORT = String.raw`(?:report|article|piece|story|edition|coverage|column|op-ed|editorial|analysis|dispatch|interview|bulletin)s?`;
const PUBLISHED_AFTER = new RegExp(String.raw`^,?\s*(?:\d{4}\s+)?(?:\p{L}+\s+){0,2}${REPORT}\b`, 'iu');
// A source the question names is blanked out before this is read: "the WSWS report of 6 March" reads "the      of 6 March".
const PUBLISHED_BEFORE = new RegExp(String.raw`(?:\b${REPORT}|\s{2})\s+(?:of|from|on|dated|published(?:\s+on)?)\s+(?:the\s+)?$`, 'iu');

/** When an article's own day counts for a day the text does not name: never; always ("what did Aktas say on 3 March" is
 * answered by the 3 March article's "Aktas said"); or when the text names no day at all (a passage of that day's
 * article naming no day reports that day's events). */
export type OwnDay = 'never' | 'always' | 'unless-another';

/** Whether the text names that day: by month and number, or by a weekday, "today" or "yesterday" that falls on it in
 * the week up to the article's date ("on Thursday" in an article of Friday 20 March is 19 March), or by being of the
 * article's own day, as `ownDay` allows. */
export function namesDay(text: string, [month, day]: [string, number], published: string, ownDay: OwnDay = 'never'): boolean {
  const named = daysNamed(text);
  if (named.some(([m, d]) => m === month && d === day)) return true;
  const date = new Date(`${published}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return false;
  const isOwnDay = date.getUTCDate() === day && MONTHS_SHORT[date.getUTCMonth()] === month;
  if (isOwnDay && (ownDay === 'always' || (ownDay === 'unless-another' && named.length === 0 && !RELATIVE_DAY_TEST.test(text)))) return true;
  for (const m of text.matchAll(RELATIVE_DAY)) {
    const word = m[0].toLowerCase();
    const back = word === 'today' ? 0 : word === 'yesterday' ? 1 : (date.getUTCDay() - WEEKDAYS.indexOf(word) + 7) % 7;
    const then = new Date(date.getTime() - back * 86_400_000);
    if (then.getUTCDate() === day && MONTHS_SHORT[then.getUTCMonth()] === month) return true;
  }
  return false;
}
/** Whether a passage says "this month" of the month named ("in February": "this month" in an article of 24 February). */
export function namesMonthAsThisMonth(text: string, month: string, published: string): boolean {
  const at = monthIndex(month);
  return at >= 0 && THIS_MONTH.test(text) && Number(published.slice(5, 7)) === at + 1;
}
/** "Since the push started in December 2019": whether a passage of an article published on `published` names that
 * month without a year ("since December"), meaning the one nearest its date — within six months of it ("March 2019"
 * is not the "March" of an article of February 2020, nor is "December 2017" written out any December but its own). */
export function namesMonthOfYear(text: string, published: string, month: string, year: number): boolean {
  const at = monthIndex(month);
  if (at < 0 || Math.abs(year * 12 + at - (Number(published.slice(0, 4)) * 12 + Number(published.slice(5, 7)) - 1)) >= 6) return false;
  return new RegExp(String.raw`\b${MONTHS[at]}\b(?!\s*,?\s*\d{4})`).test(text);
}
/**
 * A date as a byline writes it ("March 5, 2020", "5 March 2020", "Thursday, Mar. 5, 2020") as YYYY-MM-DD; undefined for
 * anything else, a date in figures only ("03/05/2020") among them: which is the month depends on the country.
 */
export function writtenDate(text: string): string | undefined {
  const m = WRITTEN_DATE.exec(text.trim());
  if (!m) return undefined;
  const [month, day] = m[1] ? [m[1], m[2]!] : [m[4]!, m[3]!];
  return `${m[5]}-${String(monthIndex(month) + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
}
const monthIndex = (name: string) => MONTHS_SHORT.indexOf(name.slice(0, 3).toLowerCase());
const THIS_MONTH = /\bthis month\b/i;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_SHORT = MONTHS.map((m) => m.slice(0, 3).toLowerCase());
const RELATIVE_DAY = new RegExp(String.raw`\b(?:${WEEKDAY}|today|yesterday)\b`, 'gi');
const RELATIVE_DAY_TEST = new RegExp(RELATIVE_DAY.source, 'i');
const WRITTEN_DATE = new RegExp(
  String.raw`^(?:${WEEKDAY},?\s+)?(?:(${MONTH})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?|(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH})\.?,?)\s+(\d{4})$`,
  'i',
);
const DAY_OF_MONTH = new RegExp(String.raw`\b(${MONTH})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b|\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH})\b`, 'gi');
