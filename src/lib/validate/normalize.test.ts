import { describe, expect, it } from 'vitest';
import { houseNumber, isPoBox, normalizeName, normalizePhone, normalizeStreet } from './normalize';

describe('normalize', () => {
  it('drops legal forms, punctuation and case from names', () => {
    expect(normalizeName("St. Mary's Hospital, Inc.")).toBe('st marys hospital');
    expect(normalizeName('The Salvation Army')).toBe(normalizeName('Salvation Army'));
    expect(normalizeName('Parent & Child LLC')).toBe('parent and child');
  });

  it('abbreviates street words and ignores the unit', () => {
    expect(normalizeStreet('1200 North Main Street, Suite 4')).toBe('1200 n main st');
    expect(normalizeStreet('1200 N. Main St #4')).toBe('1200 n main st');
  });

  it('reads house numbers and PO boxes', () => {
    expect(houseNumber('1243 1/2 West Pearl Street')).toBe('1243 1/2');
    expect(houseNumber('1243 West Pearl Street')).toBe('1243');
    expect(houseNumber('Mile 111.5 Richardson Highway')).toBeUndefined();
    expect(isPoBox('P.O. Box 2743')).toBe(true);
    expect(isPoBox('PO Box 12')).toBe(true);
    expect(isPoBox('Boxwood Road')).toBe(false);
  });

  it('keeps the ten digits of a phone', () => {
    expect(normalizePhone('303-555-0142 x12')).toBe('3035550142');
  });
});
