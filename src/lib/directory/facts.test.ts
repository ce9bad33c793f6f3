import { describe, expect, it } from 'vitest';
import { siteMessages } from '../i18n/messages/site';
import { dataFacts } from './facts';

const row = (extra: object = {}) => ({ samhsa: [{ directory: 'su' as const, year: 2023, codes: [] }], ...extra });

describe('dataFacts', () => {
  it('counts listings, verified ones, editions and locator websites from the data', () => {
    const facts = dataFacts([
      row(),
      row({ lastVerified: '2026-03-01', samhsa: [{ directory: 'mh', year: 2024, codes: [] }] }),
      row({ samhsaWebsite: { url: 'http://a.example.org/', directory: 'mh', year: 2021 } }),
      row({
        website: 'https://b.example.org/',
        samhsaWebsite: { url: 'http://b.example.org/', directory: 'mh', year: 2021 },
      }),
    ]);
    expect(facts).toEqual({
      listings: 4,
      verified: 1,
      editions: [
        'SAMHSA, National Directory of Mental Health Treatment Facilities 2024',
        'SAMHSA, National Directory of Drug and Alcohol Use Treatment Facilities 2023',
      ],
      editionNames: ['mental health 2024', 'substance use 2023'],
      editionKeys: [
        { directory: 'mh', year: 2024 },
        { directory: 'su', year: 2023 },
      ],
      locatorWebsites: 1,
    });
  });
  it('says plainly how many listings are verified, none included', () => {
    expect(siteMessages('en').verified(18366, 0)).toBe(
      'None of the 18,366 listings has been verified with the facility yet.',
    );
    expect(siteMessages('en').verified(18366, 1)).toBe(
      '1 of the 18,366 listings has been verified with the facility so far.',
    );
    expect(siteMessages('en').verified(2, 2)).toBe('All 2 listings have been verified with the facility.');
  });
});
