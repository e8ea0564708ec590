// Questions generated from a corpus itself, seeded, so every run asks the same ones: phrases lifted from passages,
// content words of one passage in a question frame, the same with a typo, words spanning two passages, and
// off-topic questions whose words the corpus does not have.
import { STOP_WORDS } from '../src/core/stop-words.js';
import { Rng } from './lib/prng.js';

export type QuestionKind = 'phrase' | 'words' | 'typo' | 'mixed' | 'off-topic';

export interface Question {
  kind: QuestionKind;
  text: string;
}

/** Share of each kind; the rest are off-topic. */
const MIX: readonly [QuestionKind, number][] = [
  ['phrase', 0.3],
  ['words', 0.3],
  ['typo', 0.15],
  ['mixed', 0.1],
  ['off-topic', 0.15],
];

const FRAMES = [
  'What happened with {}?',
  'What did they say about {}?',
  'Who {}?',
  'When did {}?',
  'Why {}?',
  'How {}?',
  'Tell me about {}',
  '{}?',
  '{}',
  'what about {}',
];

const OFF_TOPIC = [
  'smartphone', 'cryptocurrency', 'bitcoin', 'podcast', 'selfie', 'blockchain', 'emoji', 'hashtag', 'netflix', 'tiktok',
  'quarantine', 'vaccination', 'lockdown', 'streaming', 'wifi', 'algorithm', 'influencer', 'googling', 'ebook', 'uber',
  'recipe', 'lasagna', 'sourdough', 'avocado', 'kombucha', 'quinoa', 'espresso', 'smoothie', 'burrito', 'sushi',
  'volcano', 'tsunami', 'glacier', 'dinosaur', 'asteroid', 'penguin', 'koala', 'giraffe', 'octopus', 'platypus',
  'basketball', 'snowboard', 'skateboard', 'marathon', 'badminton', 'karaoke', 'yoga', 'pilates', 'zumba', 'trampoline',
  'zorblax', 'quintaphor', 'glimmerock', 'vexaline', 'drumbolt', 'snarfle', 'wuzzit', 'plinkerton', 'fradgemoor', 'yotterby',
];

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

function contentWords(text: string): string[] {
  return (text.match(WORD) ?? []).filter((w) => w.length >= 4 && !STOP_WORDS.has(w.toLowerCase()));
}

function frame(rng: Rng, words: string): string {
  return rng.pick(FRAMES).replace('{}', words);
}

function sampleWords(rng: Rng, words: string[], n: number): string[] {
  const out: string[] = [];
  const pool = [...new Set(words)];
  while (out.length < n && pool.length) out.push(pool.splice(rng.int(0, pool.length - 1), 1)[0]!);
  return out;
}

/** One typo: a swapped, dropped, doubled or replaced letter, in a word long enough to be corrected. */
export function typo(rng: Rng, word: string): string {
  if (word.length < 5) return word;
  const i = rng.int(1, word.length - 2);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  switch (rng.int(0, 3)) {
    case 0:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    case 2:
      return word.slice(0, i) + word[i] + word.slice(i);
    default:
      return word.slice(0, i) + rng.pick([...letters]) + word.slice(i + 1);
  }
}

/** `count` questions from these passage texts. */
export function generateQuestions(passages: readonly string[], count = 1000, seed = 'summit-bench-questions'): Question[] {
  if (passages.length === 0) throw new Error('no passages to ask about');
  const rng = new Rng(seed);
  const questions: Question[] = [];
  const passage = () => passages[rng.int(0, passages.length - 1)]!;
  while (questions.length < count) {
    let u = rng.next();
    let kind: QuestionKind = 'off-topic';
    for (const [k, share] of MIX) {
      if (u < share) {
        kind = k;
        break;
      }
      u -= share;
    }
    let text: string | undefined;
    switch (kind) {
      case 'phrase': {
        const words = passage().match(WORD) ?? [];
        if (words.length < 3) break;
        const length = rng.int(3, Math.min(7, words.length));
        const at = rng.int(0, words.length - length);
        text = frame(rng, words.slice(at, at + length).join(' '));
        break;
      }
      case 'words': {
        const words = sampleWords(rng, contentWords(passage()), rng.int(2, 4));
        if (words.length) text = frame(rng, words.join(' '));
        break;
      }
      case 'typo': {
        const words = sampleWords(rng, contentWords(passage()), rng.int(2, 4));
        const long = words.findIndex((w) => w.length >= 5);
        if (long < 0) break;
        words[long] = typo(rng, words[long]!);
        text = frame(rng, words.join(' '));
        break;
      }
      case 'mixed': {
        const words = [...sampleWords(rng, contentWords(passage()), rng.int(1, 2)), ...sampleWords(rng, contentWords(passage()), rng.int(1, 2))];
        if (words.length) text = frame(rng, words.join(' '));
        break;
      }
      case 'off-topic': {
        const words = sampleWords(rng, OFF_TOPIC, rng.int(1, 3));
        // Half of them mix in a word the corpus does have, as real off-topic questions do ("Putin and bitcoin").
        if (rng.chance(0.5)) words.push(...sampleWords(rng, contentWords(passage()), 1));
        text = frame(rng, words.join(' and '));
        break;
      }
    }
    if (text && text.length <= 300) questions.push({ kind, text });
  }
  return questions;
}
