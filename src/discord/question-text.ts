// What a question typed in Discord asks, without the markup Discord wraps around words: custom emoji, mentions,
// timestamps and emoji shortcodes carry no words of the question, and would otherwise count as words the articles
// lack (so "when does the ceasefire start <:pepe:123…>" was refused as off-topic). Markdown stays: the engine reads
// past punctuation, and the question echoed in the reply shows it escaped.

/** `<:name:id>` and animated `<a:name:id>` custom emoji; `:name:` shortcodes a client left unconverted. */
const CUSTOM_EMOJI = /<a?:[\w~-]{2,32}:\d{5,20}>/g;
const SHORTCODE = /(?<![\p{L}\p{N}_:])(?::[a-z0-9_+-]{2,32}:)+(?![\p{L}\p{N}_:])/giu;
/** User, role and channel mentions (`<@id>`, `<@!id>`, `<@&id>`, `<#id>`) and slash-command mentions (`</ask:id>`). */
const MENTION = /<(?:@[!&]?|#)\d{5,20}>|<\/[\w -]{1,32}:\d{5,20}>/g;
/** `<t:1583366400>` or `<t:1583366400:D>`: a moment, written out as its date in UTC (Discord shows each reader their
 * own time zone's, which the bot does not know); a moment outside 1900-2100 is dropped. */
const TIMESTAMP = /<t:(-?\d{1,13})(?::[tTdDfFR])?>/g;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The question in a message or a command option: mentions (the bot's too) and the markup above removed, spaces collapsed. */
export function questionText(content: string): string {
  return content
    .replace(TIMESTAMP, (_, seconds: string) => {
      const d = new Date(Number(seconds) * 1000);
      const year = d.getUTCFullYear();
      return Number.isNaN(year) || year < 1900 || year > 2100 ? ' ' : ` ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${year} `;
    })
    .replace(CUSTOM_EMOJI, ' ')
    .replace(MENTION, ' ')
    .replace(SHORTCODE, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
