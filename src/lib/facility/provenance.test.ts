import { describe, expect, it } from 'vitest';
import { websiteLink } from './provenance';

const fromLocator = { url: 'http://www.synthetic-clinic.org/', directory: 'mh' as const, year: 2021 };

describe('websiteLink', () => {
  it('shows a website from SAMHSA’s locator with where it comes from', () => {
    expect(websiteLink({ samhsaWebsite: fromLocator })).toEqual({
      href: 'http://www.synthetic-clinic.org/',
      host: 'synthetic-clinic.org',
      source: 'SAMHSA treatment locator, mental health, 2021',
    });
  });
  it('lets a website staff set win, without a source note', () => {
    expect(websiteLink({ website: 'https://synthetic-clinic.org/iop', samhsaWebsite: fromLocator })).toEqual({
      href: 'https://synthetic-clinic.org/iop',
      host: 'synthetic-clinic.org',
    });
  });
  it('never makes a link of anything but http(s)', () => {
    expect(websiteLink({ website: 'javascript:alert(1)' })).toBeUndefined();
    expect(websiteLink({})).toBeUndefined();
  });
});
