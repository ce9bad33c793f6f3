import { describe, expect, it } from 'vitest';
import { groupTerms, maskOf } from '../search/groups';
import { interpretQuery } from '../search/query';
import { finderSearch, hasAnyFilter, toSearchRequest, wantsSearch, withCityAsWords } from './search-plan';
import { DEFAULT_STATE, parseFinderUrl } from './url-state';

describe('what the finder searches for', () => {
  it('turns checked filters and recognised words into separate filters', () => {
    const { state } = parseFinderUrl('?q=teen+iop+medicaid&level=partial-hospitalization&telehealth=1');
    const search = finderSearch(state);
    expect(search.filter.masks.levels).toBe(maskOf(groupTerms('levels'), ['partial-hospitalization']));
    expect(search.filter.telehealth).toBe(true);
    expect(search.termFilter.masks.levels).toBe(maskOf(groupTerms('levels'), ['intensive-outpatient']));
    expect(search.termFilter.masks.payment).toBe(maskOf(groupTerms('payment'), ['medicaid']));
    expect(search.termFilter.masks.specialties).toBe(maskOf(groupTerms('specialties'), ['adolescents']));
    expect(search.words).toEqual([]);
    expect(hasAnyFilter(search)).toBe(true);
  });

  it('takes the place from the words only when the Where box and location are empty', () => {
    const fromWords = finderSearch({ ...DEFAULT_STATE, q: 'detox near 60614' });
    expect(fromWords).toMatchObject({ where: '60614', whereFromWords: true });
    const box = finderSearch({ ...DEFAULT_STATE, q: 'detox near 60614', where: '80203' });
    expect(box).toMatchObject({ where: '80203', whereFromWords: false });
    const state = finderSearch({ ...DEFAULT_STATE, q: 'rehab in ohio' });
    expect(state).toMatchObject({ stateCode: 'OH', stateFromWords: true, where: '' });
  });

  it('sends the city words back to name matching when the city is unknown', () => {
    const reading = withCityAsWords(interpretQuery('iop in challenge, oh'));
    expect(reading.place).toMatchObject({ kind: 'state', state: 'OH' });
    expect(reading.nameWords.map((w) => w.word)).toEqual(['challenge']);
  });

  it('offers every word as a name when words name terms and a name', () => {
    const state = { ...DEFAULT_STATE, q: 'teen challenge' };
    const request = toSearchRequest(state, finderSearch(state), undefined);
    expect(request.words).toEqual([{ word: 'challenge', prefix: true }]);
    expect(request.fallbackWords?.map((w) => w.word)).toEqual(['teen', 'challenge']);
    expect(toSearchRequest(DEFAULT_STATE, finderSearch(DEFAULT_STATE), undefined).fallbackWords).toBeUndefined();
  });

  it('waits for something to search for', () => {
    expect(wantsSearch(finderSearch(DEFAULT_STATE), undefined)).toBe(false);
    expect(wantsSearch(finderSearch({ ...DEFAULT_STATE, q: 'the for' }), undefined)).toBe(false);
    expect(wantsSearch(finderSearch(DEFAULT_STATE), { lat: 39.7, lon: -105 })).toBe(true);
    expect(wantsSearch(finderSearch({ ...DEFAULT_STATE, q: 'serenity' }), undefined)).toBe(true);
  });
});
