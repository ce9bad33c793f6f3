import { describe, expect, it } from 'vitest';
import { slug } from '../schema';
import { assignIds, baseId, slugify, type IdSubject } from './ids';

const subject = (name: string, street: string | undefined, zip = '80203'): IdSubject => ({
  key: `${name}|${street ?? ''}|${zip}`,
  name,
  city: 'Denver',
  state: 'CO',
  ...(street ? { street1: street } : {}),
  zip,
});

describe('slugify', () => {
  it('makes URL-safe lowercase slugs', () => {
    expect(slugify("St. Mary's Clínica & Recovery, Inc.")).toBe('st-marys-clinica-and-recovery-inc');
  });
  it('cuts long text at a word boundary', () => {
    const s = slugify('word '.repeat(40), 23);
    expect(s).toBe('word-word-word-word');
  });
});

describe('assignIds', () => {
  it('uses <name>-<city>-<state> when free', () => {
    const ids = assignIds([subject('Synthetic House', '1 Main Street')], new Set());
    expect([...ids.values()]).toEqual(['synthetic-house-denver-co']);
    expect(slug.safeParse(baseId(subject('A'.repeat(300), undefined))).success).toBe(true);
  });
  it('disambiguates every new facility of a colliding batch by street, deterministically', () => {
    const a = subject('Synthetic House', '1 Main Street');
    const b = subject('Synthetic House', '9 Elm Avenue');
    const one = assignIds([a, b], new Set());
    const two = assignIds([b, a], new Set());
    expect(one).toEqual(two);
    expect(one.get(a.key)).toBe('synthetic-house-denver-co-1-main-st');
    expect(one.get(b.key)).toBe('synthetic-house-denver-co-9-elm-ave');
  });
  it('never reuses a taken id; a new colliding facility gets a street suffix', () => {
    const taken = new Set(['synthetic-house-denver-co']);
    const ids = assignIds([subject('Synthetic House', '9 Elm Avenue')], taken);
    expect(ids.get(subject('Synthetic House', '9 Elm Avenue').key)).toBe('synthetic-house-denver-co-9-elm-ave');
    expect(taken.has('synthetic-house-denver-co-9-elm-ave')).toBe(true);
  });
  it('falls back to ZIP, then a number', () => {
    const taken = new Set(['x-denver-co']);
    const ids = assignIds([subject('X', undefined, '80203'), subject('X', undefined, '80202')], taken);
    expect([...ids.values()].sort()).toEqual(['x-denver-co-80202', 'x-denver-co-80203']);
    const again = assignIds([{ ...subject('X', undefined, '80203'), key: 'other' }], taken);
    expect(again.get('other')).toBe('x-denver-co-2');
  });
});
