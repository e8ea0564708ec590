// What the sentence holding the answer must name: the thing that starts ("when do the patrols start"), the weapon
// whose model is asked ("what type of jets"), a code that names one thing ("the M5 highway").
import { isWeapon } from './answer-type.js';
import { standsForCountry } from './nationality.js';
import type { AnalysedQuestion } from './query.js';

/** A code naming one thing: "M4", "S-400", "Su-24", "TB2" ("b4" is chat for "before"). */
export const CODE = /^(?!b4$)\p{L}{1,3}-?\d{1,4}\p{L}?$/iu;
/** "What type of jets…": a model is of the jets when its sentence names them ("Bayraktar TB2 drones" is no jet). */
export function modelledThings(analysed: AnalysedQuestion): number[] {
  return analysed.concepts.flatMap((c, i) => (isWeapon(c.word) && c.variants.length > 0 ? [i] : []));
}

/** "When do the patrols start", not "what did Putin say when the meeting started". */
const ASKS_WHEN_FIRST = /^\W*(?:(?:so|and|ok|okay|but)\W+)?(?:when|(?:what|which) (?:time|hour|date|day)|(?:at|from) what)\b/i;

/**
 * "When does the ceasefire start", "what time did the talks start": the start asked for is of what the question names
 * in lower case (the ceasefire, the talks), not of anything in a sentence naming the same place or people. None when
 * the question asks something else first ("what did Putin say when the meeting started"). A capital or a country typed
 * in lower case ("the kremlin meeting") says where, as it would capitalised: "the agreement reached in Moscow calls for a
 * ceasefire as of midnight" does not say when the meeting started.
 */
export function startedThings(question: string, analysed: AnalysedQuestion): number[] {
  if (!ASKS_WHEN_FIRST.test(question)) return [];
  const things = analysed.concepts.flatMap((c, i) =>
    /^\p{Ll}/u.test(c.word) && c.variants.length > 0 && !standsForCountry(c.word) && !CODE.test(c.word) && c.importance > 0 ? [i] : [],
  );
  // "When did Damascus begin its push to retake the region": what is begun is the push, not the retaking.
  const object = STARTED_OBJECT.exec(question)?.[1]?.toLowerCase().split(/\s+/);
  const begun = object ? things.filter((i) => object.includes(analysed.concepts[i]!.word.toLowerCase())) : [];
  return begun.length > 0 ? begun : things;
}
/** The question's own start verb's object: "when did Damascus begin its push…", "when will they launch the new
 * offensive", up to what it is for or of; not a start in a clause after ("when did the truce start after Haftar
 * launched his offensive"). */
const STARTED_OBJECT =
  /^\W*(?:(?:so|and|ok|okay|but)\W+)?(?:when|(?:what|which) (?:time|hour|date|day)|on what date)\s+(?:did|does|do|will|would|has|have|had|is|are|was|were)\s+(?:[\p{L}'’-]+\s+){1,5}?(?:begin|start|launch|initiate|kick off)\s+(?:its|their|the|his|her|a|an)\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)(?=\s+(?:to|of|in|on|against|into|at|for|from|with|by|after|before)\b|\s*[?.!,]|\s*$)/iu;

/** Words of a start question that say when, not what starts ("at what hour", "noon friday?", "local time"). */
export const TIME_WORD = /^(?:hours?|time|noon|midnight|morning|afternoon|evening|night|day|days|date|week|month|year|local|exactly|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
/** Of what a start question names, the words that tell what starts: the rarer ones ("press", "conference"), not a
 * modifier every passage has ("joint", "new"). */
const MAIN_THING_SHARE = 0.5;

export function mainThings(started: readonly number[], analysed: AnalysedQuestion): number[] {
  const things = started.filter((i) => !TIME_WORD.test(analysed.concepts[i]!.word));
  const most = Math.max(...things.map((i) => analysed.concepts[i]!.importance));
  return things.filter((i) => analysed.concepts[i]!.importance >= MAIN_THING_SHARE * most);
}
