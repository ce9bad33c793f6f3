/**
 * SAMHSA's name1 column is cut at a fixed width and the rest of a long name
 * spills into name2: "Southwest Arkansas Counseling and" + "Mental Health
 * Center". A name1 ending in a joining word or mark cannot be a whole name,
 * so the two are one name. Otherwise name2 is a second name (a program or
 * "doing business as" name) and stays separate.
 */
const DANGLING_END = /(?:\b(?:and|of|for|the|in|at|on|to|a|an|with|by|de|del|la|y)|[-&,/])$/i;

export interface FacilityNames {
  name: string;
  alternateName?: string;
}

export function facilityNames(name1: string, name2: string | undefined): FacilityNames {
  if (!name2 || name2.toLowerCase() === name1.toLowerCase()) return { name: name1 };
  if (DANGLING_END.test(name1)) return { name: `${name1} ${name2}` };
  return { name: name1, alternateName: name2 };
}
