import { describe, expect, it } from 'vitest';
import { asksForName, namesSomethingNew } from '../../src/core/name-question.js';
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
