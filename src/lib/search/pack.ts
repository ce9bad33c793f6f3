import type { Facility } from '../schema';
import { GROUPS, maskOf } from './groups';
import { COORD_SCALE, FLAG_APPROXIMATE, FLAG_TELEHEALTH, FLAG_TEMPORARILY_CLOSED, type PackedRecord } from './record';

/** A facility as the search files carry it (build time; see PackedRecord). */
export function packFacility(f: Facility, ordinal: number): PackedRecord {
  let flags = 0;
  if (f.telehealth) flags |= FLAG_TELEHEALTH;
  if (f.location?.precision === 'zip-centroid') flags |= FLAG_APPROXIMATE;
  if (f.status === 'temporarily-closed') flags |= FLAG_TEMPORARILY_CLOSED;
  const masks = GROUPS.map((g) => maskOf(g.terms, f[g.field] as readonly string[]));
  return [
    ordinal,
    f.id,
    f.name,
    f.alternateName ?? '',
    f.address.city,
    f.address.state,
    f.location ? Math.round(f.location.lat * COORD_SCALE) : null,
    f.location ? Math.round(f.location.lon * COORD_SCALE) : null,
    flags,
    f.phone ?? f.intakePhones[0] ?? '',
    f.address.street1 ?? '',
    ...masks,
  ];
}
