import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, finderHref, parseFinderUrl, toFinderSearchParams } from './url-state';

describe('finder URL state', () => {
  it('round-trips a full state through the query string', () => {
    const state = {
      ...DEFAULT_STATE,
      q: 'eating disorder',
      where: '80203',
      radius: 50,
      state: 'CO' as const,
      levels: ['intensive-outpatient' as const],
      specialties: ['eating-disorders' as const, 'adolescents' as const],
      payment: ['medicaid' as const],
      telehealth: true,
      sort: 'distance' as const,
      page: 3,
    };
    const parsed = parseFinderUrl(toFinderSearchParams(state).toString());
    expect(parsed.ignored).toEqual([]);
    expect(parsed.state).toEqual(state);
  });

  it('leaves defaults out of the URL', () => {
    expect(toFinderSearchParams(DEFAULT_STATE).toString()).toBe('');
    expect(toFinderSearchParams({ levels: ['intensive-outpatient'] }).toString()).toBe('level=intensive-outpatient');
  });

  it('keeps valid values and reports hostile or unknown ones', () => {
    const { state, ignored } = parseFinderUrl(
      '?level=intensive-outpatient,<script>&radius=9999&state=ZZ&page=-1&sort=evil&near=abc&telehealth=maybe',
    );
    expect(state.levels).toEqual(['intensive-outpatient']);
    expect(state.radius).toBe(DEFAULT_STATE.radius);
    expect(state.state).toBeUndefined();
    expect(state.page).toBe(1);
    expect(ignored.sort()).toEqual(['level', 'near', 'page', 'radius', 'sort', 'state', 'telehealth']);
  });

  it('names an empty or half-written location, and never reads it as the point 0,0', () => {
    for (const near of ['', ',', '0,', ',0', '39.7', 'abc,def', '39.7,-104.9,1']) {
      const { state, ignored } = parseFinderUrl(`?near=${encodeURIComponent(near)}`);
      expect(state.near, near).toBeUndefined();
      expect(ignored, near).toEqual(['near']);
    }
    expect(parseFinderUrl('?near=0,0').state.near).toEqual({ lat: 0, lon: 0 });
  });

  it('names repeated and unknown parameters, keeping the first value of a repeated one', () => {
    const { state, ignored } = parseFinderUrl('?q=iop&q=detox&radius=10&radius=50&utm_source=x');
    expect(state.q).toBe('iop');
    expect(state.radius).toBe(10);
    expect(ignored.sort()).toEqual(['q', 'radius', 'utm_source']);
  });

  it('reads care focus and therapies like the other filters', () => {
    const { state, ignored } = parseFinderUrl('?focus=co-occurring&therapy=dbt,cbt');
    expect(ignored).toEqual([]);
    expect(state.focus).toEqual(['co-occurring']);
    expect(state.therapies).toEqual(['cbt', 'dbt']);
    expect(toFinderSearchParams(state).toString()).toBe('focus=co-occurring&therapy=cbt%2Cdbt');
  });

  it('caps and cleans free text', () => {
    const { state } = parseFinderUrl(`?q=${encodeURIComponent('a\u0000b' + 'x'.repeat(500))}`);
    expect(state.q.startsWith('a b')).toBe(true);
    expect(state.q.length).toBe(100);
  });

  it('rounds a shared location to about a kilometre', () => {
    const { state } = parseFinderUrl('?near=39.739236,-104.990251');
    expect(state.near).toEqual({ lat: 39.74, lon: -104.99 });
  });

  it('accepts a lowercase state and lists in any order, returning taxonomy order', () => {
    const { state } = parseFinderUrl('?state=az&payment=sliding-scale,medicaid');
    expect(state.state).toBe('AZ');
    expect(state.payment).toEqual(['medicaid', 'sliding-scale']);
  });

  it('builds finder links under a base path', () => {
    expect(finderHref('/iop/', { state: 'AZ', levels: ['intensive-outpatient'] })).toBe(
      '/iop/?state=AZ&level=intensive-outpatient',
    );
    expect(finderHref('/', {})).toBe('/');
  });

  it('builds finder links in Spanish under /es/, with the same query', () => {
    expect(finderHref('/iop/es/', { levels: ['detox'], payment: ['medicaid'] })).toBe(
      '/iop/es/?level=detox&payment=medicaid',
    );
    expect(finderHref('/es', {})).toBe('/es/');
  });
});
