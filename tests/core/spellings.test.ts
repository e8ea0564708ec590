import { describe, expect, it } from 'vitest';
import { otherSpellings } from '../../src/core/spellings.js';
import { engineOf } from '../helpers.js';

const lira = 'Markets fell in Istanbul as the lira weakened against the dollar.';

describe('British and American spellings', () => {
  it('are offered for each other', () => {
    expect(otherSpellings('center')).toContain('centre');
    expect(otherSpellings('defence')).toContain('defense');
    expect(otherSpellings('honor')).toContain('honour');
    expect(otherSpellings('traveled')).toContain('travelled');
    expect(otherSpellings('analyse')).toContain('analyze');
    expect(otherSpellings('dialogue')).toContain('dialog');
  });

  it("find the articles' spelling of a common word typed the other way, and say so", () => {
    const centre = 'The reconciliation centre at the Hmeimim base is run by Russian officers.';
    const answer = engineOf(centre, lira).answer('who runs the reconciliation center at hmeimim');
    expect(answer.passages[0]?.text).toBe(centre);
    expect(answer.corrections).toContainEqual({ from: 'center', to: 'centre' });
  });

  it('leave words alone that a swap would make into others', () => {
    for (const word of ['per', 'filed', 'four', 'scoured', 'poured']) expect(otherSpellings(word), word).toEqual([]);
  });
});
