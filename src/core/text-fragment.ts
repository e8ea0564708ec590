// Links to the exact sentence: a URL text fragment (`#:~:text=start,end`), which browsers scroll to and highlight.

/** Words a fragment takes from each end of a long sentence; enough to be unique, short enough to survive edits. */
const EDGE_WORDS = 5;

/** Percent-encodes for a text directive: the URL reserved set plus "-", "," and "&", which are its syntax. */
export function encodeFragmentText(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `url#:~:text=...` pointing at `sentence`; an existing fragment of the url is replaced. */
export function textFragmentLink(url: string, sentence: string): string {
  const words = sentence.replace(/\s+/g, ' ').trim().split(' ');
  const base = url.replace(/#.*$/, '');
  if (words.length <= EDGE_WORDS * 2) return `${base}#:~:text=${encodeFragmentText(words.join(' '))}`;
  const start = encodeFragmentText(words.slice(0, EDGE_WORDS).join(' '));
  const end = encodeFragmentText(words.slice(-EDGE_WORDS).join(' '));
  return `${base}#:~:text=${start},${end}`;
}
