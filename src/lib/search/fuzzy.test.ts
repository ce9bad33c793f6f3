import { describe, expect, it } from 'vitest';
import Fuse from 'fuse.js/basic';
import { allowedErrors, lookupWord, substringDistance, WORD_THRESHOLD } from './fuzzy';
import { Vocabulary } from './vocabulary';

function vocab(words: string[]): Vocabulary {
  const v = new Vocabulary();
  for (const w of words) v.intern(w);
  return v;
}

const found = (v: Vocabulary, word: string) => lookupWord(v, word).map((m) => v.words[m.id]);
/** Matches, best first. */
const best = (v: Vocabulary, word: string) =>
  lookupWord(v, word)
    .sort((a, b) => b.quality - a.quality)
    .map((m) => v.words[m.id]);

describe('fuzzy word lookup', () => {
  const v = vocab(['serenity', 'seventy', 'house', 'lighthouse', 'denver', 'recovery', 'centre', 'center', 'st']);

  it('forgives a typo', () => {
    // "seventy" is two typos away, so it matches too, but ranks below.
    expect(best(v, 'serenety')).toEqual(['serenity', 'seventy']);
    expect(found(v, 'denvr')).toEqual(['denver']);
    expect(found(v, 'recovey')).toEqual(['recovery']);
  });

  it('matches the start of a word while typing, and words inside words', () => {
    expect(best(v, 'seren')[0]).toBe('serenity');
    expect(found(v, 'house')).toEqual(['house', 'lighthouse']);
  });

  it('ranks an exact word above a longer one', () => {
    const [a, b] = lookupWord(v, 'house');
    expect(a!.quality).toBeGreaterThan(b!.quality);
  });

  it('treats one or two letters as a prefix only', () => {
    expect(found(v, 's')).toEqual(['serenity', 'seventy', 'st']);
    expect(found(v, 'en')).toEqual([]);
  });

  it('agrees with Fuse on a sample of words (the prefilter never drops a Fuse match)', () => {
    const words = ['behavioral', 'behavorial', 'health', 'healthcare', 'mental', 'mentel', 'counseling', 'counselling'];
    const big = vocab(words);
    for (const q of ['behavioral', 'helth', 'mental', 'counsling', 'beha']) {
      const fuse = new Fuse(words, { threshold: WORD_THRESHOLD, ignoreLocation: true, isCaseSensitive: true });
      const expected = fuse
        .search(q)
        .map((r) => r.item)
        .sort();
      expect(found(big, q).sort(), q).toEqual(expected);
    }
  });
});

describe('substringDistance', () => {
  it('is the edit distance to the best substring', () => {
    expect(substringDistance('abc', 'xxabcxx', 3)).toBe(0);
    expect(substringDistance('abc', 'xxabxx', 3)).toBe(1);
    expect(substringDistance('serenety', 'serenity', 3)).toBe(1);
    expect(substringDistance('abcdef', 'zzz', 2)).toBe(3);
  });

  it('allows more typos in longer words', () => {
    expect([3, 4, 7, 8, 12].map(allowedErrors)).toEqual([0, 1, 1, 2, 3]);
  });
});
