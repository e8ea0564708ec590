// "How far is Kafranbel from Idlib city?" asks for a distance measured from the second place: a sentence giving one
// "from" or "of" it ("about 15 kilometres east of Idlib city"). "The M5 runs 355 kilometres from Damascus to Aleppo"
// does not say how far Saraqib is from Aleppo.
import { DIRECTION, DISTANCE, DISTANCE_UNITS } from './answer-type.js';
import type { AnalysedQuestion } from './query.js';
import { tokenize } from './text.js';

/** The places of a distance question, as indexes of the question's concepts: the one whose distance is asked and the
 * one it is measured from (with "distance between A and B" either may be the other's starting point); or, for a
 * length "from A to B" (`ends`), its two ends. */
export interface DistanceAsked {
  place: number[];
  from: number[];
  either: boolean;
  /** "How long is the M4 from Aleppo to Latakia": a length whose sentence names both ends. */
  ends?: true;
}

export function distanceAsked(question: string, analysed: AnalysedQuestion): DistanceAsked | undefined {
  const conceptsWithin = (start: number, end: number) => {
    const positions = new Set(tokenize(question).flatMap((t) => (t.start >= start && t.end <= end ? [t.position] : [])));
    return analysed.concepts.flatMap((c, i) => (positions.has(c.position) ? [i] : []));
  };
  const length = LENGTH_ENDS.exec(question);
  if (length?.indices?.groups) {
    const place = conceptsWithin(...(length.indices.groups['end1'] ?? length.indices.groups['end1b'])!);
    const from = conceptsWithin(...length.indices.groups['end2']!);
    if (place.length > 0 && from.length > 0) return { place, from, either: true, ends: true };
  }
  for (const [pattern, either] of FORMS) {
    const m = pattern.exec(question);
    if (!m?.indices) continue;
    const spans = m.indices.groups ?? {};
    const placeSpan = spans['place1'] ?? spans['place2'];
    const fromSpan = spans['from1'] ?? spans['from2'];
    if (!placeSpan || !fromSpan) continue;
    const place = conceptsWithin(...placeSpan);
    const from = conceptsWithin(...fromSpan);
    if (place.length > 0 && from.length > 0) return { place, from, either };
  }
  return undefined;
}

/** The words naming a place, up to the punctuation or preposition that ends them ("the Turkish town of Reyhanlı"). */
const PLACE = String.raw`(?:the\s+)?[\p{L}\p{M}\p{N}'’-]+(?:\s+(?!(?:to|and|by|in|on|at|for|with|or|is|are|was|were|lies|sits)\b)[\p{L}\p{M}\p{N}'’-]+){0,4}`;
const IS = String.raw`(?:is|are|was|were|lies|sits|does\s+(?:the\s+)?[\p{L}\p{M}'’-]+\s+lie)`;
const FORMS: readonly [RegExp, boolean][] = [
  // "how far is Saraqib from Aleppo", "how far away was the camp from the border"
  [new RegExp(String.raw`\bhow far(?: away)? ${IS}\s+(?<place1>${PLACE})\s+(?:away\s+)?from\s+(?<from1>${PLACE})`, 'iud'), false],
  // "how far from Idlib city is Balyun"
  [new RegExp(String.raw`\bhow far(?: away)? from\s+(?<from2>${PLACE})\s+${IS}\s+(?<place2>${PLACE})`, 'iud'), false],
  // "distance between Saraqeb and Idlib", "the distance from Kilis to Aleppo"
  [new RegExp(String.raw`\bdistance (?:between\s+(?<place1>${PLACE})\s+and|from\s+(?<place2>${PLACE})\s+to)\s+(?<from1>${PLACE})`, 'iud'), true],
  // keywords: "nayrab distance from saraqib"
  [new RegExp(String.raw`^\W*(?<place1>${PLACE})\s+distance\s+(?:from|to)\s+(?<from1>${PLACE})`, 'iud'), false],
];

// "how long is the M4 from Aleppo to Latakia", "how many km is the stretch from Trumba to Ain al-Havr".
const LENGTH_ENDS = new RegExp(
  String.raw`\b(?:how long|how many ${DISTANCE_UNITS}|length)\b.*?\b(?:from\s+(?<end1>${PLACE})\s+to|between\s+(?<end1b>${PLACE})\s+and)\s+(?<end2>${PLACE})`,
  'iud',
);

/**
 * Whether a sentence gives a distance from or of a place whose terms are given: "10 kilometres west of Maarat
 * al-Numan", "some 5 kilometres from the Turkish town of Reyhanlı" (the place named within a few words after "of" or
 * "from", before any other preposition).
 */
export function measuresFrom(sentence: string, places: ReadonlySet<string>): boolean {
  for (const m of sentence.matchAll(DISTANCES)) {
    const after = FROM_AFTER.exec(sentence.slice(m.index + m[0].length));
    if (after && tokenize(after[1]!).some((t) => t.term !== null && places.has(t.term))) return true;
  }
  return false;
}
const DISTANCES = new RegExp(DISTANCE.source, 'giu');
/** After the distance: a direction at most, then "of" or "from" and the place's words. */
const FROM_AFTER = new RegExp(
  String.raw`^\s+(?:${DIRECTION}\s+|away\s+|inland\s+|by road\s+)?(?:of|from)\s+(${PLACE})`,
  'iu',
);
