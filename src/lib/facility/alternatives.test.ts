import { describe, expect, it } from 'vitest';
import { computeAlternatives, pageLevel, type AlternativeCandidate } from './alternatives';

const at = (
  id: string,
  lat: number,
  lon: number,
  levels: AlternativeCandidate['levelsOfCare'],
  status: AlternativeCandidate['status'] = 'active',
): AlternativeCandidate => ({
  id,
  location: { lat, lon },
  levelsOfCare: levels,
  status,
});

describe('computeAlternatives', () => {
  const facilities: AlternativeCandidate[] = [
    at('home', 39.74, -104.99, ['intensive-outpatient', 'outpatient']),
    at('iop-near', 39.75, -104.99, ['intensive-outpatient']),
    at('op-nearer', 39.741, -104.99, ['outpatient']),
    at('residential-only', 39.742, -104.99, ['residential']),
    at('closed-iop', 39.7401, -104.99, ['intensive-outpatient'], 'closed'),
    at('paused-iop', 39.7402, -104.99, ['intensive-outpatient'], 'temporarily-closed'),
    at('iop-far', 41.5, -104.99, ['intensive-outpatient', 'outpatient']),
    { id: 'no-location', levelsOfCare: ['outpatient'], status: 'active' },
  ];
  const result = computeAlternatives(facilities, { limit: 5, maxMiles: 100 });

  it('offers an IOP page other open IOPs, never an outpatient-only office nor itself', () => {
    const list = result.get('home')!;
    expect(list.map((a) => a.id)).toEqual(['iop-near']);
    expect(list[0]!.sharedLevels).toEqual(['intensive-outpatient']);
    expect(list[0]!.miles).toBeCloseTo(0.7, 1);
  });

  it('offers an outpatient-only page outpatient care, and reports every shared level in taxonomy order', () => {
    expect(result.get('op-nearer')!.map((a) => a.id)).toEqual(['home']);
    const near = computeAlternatives(facilities, { maxMiles: 200 }).get('iop-far')!;
    expect(near.find((a) => a.id === 'home')!.sharedLevels).toEqual(['outpatient', 'intensive-outpatient']);
  });

  it('is about the first level other than outpatient', () => {
    expect(pageLevel(['outpatient', 'intensive-outpatient', 'residential'])).toBe('intensive-outpatient');
    expect(pageLevel(['outpatient'])).toBe('outpatient');
    expect(pageLevel([])).toBeUndefined();
  });

  it('leaves out facilities with no location and closed ones as alternatives', () => {
    expect(result.has('no-location')).toBe(false);
    for (const list of result.values()) {
      for (const a of list) expect(['closed-iop', 'paused-iop', 'no-location']).not.toContain(a.id);
    }
  });

  it('still lists alternatives for a closed facility, so its page points somewhere open', () => {
    expect(result.get('closed-iop')!.map((a) => a.id)).toContain('iop-near');
  });

  it('caps the list', () => {
    const many = Array.from({ length: 20 }, (_, i) => at(`f${i}`, 39.7 + i * 0.001, -105, ['outpatient']));
    expect(computeAlternatives(many).get('f0')).toHaveLength(5);
  });
});
