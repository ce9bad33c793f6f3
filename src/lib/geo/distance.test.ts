import { describe, expect, it } from 'vitest';
import { bboxContains, circleBBox } from './bbox';
import { cellBBox, cellOf, parseCellKey, cellKey } from './cells';
import { distanceMiles } from './distance';

const DENVER = { lat: 39.7392, lon: -104.9903 };
const BOULDER = { lat: 40.015, lon: -105.2705 };

describe('distance', () => {
  it('matches known great-circle distances', () => {
    expect(distanceMiles(DENVER, BOULDER)).toBeCloseTo(24.2, 0);
    expect(distanceMiles(DENVER, DENVER)).toBe(0);
    // New York to Los Angeles, about 2,445 miles.
    expect(distanceMiles({ lat: 40.7128, lon: -74.006 }, { lat: 34.0522, lon: -118.2437 })).toBeCloseTo(2445, -1);
  });

  it('is symmetric', () => {
    expect(distanceMiles(DENVER, BOULDER)).toBeCloseTo(distanceMiles(BOULDER, DENVER), 9);
  });
});

describe('bounding boxes and cells', () => {
  it('holds every point of the circle in its box', () => {
    const box = circleBBox(DENVER, 25);
    for (let deg = 0; deg < 360; deg += 15) {
      // Walk 24.9 miles in each direction (small-distance approximation).
      const rad = (deg * Math.PI) / 180;
      const p = {
        lat: DENVER.lat + (24.9 / 69) * Math.cos(rad),
        lon: DENVER.lon + (24.9 / (69 * Math.cos((DENVER.lat * Math.PI) / 180))) * Math.sin(rad),
      };
      expect(distanceMiles(DENVER, p)).toBeLessThan(25);
      expect(bboxContains(box, p)).toBe(true);
    }
  });

  it('names cells so their bounds follow from the name', () => {
    const c = cellOf(DENVER, 6);
    const parsed = parseCellKey(cellKey(c))!;
    expect(parsed).toEqual(c);
    expect(bboxContains(cellBBox(parsed), DENVER)).toBe(true);
    expect(parseCellKey('../../etc')).toBeUndefined();
  });
});
