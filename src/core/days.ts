// Days of the month as questions and articles name them: "on March 20", "the 27 February strike", or "on Thursday" in
// an article of Friday 20 March. A count asked for a day is answered only by a passage on that day.
import { MONTH, WEEKDAY } from './answer-type.js';

/** Days a question names by month and number ("on march 20", "the 27 February strike"), as [month's first three
 * letters, day]. */
export function daysNamed(text: string): [string, number][] {
  const out: [string, number][] = [];
  for (const m of text.matchAll(DAY_OF_MONTH)) {
    const month = (m[1] ?? m[4]!).slice(0, 3).toLowerCase();
    out.push([month, Number(m[2] ?? m[3])]);
  }
  return out;
}
/** Whether the text names that day: by month and number, or by a weekday, "today" or "yesterday" that falls on it in
 * the week up to the article's date ("on Thursday" in an article of Friday 20 March is 19 March). */
export function namesDay(text: string, [month, day]: [string, number], published: string): boolean {
  if (daysNamed(text).some(([m, d]) => m === month && d === day)) return true;
  const date = new Date(`${published}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return false;
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
const MONTHS_SHORT = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const RELATIVE_DAY = new RegExp(String.raw`\b(?:${WEEKDAY}|today|yesterday)\b`, 'gi');
const WRITTEN_DATE = new RegExp(
  String.raw`^(?:${WEEKDAY},?\s+)?(?:(${MONTH})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?|(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH})\.?,?)\s+(\d{4})$`,
  'i',
);
const DAY_OF_MONTH = new RegExp(String.raw`\b(${MONTH})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b|\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH})\b`, 'gi');
