import { describe, expect, it } from 'vitest';
import { claimsIn } from '../../src/core/claims.js';
import { buildCorpus } from '../../src/core/corpus.js';
import { Engine } from '../../src/core/engine.js';
import { loadEngine } from '../helpers.js';

describe('claimsIn', () => {
  it('reads figures with their counted noun, also when the noun comes before', () => {
    const facts = (s: string) => claimsIn(s).map((c) => [c.value, c.unit]);
    expect(facts('Turkey hosts some four million refugees, most of them Syrians.')).toEqual([[4_000_000, 'refugees']]);
    expect(facts('announcing the deployment of 1,000 heavily-armed police to the border')).toEqual([[1000, 'police']]);
    // A name used as a modifier, and modifiers joined by "and".
    expect(facts('Ankara asked for two Patriot batteries to be stationed along its border.')).toEqual([[2, 'batteries']]);
    expect(facts('an umbrella group of 42 Syrian and international charities based in Gaziantep')).toEqual([[42, 'charities']]);
    // A noun before the figure, also a plural without -s.
    expect(facts('The UN puts the number of people displaced since December at about 960,000, officials said.')).toEqual([[960_000, 'people']]);
    // A people counted by its name.
    expect(facts('About 7 million Russians visited Turkey in 2019.')).toEqual([[7_000_000, 'Russians']]);
    // "two more" is read, and marked as an increment: it is no total to compare.
    expect(claimsIn('two more Turkish soldiers had been killed in Idlib, after 34 died in an air strike').map((c) => [c.value, c.unit, c.increment])).toEqual([
      [2, 'soldiers', true],
      [34, 'soldiers', false],
    ]);
  });

  it('reads vague counts as counts that are not compared', () => {
    expect(claimsIn('Hundreds of protesters gathered in Kadikoy.').map((c) => [c.unit, c.vague])).toEqual([['protesters', true]]);
    expect(claimsIn('Tens of thousands of people fled.').map((c) => [c.unit, c.vague])).toEqual([['people', true]]);
  });

  it('does not count years, dates, times or ages', () => {
    expect(claimsIn('In 2015, on March 6 at 9:55, a 58-year-old farmer spoke.')).toEqual([]);
  });

  it('reads "nine of its fighters" as nine fighters, but not "one of the leaders"', () => {
    const facts = (s: string) => claimsIn(s).map((c) => [c.value, c.unit]);
    expect(facts('Hezbollah said nine of its fighters were killed in the strikes.')).toEqual([[9, 'fighters']]);
    expect(facts('The workshop laid off all 23 of its Syrian workers on Friday.')).toEqual([[23, 'workers']]);
    expect(facts('One of the leaders said the talks would go on.')).toEqual([]);
    // …before a plural noun earlier in the sentence.
    expect(facts('After weeks of air strikes, Hezbollah said nine of its fighters were killed.')).toEqual([[9, 'fighters']]);
  });

  it('reads a figure right after a date and its comma as a count', () => {
    expect(claimsIn('On 27 February, 34 Turkish soldiers were killed in an air strike.').map((c) => [c.value, c.unit])).toEqual([[34, 'soldiers']]);
    expect(claimsIn('On 8 April, 45 members of the European Parliament signed a letter.').map((c) => [c.value, c.unit])).toEqual([[45, 'members']]);
  });
});

/** An engine over one article per outlet, each a single paragraph, dated a day apart. */
function engineOf(bodies: Record<string, string>): Engine {
  const corpus = buildCorpus(
    Object.entries(bodies).map(([outlet, body], i) => ({
      path: `${outlet}.md`,
      bytes: new TextEncoder().encode(`---\ntitle: "Report"\noutlet: ${outlet}\ndate: 2020-03-0${i + 1}\n---\n\n${body}\n`),
    })),
  );
  if (!corpus.ok) throw new Error('fixture invalid');
  return new Engine(corpus.value);
}

describe('answers whose figures differ by outlet', () => {
  it('say so, quoting each outlet, for the February 27 strike and the refugees in Turkey', async () => {
    const engine = await loadEngine();
    for (const [question, figures] of [
      ['How many Turkish soldiers were killed in the air strike on February 27?', [34, 36]],
      ['How many refugees does Turkey host?', [3_700_000, 4_000_000]],
    ] as const) {
      const answer = engine.answer(question);
      const [d] = answer.disagreements ?? [];
      expect(d, question).toBeDefined();
      expect(d!.claims.map((c) => c.value).sort((a, b) => a - b)).toEqual(figures);
      expect(new Set(d!.claims.map((c) => c.source.outlet))).toEqual(new Set(['The Moscow Times', 'World Socialist Web Site']));
      // Every claim is quoted in the answer, verbatim.
      for (const claim of d!.claims) {
        expect(answer.passages.some((p) => p.source.id === claim.source.id && p.text.includes(claim.text))).toBe(true);
      }
    }
  });

  it('find none when the outlets agree', async () => {
    const engine = await loadEngine();
    expect(engine.answer('How many civilians have been displaced in Idlib?').disagreements).toBeUndefined();
  });

  it('work on any corpus, not a list of known pairs', () => {
    const answer = engineOf({
      One: 'Some 13,000 migrants had gathered at the border by Saturday, officials said.',
      Two: 'More than 18,000 migrants were waiting at the border gate on Monday.',
    }).answer('How many migrants gathered at the border?');
    expect(answer.disagreements?.[0]).toMatchObject({ about: 'migrants' });
    expect(answer.disagreements?.[0]?.claims.map((c) => c.value).sort()).toEqual([13_000, 18_000]);
  });

  it('say so when outlets give the same figure in their own words, but not for one wire story carried twice', () => {
    const agree = engineOf({
      One: 'Some 13,000 migrants had gathered at the border by Saturday, officials said.',
      Two: 'Officials counted 13,000 migrants waiting at the border gate on Sunday.',
    }).answer('How many migrants gathered at the border?');
    expect(agree.disagreements).toBeUndefined();
    expect(agree.agreements?.[0]?.claims.map((c) => c.source.outlet).sort()).toEqual(['One', 'Two']);
    const same = 'Some 13,000 migrants had gathered at the border by Saturday, officials said.';
    expect(engineOf({ One: same, Two: same }).answer('How many migrants gathered at the border?').agreements).toBeUndefined();
  });

  it('read an outlet that gives two figures for the noun as giving the one the others give', async () => {
    const answer = (await loadEngine('tests/fixtures/related-corpus')).answer('How wide is the security corridor along the M4 highway?');
    expect(answer.disagreements).toBeUndefined();
    expect(answer.agreements?.[0]?.claims.map((c) => c.value)).toEqual([6, 6, 6]);
  });

  it("compare an outlet's figure for one event with the other's for the same event, not with its running total", () => {
    const answer = engineOf({
      One: 'At least 58 soldiers have been killed in strikes and shelling since February. Of them, 36 soldiers died in a strike on the base.',
      Two: 'Officials said 34 soldiers died in a strike on the base last week.',
    }).answer('How many soldiers have been killed in the strike?');
    expect(answer.disagreements?.[0]?.claims.map((c) => c.value).sort()).toEqual([34, 36]);
  });

  it('do not call two outlets that agree on one event a disagreement because a third counts another event', () => {
    const answer = engineOf({
      One: 'In the worst attack, 33 soldiers died in an air strike on the base on Thursday.',
      Two: 'The market fell after 33 soldiers died in an air strike on the base on Thursday night.',
      Three: 'Three soldiers were killed on Monday when their post was hit by rockets.',
    }).answer('How many soldiers died in the air strike on the base?');
    expect(answer.disagreements).toBeUndefined();
    expect(answer.agreements?.[0]?.claims.map((c) => c.value)).toEqual([33, 33]);
  });

  it('quote each differing figure among the first three passages, however many passages were asked for', () => {
    const answer = engineOf({
      One: 'Officials said 34 soldiers died in an air strike on the base last week.',
      Two: 'The soldiers who died in the air strike on the base were buried in their home towns.',
      Three: 'After the air strike, the base was closed and soldiers on leave were called back.',
      Four: 'Relatives of the soldiers gathered outside the base as news of the air strike spread.',
      Five: 'Hospitals counted 36 soldiers killed in the strike, far more than officials said.',
    }).answer('How many soldiers died in the air strike on the base?', { top: 10 });
    const figures = answer.disagreements?.[0]?.claims.map((c) => c.source.outlet).sort();
    expect(figures).toEqual(['Five', 'One']);
    const firstThree = answer.passages.slice(0, 3).map((p) => p.source.outlet);
    expect(firstThree).toEqual(expect.arrayContaining(['One', 'Five']));
  });

  it('keep both outlets of the most relevant disagreement in the first three when a second one is found', () => {
    const answer = engineOf({
      One: 'Turkey hosts some four million refugees, most of them Syrians.',
      Two: 'Turkey is home to 3.7 million Syrian refugees, the UN says.',
      Three: 'Monitors said 93 Syrian soldiers were killed by Turkish drones in Idlib.',
      Four: 'Monitors counted 405 Syrian soldiers killed by Turkey in the operation.',
    }).answer('how many syrian refugees is turkey looking after right now');
    expect(answer.disagreements?.[0]?.about).toBe('refugees');
    expect(answer.passages.slice(0, 3).map((p) => p.source.outlet)).toEqual(expect.arrayContaining(['One', 'Two']));
  });

  it('do not compare a count of the wounded with a count of the killed', () => {
    const answer = engineOf({
      One: 'Officers said 53 soldiers had been wounded in the air strike on the base.',
      Two: 'Officials said 34 soldiers died in the air strike on the base last week.',
      Three: 'Some 36 soldiers were killed in the air strike on the base, the monitor said.',
    }).answer('How many soldiers were killed in the air strike on the base?');
    expect(answer.disagreements?.[0]?.claims.map((c) => c.value).sort()).toEqual([34, 36]);
  });
});
