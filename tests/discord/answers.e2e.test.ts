// What answers look like in Discord: who is speaking, differing figures, links to the sentence, limits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIEmbed } from 'discord-api-types/v10';
import { startHarness, type Harness } from './bot-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

async function embeds(question: string, extra: Record<string, string | boolean> = {}): Promise<APIEmbed[]> {
  const handle = h.fake.slashCommand({ name: 'ask', options: { question, ...extra }, user: h.fake.makeUser() });
  const response = await handle.response();
  return ((response.data as { embeds?: APIEmbed[] }).embeds ?? []);
}

describe('answers in Discord', () => {
  it('name the speaker of a quote before the outlet', async () => {
    const [first] = await embeds('What did the Kremlin spokesman say before the talks?');
    expect(first?.description).toContain('— Kremlin spokesman Dmitry Peskov, quoted by [The Moscow Times](');
  });

  it('link each quote to its sentence with a text fragment', async () => {
    const [first] = await embeds('What did the Western diplomat tell AFP?');
    expect(first?.url).toMatch(/^https:\/\/www\.themoscowtimes\.com\/.+#:~:text=%22There%20might%20be%20a%20ceasefire/);
  });

  it('say when outlets give different figures, and quote both', async () => {
    const all = await embeds('How many Turkish soldiers were killed in the air strike on February 27?');
    expect(all[0]?.title).toBe('The outlets give different figures for soldiers');
    expect(all[0]?.description).toContain('The Moscow Times (5 March 2020): “34');
    expect(all[0]?.description).toContain('World Socialist Web Site (6 March 2020): “36');
    const quotes = all.slice(1).map((e) => e.description ?? '').join('\n').replace(/\*\*/g, '');
    expect(quotes).toContain('after 34 died in an air strike');
    expect(quotes).toContain('including 36 in a strike');
  });

  it('limit the sources to an outlet or dates when asked', async () => {
    const mt = await embeds('ceasefire', { outlet: 'Moscow Times' });
    expect(mt.length).toBeGreaterThan(0);
    for (const e of mt) expect(e.description).toContain('The Moscow Times');
    const bad = h.fake.slashCommand({ name: 'ask', options: { question: 'ceasefire', since: '5 March' }, user: h.fake.makeUser() });
    expect(JSON.stringify((await bad.response()).data)).toContain('`since` must be a date written YYYY-MM-DD');
  });

  it('show each passage’s publication date', async () => {
    for (const e of await embeds('Sochi deal observation posts')) expect(e.description).toMatch(/\d{1,2} March 2020/);
  });
});
