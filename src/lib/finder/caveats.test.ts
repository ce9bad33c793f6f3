import { describe, expect, it } from 'vitest';
import { dataCaveats } from './caveats';

describe('dataCaveats', () => {
  it('explains that mental-health IOPs are not in the SAMHSA data when IOP is chosen', () => {
    const [caveat, ...rest] = dataCaveats({ levels: ['intensive-outpatient'] });
    expect(caveat).toMatch(/mental-health directory does not record IOPs/);
    expect(rest).toEqual([]);
  });

  it('says nothing for other levels of care', () => {
    expect(dataCaveats({ levels: [] })).toEqual([]);
    expect(dataCaveats({ levels: ['outpatient', 'partial-hospitalization'] })).toEqual([]);
  });
});
