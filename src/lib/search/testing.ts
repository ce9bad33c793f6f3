import { Facility, type FacilityInput } from '../schema';
import { packFacility, type PackedRecord } from './record';

/** A valid facility for tests: Denver by default, overridable field by field. */
export function makeFacility(overrides: Partial<FacilityInput> & { id: string }): Facility {
  return Facility.parse({
    name: 'Test Facility',
    address: { street1: '1 Main St', city: 'Denver', state: 'CO', zip: '80203' },
    location: { lat: 39.7313, lon: -104.9811, precision: 'exact' },
    ...overrides,
  });
}

export function packed(overrides: Partial<FacilityInput> & { id: string }): PackedRecord {
  return packFacility(makeFacility(overrides));
}

/** Deterministic pseudo-random numbers (mulberry32) so property tests are repeatable. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
