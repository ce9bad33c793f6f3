import { cityKey } from '../../../geo/place';
import { FILTER_GROUPS, type FilterGroupKey } from '../../groups';
import type { QueryReading } from '../reading';

/** One evaluation case: a query as typed and what it should be read as. */
export interface EvalCase {
  q: string;
  who: 'seeker' | 'referral';
  expect: Expected;
  note?: string;
}

/** Expected term ids per filter group, by the groups' keys ("levels", "careFocus"…). */
type GroupIds = Partial<Record<FilterGroupKey, string[]>>;

export interface Expected extends GroupIds {
  telehealth?: boolean;
  zip?: string;
  city?: string;
  state?: string;
  stateOnly?: string;
  nearMe?: boolean;
  nameWords?: string[];
  unknown?: string[];
}

/**
 * Pairs of readings the two writers of the sets chose differently and both
 * defend: the taxonomy has a specialty program and an age group (or care
 * focus) for the same words. Compared on one side of each pair.
 */
const SAME: Record<string, string> = {
  'specialties:adolescents': 'ages:children',
  'specialties:co-occurring': 'careFocus:co-occurring',
  'specialties:older-adults': 'ages:seniors',
  'specialties:young-adults': 'ages:young-adults',
};

function termSet(pairs: Iterable<[string, string]>): string[] {
  const out = new Set<string>();
  for (const [group, id] of pairs) {
    const key = `${group === 'levelsOfCare' ? 'levels' : group}:${id}`;
    out.add(SAME[key] ?? key);
  }
  return [...out].sort();
}

/** What a reading says, in the evaluation's terms. */
export function describeReading(r: QueryReading) {
  const place = r.place;
  return {
    terms: termSet(
      r.terms
        .filter((t) => t.group !== 'telehealth')
        .flatMap((t) => t.ids.map((id) => [t.group, id] as [string, string])),
    ),
    telehealth: r.terms.some((t) => t.group === 'telehealth'),
    zip: place?.kind === 'zip' ? place.zip : undefined,
    city: place?.kind === 'city' ? cityKey(place.city) : undefined,
    state: place?.kind === 'city' ? (place.state as string) : undefined,
    stateOnly: place?.kind === 'state' ? (place.state as string) : undefined,
    nearMe: !!r.nearMe,
    nameWords: [...new Set(r.nameWords.map((w) => w.word))].sort(),
  };
}

export function describeExpected(e: Expected): ReturnType<typeof describeReading> {
  return {
    terms: termSet(FILTER_GROUPS.flatMap((g) => (e[g] ?? []).map((id) => [g, id] as [string, string]))),
    telehealth: !!e.telehealth,
    zip: e.zip,
    city: e.city ? cityKey(e.city) : undefined,
    state: e.city ? e.state : undefined,
    stateOnly: e.stateOnly,
    nearMe: !!e.nearMe,
    nameWords: [...new Set([...(e.nameWords ?? []), ...(e.unknown ?? [])].map((w) => w.toLowerCase()))].sort(),
  };
}
