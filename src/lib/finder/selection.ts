import { FILTER_GROUPS, groupTerms, type FilterGroupKey } from '../search/groups';
import { TELEHEALTH, type Term } from '../taxonomy';
import { withoutSpans, type QueryReading, type ReadTerm, type TextPlace } from '../search/query';
import { stateName } from '../geo/states';
import { listOf } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import { finderMessages } from '../i18n/messages/finder';
import { termLabel } from '../i18n/terms';
import { filterGroupOf, GROUP_STATE_FIELD } from './search-plan';
import type { FinderState } from './url-state';

/** Options chosen in each filter group: checked boxes and terms read from the words together. */
export type Selection = Record<FilterGroupKey, string[]> & { telehealth: boolean };

export function selectionOf(state: FinderState, reading: QueryReading): Selection {
  const selection = Object.fromEntries(
    FILTER_GROUPS.map((key) => [key, [...state[GROUP_STATE_FIELD[key]]] as string[]]),
  ) as unknown as Selection;
  selection.telehealth = state.telehealth;
  for (const term of reading.terms) {
    if (term.group === 'telehealth') selection.telehealth = true;
    const key = filterGroupOf(term.group);
    if (!key) continue;
    for (const id of term.ids) if (!selection[key].includes(id)) selection[key].push(id);
  }
  return selection;
}

/** How many options are chosen in all: the number on the "Filters (N)" button. */
export function selectionCount(selection: Selection, stateCode?: string): number {
  return (
    FILTER_GROUPS.reduce((n, key) => n + selection[key].length, 0) +
    (selection.telehealth ? 1 : 0) +
    (stateCode ? 1 : 0)
  );
}

/** One thing the words were read as, shown as a removable chip. */
export interface Chip {
  key: string;
  label: string;
  /** What the chip stands for, for the remove button's name: "Remove Medicaid". */
  kind: 'term' | 'place';
  /** The words it came from, as typed. */
  words: string;
  span: { start: number; end: number };
}

function termLabels(term: ReadTerm, locale: Locale): string[] {
  if (term.group === 'telehealth') return [termLabel(TELEHEALTH, locale)];
  const key = filterGroupOf(term.group);
  const terms = key ? (groupTerms(key) as readonly Term[]) : [];
  return term.ids.map((id) => {
    const found = terms.find((t) => t.id === id);
    return found ? termLabel(found, locale) : id;
  });
}

function placeLabel(place: TextPlace, locale: Locale): string {
  const t = finderMessages(locale).reading;
  if (place.kind === 'zip') return t.near(place.zip);
  if (place.kind === 'city') return t.near(`${place.city}, ${place.state}`);
  return t.inState(stateName(place.state, locale) ?? place.state);
}

/** The chips of a reading: the place first, then each term in the order it was typed. */
export function chipsOf(reading: QueryReading, placeUsed: boolean, locale: Locale = 'en'): Chip[] {
  const chips: Chip[] = [];
  if (reading.place && placeUsed) {
    const { start, end, text } = reading.place;
    chips.push({
      key: `place-${start}`,
      label: placeLabel(reading.place, locale),
      kind: 'place',
      words: text,
      span: { start, end },
    });
  }
  for (const term of reading.terms) {
    const { start, end, text } = term;
    chips.push({
      key: `${term.group}-${start}`,
      label: listOf(locale, termLabels(term, locale), 'disjunction'),
      kind: 'term',
      words: text,
      span: { start, end },
    });
  }
  return chips;
}

/** The search box's text once a chip is removed. */
export function withoutChip(q: string, chip: Chip): string {
  return withoutSpans(q, [chip.span]);
}

/**
 * Check or uncheck an option. Unchecking one that came from the words takes
 * those words out of the search box; if they named several options ("MAT"),
 * the others stay checked.
 */
export function toggleOption(
  state: FinderState,
  reading: QueryReading,
  group: FilterGroupKey,
  id: string,
  on: boolean,
): Partial<FinderState> {
  const field = GROUP_STATE_FIELD[group];
  const current = state[field] as string[];
  if (on) return { [field]: current.includes(id) ? current : [...current, id] };
  const fromWords = reading.terms.filter((t) => filterGroupOf(t.group) === group && t.ids.includes(id));
  const kept = new Set(current.filter((v) => v !== id));
  for (const term of fromWords) for (const other of term.ids) if (other !== id) kept.add(other);
  const ordered = (groupTerms(group) as readonly Term[]).map((t) => t.id).filter((v) => kept.has(v));
  return fromWords.length ? { [field]: ordered, q: withoutSpans(state.q, fromWords) } : { [field]: ordered };
}

/** Telehealth on or off; off also takes telehealth words out of the search box. */
export function toggleTelehealth(state: FinderState, reading: QueryReading, on: boolean): Partial<FinderState> {
  const words = reading.terms.filter((t) => t.group === 'telehealth');
  return on || !words.length ? { telehealth: on } : { telehealth: false, q: withoutSpans(state.q, words) };
}

/** "Clear all filters": every checked option, the state, and the words that were read as filters. */
export function clearedFilters(state: FinderState, reading: QueryReading): Partial<FinderState> {
  const lists = Object.fromEntries(FILTER_GROUPS.map((key) => [GROUP_STATE_FIELD[key], []]));
  return { ...lists, telehealth: false, state: undefined, q: withoutSpans(state.q, reading.terms) };
}
