// When outlets report different figures for the same thing, the answer says so and quotes both.
// General by construction: each outlet's figure that best answers the question is compared with the
// others' for the same counted noun; no list of known pairs.
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

export function findDisagreements(candidates: readonly Candidate[], questionTerms: ReadonlySet<string>, asksForNumber: boolean): FoundDisagreement[] {
  // counted noun → every claim about it that answers the question, from any outlet
  const byUnit = new Map<string, Found[]>();
  for (const { passage, outlet } of candidates) {
    for (const { sentence, claims } of passageClaims(passage)) {
      for (const claim of claims) {
        if (claim.increment || claim.vague || (!asksForNumber && !questionTerms.has(claim.unitTerm))) continue;
        let relevance = 0;
        for (const term of claim.context) if (questionTerms.has(term)) relevance++;
        if (relevance < MIN_RELEVANCE) continue;
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
  const out: (FoundDisagreement & { relevance: number })[] = [];
  for (const found of byUnit.values()) {
    const chosen = compared(found);
    if (chosen.length >= 2 && differ(chosen.map((f) => f.ref.value))) {
      out.push({ about: chosen[0]!.claim.unit, claims: chosen.map((f) => f.ref), relevance: chosen.reduce((sum, f) => sum + f.relevance, 0) });
    }
  }
  return out
    .sort((a, b) => b.relevance - a.relevance)
    .slice(0, 2)
    .map(({ about, claims }) => ({ about, claims }));
}

/**
 * One claim per outlet, about the same thing: the pair from two outlets that best answers the question and best
 * agrees on what is counted (an outlet's total since February is not compared with another's toll of one strike),
 * then each further outlet's claim closest to that pair.
 */
function compared(found: Found[]): Found[] {
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
    const score = (f: Found) => f.relevance + SAME_EVENT_WEIGHT * (shared(f.claim.next, pair[0].claim.next) + shared(f.claim.next, pair[1].claim.next));
    chosen.push(own.reduce((best, f) => (score(f) > score(best) ? f : best)));
  }
  return chosen;
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
