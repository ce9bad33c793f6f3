import { describe, expect, it } from 'vitest';
import { stateMap } from './state-map';
import { STATE_CODES } from './states';

describe('stateMap', () => {
  it('draws every state and territory as a small SVG path', () => {
    for (const code of STATE_CODES) {
      const map = stateMap(code)!;
      expect(map, code).toBeDefined();
      expect(map.path).toMatch(/^M[\d\s.LZM-]+Z$/);
      // Small enough to inline in every facility page.
      expect(map.path.length, code).toBeLessThan(6000);
      expect(Math.max(map.width, map.height)).toBeLessThanOrEqual(260);
    }
  });

  it('puts a point inside its state inside the drawing, and one far away outside it', () => {
    const co = stateMap('CO')!;
    const denver = co.project({ lat: 39.74, lon: -104.99 })!;
    const [left, top, width, height] = co.viewBox.split(' ').map(Number) as [number, number, number, number];
    expect(denver.x).toBeGreaterThan(left + width / 2);
    expect(denver.y).toBeGreaterThan(top);
    expect(denver.y).toBeLessThan(top + height / 2);
    expect(co.project({ lat: 25.76, lon: -80.19 })).toBeUndefined();
  });

  it('draws Alaska across the 180th meridian without breaking it apart', () => {
    const ak = stateMap('AK')!;
    const anchorage = ak.project({ lat: 61.22, lon: -149.9 });
    expect(anchorage).toBeDefined();
  });

  it('reuses one outline per state', () => {
    expect(stateMap('TX')).toBe(stateMap('TX'));
  });
});
