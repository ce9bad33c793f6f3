/**
 * The shape every controlled vocabulary shares. Keeping one shape lets the
 * crosswalk, the filters, the directory pages and the JSON Schema treat all
 * vocabularies alike.
 */
export interface Term<Id extends string = string> {
  /** Stable, URL-safe identifier stored in facility files and used in URLs. */
  readonly id: Id;
  /** Short label shown to people. */
  readonly label: string;
  /** One plain-language sentence (about grade 8) explaining the term. */
  readonly description: string;
  /** Other words people search with; fuzzy search matches these too. */
  readonly synonyms?: readonly string[];
  /**
   * SAMHSA service codes that imply this term, per directory. `su` is the
   * substance-use directory, `mh` the mental-health one: the same code can mean
   * different things (or nothing) in each.
   */
  readonly samhsa?: { readonly su?: readonly string[]; readonly mh?: readonly string[] };
}

/** Tuple of ids, so zod can build an enum straight from a vocabulary. */
export function idsOf<const T extends readonly Term[]>(terms: T): [T[number]['id'], ...T[number]['id'][]] {
  return terms.map((t) => t.id) as [T[number]['id'], ...T[number]['id'][]];
}

/** Look-up by id; throws on an unknown id because that is always a programming error. */
export function termIndex<T extends Term>(terms: readonly T[]): (id: string) => T {
  const byId = new Map(terms.map((t) => [t.id, t]));
  return (id) => {
    const term = byId.get(id);
    if (!term) throw new Error(`Unknown taxonomy id "${id}"`);
    return term;
  };
}
