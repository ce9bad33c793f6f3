import { stateName } from '../geo/states';
import { TABLES } from './hsds/tabular';
import { OPEN_DATA_PATHS, type OpenData } from './open-data';

/** One file of the /data/ page. */
export interface Download {
  /** Path under /data/. */
  path: string;
  title: string;
  format: 'CSV' | 'GeoJSON' | 'JSON';
  description: string;
  /** Size in bytes, uncompressed. */
  bytes: number;
}

export interface StateDownloads {
  code: string;
  name: string;
  facilities: number;
  csv: Download;
  geojson: Download;
}

/** Every download the /data/ page lists, with its size in this build. */
export function downloadCatalog(data: OpenData) {
  const file = (path: string, title: string, format: Download['format'], description: string): Download => ({
    path,
    title,
    format,
    description,
    bytes: data.size(path),
  });
  const p = OPEN_DATA_PATHS;
  return {
    directory: [
      file(
        p.directoryCsv,
        'Whole directory, CSV',
        'CSV',
        'One row per facility, with the fields below. Opens in any spreadsheet.',
      ),
      file(
        p.directoryGeoJson,
        'Whole directory, GeoJSON',
        'GeoJSON',
        'One point feature per facility (RFC 7946), with the same fields as properties. Opens in QGIS and most map tools.',
      ),
    ],
    states: data.states.map((code): StateDownloads => ({
      code,
      name: stateName(code) ?? code,
      facilities: data.count(code),
      csv: file(p.stateCsv(code), `${code} CSV`, 'CSV', ''),
      geojson: file(p.stateGeoJson(code), `${code} GeoJSON`, 'GeoJSON', ''),
    })),
    hsds: [
      file(
        p.hsdsServices,
        'HSDS service records',
        'JSON',
        "An array of HSDS 3.0 services, one per facility, each in the shape of the standard's compiled service schema: organization, location and address, phones, languages and attributes.",
      ),
      file(
        p.hsdsTaxonomyTerms,
        'HSDS taxonomy terms',
        'JSON',
        "The terms attributes point at: SAMHSA service codes, and the site's own terms.",
      ),
      file(p.hsdsTaxonomies, 'HSDS taxonomies', 'JSON', 'The three taxonomies the terms belong to.'),
      file(
        p.hsdsPackage,
        'HSDS tabular data package',
        'JSON',
        'datapackage.json: describes the CSV tables below (Frictionless Data), with sources and licences.',
      ),
    ],
    hsdsTables: TABLES.map((t) =>
      file(p.hsdsTable(t.path), t.path, 'CSV', `HSDS ${t.object} table: ${t.fields.map((f) => f.name).join(', ')}.`),
    ),
  };
}

export type DownloadCatalog = ReturnType<typeof downloadCatalog>;

/** "17.4 MB", "950 KB": decimal units, as download managers show them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1e6) return `${Math.round(bytes / 1000)} KB`;
  return `${(bytes / 1e6).toFixed(1)} MB`;
}
