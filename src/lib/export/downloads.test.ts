import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { LISTING_COLUMNS } from '../open-data/columns';
import { BOM } from '../open-data/csv';
import { listingOf } from '../open-data/listing';
import { packFacility } from '../search/pack';
import { unpackRecord } from '../search/record';
import { makeFacility } from '../search/testing';
import {
  csvFileName,
  finderCsv,
  FINDER_CSV_COLUMNS,
  listingOfRecord,
  shortlistCsv,
  SHORTLIST_CSV_COLUMNS,
} from './downloads';

const pageUrl = (id: string) => `https://example.org/facilities/${id}/`;

/** SYNTHETIC: an approximate-location IOP with a name that starts like a formula. */
const facility = makeFacility({
  id: 'synthetic-plus-denver-co',
  name: '+Plus Recovery',
  location: { lat: 39.73126, lon: -104.98114, precision: 'zip-centroid' },
  intakePhones: ['303-555-0101'],
  levelsOfCare: ['intensive-outpatient'],
  specialties: ['veterans', 'adolescents'],
  payment: ['medicaid'],
  status: 'temporarily-closed',
});

const read = (csv: string) => {
  expect(csv.startsWith(BOM)).toBe(true);
  return parse(csv, { columns: true, bom: true }) as Record<string, string>[];
};

describe('finder results CSV', () => {
  it("has the open data's columns for what a search record knows, with position and distance", () => {
    const record = unpackRecord(packFacility(facility, 0))!;
    const [row] = read(finderCsv([{ position: 1, distance: 2.46, listing: listingOfRecord(record, pageUrl) }]));
    expect(row).toMatchObject({
      result: '1',
      distance_miles: '2.5',
      id: 'synthetic-plus-denver-co',
      name: "'+Plus Recovery",
      status: 'temporarily-closed',
      street1: '1 Main St',
      latitude: '39.7313',
      location_precision: 'zip-centroid',
      // No main phone: the first intake line, as the result card shows.
      phone: '303-555-0101',
      levels_of_care: 'Intensive outpatient (IOP)',
      specialties: 'Adolescents; Veterans',
      page_url: 'https://example.org/facilities/synthetic-plus-denver-co/',
    });
  });

  it('leaves distance empty for a search with no place, and its columns are a subset of the directory columns', () => {
    const record = unpackRecord(packFacility(facility, 0))!;
    expect(read(finderCsv([{ position: 7, listing: listingOfRecord(record, pageUrl) }]))[0]!.distance_miles).toBe('');
    const directory = new Set(LISTING_COLUMNS.map((c) => c.name));
    expect(FINDER_CSV_COLUMNS.slice(2).every((c) => directory.has(c.name))).toBe(true);
  });
});

describe('shortlist CSV', () => {
  it('is the directory columns plus the note, which a spreadsheet shows as text', () => {
    expect(SHORTLIST_CSV_COLUMNS.map((c) => c.name)).toEqual([...LISTING_COLUMNS.map((c) => c.name), 'note']);
    const rows = read(
      shortlistCsv([
        { listing: listingOf(facility, pageUrl), note: '=1+1 call Tue' },
        { listing: { id: 'gone-facility', name: 'Gone' } },
      ]),
    );
    expect(rows.map((r) => [r.id, r.note, r.zip])).toEqual([
      ['synthetic-plus-denver-co', "'=1+1 call Tue", '80203'],
      ['gone-facility', '', ''],
    ]);
  });

  it('file names carry the date', () => {
    expect(csvFileName('results', new Date(2026, 2, 2))).toBe('iop-finder-results-2026-03-02.csv');
  });
});
