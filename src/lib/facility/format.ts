import type { Address, Location } from '../schema';
import { stateName } from '../geo/states';
import type { Locale } from '../i18n/locales';

/**
 * "555-123-4567 x12" -> "tel:+15551234567,12". The comma makes the phone
 * pause and then dial the extension, which every common dialer understands.
 */
export function telHref(phone: string): string {
  const match = /^(\d{3})-(\d{3})-(\d{4})(?: x(\d{1,6}))?$/.exec(phone);
  if (!match) throw new Error(`Not a stored phone number: ${phone}`);
  const [, area, exchange, line, ext] = match;
  return `tel:+1${area}${exchange}${line}${ext ? `,${ext}` : ''}`;
}

/** "555-123-4567 x12" -> "(555) 123-4567 ext. 12", the way people read numbers aloud. */
export function formatPhone(phone: string): string {
  const match = /^(\d{3})-(\d{3})-(\d{4})(?: x(\d{1,6}))?$/.exec(phone);
  if (!match) return phone;
  const [, area, exchange, line, ext] = match;
  return `(${area}) ${exchange}-${line}${ext ? ` ext. ${ext}` : ''}`;
}

/** "Denver, CO 80203". */
export function cityLine(address: Pick<Address, 'city' | 'state' | 'zip'>): string {
  return `${address.city}, ${address.state} ${address.zip}`;
}

/** Street lines then the city line; the street is absent when SAMHSA withholds it. */
export function addressLines(address: Address): string[] {
  return [address.street1, address.street2, cityLine(address)].filter((l): l is string => Boolean(l));
}

/** One line, for maps and structured data. */
export function singleLineAddress(address: Address): string {
  return addressLines(address).join(', ');
}

/**
 * A directions link the person chooses to open in their own map app or site.
 * The page itself never contacts the map service. Without a street address
 * there is nothing precise to route to, so there is no link.
 */
export function directionsUrl(address: Address): string | undefined {
  if (!address.street1) return undefined;
  const destination = [address.street1, address.city, `${address.state} ${address.zip}`].join(', ');
  return `https://www.google.com/maps/dir/?api=1&destination=${encodeURIComponent(destination)}`;
}

/** The same place on OpenStreetMap, for people who prefer it. */
export function openStreetMapUrl(location: Pick<Location, 'lat' | 'lon' | 'precision'>): string {
  const zoom = location.precision === 'exact' ? 17 : 13;
  const lat = location.lat.toFixed(5);
  const lon = location.lon.toFixed(5);
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=${zoom}/${lat}/${lon}`;
}

/** "Colorado" for "CO" ("Nuevo México" for "NM" in Spanish), falling back to the code. */
export function stateLabel(code: string, locale: Locale = 'en'): string {
  return stateName(code, locale) ?? code;
}

/** "1 facility", "3 facilities". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}

/** "12.3 miles", "0.4 miles", "1 mile". */
export function formatMiles(miles: number): string {
  const rounded = miles < 10 ? Math.round(miles * 10) / 10 : Math.round(miles);
  return `${rounded} ${rounded === 1 ? 'mile' : 'miles'}`;
}
