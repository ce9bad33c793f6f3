import { describe, expect, it } from 'vitest';
import { interpretQuery } from '../search/query';
import {
  chipsOf,
  clearedFilters,
  selectionCount,
  selectionOf,
  toggleOption,
  toggleTelehealth,
  withoutChip,
} from './selection';
import { DEFAULT_STATE } from './url-state';

const stateWith = (q: string, extra = {}) => ({ ...DEFAULT_STATE, q, ...extra });

describe('filters chosen by checkbox and by words', () => {
  it('checks the boxes of the terms read from the words', () => {
    const state = stateWith('virtual iop medicaid', { payment: ['sliding-scale'] });
    const selection = selectionOf(state, interpretQuery(state.q));
    expect(selection.levels).toEqual(['intensive-outpatient']);
    expect(selection.payment).toEqual(['sliding-scale', 'medicaid']);
    expect(selection.telehealth).toBe(true);
    expect(selectionCount(selection, 'CO')).toBe(5);
  });

  it('shows one chip per term, labelled from the taxonomy, and removes exactly its words', () => {
    const q = 'spanish speaking teen IOP near 60614';
    const reading = interpretQuery(q);
    const chips = chipsOf(reading, true);
    expect(chips.map((c) => c.label)).toEqual(['Near 60614', 'Spanish', 'Adolescents', 'Intensive outpatient (IOP)']);
    expect(withoutChip(q, chips[2]!)).toBe('spanish speaking IOP near 60614');
    expect(chipsOf(interpretQuery('MAT'), false)[0]!.label).toBe('Buprenorphine, Methadone, or Naltrexone');
    expect(chipsOf(interpretQuery('MAT'), false, 'es')[0]!.label).toMatch(/^Buprenorfina, Metadona o /);
  });

  it('unchecking a term from the words takes the words out and keeps the rest of what they named', () => {
    const state = stateWith('MAT near me');
    const patch = toggleOption(state, interpretQuery(state.q), 'medications', 'methadone', false);
    expect(patch).toEqual({ medications: ['buprenorphine', 'naltrexone'], q: 'near me' });
    const on = toggleOption(DEFAULT_STATE, interpretQuery(''), 'levels', 'detox', true);
    expect(on).toEqual({ levels: ['detox'] });
    expect(toggleTelehealth(stateWith('online iop'), interpretQuery('online iop'), false)).toEqual({
      telehealth: false,
      q: 'iop',
    });
  });

  it('clears checked filters, the state and the words read as filters, keeping names and places', () => {
    const state = stateWith('serenity iop 80203', { payment: ['medicaid'], state: 'CO' });
    const patch = clearedFilters(state, interpretQuery(state.q));
    expect(patch).toMatchObject({ payment: [], levels: [], state: undefined, telehealth: false, q: 'serenity 80203' });
  });
});
