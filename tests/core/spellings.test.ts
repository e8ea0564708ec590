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

  it("find the articles' spelling of a common word typed the other way", () => {
    const centre = 'The reconciliation centre is run by Russian officers.';
    const talks = 'The Hmeimim reconciliation talks are run by Russian officers.';
    expect(engineOf(talks, centre, lira).answer('who runs the hmeimim reconciliation center').passages[0]?.text).toBe(centre);
  });
});
