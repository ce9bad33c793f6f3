import { describe, expect, it } from 'vitest';
import { zipCentroid, zipState } from './zip-centroids';

describe('zipCentroid', () => {
  it('finds a ZIP, keeping leading zeros significant', () => {
    expect(zipCentroid('80203')).toMatchObject({ city: 'Denver', state: 'CO' });
    expect(zipCentroid('02139')).toMatchObject({ city: 'Cambridge', state: 'MA' });
    expect(zipState('00901')).toBe('PR');
  });
  it('says undefined for anything that is not a known five-digit ZIP of a covered state', () => {
    for (const zip of ['2139', '80203-1234', 'ABCDE', '00000', '09001' /* APO */])
      expect(zipCentroid(zip)).toBeUndefined();
  });
});
