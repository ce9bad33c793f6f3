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
  /**
   * Other words people search with for this term: abbreviations, brand names,
   * everyday words. The finder reads typed words as the term through these.
   * A phrase should name one group's terms only; where it names several groups
   * (a label of one is a synonym of another), SEARCH_PRECEDENCE in
   * search/query decides.
   */
  readonly synonyms?: readonly string[];
  /**
   * Common misspellings that typo tolerance alone would not catch (two or
   * more edits away, like "medicade"): recognised in search, never shown.
   */
  readonly misspellings?: readonly string[];
  /**
   * Words that suggest this term only when the query names no other term of
   * its group: "therapist" means outpatient care, unless the query also says
   * "IOP", which it must not widen.
   */
  readonly weakSynonyms?: readonly string[];
  /** The term in Spanish (es-US): what people read and type in the Spanish pages and finder. */
  readonly es: TermSpanish;
  /**
   * SAMHSA service codes that imply this term, per directory. `su` is the
   * substance-use directory, `mh` the mental-health one: the same code can mean
   * different things (or nothing) in each.
   */
  readonly samhsa?: { readonly su?: readonly string[]; readonly mh?: readonly string[] };
}

/**
 * A term's Spanish words (es-US). Written for people in the US who search and
 * read in Spanish, not translated word for word: see docs/glossary-es.md for
 * the chosen terms and the register (usted).
 */
export interface TermSpanish {
  /** Short label shown to people, in sentence case with its accents ("Desintoxicación (detox)"). */
  readonly label: string;
  /** One plain, warm sentence (about grade 8) explaining the term to someone who may be in distress. */
  readonly description: string;
  /**
   * Words Spanish speakers in the US search with: everyday and regional
   * words, Spanglish that people really type ("rehab", "aseguranza"). Accents
   * are optional: search folds them away, so write them without.
   */
  readonly synonyms?: readonly string[];
  /** Spanish words that suggest the term only when no other term of its group is named (see Term.weakSynonyms). */
  readonly weakSynonyms?: readonly string[];
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
