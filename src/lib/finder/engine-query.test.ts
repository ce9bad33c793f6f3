import { describe, expect, it } from 'vitest';
import { buildShards, NO_POINT_SHARD } from '../search/manifest';
import { groupTerms, maskOf } from '../search/groups';
import { packed } from '../search/testing';
import { facetFilterOf, hasAnyFilter, planShards, toEngineQuery } from './engine-query';
import { DEFAULT_STATE, parseFinderUrl } from './url-state';

const { manifest } = buildShards(
  [
    packed({ id: 'den' }),
    packed({
      id: 'nyc',
      address: { city: 'New York', state: 'NY', zip: '10001' },
      location: { lat: 40.75, lon: -73.99, precision: 'exact' },
    }),
    packed({ id: 'wy', address: { city: 'Cheyenne', state: 'WY', zip: '82001' }, location: undefined }),
  ],
  { maxPoints: 1, maxLevel: 8 },
);

describe('finder state to engine query', () => {
  it('turns URL filters into masks', () => {
    const { state } = parseFinderUrl(
      '?level=intensive-outpatient&payment=medicaid&telehealth=1&specialty=eating-disorders',
    );
    const filter = facetFilterOf(state);
    expect(filter.masks.levels).toBe(maskOf(groupTerms('levels'), ['intensive-outpatient']));
    expect(filter.masks.payment).toBe(1);
    expect(filter.telehealth).toBe(true);
    expect(hasAnyFilter(state)).toBe(true);
    expect(hasAnyFilter(DEFAULT_STATE)).toBe(false);
    expect(toEngineQuery(state, undefined)).toMatchObject({ radius: 25, order: 'relevance' });
  });

  it('loads only what a search needs', () => {
    const near = planShards(DEFAULT_STATE, { lat: 39.73, lon: -104.98 }, manifest);
    expect(near.scope).toBe('place');
    expect(near.scope !== 'none' && near.keys.length).toBe(1);
    expect(planShards({ ...DEFAULT_STATE, state: 'WY' }, undefined, manifest)).toEqual({
      scope: 'state',
      keys: [NO_POINT_SHARD],
    });
    const national = planShards({ ...DEFAULT_STATE, q: 'serenity' }, undefined, manifest);
    expect(national.scope).toBe('national');
    expect(national.scope !== 'none' && national.keys.length).toBe(3);
    expect(planShards({ ...DEFAULT_STATE, q: 'the for' }, undefined, manifest)).toEqual({ scope: 'none' });
  });
});
