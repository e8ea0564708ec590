import { describe, expect, it } from 'vitest';
import { asksForName, namedThing, namesSomethingNew } from '../../src/core/name-question.js';
import { engineOf } from '../helpers.js';
import { terms } from '../../src/core/text.js';

const termsOf = (question: string) => new Set(terms(question));

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
});

describe('namesSomethingNew', () => {
  it('finds a full name the question does not hold', () => {
    const question = termsOf('What is the name of the camp manager near Atmeh?');
    expect(namesSomethingNew("The camp's manager, Abdulkader Hajj Ali, keeps the register near Atmeh.", question)).toBe(true);
    // Names the question already has, nationalities and a sentence's first word are no answer.
    expect(namesSomethingNew('Near Atmeh, the Turkish and Syrian officials met the manager.', question)).toBe(false);
    expect(namesSomethingNew('At least one refugee was shot in the head, Erdogan said.', termsOf('What was the name of the refugee?'))).toBe(false);
  });
});

describe('namedThing', () => {
  it('finds the thing whose name is asked, up to a preposition, a relative clause or a verb', () => {
    expect(namedThing('What are the names of the two bases Russia keeps on the Syrian coast?')).toBe('bases');
    expect(namedThing('What is the name of the operation Ankara launched against the Assad regime?')).toBe('operation');
    expect(namedThing('What are the names of the three journalists detained in Istanbul?')).toBe('journalists');
    expect(namedThing("What's the name of the US diplomat who blocked the draft?")).toBe('diplomat');
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

  it('are refused when the only name is of something else in the sentence ("the Middle East")', () => {
    expect(engineOf(bases).answer(question).answered).toBe(false);
  });
});
