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

/** A file's title and description on the /data/ page. */
export interface FileWords {
  title: string;
  description: string;
}

/** The words of the downloads, in the page's language (src/lib/i18n/messages/open-data.ts). */
export interface DownloadWords {
  directoryCsv: FileWords;
  directoryGeoJson: FileWords;
  hsdsServices: FileWords;
  hsdsTaxonomyTerms: FileWords;
  hsdsTaxonomies: FileWords;
  hsdsPackage: FileWords;
  /** One table of the HSDS tabular package: its object and field names. */
  hsdsTable: (object: string, fields: readonly string[]) => string;
}

/** Every download the /data/ page lists, with its size in this build, in the page's words. */
export function downloadCatalog(data: OpenData, words: DownloadWords) {
  const file = (path: string, format: Download['format'], { title, description }: FileWords): Download => ({
    path,
    title,
    format,
    description,
    bytes: data.size(path),
  });
  const p = OPEN_DATA_PATHS;
  return {
    directory: [
      file(p.directoryCsv, 'CSV', words.directoryCsv),
      file(p.directoryGeoJson, 'GeoJSON', words.directoryGeoJson),
    ],
    states: data.states.map((code): StateDownloads => ({
      code,
      name: stateName(code) ?? code,
      facilities: data.count(code),
      csv: file(p.stateCsv(code), 'CSV', { title: `${code} CSV`, description: '' }),
      geojson: file(p.stateGeoJson(code), 'GeoJSON', { title: `${code} GeoJSON`, description: '' }),
    })),
    hsds: [
      file(p.hsdsServices, 'JSON', words.hsdsServices),
      file(p.hsdsTaxonomyTerms, 'JSON', words.hsdsTaxonomyTerms),
      file(p.hsdsTaxonomies, 'JSON', words.hsdsTaxonomies),
      file(p.hsdsPackage, 'JSON', words.hsdsPackage),
    ],
    hsdsTables: TABLES.map((t) =>
      file(p.hsdsTable(t.path), 'CSV', {
        title: t.path,
        description: words.hsdsTable(
          t.object,
          t.fields.map((f) => f.name),
        ),
      }),
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
