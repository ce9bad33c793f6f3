import type { FacilityRows } from './records';

/** Drop the keys that only link a nested object back to its parent: nesting says it already. */
function without<T extends object, K extends keyof T>(row: T, ...keys: K[]): Omit<T, K> {
  const copy = { ...row };
  for (const key of keys) delete copy[key];
  return copy;
}

/**
 * One facility as a whole HSDS 3.0 service, the shape of
 * `compiled/service.json` (what the HSDS API's `/services/{id}` returns):
 * its organization, its location with the address, phones, languages and
 * attributes. An attribute names its term by `taxonomy_term_id` and carries
 * the site's label as its `value`; the terms themselves are published once
 * (taxonomy_terms.json) rather than nested 300,000 times, which would make
 * the file three times as large.
 */
export function serviceRecord(rows: FacilityRows) {
  return {
    ...rows.service,
    phones: rows.phones.map((p) => without(p, 'service_id')),
    service_at_locations: [
      {
        id: rows.serviceAtLocation.id,
        location: {
          ...rows.location,
          addresses: rows.address ? [without(rows.address, 'location_id')] : [],
        },
      },
    ],
    languages: rows.languages.map((l) => without(l, 'service_id')),
    organization: rows.organization,
    attributes: rows.attributes.map((a) => without(a, 'link_id', 'link_entity')),
  };
}

export type ServiceRecord = ReturnType<typeof serviceRecord>;
