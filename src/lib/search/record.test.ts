import { describe, expect, it } from 'vitest';
import { GROUP_INDEX, groupTerms, bitsOf, maskOf, termsOf } from './groups';
import { packFacility } from './pack';
import { compareForOrdinals, FLAG_APPROXIMATE, FLAG_TELEHEALTH, unpackRecord } from './record';
import { makeFacility } from './testing';

describe('taxonomy masks', () => {
  it('packs ids into bits in taxonomy order and back', () => {
    const levels = groupTerms('levels');
    const mask = maskOf(levels, ['residential', 'intensive-outpatient', 'nonsense']);
    expect(bitsOf(mask)).toEqual([1, 3]);
    expect(termsOf(levels, mask).map((t) => t.id)).toEqual(['intensive-outpatient', 'residential']);
  });

  it('uses the top bit without going negative', () => {
    expect(bitsOf(maskOf(groupTerms('specialties'), ['gambling']))).toEqual([24]);
    const term = { id: 'x', label: 'x', description: 'x', es: { label: 'x', description: 'x' } };
    expect(maskOf([term], ['x'])).toBe(1);
  });
});

describe('search record codec', () => {
  it('round-trips a facility through its packed row, ordinal included', () => {
    const f = makeFacility({
      id: 'serenity-house-denver-co',
      name: 'Serenity House',
      alternateName: 'Evening IOP',
      phone: '303-555-0100',
      address: { street1: '100 Synthetic Street', city: 'Denver', state: 'CO', zip: '80203' },
      location: { lat: 39.73134, lon: -104.98116, precision: 'zip-centroid' },
      levelsOfCare: ['intensive-outpatient'],
      specialties: ['eating-disorders', 'co-occurring'],
      payment: ['medicaid'],
      telehealth: true,
    });
    const r = unpackRecord(JSON.parse(JSON.stringify(packFacility(f, 7))))!;
    expect(r).toMatchObject({
      idx: 7,
      id: 'serenity-house-denver-co',
      name: 'Serenity House',
      alt: 'Evening IOP',
      city: 'Denver',
      state: 'CO',
      phone: '303-555-0100',
      street: '100 Synthetic Street',
    });
    expect(r.lat).toBeCloseTo(39.7313, 4);
    expect(r.lon).toBeCloseTo(-104.9812, 4);
    expect(r.flags & FLAG_TELEHEALTH).toBeTruthy();
    expect(r.flags & FLAG_APPROXIMATE).toBeTruthy();
    expect(termsOf(groupTerms('specialties'), r.masks[GROUP_INDEX.specialties]!).map((t) => t.id)).toEqual([
      'eating-disorders',
      'co-occurring',
    ]);
  });

  it('falls back to an intake line and marks a missing point as NaN', () => {
    const r = unpackRecord(
      packFacility(makeFacility({ id: 'a', intakePhones: ['303-555-0199'], location: undefined }), 0),
    )!;
    expect(r.phone).toBe('303-555-0199');
    expect(r.street).toBe('1 Main St');
    expect(Number.isNaN(r.lat)).toBe(true);
  });

  it('refuses rows without an ordinal, id and name, and survives hostile values', () => {
    expect(unpackRecord(['id', 'name'])).toBeUndefined();
    expect(unpackRecord([-1, 'id', 'name'])).toBeUndefined();
    const r = unpackRecord([3, 'id', 'name', { evil: 1 }, null, 5, 'x', 1e99, 'flags'])!;
    expect(r.alt).toBe('');
    expect(Number.isNaN(r.lat)).toBe(true);
    expect(r.masks.every((m) => m === 0)).toBe(true);
  });

  it('orders ordinals by state, then name, then id', () => {
    const fs = [
      makeFacility({ id: 'b', name: 'Beta', address: { city: 'X', state: 'WY', zip: '82001' } }),
      makeFacility({ id: 'c', name: 'alpha' }),
      makeFacility({ id: 'a', name: 'Alpha' }),
    ];
    expect([...fs].sort(compareForOrdinals).map((f) => f.id)).toEqual(['a', 'c', 'b']);
  });
});
