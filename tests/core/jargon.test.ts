import { describe, expect, it } from 'vitest';
import { withoutJargon } from '../../src/core/jargon.js';
import { engineOf } from '../helpers.js';

const nowhere = () => false;
const lira = 'Markets fell in Istanbul as the lira weakened against the dollar.';

describe("the war's jargon in a question", () => {
  it('is read as the words the articles write for it, singular or plural', () => {
    expect(withoutJargon('How many IDPs went home? Did the SAA shell Sarmin?', nowhere)).toBe(
      'How many displaced people went home? Did the Syrian army shell Sarmin?',
    );
    expect(withoutJargon('the TSK claims 2 APCs hit', nowhere)).toBe('the Turkish army claims 2 armoured vehicles hit');
  });

  it('is read in lower case, in the plural or the possessive, where the letters spell no word', () => {
    expect(withoutJargon('what did the vks bomb? how many mlrs were there?', nowhere)).toBe('what did the Russian air force bomb? how many rocket launchers were there?');
    expect(withoutJargon("the SAA's guns and the NGOS", nowhere)).toBe("the Syrian army's guns and the aid groups");
  });

  it("is read in soldiers' and traders' shorthand: country codes, ranks, currencies and units", () => {
    expect(withoutJargon('How many TU OPs encircled by SAA?', nowhere)).toBe('How many Turkish observation posts encircled by Syrian army?');
    expect(withoutJargon("Dalyan, the retd TU col - his take on TU-RU ties?", nowhere)).toBe('Dalyan, the retired Turkish col - his take on Turkish-Russian ties?');
    expect(withoutJargon('CBRT cut bps, USD/TRY 6.2, defence top-up TRY bn', nowhere)).toBe(
      'central bank cut basis points, dollar/lira 6.2, defence top-up lira billion',
    );
  });

  it('is left alone where the letters mean something else: a name, a model, a poster, a shout', () => {
    expect(withoutJargon('Mar-a-Lago, the TU-154 and Gen Z', nowhere)).toBe('Mar-a-Lago, the TU-154 and Gen Z');
    expect(withoutJargon('What did OP mean by that? The Morek OP was shelled', nowhere)).toBe('What did OP mean by that? The Morek observation post was shelled');
    expect(withoutJargon('Heyet Tahrir el-Şam and Irak ve Şam', nowhere)).toBe('Heyet Tahrir el-Şam and Irak ve Şam');
    expect(withoutJargon('CAN YOU TRY AGAIN: HOW MANY IDPS', nowhere)).toBe('CAN YOU TRY AGAIN: HOW MANY displaced people');
  });

  it('reads a code whose letters the alias tables take for another word ("OP" for "op"eration) when the articles lack that code', () => {
    const operation = 'Turkey launched an operation against Syrian forces on Sunday, officials said.';
    const posts = 'Turkey has twelve observation posts in Idlib, officials said.';
    expect(engineOf(operation, posts, lira).answer('how many OPs does turkey have in idlib?').passages[0]?.text).toBe(posts);
    // …as "Şam" is Damascus, where "Sam" is a name the alias tables read only loosely as the city.
    const syria = 'The Syrian foreign ministry said it welcomed the Moscow protocol if it respected Syrian sovereignty.';
    const sam = 'Sam Jones of the Red Cross said the Moscow protocol was a start.';
    expect(engineOf(sam, syria, lira).answer('how did Şam react to the Moscow protocol?').passages[0]?.text).toBe(syria);
    // …and leaves alone the English words such codes spell in lower case.
    expect(withoutJargon('did they try? the mar on the deal', nowhere)).toBe('did they try? the mar on the deal');
  });

  it('is left as typed where the articles write it, or where the letters are a word or a name ("er", "dc", "Kia")', () => {
    expect(withoutJargon('How many IDPs went home?', () => true)).toBe('How many IDPs went home?');
    expect(withoutJargon('er, what did the dc circuit say', nowhere)).toBe('er, what did the dc circuit say');
    expect(withoutJargon('tsk tsk, what did Kia say', nowhere)).toBe('tsk tsk, what did Kia say');
    expect(withoutJargon('the IDPSA report', nowhere)).toBe('the IDPSA report');
  });

  it('is left to the alias tables where the articles write a word they give for it (an NGO is a charity)', () => {
    const charities = 'Charities in Atmeh said 300 tents had burned after a stove fire on Sunday night, leaving 40 families without shelter.';
    const sarmada = 'Aid groups in Sarmada said they had no fuel left.';
    expect(engineOf(charities, sarmada, lira).answer('what did the NGO in atmeh say?').passages[0]?.text).toBe(charities);
  });

  it('lets a question in shorthand find the passage that writes it out', () => {
    const posts = 'Nine Turkish observation posts are now surrounded by Syrian government troops, officials in Ankara said.';
    const police = 'Greece sent 1,000 riot police to the border on Sunday.';
    const answer = engineOf(police, posts, lira).answer('How many TU OPs encircled by SAA atm?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toBe(posts);
  });

  it('finds the passage that says it in words, where the acronym alone named nothing the articles know', () => {
    const returned = 'About 45,000 displaced people have returned home since the truce, local councils said.';
    const police = 'Some 1,000 police officers returned to the Greek border on Sunday.';
    const answer = engineOf(police, returned).answer('How many IDPs have returned home since the truce?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toBe(returned);
  });
});
