// An article of the corpus: validated front matter plus its verbatim body.
import matter from 'gray-matter';
import { z } from 'zod';
import type { Problem, Result } from './problems.js';
import { issuesToProblems, parseYaml } from './yaml-fields.js';
import { editDistance } from './edit-distance.js';
import { writtenDate } from './days.js';

/** A real calendar date written YYYY-MM-DD (2020-02-30 is refused). */
export const isoDate = z
  .string({ error: 'must be a date written YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD', abort: true })
  .refine(
    (s) => {
      const date = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(s);
    },
    { error: 'is not a real calendar date' },
  );

const text = (what: string) => z.string({ error: `must be ${what}` }).trim().min(1, { error: `must not be empty` });

/** A timestamp ("2020-03-05T10:30:00Z", as a CMS exports it) dates the article by its day, as written. */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
/** The day a date field names, as YYYY-MM-DD when it can be read so; otherwise as written, for isoDate to refuse. */
function dayOf(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const stamp = DATE_TIME.exec(value);
  return stamp && !Number.isNaN(Date.parse(value)) ? stamp[1] : (writtenDate(value) ?? value);
}
const articleDate = z.preprocess(dayOf, isoDate);

/** Reporters listed ("author: [A, B]") are one byline: "A and B". */
const byline = z.preprocess(
  (v) => (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string') ? new Intl.ListFormat('en', { type: 'conjunction' }).format(v) : v),
  text('the reporter’s name, or a list of names'),
);

const frontMatterShape = {
  title: text('the headline, as text'),
  outlet: text('the publication name, as text'),
  date: articleDate,
  author: byline.optional(),
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) link' }).optional(),
  /** Stable id; defaults to the file name without `.md`. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'must be lower-case letters, digits and dashes' }).optional(),
  /** News agency whose copy this is (AFP, Reuters...), when the outlet republished it. */
  wire: text('the agency name, as text').optional(),
  language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, { error: 'must be a language code such as en' }).default('en'),
  /** Photo caption and credit moved out of the body. */
  photo: z.string().optional(),
  /** "Related article" headlines moved out of the body. */
  related: z.array(z.string()).optional(),
};
const KNOWN = Object.keys(frontMatterShape);

/**
 * Other fields are allowed and ignored (a team may keep its own metadata), but one that looks like a misspelt
 * known field ("autor") is an error, since its value would otherwise be silently lost.
 */
export const frontMatterSchema = z.object(frontMatterShape);

/**
 * Fields that look like misspelt known ones, each with the field it probably meant: one typo in a field of four or
 * five letters ("tilte"), two from six on ("autor"). Short fields are not guessed at ("uri" may mean itself), nor are
 * plurals ("authors", "urls"), a team's own way to list more than one.
 */
function misspeltFields(data: unknown): { key: string; meant: string }[] {
  if (!data || typeof data !== 'object') return [];
  return Object.keys(data).flatMap((key) => {
    const lower = key.toLowerCase();
    if (KNOWN.includes(key) || KNOWN.some((known) => lower === `${known}s`)) return [];
    // Another system's name for a required field this article lacks ("source:" for outlet, "published:" for date).
    const named = OTHER_NAMES[lower];
    if (named && !(named in data)) return [{ key, meant: named }];
    const meant = KNOWN.find((known) => known.length >= 4 && editDistance(lower, known) <= (known.length >= 6 ? 2 : 1));
    return meant ? [{ key, meant }] : [];
  });
}

/** What other CMSs and feeds call the required fields. (Not the optional ones: a team's own "link:" beside no url is
 * allowed, as any field of its own is.) */
const OTHER_NAMES: Readonly<Record<string, string>> = {
  headline: 'title',
  source: 'outlet', publication: 'outlet', publisher: 'outlet', newspaper: 'outlet', site_name: 'outlet',
  published: 'date', pubdate: 'date', date_published: 'date', published_at: 'date', publish_date: 'date',
};

export type FrontMatter = z.infer<z.ZodObject<typeof frontMatterShape>>;

export interface Article extends Omit<FrontMatter, 'id'> {
  id: string;
  /** Path the article was read from. */
  file: string;
  /** The article's own text, verbatim; passages are substrings of it. */
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
}

/** A text field written without quotes whose value holds ": ", which YAML reads as a mapping. */
const UNQUOTED_COLON = /^(title|outlet|author|wire|photo):[ \t]+(?!["'[{|>&*!%@`])(.*?:\s.*?)[ \t]*$/gm;

// gray-matter only finds the delimiters; parsing is the yaml package's (below), so its engine parses nothing.
const yamlEngine = { yaml: () => ({}) };

/** Parses one Markdown article; every problem names the file, and the line and field where it can. */
export function parseArticle(file: string, source: string, defaultId: string): Result<Article> {
  if (source.trim() === '') return fail(file, 'the file is empty');
  if (!source.startsWith('---')) {
    return fail(file, 'no front matter: an article starts with a "---" line, then title, outlet and date, then "---"', 1);
  }
  // YAML 1.2 (the yaml package) keeps dates as text and knows the line of every field.
  let raw: { matter: string; content: string };
  try {
    raw = matter(source, { engines: yamlEngine }) as unknown as { matter: string; content: string };
  } catch (error) {
    return fail(file, `unreadable front matter: ${(error as Error).message}`, 1);
  }
  if (!source.slice(3).includes('\n---')) return fail(file, 'the front matter is never closed by a "---" line', 1);
  let parsed = parseYaml(raw.matter, file);
  if (!parsed.ok) {
    // "title: Putin, Erdogan: talks in Moscow" is not YAML, but what is meant is plain: the whole line's text.
    const repaired = parseYaml(raw.matter.replace(UNQUOTED_COLON, (_line, key: string, value: string) => `${key}: ${JSON.stringify(value)}`), file);
    if (!repaired.ok) return { ok: false, problems: parsed.problems };
    parsed = repaired;
  }
  const data = parsed.yaml.data ?? {};
  const checked = frontMatterSchema.safeParse(data);
  const typos = misspeltFields(data);
  if (!checked.success || typos.length) {
    const problems = issuesToProblems(checked.error?.issues ?? [], parsed.yaml, file);
    for (const { key, meant } of typos) {
      const [problem] = issuesToProblems([{ code: 'unrecognized_keys', keys: [key], path: [], message: '' }], parsed.yaml, file);
      problems.push({ ...problem!, message: `${problem!.message} (did you mean "${meant}"?)` });
    }
    return { ok: false, problems };
  }

  const contentStart = source.length - raw.content.length;
  const leading = /^\s*/.exec(raw.content)?.[0] ?? '';
  const body = raw.content.slice(leading.length).trimEnd();
  if (body === '') return fail(file, 'the article has no body text after its front matter');
  const bodyLine = source.slice(0, contentStart + leading.length).split('\n').length;
  const { id, title, outlet, date, author, url, wire, language, photo, related } = checked.data;
  const meta = { title, outlet, date, language, ...(author ? { author } : {}), ...(url ? { url } : {}), ...(wire ? { wire } : {}), ...(photo ? { photo } : {}), ...(related ? { related } : {}) };
  return { ok: true, value: { ...meta, id: id ?? defaultId, file, body, bodyLine } };
}

function fail(file: string, message: string, line?: number): { ok: false; problems: Problem[] } {
  return { ok: false, problems: [line === undefined ? { file, message } : { file, line, message }] };
}
