import { describe, expect, it } from 'vitest';
import { SPANISH_STATE_NAMES } from './state-names-es';
import { byStateName, STATE_CODES, stateName, stateOptions, US_STATES } from './states';

describe('state names', () => {
  it('names a state in English by default, whatever the case of the code', () => {
    expect(stateName('NM')).toBe('New Mexico');
    expect(stateName('nc')).toBe('North Carolina');
    expect(stateName('NM', 'en')).toBe('New Mexico');
  });

  it('gives the Spanish name where Spanish differs, and the shared name elsewhere', () => {
    expect(stateName('NM', 'es')).toBe('Nuevo México');
    expect(stateName('nc', 'es')).toBe('Carolina del Norte');
    expect(stateName('PA', 'es')).toBe('Pensilvania');
    expect(stateName('HI', 'es')).toBe('Hawái');
    expect(stateName('DC', 'es')).toBe('Distrito de Columbia');
    expect(stateName('VI', 'es')).toBe('Islas Vírgenes de los EE. UU.');
    expect(stateName('TX', 'es')).toBe('Texas');
    expect(stateName('PR', 'es')).toBe('Puerto Rico');
  });

  it('has no name for an unknown code in either language', () => {
    expect(stateName('XX')).toBeUndefined();
    expect(stateName('XX', 'es')).toBeUndefined();
  });

  it('gives every state and territory a distinct name in each language', () => {
    for (const locale of ['en', 'es'] as const) {
      const names = STATE_CODES.map((code) => stateName(code, locale));
      expect(names.every(Boolean), locale).toBe(true);
      expect(new Set(names).size, locale).toBe(STATE_CODES.length);
    }
  });

  it('lists only Spanish names that differ from the English', () => {
    for (const [code, name] of Object.entries(SPANISH_STATE_NAMES)) expect(name, code).not.toBe(stateName(code));
  });

  it('sorts by the name in the language', () => {
    const codes = ['NY', 'NC', 'CO', 'CA'];
    expect([...codes].sort(byStateName('en'))).toEqual(['CA', 'CO', 'NY', 'NC']);
    expect([...codes].sort(byStateName('es'))).toEqual(['CA', 'NC', 'CO', 'NY']);
  });
});

describe('stateOptions', () => {
  it('lists every state by its name in the language, sorted by that name', () => {
    const es = stateOptions('es');
    expect(es).toHaveLength(US_STATES.length);
    const names = es.map(([, name]) => name);
    expect(names.indexOf('Carolina del Norte')).toBeLessThan(names.indexOf('Colorado'));
    expect(es.find(([code]) => code === 'NM')?.[1]).toBe('Nuevo México');
    expect(stateOptions('en')[0]).toEqual(['AL', 'Alabama']);
  });
});
