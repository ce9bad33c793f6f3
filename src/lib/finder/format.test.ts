import { describe, expect, it } from 'vitest';
import { formatCount, milesLabel, roundPoint, shortList, telHref } from './format';
import { pageInfo, pageOf, rangeLabel } from './pagination';

describe('result formatting', () => {
  it('builds tap-to-call links', () => {
    expect(telHref('303-555-0100')).toBe('tel:+13035550100');
    expect(telHref('303-555-0100 x12')).toBe('tel:+13035550100;ext=12');
    expect(telHref('call us')).toBeUndefined();
  });

  it('formats distances and lists', () => {
    expect(milesLabel(0.43)).toBe('0.4 mi');
    expect(milesLabel(27.4)).toBe('27 mi');
    expect(shortList(['a', 'b', 'c', 'd'], 2)).toBe('a, b +2 more');
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(999)).toBe('999');
    expect(roundPoint({ lat: 39.73912, lon: -104.98444 })).toEqual({ lat: 39.74, lon: -104.98 });
  });
});

describe('pagination', () => {
  it('says which results are shown, never hiding the total', () => {
    expect(rangeLabel(pageInfo(312, 1))).toBe('1–20 of 312 facilities');
    expect(rangeLabel(pageInfo(312, 16))).toBe('301–312 of 312 facilities');
    expect(rangeLabel(pageInfo(1, 1))).toBe('1 facility');
    expect(rangeLabel(pageInfo(0, 1))).toBe('No facilities');
    expect(rangeLabel(pageInfo(12_345, 2))).toBe('21–40 of 12,345 facilities');
  });

  it('clamps a page beyond the end', () => {
    expect(pageInfo(45, 99)).toMatchObject({ page: 3, start: 40, end: 45, pageCount: 3 });
    expect(pageInfo(0, 5)).toMatchObject({ page: 1, start: 0, end: 0 });
    expect(pageOf(0)).toBe(1);
    expect(pageOf(20)).toBe(2);
  });
});
