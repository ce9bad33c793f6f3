import { describe, expect, it } from 'vitest';
import zipcodes from 'zipcodes';
import { zipCentroid, zipExists, zipState } from './zip-centroids';

describe('zipCentroid', () => {
  it('finds a ZIP, keeping leading zeros significant', () => {
    expect(zipCentroid('80203')).toMatchObject({ city: 'Denver', state: 'CO' });
    expect(zipCentroid('02139')).toMatchObject({ city: 'Cambridge', state: 'MA' });
    expect(zipState('00901')).toBe('PR');
  });
  it('finds current ZIPs only the USPS-based second table knows', () => {
    // 72405: a facility in the SAMHSA data; 75036: Frisco, TX, typed by a person.
    expect(zipCentroid('72405')).toMatchObject({ city: 'Jonesboro', state: 'AR' });
    expect(zipCentroid('75036')).toMatchObject({ city: 'Frisco', state: 'TX' });
    expect(zipExists('75036')).toBe(true);
  });
  it('keeps the first table where both know a ZIP, so existing points do not move', () => {
    const first = zipcodes.lookup('80203')!;
    expect(zipCentroid('80203')).toMatchObject({ lat: first.latitude, lon: first.longitude });
  });
  it('says undefined for anything that is not a known five-digit ZIP of a covered state', () => {
    for (const zip of ['2139', '80203-1234', 'ABCDE', '00000', '09001' /* APO */, '99999'])
      expect(zipCentroid(zip)).toBeUndefined();
    expect(zipExists('00000')).toBe(false);
  });
});
