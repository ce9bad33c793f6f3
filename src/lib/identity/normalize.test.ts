import { describe, expect, it } from 'vitest';
import {
  cleanText,
  facilityKey,
  houseNumber,
  isPoBox,
  isWithheldStreet,
  keyText,
  nameKey,
  normalizeZip,
  phoneDigits,
  streetKey,
} from './normalize';

describe('keyText', () => {
  it('folds case, punctuation, "&" and street words', () => {
    expect(keyText('123 North Main Street')).toBe(keyText('123 N. Main St'));
    expect(keyText('Smith & Jones')).toBe('smith and jones');
    expect(keyText("St. Mary's  Hospital")).toBe(keyText('Saint Marys Hospital'));
    expect(keyText('Clínica Niños')).toBe('clinica ninos');
  });
});

describe('nameKey and streetKey', () => {
  it('ignore legal-form words and unit designators', () => {
    expect(nameKey('The Synthetic Clinic, Inc.')).toBe(nameKey('Synthetic Clinic LLC'));
    expect(streetKey('100 West Main Street, Suite 4')).toBe('100 w main st');
    expect(streetKey('100 W Main St #4')).toBe('100 w main st');
    expect(houseNumber('1243 1/2 West Pearl St')).toBe('1243 1/2');
    expect(isPoBox('P.O. Box 12')).toBe(true);
  });
});

describe('isWithheldStreet', () => {
  it('treats dashes and blanks as withheld', () => {
    for (const s of ['---', '- - -', '--', '----', '']) expect(isWithheldStreet(s)).toBe(true);
    expect(isWithheldStreet('1 Main Street')).toBe(false);
  });
});

describe('normalizeZip', () => {
  it('keeps five digits, cuts ZIP+4, pads lost leading zeros', () => {
    expect(normalizeZip('80203')).toBe('80203');
    expect(normalizeZip('80203-1234')).toBe('80203');
    expect(normalizeZip('6708')).toBe('06708');
    expect(normalizeZip('601')).toBe('00601');
    expect(normalizeZip('ABCDE')).toBeUndefined();
    expect(normalizeZip('')).toBeUndefined();
  });
});

describe('facilityKey', () => {
  it('is the same for rows that differ only in spelling', () => {
    expect(facilityKey('Synthetic House Inc', '100 West Main Street', '80203')).toBe(
      facilityKey('SYNTHETIC HOUSE INC.', '100 W Main St', '80203'),
    );
  });
  it('tells withheld streets apart by the second name', () => {
    expect(facilityKey('A', '---', '80203', 'House One')).toBe(facilityKey('a', undefined, '80203', 'HOUSE ONE'));
    expect(facilityKey('A', '---', '80203', 'House One')).not.toBe(facilityKey('A', '---', '80203', 'House Two'));
    expect(facilityKey('A', '1 Main St', '80203', 'House One')).toBe(facilityKey('A', '1 Main St', '80203'));
  });
  it('cleans whitespace', () => {
    expect(cleanText('  a\u00a0 b  ')).toBe('a b');
  });
});

describe('duplicate-detection forms used by the validator', () => {
  it('drops legal forms, punctuation and case from names', () => {
    expect(nameKey("St. Mary's Hospital, Inc.")).toBe(nameKey('Saint Marys Hospital'));
    expect(nameKey('The Salvation Army')).toBe(nameKey('Salvation Army'));
    expect(nameKey('Parent & Child LLC')).toBe('parent and child');
  });

  it('abbreviates street words and ignores the unit', () => {
    expect(streetKey('1200 North Main Street, Suite 4')).toBe('1200 n main st');
    expect(streetKey('1200 N. Main St #4')).toBe('1200 n main st');
  });

  it('keeps the ten digits of a phone', () => {
    expect(phoneDigits('303-555-0142 x12')).toBe('3035550142');
  });
});
