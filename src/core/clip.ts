// Shortening text for a length limit, visibly, at a word boundary, never splitting a character.

/** Cuts `text` to at most `max` UTF-16 units, ending with "…"; prefers a word boundary in the second half. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  // A high surrogate alone at the end would be half an emoji.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${atWord.length > max / 2 ? atWord : cut}…`;
}
