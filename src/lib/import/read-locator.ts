/**
 * Read SAMHSA locator exports (locator-<su|mh>-coordinates-<year>.csv): the
 * only source of exact map points, and (mental health) of websites. Their
 * zip column lost leading zeros, so ZIPs are padded back to five digits.
 */
import { basename } from 'node:path';
import type { SamhsaDirectory } from '../taxonomy';
import { ImportInputError } from './errors';
import { normalizeZip } from '../identity/normalize';
import { readCsvRows, toTable } from './read-table';

export interface LocatorPoint {
  /** Which locator export it came from. */
  directory: SamhsaDirectory;
  /** Year of the export, from its file name. */
  year: number;
  name1: string;
  name2: string;
  street1: string;
  zip: string;
  lat: number;
  lon: number;
  /** The website cell as published; absent when empty or only "http://". */
  website?: string;
}

export interface LocatorFile {
  file: string;
  points: LocatorPoint[];
  /** Rows without a usable ZIP or coordinates, left out of the join. */
  unusable: number;
}

const REQUIRED = ['street1', 'zip', 'latitude', 'longitude'] as const;

export async function readLocatorFile(file: string): Promise<LocatorFile> {
  const directory: SamhsaDirectory = /(^|[^a-z])mh([^a-z]|$)/i.test(basename(file)) ? 'mh' : 'su';
  const year = Number(/(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(basename(file))?.[1]);
  if (!year) throw new ImportInputError(file, 'cannot tell the year of the locator export from its file name');
  const table = toTable(file, await readCsvRows(file), REQUIRED);
  const points: LocatorPoint[] = [];
  let unusable = 0;
  for (const row of table.rows) {
    const zip = normalizeZip(row.get('zip'));
    const lat = Number(row.get('latitude'));
    const lon = Number(row.get('longitude'));
    const ok =
      zip && row.get('latitude') !== '' && row.get('longitude') !== '' && Number.isFinite(lat) && Number.isFinite(lon);
    if (!ok || Math.abs(lat) > 90 || Math.abs(lon) > 180 || (lat === 0 && lon === 0)) {
      unusable++;
      continue;
    }
    const website = row.get('website');
    points.push({
      directory,
      year,
      name1: row.get('name1'),
      name2: row.get('name2'),
      street1: row.get('street1'),
      zip,
      lat,
      lon,
      ...(/^(https?:\/\/)?$/i.test(website) ? {} : { website }),
    });
  }
  if (table.rows.length > 0 && points.length === 0) {
    throw new ImportInputError(file, 'no row has a usable ZIP, latitude and longitude');
  }
  return { file, points, unusable };
}
