// When outlets report different figures for the same thing, the answer says so and quotes both.
// General by construction: each outlet's figure that best answers the question is compared with the
// others' for the same counted noun; no list of known pairs.
import { claimsIn, type Claim } from './claims.js';
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

export function findDisagreements(candidates: readonly Candidate[], questionTerms: ReadonlySet<string>, asksForNumber: boolean): FoundDisagreement[] {
  // outlet → unit → best claim for the question
  const best = new Map<string, Map<string, { claim: Claim; ref: ClaimRef; relevance: number }>>();
  for (const { passage, outlet } of candidates) {
    for (const { sentence, claims } of passageClaims(passage)) {
      for (const claim of claims) {
        if (!asksForNumber && !questionTerms.has(claim.unitTerm)) continue;
        let relevance = 0;
        for (const term of claim.context) if (questionTerms.has(term)) relevance++;
        if (relevance < MIN_RELEVANCE) continue;
        const units = best.get(outlet) ?? new Map();
        best.set(outlet, units);
        const current = units.get(claim.unitTerm);
        if (current && current.relevance >= relevance) continue;
        const ref: ClaimRef = {
          text: sentence,
          figure: sentence.slice(claim.start, claim.end),
          value: claim.value,
          passageId: passage.id,
          articleId: passage.articleId,
        };
        units.set(claim.unitTerm, { claim, ref, relevance });
      }
    }
  }
  // For each unit reported by two or more outlets, compare each outlet's best figure.
  const byUnit = new Map<string, { unit: string; refs: ClaimRef[]; relevance: number }>();
  for (const units of best.values()) {
    for (const [term, { claim, ref, relevance }] of units) {
      const entry = byUnit.get(term) ?? { unit: claim.unit, refs: [], relevance: 0 };
      entry.refs.push(ref);
      entry.relevance += relevance;
      byUnit.set(term, entry);
    }
  }
  return [...byUnit.values()]
    .filter(({ refs }) => refs.length >= 2 && differ(refs.map((r) => r.value)))
    .sort((a, b) => b.relevance - a.relevance)
    .slice(0, 2)
    .map(({ unit, refs }) => ({ about: unit, claims: refs }));
}

/** Claims per passage, found once: the same passages come back for many questions. */
const cache = new WeakMap<Passage, { sentence: string; claims: Claim[] }[]>();

function passageClaims(passage: Passage): { sentence: string; claims: Claim[] }[] {
  let found = cache.get(passage);
  if (!found) {
    found = passage.sentences.map((span) => {
      const sentence = passage.text.slice(span.start, span.end);
      return { sentence, claims: claimsIn(sentence) };
    });
    cache.set(passage, found);
  }
  return found;
}

function differ(values: number[]): boolean {
  const min = Math.min(...values);
  const max = Math.max(...values);
  return max > min * 1.01;
}
