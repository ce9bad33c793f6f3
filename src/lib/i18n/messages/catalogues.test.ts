import { describe, expect, it } from 'vitest';
import { CATALOGUES, englishOnlyStrings } from './index';

/** Every key path of an object, with the kind of value there. */
function shape(value: unknown, path = ''): string[] {
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => shape(v, path ? `${path}.${k}` : k));
  }
  return [`${path}:${typeof value}`];
}

describe('UI catalogues', () => {
  it.each(CATALOGUES.map((c) => [c.area, c] as const))('%s: Spanish has exactly the English keys', (_area, c) => {
    expect(shape(c.messages('es'))).toEqual(shape(c.messages('en')));
  });

  it('lists the English strings that Spanish pages must not show', () => {
    const site = CATALOGUES.find((c) => c.area === 'site')!;
    const strings = englishOnlyStrings(site.messages('en'), site.messages('es'));
    expect(strings).toContainEqual({ path: 'skipToMain', text: 'Skip to main content' });
    expect(strings.some((s) => s.text === '(Esc)')).toBe(false);
  });
});
