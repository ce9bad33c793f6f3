/**
 * When two facilities with the same name, phone and ZIP are one facility:
 * their streets must not contradict it. One of them has the street withheld
 * or only a PO box, or both have the same house number ("4539 U.S. Highway 9"
 * / "4539 US 9"), or the same street lines in another order ("340 NE Maple
 * St" / "340 Maple St NE"). Separate sites of one operator that share a name
 * and a central phone line stay apart. The importer's merge (fold.ts), its
 * re-import matching (match-existing.ts) and the validator (duplicates.ts)
 * all decide with this one function.
 */
import { houseNumber, isPoBox, streetKey } from './normalize';

export interface SiteLines {
  street1?: string | undefined;
  street2?: string | undefined;
}

/** A street line that places the facility: present, not withheld, not a PO box. */
export function placingStreet(site: SiteLines): string | undefined {
  const street = site.street1?.trim();
  return street && /[\p{L}\p{N}]/u.test(street) && !isPoBox(street) ? street : undefined;
}

/** Why two sites are one, or undefined when both streets are known and disagree. */
export function sameSiteReason(a: SiteLines, b: SiteLines): string | undefined {
  const streetA = placingStreet(a);
  const streetB = placingStreet(b);
  if (!streetA || !streetB) return 'one has no street address';
  const house = houseNumber(streetA);
  if (house && house === houseNumber(streetB)) return 'same house number';
  const lines = (site: SiteLines) =>
    [site.street1, site.street2]
      .map((line) => streetKey(line ?? ''))
      .sort()
      .join('|');
  if (lines(a) === lines(b)) return 'same street lines';
  return undefined;
}
