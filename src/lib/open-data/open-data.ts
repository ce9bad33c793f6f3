import { SAMHSA_DIRECTORY_TITLES } from '../facility/provenance';
import { compareForOrdinals } from '../search/record';
import type { Facility } from '../schema';
import { LISTING_COLUMNS } from './columns';
import { toCsv } from './csv';
import { toGeoJson } from './geojson';
import { facilityRows, type FacilityRows } from './hsds/records';
import { serviceRecord } from './hsds/service';
import { dataPackage, tableCsv, tableRowsOf, TABLES } from './hsds/tabular';
import { TAXONOMIES, taxonomyTerms } from './hsds/taxonomy';
import { listingOf, type Listing } from './listing';

export interface OpenDataOptions {
  /** Absolute URL of a facility's page. */
  pageUrl(id: string): string;
  /** Absolute URL of the site's home page (the data package's homepage). */
  siteUrl: string;
  /** When the files were made: ISO date-time. */
  created: string;
}

/** Paths of the published files, under /data/. */
export const OPEN_DATA_PATHS = {
  directoryCsv: 'directory.csv',
  directoryGeoJson: 'directory.geojson',
  stateCsv: (state: string) => `states/${state.toLowerCase()}.csv`,
  stateGeoJson: (state: string) => `states/${state.toLowerCase()}.geojson`,
  hsdsServices: 'hsds/services.json',
  hsdsTaxonomyTerms: 'hsds/taxonomy_terms.json',
  hsdsTaxonomies: 'hsds/taxonomies.json',
  hsdsPackage: 'hsds/datapackage.json',
  hsdsTable: (csv: string) => `hsds/${csv}`,
};

/**
 * A JSON array written one element a line: readable, diffable, and streamable
 * line by line. Items are turned into text one at a time, so a lazy iterable
 * never holds every record at once (the HSDS service records were the
 * build's memory peak).
 */
function jsonLines(items: Iterable<unknown>): string {
  const lines: string[] = [];
  for (const item of items) lines.push(JSON.stringify(item));
  return `[\n${lines.join(',\n')}\n]\n`;
}

function* mapLazily<T, U>(items: readonly T[], fn: (item: T) => U): Generator<U> {
  for (const item of items) yield fn(item);
}

/**
 * The directory's open data, made from the facility files: the whole
 * directory and each state as CSV and GeoJSON, and the whole directory as
 * HSDS 3.0 (service records as JSON, and the tabular data package). A file
 * is made when first asked for. The build's endpoints `take` each file once,
 * and the /data/ page asks each one's `size`: whichever comes first makes
 * it, so nothing is made twice and nothing large is kept after it is written.
 */
export class OpenData {
  private readonly facilities: Facility[];
  private readonly makers = new Map<string, () => string>();
  private readonly bodies = new Map<string, string>();
  private readonly sizes = new Map<string, number>();
  private readonly taken = new Set<string>();
  private listingsCache?: Listing[];
  private rowsCache?: FacilityRows[];

  constructor(
    facilities: readonly Facility[],
    private readonly options: OpenDataOptions,
  ) {
    // Every listing, closed ones too (their status says so), by state then name.
    this.facilities = [...facilities].sort(compareForOrdinals);
    const p = OPEN_DATA_PATHS;
    this.makers.set(p.directoryCsv, () => toCsv(LISTING_COLUMNS, this.listings()));
    this.makers.set(p.directoryGeoJson, () => toGeoJson(this.listings()));
    for (const state of this.states) {
      this.makers.set(p.stateCsv(state), () => toCsv(LISTING_COLUMNS, this.stateListings(state)));
      this.makers.set(p.stateGeoJson(state), () => toGeoJson(this.stateListings(state)));
    }
    this.makers.set(p.hsdsServices, () => jsonLines(mapLazily(this.hsdsRows(), serviceRecord)));
    this.makers.set(p.hsdsTaxonomyTerms, () => jsonLines(taxonomyTerms()));
    this.makers.set(p.hsdsTaxonomies, () => jsonLines(TAXONOMIES));
    this.makers.set(p.hsdsPackage, () => this.hsdsPackage());
    for (const table of TABLES) {
      this.makers.set(p.hsdsTable(table.path), () =>
        tableCsv(table, tableRowsOf(table, this.hsdsRows(), taxonomyTerms())),
      );
    }
  }

  /** State codes with at least one facility, in order. */
  get states(): string[] {
    return [...new Set(this.facilities.map((f) => f.address.state))];
  }

  /** Facilities per state code, and in all. */
  count(state?: string): number {
    return state ? this.facilities.filter((f) => f.address.state === state).length : this.facilities.length;
  }

  /** SAMHSA editions the data comes from: "SAMHSA, National Directory of ... 2024". */
  get editions(): string[] {
    const seen = new Map<string, { directory: 'su' | 'mh'; year: number }>();
    for (const f of this.facilities) for (const s of f.samhsa) seen.set(`${s.directory}${s.year}`, s);
    return [...seen.values()]
      .sort((a, b) => a.directory.localeCompare(b.directory) || a.year - b.year)
      .map((s) => `SAMHSA, ${SAMHSA_DIRECTORY_TITLES[s.directory]} ${s.year}`);
  }

  /** Every file published, by path under /data/. */
  get paths(): string[] {
    return [...this.makers.keys()];
  }

  /** A file's text for the endpoint that writes it; not kept afterwards. */
  take(path: string): string {
    const body = this.bodies.get(path) ?? this.make(path);
    this.bodies.delete(path);
    this.taken.add(path);
    // Every file written: the rows they were made from would only hold
    // memory for the rest of the build (listings() remakes its own if asked).
    if (this.taken.size === this.makers.size) this.listingsCache = this.rowsCache = undefined;
    return body;
  }

  /** A file's size in bytes (UTF-8). Makes the file, and keeps it for `take`, if it is not made yet. */
  size(path: string): number {
    if (!this.sizes.has(path)) this.bodies.set(path, this.make(path));
    return this.sizes.get(path)!;
  }

  listings(): Listing[] {
    this.listingsCache ??= this.facilities.map((f) => listingOf(f, this.options.pageUrl));
    return this.listingsCache;
  }

  private make(path: string): string {
    const maker = this.makers.get(path);
    if (!maker) throw new Error(`No open-data file ${path}`);
    const body = maker();
    this.sizes.set(path, Buffer.byteLength(body));
    return body;
  }

  private stateListings(state: string): Listing[] {
    return this.listings().filter((l) => l.state === state);
  }

  private hsdsRows(): FacilityRows[] {
    const listings = this.listings();
    this.rowsCache ??= this.facilities.map((f, i) => facilityRows(f, listings[i]!));
    return this.rowsCache;
  }

  private hsdsPackage(): string {
    const pkg = dataPackage({
      name: 'iop-finder-hsds',
      title: 'Behavioral-health treatment facilities (HSDS 3.0)',
      description:
        "Every facility of the directory in Open Referral's Human Services Data Specification 3.0, tabular form.",
      created: this.options.created,
      homepage: this.options.siteUrl,
      sources: this.editions.map((title) => ({ title })),
      licenses: [
        { title: 'Facility data: U.S. government work (SAMHSA), public domain' },
        {
          name: 'CC-BY-SA-4.0',
          path: 'https://creativecommons.org/licenses/by-sa/4.0/',
          title: 'HSDS 3.0 specification: Open Referral, CC BY-SA 4.0',
        },
      ],
    });
    return `${JSON.stringify(pkg, null, 2)}\n`;
  }
}
