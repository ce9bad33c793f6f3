import { memo, useState } from 'react';
import { FILTER_GROUPS, groupTerms, type FilterGroupKey } from '../../lib/search/groups';
import type { FacetCounts } from '../../lib/search/facets';
import { GROUP_STATE_FIELD } from '../../lib/finder/engine-query';
import { formatCount } from '../../lib/finder/format';
import type { FinderState } from '../../lib/finder/url-state';
import { US_STATES, type StateCode } from '../../lib/geo/states';
import type { Term } from '../../lib/taxonomy';

const LEGENDS: Record<FilterGroupKey, string> = {
  levels: 'Level of care',
  specialties: 'Specialty programs',
  payment: 'Payment accepted',
  ages: 'Ages served',
  languages: 'Languages other than English',
  medications: 'Medications for addiction',
};

/** Long groups show this many options until "Show all". */
const SHORT_LIST = 6;

export interface FiltersProps {
  /** Chosen options per group (the FinderState arrays, unchanged while someone types). */
  selected: Pick<FinderState, (typeof GROUP_STATE_FIELD)[FilterGroupKey]>;
  stateCode?: StateCode;
  telehealth: boolean;
  counts?: FacetCounts;
  onToggle(group: FilterGroupKey, id: string, on: boolean): void;
  onState(code: StateCode | undefined): void;
  onTelehealth(on: boolean): void;
  onClear(): void;
}

function Count({ n }: { n: number | undefined }) {
  if (n === undefined) return null;
  return <span className="finder-count"> ({formatCount(n)})</span>;
}

const FilterGroup = memo(function FilterGroup(props: {
  group: FilterGroupKey;
  selected: readonly string[];
  counts?: Int32Array;
  onToggle(group: FilterGroupKey, id: string, on: boolean): void;
}) {
  const { group, selected, counts } = props;
  const terms = groupTerms(group) as readonly Term[];
  const [expanded, setExpanded] = useState(false);
  const long = terms.length > SHORT_LIST + 2;
  const shown = terms
    .map((term, bit) => ({ term, bit }))
    .filter(({ term }, i) => !long || expanded || i < SHORT_LIST || selected.includes(term.id));
  return (
    <fieldset className="finder-group">
      <legend>
        {LEGENDS[group]} <span className="finder-legend-note">(any of these)</span>
      </legend>
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
                {term.label}
                <Count n={counts?.[bit]} />
              </span>
            </label>
          </li>
        ))}
      </ul>
      {long && (
        <button
          type="button"
          className="finder-link-button"
          aria-expanded={expanded}
          aria-controls={`finder-options-${group}`}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? `Show fewer` : `Show all ${terms.length}`}
          <span className="visually-hidden"> {LEGENDS[group].toLowerCase()}</span>
        </button>
      )}
    </fieldset>
  );
});

/**
 * Exact filters. Within a group any checked option matches (OR); a facility
 * must match every group that has a checked option (AND). Counts say how many
 * results each option would give with the other choices kept.
 */
export const Filters = memo(function Filters(props: FiltersProps) {
  const { selected, counts } = props;
  return (
    <section className="finder-filters" aria-labelledby="finder-filters-heading">
      <h2 id="finder-filters-heading">Filters</h2>
      <a className="finder-jump" href="#finder-results-heading">
        Skip the filters: go to the results
      </a>
      <p className="finder-hint">
        Results match every group you use, and any checked option within a group. Numbers show how many results each
        option gives.
      </p>
      <div className="finder-field">
        <label htmlFor="finder-state">State</label>
        <select
          id="finder-state"
          value={props.stateCode ?? ''}
          onChange={(event) => props.onState((event.target.value || undefined) as StateCode | undefined)}
        >
          <option value="">All states</option>
          {US_STATES.map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      </div>
      {FILTER_GROUPS.map((group) => (
        <FilterGroup
          key={group}
          group={group}
          selected={selected[GROUP_STATE_FIELD[group]]}
          counts={counts?.groups[group]}
          onToggle={props.onToggle}
        />
      ))}
      <fieldset className="finder-group">
        <legend>Telehealth</legend>
        <label className="finder-check">
          <input
            type="checkbox"
            name="telehealth"
            checked={props.telehealth}
            onChange={(event) => props.onTelehealth(event.target.checked)}
          />
          <span>
            Offers treatment by video or phone
            <Count n={counts?.telehealth} />
          </span>
        </label>
      </fieldset>
      <button type="button" className="finder-button finder-button--secondary" onClick={props.onClear}>
        Clear all filters
      </button>
    </section>
  );
});
