import { describe, expect, it } from 'vitest';
import { allowedTypos, editDistance, withinEdits } from './typos';

describe('typo tolerance', () => {
  it('grows with word length', () => {
    expect([4, 5, 6, 8, 9, 14].map(allowedTypos)).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it('compares whole words: "eating" is not inside "betting"', () => {
    expect(withinEdits('eating', 'betting', allowedTypos(6))).toBe(false);
    expect(withinEdits('medicaid', 'medical', allowedTypos(8))).toBe(false);
    expect(withinEdits('serenety', 'serenity', allowedTypos(8))).toBe(true);
  });

  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('serentiy', 'serenity', 3)).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });
});
