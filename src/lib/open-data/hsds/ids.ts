import { parse as parseUuid, v5 as uuidv5 } from 'uuid';

/**
 * Namespace of every HSDS id this site publishes: UUIDv5 of
 * "https://github.com/iop-finder/iop-finder#hsds" in the URL namespace,
 * written out so a change of repository address never changes an id.
 */
export const HSDS_NAMESPACE = '0e7ba659-5f42-5f95-853d-21431af4a306';

/** The kinds of HSDS object an id can name; part of the name hashed, so a service and its location never share one. */
export type HsdsKind =
  | 'organization'
  | 'service'
  | 'location'
  | 'service_at_location'
  | 'address'
  | 'phone'
  | 'language'
  | 'attribute'
  | 'taxonomy'
  | 'taxonomy_term';

/**
 * A stable UUIDv5 for an HSDS object: the same facility id (and key) gives
 * the same UUID in every build, so consumers can match records across
 * editions. `key` is the facility id, plus what tells apart several objects
 * of one kind for it ("my-facility/intake/1").
 */
export function hsdsId(kind: HsdsKind, key: string): string {
  // Bytes in, not strings: the open-data build names about a million objects,
  // and uuid's own string-to-bytes conversion was a third of that time.
  return uuidv5(UTF8.encode(`${kind}:${key}`), NAMESPACE_BYTES);
}

const UTF8 = new TextEncoder();
const NAMESPACE_BYTES = parseUuid(HSDS_NAMESPACE);
