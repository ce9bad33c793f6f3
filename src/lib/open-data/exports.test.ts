import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { makeFacility } from '../search/testing';
import { CODED_VOCABULARIES, type Term } from '../taxonomy';
import { LISTING_COLUMNS, LIST_SEPARATOR } from './columns';
import { BOM, toCsv } from './csv';
import { featureOf, toGeoJson } from './geojson';
import { listingOf } from './listing';

const pageUrl = (id: string) => `https://example.org/facilities/${id}/`;

/** SYNTHETIC: a facility whose text has every character CSV must quote. */
const tricky = makeFacility({
  id: 'synthetic-quotes-co',
  name: 'Hope "Center", Inc.',
  alternateName: 'Line one\nline two',
  address: { street1: '1 Main St, Suite 2', city: 'Cañon City', state: 'CO', zip: '01234' },
  location: { lat: 38.4409, lon: -105.2425, precision: 'zip-centroid' },
  phone: '719-555-0100',
  intakePhones: ['719-555-0101', '719-555-0102'],
  samhsaWebsite: { url: 'https://hope.example/', directory: 'mh', year: 2021 },
  levelsOfCare: ['intensive-outpatient', 'outpatient'],
  payment: ['medicaid', 'sliding-scale'],
  languages: ['spanish'],
  telehealth: true,
  samhsa: [{ directory: 'mh', year: 2024, codes: ['OP'] }],
});

const rows = (csv: string) => parse(csv, { columns: true, bom: true }) as Record<string, string>[];

describe('directory CSV', () => {
  it('round-trips through a CSV parser: quotes, commas, line breaks, accents and leading zeros survive', () => {
    const [row] = rows(toCsv(LISTING_COLUMNS, [listingOf(tricky, pageUrl)]));
    expect(row).toMatchObject({
      id: 'synthetic-quotes-co',
      name: 'Hope "Center", Inc.',
      alternate_name: 'Line one\nline two',
      street1: '1 Main St, Suite 2',
      city: 'Cañon City',
      zip: '01234',
      latitude: '38.4409',
      location_precision: 'zip-centroid',
      intake_phones: '719-555-0101; 719-555-0102',
      website: 'https://hope.example/',
      website_source: 'SAMHSA treatment locator, mental health, 2021',
      // Taxonomy order, not file order.
      levels_of_care: 'Outpatient; Intensive outpatient (IOP)',
      payment: 'Medicaid; Sliding fee scale',
      telehealth: 'yes',
      last_verified: '',
      verification: 'From the SAMHSA directory of 2024, not yet verified',
      sources: 'SAMHSA, National Directory of Mental Health Treatment Facilities 2024',
      page_url: 'https://example.org/facilities/synthetic-quotes-co/',
    });
  });

  it('has a header row even with no facilities, CRLF line ends, and no BOM unless asked', () => {
    const csv = toCsv(LISTING_COLUMNS, []);
    expect(csv).toBe(`${LISTING_COLUMNS.map((c) => c.name).join(',')}\r\n`);
    expect(toCsv(LISTING_COLUMNS, [], { bom: true }).startsWith(BOM)).toBe(true);
  });

  it('writes formula-like text as text only when asked (downloads carrying notes), never in open data', () => {
    const columns = [{ name: 'note', description: '', value: (r: { note: string }) => r.note }];
    const data = [{ note: '=HYPERLINK("http://evil.example")' }, { note: '-2 days' }, { note: 'fine' }];
    expect(rows(toCsv(columns, data, { guardFormulas: true })).map((r) => r.note)).toEqual([
      `'=HYPERLINK("http://evil.example")`,
      "'-2 days",
      'fine',
    ]);
    expect(rows(toCsv(columns, data)).map((r) => r.note)[0]).toBe('=HYPERLINK("http://evil.example")');
  });

  it('column names are unique snake_case, documented, and no label contains the list separator', () => {
    const names = LISTING_COLUMNS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const c of LISTING_COLUMNS) {
      expect(c.name).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(c.description.length).toBeGreaterThan(5);
    }
    for (const terms of Object.values(CODED_VOCABULARIES)) {
      for (const t of terms as readonly Term[]) expect(t.label).not.toContain(LIST_SEPARATOR.trim());
    }
  });
});

describe('GeoJSON', () => {
  it('puts the point as [longitude, latitude] and the CSV columns as properties', () => {
    const feature = featureOf(listingOf(tricky, pageUrl));
    expect(feature.geometry).toEqual({ type: 'Point', coordinates: [-105.2425, 38.4409] });
    expect(feature.properties).toMatchObject({ id: 'synthetic-quotes-co', zip: '01234', telehealth: true });
    expect(feature.properties).not.toHaveProperty('latitude');
  });

  it('a facility without a point is an unlocated feature (null geometry), and the file is one valid collection', () => {
    const nowhere = makeFacility({ id: 'synthetic-nowhere-co', location: undefined });
    const collection = JSON.parse(toGeoJson([listingOf(tricky, pageUrl), listingOf(nowhere, pageUrl)])) as {
      type: string;
      features: { geometry: unknown }[];
    };
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.map((f) => f.geometry === null)).toEqual([false, true]);
  });
});
