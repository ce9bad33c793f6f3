import { describe, expect, it } from 'vitest';
import { UsageError } from './cli';
import {
  parseCoordinate,
  parsePhone,
  parseState,
  parseStatus,
  parseTerms,
  parseText,
  parseVerified,
  parseWebsite,
  parseZip,
} from './facility-input';

/** The one-line message a parser throws. */
function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('expected a UsageError');
}

describe('staff input parsers', () => {
  it('cleans text and rejects empty or over-long values, naming the flag', () => {
    expect(parseText('--name', '  Synthetic   House ')).toBe('Synthetic House');
    expect(messageOf(() => parseText('--name', '   '))).toMatch(/^--name: is empty; /);
    expect(messageOf(() => parseText('--name', 'x'.repeat(201)))).toMatch(/^--name: is 201 characters long; shorten/);
  });

  it('reads states as codes or names and suggests a fix for unknown ones', () => {
    expect(parseState('co')).toBe('CO');
    expect(parseState('Puerto Rico')).toBe('PR');
    expect(messageOf(() => parseState('ZZ'))).toBe(
      '--state: unknown state "ZZ"; use a two-letter USPS code such as CO',
    );
    expect(messageOf(() => parseState('Colorada'))).toContain('(did you mean CO?)');
  });

  it('reads ZIP and ZIP+4, attaching the centroid from the ZIP table', () => {
    expect(parseZip('80203-1234')).toMatchObject({ zip: '80203', centroid: { state: 'CO', city: 'Denver' } });
    expect(parseZip('00000')).toEqual({ zip: '00000' });
    expect(messageOf(() => parseZip('8020x'))).toBe(
      '--zip: "8020x" is not a ZIP code; write the five-digit ZIP, e.g. 80203',
    );
  });

  it('normalizes phones to 555-123-4567 form and rejects invalid ones', () => {
    expect(parsePhone('--phone', '(303) 555-0142')).toBe('303-555-0142');
    expect(parsePhone('--phone', '+1 303.555.0142 ext. 12')).toBe('303-555-0142 x12');
    expect(messageOf(() => parsePhone('--intake-phone', '555-1234'))).toMatch(/^--intake-phone: cannot use "555-1234"/);
  });

  it('accepts http(s) websites, adds https:// to a bare domain, and rejects anything else', () => {
    expect(parseWebsite('https://synthetic-house.org/iop')).toBe('https://synthetic-house.org/iop');
    expect(parseWebsite('www.synthetic-house.org')).toBe('https://www.synthetic-house.org');
    for (const bad of ['not a url', 'javascript:alert(1)', 'ftp://synthetic-house.org', 'mailto:a@b.org']) {
      expect(messageOf(() => parseWebsite(bad))).toMatch(/^--website: ".*" is not a web address; /);
    }
    expect(messageOf(() => parseWebsite('https://intranet.local'))).toMatch(/^--website: host "intranet.local"/);
  });

  it('resolves list ids, labels and synonyms into taxonomy order, and names unknown ids', () => {
    expect(parseTerms('levels', ['outpatient,IOP', 'php'])).toEqual([
      'outpatient',
      'intensive-outpatient',
      'partial-hospitalization',
    ]);
    expect(parseTerms('focus', ['Mental health'])).toEqual(['mental-health']);
    expect(parseTerms('payment', ['medicaid, self-pay'])).toEqual(['medicaid', 'self-pay']);
    const message = messageOf(() => parseTerms('levels', ['intensive-outpatent']));
    expect(message).toMatch(
      /^--levels: unknown id "intensive-outpatent"; use "intensive-outpatient" or another of: outpatient, /,
    );
  });

  it('checks status, dates and coordinates', () => {
    expect(parseStatus('Closed')).toBe('closed');
    expect(messageOf(() => parseStatus('open'))).toBe(
      '--status: unknown status "open"; use one of active, temporarily-closed, closed',
    );
    expect(parseVerified('today', '2026-11-22')).toBe('2026-11-22');
    expect(messageOf(() => parseVerified('2026-02-30', '2026-11-22'))).toMatch(
      /^--verified: "2026-02-30" is not a date/,
    );
    expect(messageOf(() => parseVerified('2026-12-01', '2026-11-22', '--date'))).toMatch(
      /^--date: 2026-12-01 is in the future/,
    );
    expect(parseCoordinate('--lat', '39.74')).toBe(39.74);
    expect(messageOf(() => parseCoordinate('--lon', '-200'))).toMatch(/^--lon: "-200" is not a longitude/);
  });
});
