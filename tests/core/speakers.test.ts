import { describe, expect, it } from 'vitest';
import { sentenceSpeaker, speakersOf } from '../../src/core/speakers.js';
import { loadEngine } from '../helpers.js';

describe('sentenceSpeaker', () => {
  it.each([
    ['Kremlin spokesman Dmitry Peskov said Wednesday the two leaders would discuss the crisis.', 'Kremlin spokesman Dmitry Peskov'],
    ['"It will be for show," a Western diplomat told AFP.', 'a Western diplomat'],
    ['"Victory in Syria has become a matter of prestige," said Yury Barmin, a Middle East analyst at the Council.', 'Yury Barmin, a Middle East analyst at the Council'],
    ['"We believe firmly," declared Secretary of State Mike Pompeo at the State Department yesterday.', 'Secretary of State Mike Pompeo'],
    ['It has since downed three warplanes, according to monitors.', 'monitors'],
    ['"This border is a European border," Ms. von der Leyen told a news conference.', 'Ms. von der Leyen'],
    ['"It was not designed for this," said Lt. Col. (ret.) Haluk Şenyüz, a former officer.', 'Lt. Col. (ret.) Haluk Şenyüz, a former officer'],
    ['Presidential aide Selim Kaya, asked about the vote, said only that Ankara would wait.', 'Presidential aide Selim Kaya'],
    ['As one Ankara diplomat put it, "We are buying time."', 'one Ankara diplomat'],
    // A capitalised word after the verb is what they said, not who.
    ['Colonel Ivan Petrov, the base commander, said Russian aircraft had not flown.', 'Colonel Ivan Petrov, the base commander'],
    ['Deputy Minister Ayla Demir, who led the talks, said Ankara would wait.', 'Deputy Minister Ayla Demir'],
    // A clause set between commas is no description of the speaker.
    ['Peskov, after talks with the Turkish side, said the deal held.', 'Peskov'],
    ['Omar Saleh, 62, said the shelling had stopped.', 'Omar Saleh'],
    // A role in lower case between the verb and the name is part of who spoke.
    ['"The strikes cannot be explained as collateral damage," said commissioner Hanne Sørlie.', 'commissioner Hanne Sørlie'],
    ['"We ran out of beds," said UN surgeon Omar Haddad, who works in Idlib.', 'UN surgeon Omar Haddad'],
    // A name is read from a word's start: not "an Engin Tarhan" (of "chairman"), nor "Sham" of "al-Sham".
    ['The party chairman Engin Tarhan said the vote was lost.', 'Engin Tarhan'],
    ['Hayat Tahrir al-Sham, the jihadist alliance that holds the province, said on Friday it would fight.', 'Hayat Tahrir al-Sham, the jihadist alliance that holds the province'],
    ['The daily al-Watan wrote that the deal held.', 'al-Watan'],
    ['ʿAlī said.', 'ʿAlī'],
    // …while a quote's opening mark is no letter: a name may follow it.
    ["'Peskov said it himself,' one aide recalled.", 'Peskov'],
    // A place set off by commas before the verb is not who spoke; who follows the verb is.
    ['The well is in the village of Ariha, a mile away, said Mona Saleh, a nurse with a relief group.', 'Mona Saleh, a nurse with a relief group'],
    ['Sam Reed, the U.S. special envoy, said Washington was studying it.', 'Sam Reed, the U.S. special envoy'],
    ['Omar Saleh, 62, a farmer from Ariha, said the shelling had stopped.', 'Omar Saleh, a farmer from Ariha'],
    ['Selin Arslan, head of the Aegean Party (AP), said the vote was lost.', 'Selin Arslan, head of the Aegean Party (AP)'],
    ['Foreign Minister Ayla Demir has said the deal is a bilateral understanding.', 'Foreign Minister Ayla Demir'],
    ['The patrol turned back after 20 kilometres, the ministry said.', 'the ministry'],
    ['The first day of the truce passed quietly, residents said.', 'residents'],
    ['The monitor said no air strikes had been reported.', 'The monitor'],
    // Who a relative clause says spoke.
    ['Athens halted asylum claims, a move criticised by the refugee agency UNHCR, which said it had no legal basis.', 'UNHCR'],
    ['The delay angered Ayla Demir, who said the patrols were overdue.', 'Ayla Demir'],
  ])('finds the speaker of %j', (sentence, speaker) => {
    expect(sentenceSpeaker(sentence)).toBe(speaker);
  });

  it('gives "…, adding that…" and "…, saying…" to who the sentence opens with', () => {
    expect(sentenceSpeaker('Putin began the meeting by expressing his sorrow at the deaths of Turkish soldiers, adding that Syrian forces had not been aware of their position.')).toBe('Putin');
    expect(sentenceSpeaker('Markets fell on Friday, adding to the pressure on the lira.')).toBeUndefined();
    // …and so is "…, saying…", past a live blog's time stamp.
    expect(sentenceSpeaker('**March 2** — Omar Nasser resigns as envoy, saying his health "no longer allows" the work.')).toBe('Omar Nasser');
  });

  it('finds no speaker where nobody speaks, nor in nouns that look like verbs', () => {
    expect(sentenceSpeaker('The safe zone will extend six kilometres on either side of the M4 highway.')).toBeUndefined();
    // A place or a clause set between commas is no speaker's description.
    expect(sentenceSpeaker('In Orestiada, about 18 kilometres south of the crossing, shopkeepers said the town was empty.')).toBeUndefined();
    expect(sentenceSpeaker('Turkey is bolstering Ankara’s claims to natural gas deposits.')).toBeUndefined();
    // …nor the end of a word: "residents" of "presidents".
    expect(sentenceSpeaker('What the presidents said to each other passed first through two interpreters.')).toBeUndefined();
  });
});

describe('speakersOf', () => {
  it('gives "he said" and a quotation standing alone to the last named speaker', () => {
    expect(speakersOf(['Mr. Mitsotakis said Greece would not be intimidated.', '"We will not be blackmailed," he said.', '"Never."', 'The border stayed closed.'])).toEqual([
      'Mr. Mitsotakis',
      'Mr. Mitsotakis',
      'Mr. Mitsotakis',
      undefined,
    ]);
  });

  it("gives a transcript's turns to the names in capitals before them, until the next label", () => {
    expect(
      speakersOf([
        'The Kremlin released the transcript on Wednesday.',
        'PESKOV: Migration is a matter between Turkey and the European Union.',
        'Naturally, Idlib will be touched upon.',
        '**Q: Will the presidents meet alone?**',
        'AMBASSADOR JEFFREY: We share intelligence with Turkey.',
        'PESKOV: The format is not yet decided.',
        'AMBASSADOR JEFFREY: No.',
      ]),
    ).toEqual([undefined, 'Peskov', 'Peskov', undefined, 'Ambassador Jeffrey', 'Peskov', 'Ambassador Jeffrey']);
  });

  it('reads a label in capitals that opens one paragraph only as a heading, not a speaker', () => {
    expect(speakersOf(['TOURISM: Bookings fell by half in March.', 'Hotels in Antalya stood empty.'])).toEqual([undefined, undefined]);
  });

  it("ends a turn at a paragraph not in the speaker's voice, and names no one for QUESTION or READ MORE", () => {
    const transcript = [
      'PESKOV: Migration is a matter between Turkey and the European Union.',
      'QUESTION: And Idlib?',
      'PESKOV: It will be discussed.',
      'At the talks we will listen.',
      'Ankara has sent 7,000 troops into Idlib since February.',
      'READ MORE: Turkey counts its dead.',
      'READ MORE: The lira falls.',
    ];
    expect(speakersOf(transcript, [0, 1, 2, 3, 4, 5, 6])).toEqual(['Peskov', undefined, 'Peskov', 'Peskov', undefined, undefined, undefined]);
  });

  it('gives "she said" to the person the sentence before opens with, when that sentence quotes nobody', () => {
    expect(
      speakersOf([
        '"Turkey got time," said Hana Saleh, head of the program.',
        'Olga Vetrova, a Moscow-based analyst, saw a different priority for the Kremlin.',
        '"Putin\'s main goal was to avoid a shooting war," she said.',
      ]),
    ).toEqual(['Hana Saleh', undefined, 'Olga Vetrova']);
  });

  it('reads the name past a live blog\'s time stamp or a dateline ("**20:15** — Selin Aydemir, an analyst, …")', () => {
    expect(speakersOf(['**20:15** — Deniz Kaya, an analyst in Istanbul, is sceptical.', '"This buys a month," she says.'])).toEqual([undefined, 'Deniz Kaya']);
    expect(speakersOf(['ANKARA — Deniz Kaya, an analyst, is sceptical.', '"This buys a month," she says.'])).toEqual([undefined, 'Deniz Kaya']);
  });

  it('gives a quotation of several sentences, after a sentence that opens with a name, to that person', () => {
    expect(
      speakersOf(['Gülşen Tekin, who heads AVE, defended her numbers.', '"Telephone respondents are more critical.', 'Our question also mentioned Balyun."', 'Markets fell.']),
    ).toEqual([undefined, 'Gülşen Tekin', 'Gülşen Tekin', undefined]);
  });

  it('keeps the person a sentence opens with as the subject through a sentence about them ("He bakes…")', () => {
    expect(
      speakersOf(['Maḥmūd Qaddūr, 57, reopened his bakery on 14 March.', 'He bakes from 04:00 and sells out by nine.', '"I do not care whose flag is on the checkpoint," he said.']),
    ).toEqual([undefined, undefined, 'Maḥmūd Qaddūr']);
  });

  it('gives "she said" to a person introduced with an age inside a sentence, not to the last speaker before her', () => {
    expect(
      speakersOf([
        '"The talks went well," Erdoğan said.',
        'At a stall by the port, the baker\'s wife, Nour Haddad, 41, counts the loaves.',
        'She grew up in Ariha.',
        '"Nobody asked us about any map," she said.',
      ]),
    ).toEqual(['Erdoğan', undefined, undefined, 'Nour Haddad']);
  });

  it('reads the name a sentence opens with past the role words before it ("The Communist deputy Igor Dedyukhin")', () => {
    expect(
      speakersOf(['The Communist deputy Igor Dedyukhin was the most sceptical voice.', '"I have seen a dozen ceasefires in Syria.', 'This one will last until the first sunny day," he said.']),
    ).toEqual([undefined, 'The Communist deputy Igor Dedyukhin', 'The Communist deputy Igor Dedyukhin']);
  });
});

describe('answers', () => {
  it('carry the speaker of a quoted passage', async () => {
    const engine = await loadEngine();
    expect(engine.answer('What did the Kremlin spokesman say?').passages[0]?.speaker).toBe('Kremlin spokesman Dmitry Peskov');
    const diplomat = engine.answer('I believe Putin will tell Erdogan that is it for his actions in Syria');
    expect(diplomat.passages[0]?.text).toMatch(/^"I believe Putin/);
    expect(diplomat.passages[0]?.speaker).toBe('a Western diplomat');
  });
});
