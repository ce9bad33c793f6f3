import { getCollection } from 'astro:content';
import { computeAlternatives, type Alternative } from '../facility/alternatives';
import type { Facility } from '../schema';
import { dataFacts, type DataFacts } from './facts';
import { uniqueFacilityTitles } from '../seo/meta';
import { groupDirectory, type DirectoryGroups } from './groupings';

export interface Directory extends DirectoryGroups<Facility> {
  /** Every facility, closed ones included: each has its own page. */
  all: Facility[];
  byId: Map<string, Facility>;
  /** Nearest open facilities sharing a level of care, per facility id. */
  alternatives: Map<string, Alternative[]>;
  /** A page title per facility that no other facility shares. */
  titles: Map<string, string>;
  /** Counts the site's own text states (verified listings, editions). */
  facts: DataFacts;
}

let cached: Promise<Directory> | undefined;

/**
 * The whole directory, loaded and grouped once per build. Every page route
 * calls this; the first call does the work and the rest share the result, so
 * no page scans the collection on its own.
 */
export function getDirectory(): Promise<Directory> {
  cached ??= load();
  return cached;
}

async function load(): Promise<Directory> {
  const entries = await getCollection('facilities');
  // The entry id is the file name, which is what URLs and edit links use.
  const all = entries.map((entry) => (entry.data.id === entry.id ? entry.data : { ...entry.data, id: entry.id }));
  const groups = groupDirectory(all);
  return {
    ...groups,
    all,
    byId: new Map(all.map((f) => [f.id, f])),
    alternatives: computeAlternatives(all),
    titles: uniqueFacilityTitles(all),
    facts: dataFacts(all),
  };
}
