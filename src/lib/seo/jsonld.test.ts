import { describe, expect, it } from 'vitest';
import { Facility } from '../schema';
import { breadcrumbJsonLd, facilityJsonLd, medicalSpecialties, serializeJsonLd } from './jsonld';

const base = Facility.parse({
  id: 'serenity-house-denver-co',
  name: 'Serenity House',
  address: { street1: '100 Main St', street2: 'Suite 2', city: 'Denver', state: 'CO', zip: '80203' },
  location: { lat: 39.74, lon: -104.99, precision: 'exact' },
  phone: '303-555-0100 x12',
  website: 'https://www.serenityhouse.org/',
  careFocus: ['substance-use', 'mental-health'],
  levelsOfCare: ['outpatient', 'intensive-outpatient'],
  specialties: ['adolescents'],
  payment: ['medicaid', 'sliding-scale'],
});
const PAGE = 'https://example.org/facilities/serenity-house-denver-co/';

describe('facilityJsonLd', () => {
  it('describes a clinic with address, coordinates, phone and specialties', () => {
    const node = facilityJsonLd(base, PAGE);
    expect(node).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'MedicalClinic',
      '@id': `${PAGE}#facility`,
      name: 'Serenity House',
      url: 'https://www.serenityhouse.org/',
      address: {
        '@type': 'PostalAddress',
        streetAddress: '100 Main St, Suite 2',
        addressLocality: 'Denver',
        addressRegion: 'CO',
        postalCode: '80203',
        addressCountry: 'US',
      },
      geo: { '@type': 'GeoCoordinates', latitude: 39.74, longitude: -104.99 },
      telephone: '+1-303-555-0100 x12',
      medicalSpecialty: ['https://schema.org/Pediatric', 'https://schema.org/Psychiatric'],
      paymentAccepted: 'Medicaid, Sliding fee scale',
    });
  });

  it('uses MedicalOrganization for residential, hospital or detox care', () => {
    expect(facilityJsonLd({ ...base, levelsOfCare: ['residential'] }, PAGE)['@type']).toBe('MedicalOrganization');
    expect(facilityJsonLd({ ...base, levelsOfCare: [] }, PAGE)['@type']).toBe('MedicalOrganization');
  });

  it('leaves out what is unknown or only approximate', () => {
    const node = facilityJsonLd(
      {
        ...base,
        address: { city: 'Denver', state: 'CO', zip: '80203' },
        location: { lat: 39.7, lon: -105, precision: 'zip-centroid' },
        phone: undefined,
        website: undefined,
        careFocus: ['substance-use'],
        specialties: [],
        payment: [],
      },
      PAGE,
    );
    expect(node.geo).toBeUndefined();
    expect(node.telephone).toBeUndefined();
    expect(node.medicalSpecialty).toBeUndefined();
    expect(node.paymentAccepted).toBeUndefined();
    expect((node.address as Record<string, unknown>).streetAddress).toBeUndefined();
    expect(node.url).toBe(PAGE);
  });

  it('maps only to real schema.org specialties', () => {
    expect(medicalSpecialties({ careFocus: ['substance-use'], specialties: ['veterans'], levelsOfCare: [] })).toEqual(
      [],
    );
    expect(
      medicalSpecialties({ careFocus: ['co-occurring'], specialties: ['older-adults', 'dementia'], levelsOfCare: [] }),
    ).toEqual(['https://schema.org/Geriatric', 'https://schema.org/Psychiatric']);
  });
});

describe('serializeJsonLd', () => {
  it('cannot be broken out of by data', () => {
    const hostile = { ...base, name: '</script><script>alert(1)</script> <!-- & \u2028' };
    const json = serializeJsonLd(facilityJsonLd(hostile, PAGE));
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json.toLowerCase()).not.toContain('</script');
    expect((JSON.parse(json) as { name: string }).name).toBe(hostile.name);
  });

  it('serializes a list of nodes', () => {
    const crumbs = breadcrumbJsonLd([
      { name: 'Home', url: 'https://example.org/' },
      { name: 'Colorado', url: 'https://example.org/states/co/' },
    ]);
    const parsed = JSON.parse(serializeJsonLd([crumbs])) as [{ itemListElement: { position: number }[] }];
    expect(parsed[0].itemListElement.map((i) => i.position)).toEqual([1, 2]);
  });
});
