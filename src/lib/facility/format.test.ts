import { describe, expect, it } from 'vitest';
import { addressLines, directionsUrl, formatMiles, formatPhone, openStreetMapUrl, telHref } from './format';
import { sourceCitations, verification } from './provenance';

describe('phones', () => {
  it('makes tel: links that dial extensions', () => {
    expect(telHref('303-555-0100')).toBe('tel:+13035550100');
    expect(telHref('303-555-0100 x12')).toBe('tel:+13035550100,12');
    expect(() => telHref('javascript:alert(1)')).toThrow();
  });

  it('formats numbers for reading', () => {
    expect(formatPhone('303-555-0100 x12')).toBe('(303) 555-0100 ext. 12');
  });
});

describe('addresses and maps', () => {
  const address = { street1: '100 Main St', street2: 'Suite 2', city: 'Denver', state: 'CO' as const, zip: '80203' };

  it('lists street lines then the city line', () => {
    expect(addressLines(address)).toEqual(['100 Main St', 'Suite 2', 'Denver, CO 80203']);
    expect(addressLines({ city: 'Denver', state: 'CO', zip: '80203' })).toEqual(['Denver, CO 80203']);
  });

  it('builds an https directions link, and none without a street', () => {
    const url = new URL(directionsUrl(address)!);
    expect(url.protocol).toBe('https:');
    expect(url.searchParams.get('destination')).toBe('100 Main St, Denver, CO 80203');
    expect(directionsUrl({ city: 'Denver', state: 'CO', zip: '80203' })).toBeUndefined();
  });

  it('links OpenStreetMap at a zoom that fits the precision', () => {
    expect(openStreetMapUrl({ lat: 39.7, lon: -105, precision: 'exact' })).toBe(
      'https://www.openstreetmap.org/?mlat=39.70000&mlon=-105.00000#map=17/39.70000/-105.00000',
    );
    expect(openStreetMapUrl({ lat: 39.7, lon: -105, precision: 'zip-centroid' })).toContain('#map=13/');
  });

  it('formats distances', () => {
    expect(formatMiles(0.44)).toBe('0.4 miles');
    expect(formatMiles(1)).toBe('1 mile');
    expect(formatMiles(12.6)).toBe('13 miles');
  });
});

describe('provenance', () => {
  it('cites each SAMHSA edition once', () => {
    expect(
      sourceCitations([
        { directory: 'su', year: 2023 },
        { directory: 'mh', year: 2024 },
        { directory: 'su', year: 2023 },
      ]),
    ).toEqual([
      'SAMHSA, National Directory of Mental Health Treatment Facilities 2024',
      'SAMHSA, National Directory of Drug and Alcohol Use Treatment Facilities 2023',
    ]);
  });

  it('says when a listing was verified, or that it was not', () => {
    expect(verification({ lastVerified: '2026-03-02', samhsa: [] }).text).toBe(
      'Last verified with the facility on March 2, 2026',
    );
    expect(
      verification({
        samhsa: [
          { directory: 'su', year: 2023, codes: [] },
          { directory: 'mh', year: 2024, codes: [] },
        ],
      }).text,
    ).toBe('From the SAMHSA directory of 2024, not yet verified');
    expect(verification({ samhsa: [] }).kind).toBe('unverified');
  });

  it('says it in Spanish on Spanish pages, with the date written the Spanish way', () => {
    expect(verification({ lastVerified: '2026-03-02', samhsa: [] }, 'es').text).toBe(
      'Verificado por última vez con el centro el 2 de marzo de 2026',
    );
    expect(verification({ samhsa: [{ directory: 'mh', year: 2024, codes: [] }] }, 'es').text).toBe(
      'Del directorio de SAMHSA de 2024, sin verificar todavía',
    );
  });
});
