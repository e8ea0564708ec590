// When outlets report different figures for the same thing, the answer says so and quotes both; when they
// report the same figure in their own words, it says they agree. General by construction: each outlet's
// figure that best answers the question is compared with the others' for the same counted noun; no list of
// known pairs.
import { passageClaims, type Claim } from './claims.js';
import type { Passage } from './passages.js';

export interface ClaimRef {
  /** The sentence that states the figure, verbatim. */
  text: string;
  /** The figure and its noun as written ("3.7 million refugees"). */
  figure: string;
  value: number;
  passageId: string;
  articleId: string;
}

export interface FoundDisagreement {
  /** What is counted ("refugees"). */
  about: string;
  claims: ClaimRef[];
}

interface Candidate {
  passage: Passage;
  outlet: string;
}

/** A figure must share this many words with the question to count as answering it. */
const MIN_RELEVANCE = 2;

/** How much two claims saying the same thing of what they count ("in an air strike") weighs against relevance. */
const SAME_EVENT_WEIGHT = 2;

interface Found {
  claim: Claim;
  ref: ClaimRef;
  outlet: string;
  relevance: number;
}

/** Figures the outlets report differently, and figures two or more report alike in sentences of their own. */
export function compareFigures(
  candidates: readonly Candidate[],
  questionTerms: ReadonlySet<string>,
  asksForNumber: boolean,
): { differ: FoundDisagreement[]; agree: FoundDisagreement[] } {
  // counted noun → every claim about it, from any outlet, with how many of the question's words stand around it
  const byUnit = new Map<string, Found[]>();
  const asked = harmOf(questionTerms);
  for (const { passage, outlet } of candidates) {
    for (const { sentence, claims } of passageClaims(passage)) {
      for (const claim of claims) {
        if (claim.increment || claim.vague || (!asksForNumber && !questionTerms.has(claim.unitTerm))) continue;
        // "How many were killed" is not answered by "53 soldiers had been wounded", nor the other way round.
        if (asked && harmOf(claim.next) && harmOf(claim.next) !== asked) continue;
        let relevance = 0;
        for (const term of claim.context) if (questionTerms.has(term)) relevance++;
        const ref: ClaimRef = {
          text: sentence,
          figure: sentence.slice(claim.start, claim.end),
          value: claim.value,
          passageId: passage.id,
          articleId: passage.articleId,
        };
        const found = byUnit.get(claim.unitTerm) ?? [];
        if (!found.some((f) => f.ref.text === ref.text && f.claim.start === claim.start && f.outlet === outlet)) found.push({ claim, ref, outlet, relevance });
        byUnit.set(claim.unitTerm, found);
      }
    }
  }
  const differing: (FoundDisagreement & { relevance: number })[] = [];
  const agreeing: typeof differing = [];
  for (const found of byUnit.values()) {
    const chosen = compared(found);
    if (chosen.length < 2) continue;
    // The pair that best answers the question decides; a further outlet's figure for another event does not make
    // two outlets that agree disagree.
    const [a, b] = chosen as [Found, Found];
    const pairDiffers = differ([a.ref.value, b.ref.value]);
    const kept = pairDiffers ? chosen : chosen.filter((f) => !differ([f.ref.value, a.ref.value]));
    const entry = { about: a.claim.unit, claims: kept.map((f) => f.ref), relevance: a.relevance + b.relevance };
    if (pairDiffers) differing.push(entry);
    // The same sentence in two outlets is one wire story carried twice, not two outlets agreeing.
    else if (new Set(entry.claims.map((c) => c.text)).size > 1) agreeing.push(entry);
  }
  const best = (list: typeof differing) =>
    list
      .sort((a, b) => b.relevance - a.relevance)
      .slice(0, 2)
      .map(({ about, claims }) => ({ about, claims }));
  return { differ: best(differing), agree: best(agreeing) };
}

/**
 * One claim per outlet, about the same thing: the pair from two outlets that best answers the question and best
 * agrees on what is counted (an outlet's total since February is not compared with another's toll of one strike),
 * then each further outlet's claim closest to that pair.
 */
function compared(all: Found[]): Found[] {
  // Figures near the question's words; the others only show which figure an outlet gives ("six kilometres").
  const found = all.filter((f) => f.relevance >= MIN_RELEVANCE);
  const fit = (a: Found, b: Found) => a.relevance + b.relevance + SAME_EVENT_WEIGHT * shared(a.claim.next, b.claim.next);
  let pair: [Found, Found] | undefined;
  for (let i = 0; i < found.length; i++) {
    for (let j = i + 1; j < found.length; j++) {
      const [a, b] = [found[i]!, found[j]!];
      if (a.outlet !== b.outlet && (!pair || fit(a, b) > fit(...pair))) pair = [a, b];
    }
  }
  if (!pair) return [];
  const chosen: Found[] = [...pair];
  const others = new Set(found.map((f) => f.outlet).filter((o) => o !== pair[0].outlet && o !== pair[1].outlet));
  for (const outlet of others) {
    const own = found.filter((f) => f.outlet === outlet);
    // An outlet giving two figures for the noun ("70 kilometres long, six deep") is read as giving the one the
    // others give, when it does; otherwise the one closest to the pair's.
    const same = all.filter((f) => f.outlet === outlet).find((f) => !differ([f.ref.value, pair[0].ref.value]) || !differ([f.ref.value, pair[1].ref.value]));
    const score = (f: Found) => f.relevance + SAME_EVENT_WEIGHT * (shared(f.claim.next, pair[0].claim.next) + shared(f.claim.next, pair[1].claim.next));
    chosen.push(same ?? own.reduce((best, f) => (score(f) > score(best) ? f : best)));
  }
  return chosen;
}

const KILLED = new Set(['kill', 'die', 'dead', 'death']);
const WOUNDED = new Set(['wound', 'injur']);

/** Whether words speak of people killed or of people wounded (or neither, or both: undefined). */
function harmOf(terms: ReadonlySet<string>): 'killed' | 'wounded' | undefined {
  const killed = [...KILLED].some((t) => terms.has(t));
  const wounded = [...WOUNDED].some((t) => terms.has(t));
  return killed === wounded ? undefined : killed ? 'killed' : 'wounded';
}

function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const term of a) if (b.has(term)) n++;
  return n;
}

function differ(values: number[]): boolean {
  const min = Math.min(...values);
  const max = Math.max(...values);
  return max > min * 1.01;
}
