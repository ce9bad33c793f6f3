import { describe, expect, it } from 'vitest';
import { facilityDescription, truncate, uniqueFacilityTitles } from './meta';

const f = (id: string, name: string, city: string, extra: { alternateName?: string; street1?: string } = {}) => ({
  id,
  name,
  alternateName: extra.alternateName,
  address: { street1: extra.street1, city, state: 'CO' as const, zip: '80203' },
});

describe('uniqueFacilityTitles', () => {
  it('uses name, city and state when that is unique', () => {
    const titles = uniqueFacilityTitles([f('a', 'Hope House', 'Denver'), f('b', 'Hope House', 'Boulder')]);
    expect(titles.get('a')).toBe('Hope House, Denver, CO');
    expect(titles.get('b')).toBe('Hope House, Boulder, CO');
  });

  it('adds the program name or street when a name repeats in a city', () => {
    const titles = uniqueFacilityTitles([
      f('a', 'Hope House', 'Denver', { street1: '1 Main St' }),
      f('b', 'Hope House', 'Denver', { alternateName: 'Youth Program', street1: '9 Elm St' }),
    ]);
    expect(titles.get('a')).toBe('Hope House (1 Main St), Denver, CO');
    expect(titles.get('b')).toBe('Hope House (Youth Program, 9 Elm St), Denver, CO');
  });

  it('falls back to the id when everything else is the same', () => {
    const titles = uniqueFacilityTitles([f('a', 'Hope House', 'Denver'), f('b', 'HOPE HOUSE', 'Denver')]);
    expect(new Set(titles.values()).size).toBe(2);
    expect(titles.get('b')).toContain('[b]');
  });
});

describe('descriptions', () => {
  it('truncates at a word boundary', () => {
    const text = truncate('word '.repeat(60), 50);
    expect(text.length).toBeLessThanOrEqual(50);
    expect(text.endsWith('word…')).toBe(true);
    expect(truncate('short')).toBe('short');
  });

  it('describes a facility with its address, levels and status', () => {
    const text = facilityDescription({
      name: 'Hope House',
      address: { street1: '1 Main St', city: 'Denver', state: 'CO', zip: '80203' },
      levelsOfCare: ['intensive-outpatient'],
      status: 'temporarily-closed',
    });
    expect(text).toBe(
      'Temporarily closed. Hope House, 1 Main St, Denver, CO 80203. Intensive outpatient (IOP). Phone, payment, services and directions.',
    );
  });

  it('describes a facility in Spanish with the taxonomy labels', () => {
    const text = facilityDescription(
      {
        name: 'Hope House',
        address: { street1: '1 Main St', city: 'Denver', state: 'CO', zip: '80203' },
        levelsOfCare: ['intensive-outpatient'],
        status: 'closed',
      },
      'es',
    );
    expect(text).toBe(
      'Cerrado. Hope House, 1 Main St, Denver, CO 80203. Programa ambulatorio intensivo (IOP). Teléfono, formas de pago, servicios y cómo llegar.',
    );
  });
});
