import { describe, expect, it } from 'vitest';
import { STATE_CODES } from '../geo/states';
import { kmToState, pointInState, statesAt } from './state-shapes';

describe('state shapes (us-atlas states-10m)', () => {
  it('has an outline for every state, DC and territory', () => {
    const capitals: Record<string, [number, number]> = {
      CO: [39.7392, -104.9903],
      DC: [38.8977, -77.0365],
      AK: [58.3019, -134.4197],
      HI: [21.3069, -157.8583],
      PR: [18.4655, -66.1057],
      GU: [13.4757, 144.7489],
      VI: [18.3419, -64.9307],
      MP: [15.1779, 145.7507],
      AS: [-14.2756, -170.702],
    };
    for (const [state, [lat, lon]] of Object.entries(capitals)) expect(pointInState(state, lat, lon), state).toBe(true);
    for (const state of STATE_CODES) expect(kmToState(state, 0, 0), state).toBeLessThan(Infinity);
  });

  it('measures how far a point is outside a state', () => {
    expect(pointInState('CO', 39, -109.2)).toBe(false);
    expect(statesAt(39, -109.2)).toEqual(['UT']);
    expect(kmToState('CO', 39, -109.2)).toBeGreaterThan(10);
    expect(kmToState('CO', 39, -109.2)).toBeLessThan(16);
  });
});
