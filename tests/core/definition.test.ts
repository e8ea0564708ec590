import { describe, expect, it } from 'vitest';
import { definedSubject, describes } from '../../src/core/definition.js';
import { terms } from '../../src/core/text.js';
import { engineOf, loadEngine } from '../helpers.js';

/** One run: the subject's words, each as its terms. */
const subject = (words: string) => [words.split(' ').map((w) => new Set(terms(w)))];

describe('definedSubject', () => {
  it('reads the thing a "what is / who is" question asks about', () => {
    expect(definedSubject('what is idlib')).toBe('idlib');
    expect(definedSubject("who's the Kremlin spokesman?")).toBe('Kremlin spokesman');
    expect(definedSubject('What was the Sochi deal?')).toBe('Sochi deal');
  });

  it('leaves alone questions asking for a value or about something else', () => {
    for (const question of ['what is the death toll of the war', 'who is blamed for the strike', 'what was the vote on the motion', 'what did Peskov say']) {
      expect(definedSubject(question), question).toBeUndefined();
    }
  });
});

describe('describes', () => {
  it("takes a glossary's entry, the term opening the line before a dash or colon, as a description", () => {
    expect(describes('**M5** — The north-south highway linking Damascus to Aleppo through Hama and Saraqib.', subject('M5'))).toBe(true);
    expect(describes('HTS: Short for Hayat Tahrir al-Sham, the strongest armed group in Idlib.', subject('HTS'))).toBe(true);
    // …not a mention further on in the line.
    expect(describes('Government forces took the M5 — a road the rebels had held for years.', subject('rebels'))).toBe(false);
  });

  it('takes an appositive, a role before a name, a name after a role, "named …", a noun after it or an age as a description', () => {
    expect(describes('Ankara wants an end to the assault on Idlib, the last rebel stronghold in Syria.', subject('Idlib'))).toBe(true);
    expect(describes('Kremlin spokesman Dmitry Peskov said the leaders would talk.', subject('Peskov'))).toBe(true);
    expect(describes('Kremlin spokesman Dmitry Peskov said the leaders would talk.', subject('Kremlin spokesman'))).toBe(true);
    expect(describes('Turkey declared an operation over the weekend, named "Spring Shield".', subject('Spring Shield'))).toBe(true);
    expect(describes('Patrols will run along the M4 highway.', subject('M4'))).toBe(true);
    expect(describes('"Not one Syrian was in the room," said Kerem Sadun, 54, a lawyer.', subject('Sadun'))).toBe(true);
  });

  it('takes a role written after the name without an article ("Rami Khoury, director of…") for one', () => {
    expect(describes('"They did it in a permissive environment," said Rami Khoury, director of the Levant Strategic Forum.', subject('Rami Khoury'))).toBe(true);
    expect(describes('The talks, said Khoury, senior fellow at the forum, were a success.', subject('Khoury'))).toBe(true);
    expect(describes('The talks were a success, Khoury said, and director talks would follow.', subject('Khoury'))).toBe(false);
  });

  it('takes the name a person gave or goes by, after a description of them, for one', () => {
    expect(describes('A fighter who gave his name only as Abu Omar said the town had fallen.', subject('Abu Omar'))).toBe(true);
    expect(describes('The nurse, identified only as Umm Ali, treated the wounded.', subject('Umm Ali'))).toBe(true);
  });

  it('does not take a mere mention for one', () => {
    expect(describes('said Yury Barmin, a Middle East analyst at the Russian International Affairs Council.', subject('Russian International Affairs Council'))).toBe(false);
    expect(describes('The ceasefire will hold in Idlib, officials said.', subject('Idlib'))).toBe(false);
    expect(describes('A ceasefire was announced for the province of Idlib following talks.', subject('Idlib'))).toBe(true);
  });
});

describe('"what is X" answers', () => {
  it('come from a passage describing X, and there is none when the articles only mention it', async () => {
    const engine = await loadEngine();
    expect(engine.answer('who is the kremlin spokesman').passages[0]?.text).toContain('Kremlin spokesman Dmitry Peskov');
    expect(engine.answer('What is Operation Spring Shield?').passages[0]?.text).toContain('named "Spring Shield"');
    expect(engine.answer('what is the Russian International Affairs Council').answered).toBe(false);
  });

  it('describe the minister asked about, not the country whose minister it is', () => {
    const german = 'German Defence Minister Annegret Kramp-Karrenbauer suggested sanctions against Moscow.';
    const turkey = 'Turkey, a NATO member, has lost 58 soldiers in Idlib since February.';
    const akar = 'Turkish Defence Minister Hulusi Akar visited the border on Sunday.';
    expect(engineOf(german, turkey).answer("Who's Turkey's defence minister?").answered).toBe(false);
    expect(engineOf(german, turkey, akar).answer("Who's Turkey's defence minister?").passages[0]?.text).toBe(akar);
  });
});
