import { describe, expect, it } from 'vitest';
import { GUIDE_SLUGS } from '../../guides';
import { LEVELS_OF_CARE } from '../../taxonomy';
import { aboutMessages } from './about';
import { guideMessages } from './guide';

/** Every string of a catalogue, with its key path; functions are called with a sample argument. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') return strings((value as (a: string) => unknown)('X'), `${path}()`);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

describe('guide and About catalogues', () => {
  it('name every guide in both languages, headings and summaries all different', () => {
    for (const locale of ['en', 'es'] as const) {
      const t = guideMessages(locale);
      expect(Object.keys(t.guides).sort()).toEqual([...GUIDE_SLUGS].sort());
      const headings = GUIDE_SLUGS.map((s) => t.guides[s].heading);
      expect(new Set(headings).size).toBe(headings.length);
    }
  });

  it('describe every level of care for the comparison table', () => {
    for (const locale of ['en', 'es'] as const) {
      expect(Object.keys(guideMessages(locale).levels.details).sort()).toEqual(LEVELS_OF_CARE.map((l) => l.id).sort());
    }
  });

  it('say nothing in Spanish the way the English says it', () => {
    for (const [en, es] of [
      [guideMessages('en'), guideMessages('es')],
      [aboutMessages('en'), aboutMessages('es')],
    ]) {
      const english = new Map(strings(en));
      const same = strings(es).filter(([path, text]) => text.length > 3 && english.get(path) === text);
      // A level's ASAM number is the same in both languages.
      expect(same.filter(([path]) => path !== 'levels.asam()')).toEqual([]);
    }
  });

  it('write the ASAM range of detox in Spanish', () => {
    expect(guideMessages('es').levels.asam('1-WM to 4-WM')).toBe('1-WM a 4-WM');
    expect(guideMessages('en').levels.asam('1-WM to 4-WM')).toBe('1-WM to 4-WM');
  });

  it('title the Spanish pages in Spanish and keep "IOP" where programs say it on the phone', () => {
    const es = guideMessages('es');
    expect(es.guides['what-is-iop'].heading).toBe('¿Qué es un programa ambulatorio intensivo (IOP)?');
    expect(es.levels.find('Programas ambulatorios intensivos')).toBe('Buscar programas ambulatorios intensivos');
  });
});
