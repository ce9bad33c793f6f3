import { describe, expect, it } from 'vitest';
import { buildCityShards, buildZipShards } from './place-shards';
import { cityKey, lookupPlace, parseWhere } from './place';

describe('the Where box', () => {
  it('reads ZIP codes', () => {
    expect(parseWhere(' 80203 ')).toEqual({ kind: 'zip', zip: '80203' });
    expect(parseWhere('80203-1234')).toEqual({ kind: 'zip', zip: '80203' });
    expect(parseWhere('8020').kind).toBe('invalid');
  });

  it('reads cities with a state code or name', () => {
    expect(parseWhere('Denver, CO')).toMatchObject({ kind: 'city', state: 'CO', key: 'denver' });
    expect(parseWhere('st. louis mo')).toMatchObject({ kind: 'city', state: 'MO', key: 'st louis' });
    expect(parseWhere('Saint Paul, Minnesota')).toMatchObject({ kind: 'city', state: 'MN', key: 'st paul' });
  });

  it('explains what it cannot read', () => {
    expect(parseWhere('Colorado')).toMatchObject({ kind: 'invalid' });
    expect(parseWhere('<script>alert(1)</script>')).toMatchObject({ kind: 'invalid' });
    expect(parseWhere('Denver, ZZ').kind).toBe('invalid');
    expect(parseWhere('').kind).toBe('empty');
  });

  it('normalises city names the same way on both sides', () => {
    expect(cityKey('Coeur d’Alene')).toBe('coeur dalene');
    expect(cityKey('Ft. Collins')).toBe('fort collins');
    expect(cityKey('Mt Vernon')).toBe('mount vernon');
  });
});

describe('place files', () => {
  const zips = buildZipShards([
    ['80203', { lat: 39.7313, lon: -104.9811 }],
    ['80204', { lat: 39.734, lon: -105.02 }],
    ['10001', { lat: 40.7506, lon: -73.9972 }],
    ['ABCDE', { lat: 0, lon: 0 }],
  ]);
  const cities = buildCityShards([
    { city: 'Denver', state: 'CO', lat: 39.7, lon: -105 },
    { city: 'DENVER', state: 'CO', lat: 39.8, lon: -104.9 },
  ]);
  const files: Record<string, unknown> = {
    'search/zip/802.json': zips.get('802'),
    'search/city/co.json': cities.get('co'),
  };
  const fetchJson = async (path: string) => {
    if (!(path in files)) throw new Error(`404 ${path}`);
    return JSON.parse(JSON.stringify(files[path]));
  };

  it('shards ZIPs by 3-digit prefix', () => {
    expect([...zips.keys()]).toEqual(['100', '802']);
    expect(zips.get('802')).toEqual({ '80203': [397313, -1049811], '80204': [397340, -1050200] });
  });

  it('finds a ZIP or a city from the files, and nothing for unknown ones', async () => {
    expect(await lookupPlace({ kind: 'zip', zip: '80203' }, fetchJson)).toEqual({ lat: 39.7313, lon: -104.9811 });
    expect(await lookupPlace({ kind: 'zip', zip: '80299' }, fetchJson)).toBeUndefined();
    expect(await lookupPlace({ kind: 'zip', zip: '00000' }, fetchJson)).toBeUndefined();
    const denver = await lookupPlace({ kind: 'city', city: 'Denver', state: 'CO', key: 'denver' }, fetchJson);
    expect(denver!.lat).toBeCloseTo(39.75, 6);
    expect(await lookupPlace({ kind: 'city', city: 'x', state: 'CO', key: '__proto__' }, fetchJson)).toBeUndefined();
  });

  it('reports a network failure instead of calling the place unknown', async () => {
    const failing = async () => {
      throw new Error('Failed to fetch');
    };
    await expect(lookupPlace({ kind: 'zip', zip: '80203' }, failing)).rejects.toThrow('Failed to fetch');
  });
});
