import { describe, expect, it } from 'vitest';
import { fill, formatDate, formatMiles, formatNumber, listOf, plural } from './format';

describe('formatting by language', () => {
  it('writes numbers, distances and dates for US English and US Spanish', () => {
    expect(formatNumber('en', 12345)).toBe('12,345');
    expect(formatNumber('es', 12345)).toBe('12,345');
    expect(formatMiles('es', 3.25)).toBe('3.3 mi');
    expect(formatMiles('en', 27.4)).toBe('27 mi');
    expect(formatDate('en', '2026-11-30')).toBe('November 30, 2026');
    expect(formatDate('es', '2026-11-30')).toBe('30 de noviembre de 2026');
  });

  it('chooses plural forms by the language’s rules', () => {
    const forms = { one: '{n} centro', other: '{n} centros' };
    expect(plural('es', 1, forms)).toBe('1 centro');
    expect(plural('es', 1200, forms)).toBe('1,200 centros');
    expect(plural('en', 0, { one: '{n} facility', other: '{n} facilities' })).toBe('0 facilities');
  });

  it('fills placeholders and lists', () => {
    expect(fill('Near {place}', { place: '80203' })).toBe('Near 80203');
    expect(fill('{missing}', {})).toBe('{missing}');
    expect(listOf('es', ['A', 'B', 'C'], 'disjunction')).toBe('A, B o C');
    expect(listOf('en', ['A', 'B', 'C'], 'disjunction')).toBe('A, B, or C');
  });
});
