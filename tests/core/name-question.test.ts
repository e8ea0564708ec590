import { describe, expect, it } from 'vitest';
import { asksForName, asksWhoLeads, namedThing, namesSomethingNew } from '../../src/core/name-question.js';
import { engineOf } from '../helpers.js';
import { terms } from '../../src/core/text.js';

const termsOf = (question: string) => new Set(terms(question));
const lira = 'Markets fell in Istanbul as the lira weakened.';

describe('asksForName', () => {
  it('reads questions asking what someone or something is called', () => {
    for (const q of ['What was the name of the refugee shot at the border?', "whats the name of the al qaeda group in idlib", 'what are the names of the two bases', 'what was his name and nationality?']) {
      expect(asksForName(q), q).toBe(true);
    }
    expect(asksForName('What are the two Russian coastal military bases in Syria called?')).toBe(true);
    expect(asksForName('Who was the Western diplomat who told AFP the ceasefire would be for show?')).toBe(true);
    expect(asksForName('What did Erdogan name the operation?')).toBe(false);
    expect(asksForName('Who is the Kremlin spokesman?')).toBe(false);
  });

  it('reads "who was the <role> for / of / in …" and keywords opening with "name of the …" as asking for a name', () => {
    expect(asksForName('Who were the translators for the two delegations?')).toBe(true);
    expect(asksForName('who was the pilot of the downed Sukhoi')).toBe(true);
    expect(asksForName('names of the medics wounded at the camp?')).toBe(true);
    const seated = 'At the talks each president had a translator seated at his shoulder, the footage showed.';
    expect(engineOf(seated, lira).answer('Who was the translator for the Turkish president at the talks?').answered).toBe(false);
    const named = "At the talks the Turkish president's translator, Fatma Ceren Yazgan, sat at his shoulder, the footage showed.";
    expect(engineOf(named, lira).answer('Who was the translator for the Turkish president at the talks?').passages[0]?.text).toBe(named);
  });
});

describe('namesSomethingNew', () => {
  it('finds a full name the question does not hold', () => {
    const question = termsOf('What is the name of the camp manager near Atmeh?');
    expect(namesSomethingNew("The camp's manager, Abdulkader Hajj Ali, keeps the register near Atmeh.", question)).toBe(true);
    // Names the question already has, nationalities and a sentence's first word are no answer.
    expect(namesSomethingNew('Near Atmeh, the Turkish and Syrian officials met the manager.', question)).toBe(false);
    expect(namesSomethingNew('At least one refugee was shot in the head, Erdogan said.', termsOf('What was the name of the refugee?'))).toBe(false);
    // A nationality and one name are no full name either.
    expect(namesSomethingNew('Turkish F-16s shot down two jets over the province.', termsOf('What were the names of the pilots?'))).toBe(false);
  });
});

describe('namedThing', () => {
  it('finds the thing whose name is asked, up to a preposition, a relative clause or a verb', () => {
    expect(namedThing('What are the names of the two bases Russia keeps on the Syrian coast?')).toBe('bases');
    expect(namedThing('What is the name of the operation Ankara launched against the Assad regime?')).toBe('operation');
    expect(namedThing('What are the names of the three journalists detained in Istanbul?')).toBe('journalists');
    expect(namedThing("What's the name of the US diplomat who blocked the draft?")).toBe('diplomat');
    expect(namedThing('Who was the pilot of the downed Sukhoi?')).toBe('pilot');
  });
});

describe('questions asking for a name', () => {
  const bases = 'Russia keeps two military bases on the coast, and its clout there makes it a major player in the Middle East.';
  const named = "Russia's two military bases are the Tartus Naval Facility and Hmeimim Airfield.";
  const question = 'What are the names of the two Russian military bases?';

  it('are answered by a name given beside the thing asked about', () => {
    expect(engineOf(bases, named).answer(question).passages.map((p) => p.text)).toContain(named);
    const operation = 'Turkey declared an operation against the Assad regime over the weekend, named "Spring Shield".';
    expect(engineOf(operation, bases).answer('What was the operation Turkey declared against Assad called? What is its name?').passages[0]?.text).toBe(operation);
  });

  it('are refused when the name stands in a sentence about little of what they ask', () => {
    const wagner = 'Russia has backed the opposition’s Gen. Khalifa Haftar in Libya, and Turkey the government of Fayez al-Sarraj.';
    const commander = 'Wagner mercenaries run the fighting for Haftar.';
    expect(engineOf(wagner, commander).answer("what's the name of the wagner commander who runs the fighting in libya?").answered).toBe(false);
  });

  it('include who will lead or led something, answered by a name however far from the question\'s words', () => {
    expect(asksWhoLeads('who is going to lead the joint patrols on the M4?')).toBe(true);
    expect(asksWhoLeads('who led the talks for Russia?')).toBe(true);
    expect(asksWhoLeads('who said the patrols would start in March?')).toBe(false);
    const patrols = 'Joint Russian-Turkish patrols will run along the M4 highway from March 15, the defence ministry said.';
    const led = 'Joint patrols will run along the M4 highway from March 15. Colonel Ivan Petrov of the military police will lead them.';
    expect(engineOf(patrols, lira).answer('who is going to lead the joint patrols on the M4?').answered).toBe(false);
    expect(engineOf(led, lira).answer('who is going to lead the joint patrols on the M4?').passages[0]?.text).toBe(led);
  });

  it('are refused when the only name is of something else in the sentence ("the Middle East")', () => {
    expect(engineOf(bases).answer(question).answered).toBe(false);
  });
});
