import { memo, useState } from 'react';
import { groupTerms, type FilterGroupKey } from '../../lib/search/groups';
import type { FacetCounts } from '../../lib/search/facets';
import { formatNumber } from '../../lib/i18n/format';
import { termLabel } from '../../lib/i18n/terms';
import { useFinderText } from './i18n';
import { FOLDED_GROUPS } from '../../lib/finder/search-plan';
import type { Selection } from '../../lib/finder/selection';
import { stateOptions, type StateCode } from '../../lib/geo/states';
import type { Term } from '../../lib/taxonomy';

/**
 * Filter groups in the order they are shown: what kind of care first.
 * Therapies start folded away: few people filter by them, and on a
 * nationwide search their counts cost a download of their own.
 */
const SHOWN: FilterGroupKey[] = [
  'levels',
  'careFocus',
  'specialties',
  'payment',
  'ages',
  'languages',
  'medications',
  'therapies',
];

/** Long groups show this many options until "Show all". */
const SHORT_LIST = 6;

export interface FiltersProps {
  selection: Selection;
  stateCode?: StateCode;
  counts?: FacetCounts;
  /** How many options are chosen, for the "Filters (N)" button. */
  chosen: number;
  /** Results shown, for the button that closes the filters on a phone. */
  resultCount?: number;
  onToggle(group: FilterGroupKey, id: string, on: boolean): void;
  onState(code: StateCode | undefined): void;
  onTelehealth(on: boolean): void;
  onClear(): void;
  onShowResults(): void;
  /** A folded group was opened or closed: its counts are wanted only while open. */
  onUnfold(group: FilterGroupKey, open: boolean): void;
}

function Count({ n }: { n: number | undefined }) {
  const { locale } = useFinderText();
  if (n === undefined) return null;
  return <span className="finder-count"> ({formatNumber(locale, n)})</span>;
}

const FilterGroup = memo(function FilterGroup(props: {
  group: FilterGroupKey;
  legend: string;
  folded?: boolean;
  selected: readonly string[];
  counts?: Int32Array;
  onToggle(group: FilterGroupKey, id: string, on: boolean): void;
  onUnfold(group: FilterGroupKey, open: boolean): void;
}) {
  const { group, legend, selected, counts } = props;
  const { locale, t } = useFinderText();
  const terms = groupTerms(group) as readonly Term[];
  const [expanded, setExpanded] = useState(false);
  const [unfolded, setUnfolded] = useState(!props.folded);
  const long = terms.length > SHORT_LIST + 2;
  const shown = terms
    .map((term, bit) => ({ term, bit }))
    .filter(({ term }, i) => (unfolded && (!long || expanded || i < SHORT_LIST)) || selected.includes(term.id));
  return (
    <fieldset className="finder-group">
      <legend>
        {legend} <span className="finder-legend-note">{t.filters.anyOf}</span>
      </legend>
      {props.folded && (
        <button
          type="button"
          className="finder-link-button"
          aria-expanded={unfolded}
          aria-controls={`finder-options-${group}`}
          onClick={() => {
            setUnfolded(!unfolded);
            props.onUnfold(group, !unfolded);
          }}
        >
          {t.filters.unfold(unfolded, legend)}
        </button>
      )}
      <ul className="finder-options" id={`finder-options-${group}`}>
        {shown.map(({ term, bit }) => (
          <li key={term.id}>
            <label className="finder-check">
              <input
                type="checkbox"
                name={group}
                value={term.id}
                checked={selected.includes(term.id)}
                onChange={(event) => props.onToggle(group, term.id, event.target.checked)}
              />
              <span>
                {termLabel(term, locale)}
                <Count n={counts?.[bit]} />
              </span>
            </label>
          </li>
        ))}
      </ul>
      {long && unfolded && (
        <button
          type="button"
          className="finder-link-button"
          aria-expanded={expanded}
          aria-controls={`finder-options-${group}`}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? t.filters.showFewer : t.filters.showAll(terms.length)}
          <span className="visually-hidden"> {legend.toLowerCase()}</span>
        </button>
      )}
    </fieldset>
  );
});

/**
 * Exact filters. Within a group any checked option matches (OR); a facility
 * must match every group that has a checked option (AND). Counts say how many
 * results each option would give with the other choices kept. On a phone the
 * filters sit behind a "Filters (N)" button so the results come first.
 */
export const Filters = memo(function Filters(props: FiltersProps) {
  const { selection, counts, chosen } = props;
  const [open, setOpen] = useState(false);
  const { locale, t: words } = useFinderText();
  const t = words.filters;
  return (
    <section className="finder-filters" aria-labelledby="finder-filters-heading" data-open={open}>
      <h2 id="finder-filters-heading" className="finder-filters__heading">
        {t.heading}
      </h2>
      <button
        type="button"
        className="finder-button finder-button--secondary finder-filters__toggle"
        aria-expanded={open}
        aria-controls="finder-filters-body"
        onClick={() => setOpen(!open)}
      >
        {t.toggle(chosen)}
      </button>
      <div id="finder-filters-body" className="finder-filters__body">
        <a className="finder-jump" href="#finder-results-heading">
          {t.skip}
        </a>
        <p className="finder-hint">{t.hint}</p>
        <div className="finder-field">
          <label htmlFor="finder-state">{t.state}</label>
          <select
            id="finder-state"
            value={props.stateCode ?? ''}
            onChange={(event) => props.onState((event.target.value || undefined) as StateCode | undefined)}
          >
            <option value="">{t.allStates}</option>
            {stateOptions(locale).map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </div>
        {SHOWN.map((group) => (
          <FilterGroup
            key={group}
            group={group}
            legend={t.legends[group]}
            folded={FOLDED_GROUPS.includes(group)}
            selected={selection[group]}
            counts={counts?.groups[group]}
            onToggle={props.onToggle}
            onUnfold={props.onUnfold}
          />
        ))}
        <fieldset className="finder-group">
          <legend>{t.telehealth}</legend>
          <label className="finder-check">
            <input
              type="checkbox"
              name="telehealth"
              checked={selection.telehealth}
              onChange={(event) => props.onTelehealth(event.target.checked)}
            />
            <span>
              {t.telehealthOption}
              <Count n={counts?.telehealth} />
            </span>
          </label>
        </fieldset>
        <div className="finder-filters__actions">
          <button type="button" className="finder-button finder-button--secondary" onClick={props.onClear}>
            {t.clear}
          </button>
          <button
            type="button"
            className="finder-button finder-filters__done"
            onClick={() => {
              setOpen(false);
              props.onShowResults();
            }}
          >
            {t.showResults(props.resultCount)}
          </button>
        </div>
      </div>
    </section>
  );
});
