import type { LatLon } from '../geo/distance';
import { isStateCode, type StateCode } from '../geo/states';
import { NO_FILTER, type FacetFilter } from '../search/facets';
import { FILTER_GROUPS, GROUPS, groupTerms, maskOf, type FilterGroupKey } from '../search/groups';
import type { NameWordQuery } from '../search/name-match';
import { interpretQuery, type QueryReading, type ReadableGroup, type ReadTerm } from '../search/query';
import type { SearchRequest } from '../search/service';
import { PAGE_SIZE } from './pagination';
import type { FinderState } from './url-state';

/** FinderState list field behind each filter group. */
export const GROUP_STATE_FIELD = {
  levels: 'levels',
  specialties: 'specialties',
  payment: 'payment',
  ages: 'ages',
  languages: 'languages',
  medications: 'medications',
  careFocus: 'focus',
  therapies: 'therapies',
} as const satisfies Record<FilterGroupKey, keyof FinderState>;

/** The filter group a reading's group stands for (telehealth is a flag, not a group). */
export function filterGroupOf(group: ReadableGroup): FilterGroupKey | undefined {
  return GROUPS.find((g) => g.field === group)?.key;
}

/**
 * What the finder searches for: the URL state (boxes, checkboxes) and what
 * the words in the search box say, read against the taxonomy. Pure, so the
 * page and the tests compute it the same way.
 */
export interface FinderSearch {
  reading: QueryReading;
  /** Checked filters. */
  filter: FacetFilter;
  /** Filters read from the words. */
  termFilter: FacetFilter;
  /** Words left for names and cities. */
  words: NameWordQuery[];
  /** Where to search around, as typed: the Where box, or else a ZIP or "City, ST" from the words. */
  where: string;
  /** The place came from the words, not the Where box. */
  whereFromWords: boolean;
  /** The state filter, or else a state named in the words. */
  stateCode?: StateCode;
  stateFromWords: boolean;
}

export function facetFilterOf(state: FinderState): FacetFilter {
  const masks = Object.fromEntries(
    FILTER_GROUPS.map((key) => [key, maskOf(groupTerms(key), state[GROUP_STATE_FIELD[key]])]),
  ) as FacetFilter['masks'];
  return { masks, telehealth: state.telehealth };
}

/** Filters the recognised terms of a reading set. */
export function termFilterOf(terms: readonly ReadTerm[]): FacetFilter {
  const masks = { ...NO_FILTER.masks };
  let telehealth = false;
  for (const term of terms) {
    if (term.group === 'telehealth') telehealth = true;
    const key = filterGroupOf(term.group);
    if (key) masks[key] = (masks[key] | maskOf(groupTerms(key), term.ids)) >>> 0;
  }
  return { masks, telehealth };
}

export function finderSearch(state: FinderState, reading: QueryReading = interpretQuery(state.q)): FinderSearch {
  const place = reading.place;
  const typedPlace = !state.where && !state.near;
  const whereFromWords = typedPlace && (place?.kind === 'zip' || place?.kind === 'city');
  const where = state.where || (whereFromWords ? placeText(place!) : '');
  const stateFromWords = !state.state && place?.kind === 'state';
  return {
    reading,
    filter: facetFilterOf(state),
    termFilter: termFilterOf(reading.terms),
    words: reading.nameWords.map(({ word, prefix }) => ({ word, prefix })),
    where,
    whereFromWords,
    stateCode: state.state ?? (stateFromWords && isStateCode(place.state) ? place.state : undefined),
    stateFromWords,
  };
}

/**
 * The reading once its city turned out unknown ("teen challenge ohio" is no
 * city "Challenge" in Ohio): the state stays, the city's words go back to
 * matching names.
 */
export function withCityAsWords(reading: QueryReading): QueryReading {
  const place = reading.place;
  if (place?.kind !== 'city') return reading;
  const nameWords = [...reading.nameWords, ...place.cityWords].sort((a, b) => a.start - b.start);
  return {
    ...reading,
    nameWords,
    place: { kind: 'state', state: place.state, start: place.start, end: place.end, text: place.text },
  };
}

/** A place read from the words, written the way the Where box takes it. */
function placeText(place: NonNullable<QueryReading['place']>): string {
  if (place.kind === 'zip') return place.zip;
  if (place.kind === 'city') return `${place.city}, ${place.state}`;
  return '';
}

/** Groups shown folded until opened: their counts are not loaded for them until then. */
export const FOLDED_GROUPS: readonly FilterGroupKey[] = ['therapies'];

/** The groups whose counts the page shows: all but the folded ones not opened and not in use. */
export function countedGroups(unfolded: readonly FilterGroupKey[], state: FinderState): FilterGroupKey[] {
  return FILTER_GROUPS.filter(
    (key) => !FOLDED_GROUPS.includes(key) || unfolded.includes(key) || state[GROUP_STATE_FIELD[key]].length > 0,
  );
}

/** Whether there is anything to search for yet. */
export function wantsSearch(search: FinderSearch, center: LatLon | undefined): boolean {
  return !!center || !!search.stateCode || search.words.length > 0 || hasAnyFilter(search);
}

export function hasAnyFilter(search: Pick<FinderSearch, 'filter' | 'termFilter'>): boolean {
  const any = (f: FacetFilter) => f.telehealth || FILTER_GROUPS.some((key) => f.masks[key] !== 0);
  return any(search.filter) || any(search.termFilter);
}

/**
 * The search the worker runs. When the words name both terms and other
 * words, all of them may also be tried as a name: "teen challenge".
 */
export function toSearchRequest(
  state: FinderState,
  search: FinderSearch,
  center: LatLon | undefined,
  countGroups: readonly FilterGroupKey[] = FILTER_GROUPS,
  pageSize = PAGE_SIZE,
): SearchRequest {
  const { reading } = search;
  const fallbackWords =
    reading.terms.length && reading.nameWords.length
      ? [...reading.terms, ...reading.nameWords]
          .sort((a, b) => a.start - b.start)
          .flatMap((span) => span.text.toLowerCase().split(/[^\p{L}\p{N}]+/u))
          .filter((word) => word.length >= 2)
          .map((word) => ({ word: word.normalize('NFD').replace(/[\u0300-\u036f]/g, ''), prefix: false }))
      : undefined;
  return {
    words: search.words,
    fallbackWords,
    center,
    radius: state.radius,
    state: search.stateCode,
    filter: search.filter,
    termFilter: search.termFilter,
    order: state.sort,
    page: state.page,
    pageSize,
    countGroups,
  };
}
