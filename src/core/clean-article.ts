// Turns an article pasted as plain text or Markdown into a corpus body: boilerplate lines out (photo
// credits, related links, share and contact footers), paragraphs the source split mid-sentence joined,
// everything else verbatim.

export interface CleanedArticle {
  title?: string;
  author?: string;
  url?: string;
  body: string;
  /** Lines taken out of the body, so the admin can check nothing of the article went with them. */
  removed: string[];
}

const BOILERPLATE: readonly RegExp[] = [
  /^\**\s*related( article| story| stories)?\s*:?/i,
  /^\**\s*(read|see) (more|also)\b/i,
  /^original url:?\s*$/i,
  /^<?https?:\/\/\S+>?$/i,
  /^\[[^\]]*\]\([^)]*\)$/,
  /^to contact\b/i,
  /^(share|follow us|subscribe|sign up|click here|advertisement)\b/i,
  /^(©|copyright\b)/i,
  /^(photo|image|picture|credit)s?\s*(:|by\b)/i,
  // A caption that ends with a bold credit: "... **Mikhail Metzel / TASS**"
  /\*\*[^*]+\/\s*[^*]+\*\*\s*$/,
  /^\s*[^.!?]{0,80}\/\s*(AFP|AP|Reuters|TASS|Getty Images|EPA|Anadolu)\s*$/,
];
const BYLINE = /^by\s+\[?([^\]\n(]+?)(?:\s+for\s+[^\]]+)?\]?(?:\([^)]*\))?\s*$/i;
const DATE_LINE = /^(\d{1,2}\s+\w+\s+\d{4}|\w+\s+\d{1,2},?\s+\d{4})$/;
/** A paragraph that ends like this ends a sentence; one that does not was split mid-sentence. */
const SENTENCE_END = /[.!?…:"”’)\]]$/;

export function cleanArticle(raw: string): CleanedArticle {
  const paragraphs = raw
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const removed: string[] = [];
  const kept: string[] = [];
  let title: string | undefined;
  let author: string | undefined;
  let url: string | undefined;
  paragraphs.forEach((paragraph, i) => {
    const atTop = kept.length === 0;
    if (atTop && title === undefined && (i === 0 || /^#\s/.test(paragraph)) && !paragraph.includes('\n') && paragraph.length < 200) {
      title = paragraph.replace(/^#+\s*/, '');
      return;
    }
    const lines = paragraph.split('\n');
    if (atTop && lines.every((l) => BYLINE.test(l) || DATE_LINE.test(l) || isName(l))) {
      for (const line of lines) {
        const byline = BYLINE.exec(line) ?? (isName(line) ? [line, line] : null);
        if (byline && !author) author = byline[1]!.trim();
      }
      removed.push(paragraph);
      return;
    }
    if (BOILERPLATE.some((re) => re.test(paragraph))) {
      const link = /<?(https?:\/\/[^\s>]+)>?/.exec(paragraph);
      if (link && !url && /^<?https?:/.test(paragraph) && /original url/i.test(paragraphs[i - 1] ?? '')) url = link[1];
      removed.push(paragraph);
      return;
    }
    const previous = kept.at(-1);
    if (previous !== undefined && !SENTENCE_END.test(previous) && /^[\p{Ll}\p{Lu}]/u.test(paragraph)) {
      kept[kept.length - 1] = `${previous} ${paragraph}`;
    } else {
      kept.push(paragraph);
    }
  });
  const out: CleanedArticle = { body: kept.join('\n\n'), removed };
  if (title !== undefined) out.title = title;
  if (author !== undefined) out.author = author;
  if (url !== undefined) out.url = url;
  return out;
}

/** A line that is only a person's name, as bylines without "By" are written ("Jordan Shilton"). */
function isName(line: string): boolean {
  return /^\p{Lu}[\p{L}'’-]+(\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u.test(line.trim());
}
