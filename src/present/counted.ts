// "1 article", "3 articles": a count with its noun, for messages in every front door.

/** The count and its noun, plural unless the count is one (nouns here take a plain -s). */
export function counted(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
