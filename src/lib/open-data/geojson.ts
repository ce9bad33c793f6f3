import { LISTING_COLUMNS } from './columns';
import type { Listing } from './listing';

/** The point is the geometry; the other columns are the properties. */
const PROPERTY_COLUMNS = LISTING_COLUMNS.filter((c) => c.name !== 'latitude' && c.name !== 'longitude');

export interface Feature {
  type: 'Feature';
  id: string;
  /** Null for a facility without a known point (RFC 7946 allows an unlocated feature). */
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
  properties: Record<string, string | boolean | null>;
}

/** One facility as a GeoJSON feature: [longitude, latitude], properties named like the CSV columns. */
export function featureOf(listing: Listing): Feature {
  const properties: Feature['properties'] = {};
  for (const column of PROPERTY_COLUMNS) {
    const value = column.value(listing);
    properties[column.name] = value === undefined ? null : typeof value === 'number' ? String(value) : value;
  }
  return {
    type: 'Feature',
    id: listing.id,
    geometry: listing.location ? { type: 'Point', coordinates: [listing.location.lon, listing.location.lat] } : null,
    properties,
  };
}

/** RFC 7946 FeatureCollection, one feature per line so the file reads and diffs well. */
export function toGeoJson(listings: Iterable<Listing>): string {
  const lines: string[] = [];
  for (const listing of listings) lines.push(JSON.stringify(featureOf(listing)));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}
