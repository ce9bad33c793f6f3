import { describe, expect, it } from 'vitest';
import { suggestFor } from './suggest';

describe('did you mean', () => {
  it('offers the taxonomy word a misspelling is closest to', () => {
    expect(suggestFor('suboxen', [])).toBe('Suboxone');
    expect(suggestFor('medicaud', [])).toBe('Medicaid');
  });

  it('offers the Spanish label, with its accents, for a misspelt Spanish word', () => {
    expect(suggestFor('desintosicasion', [])).toBe('Desintoxicación');
  });

  it('offers a facility name word too', () => {
    expect(suggestFor('hazeldon', ['hazelden', 'harbor'])).toBe('hazelden');
  });

  it('offers nothing for gibberish', () => {
    expect(suggestFor('qqqzzx', ['quincy'])).toBeUndefined();
  });
});
