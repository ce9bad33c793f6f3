import { memo } from 'react';
import { milesLabel, shortList, telHref } from '../../lib/finder/format';
import { GROUP_INDEX, groupTerms, termsOf } from '../../lib/search/groups';
import { FLAG_APPROXIMATE, FLAG_TEMPORARILY_CLOSED, FLAG_TELEHEALTH, type SearchRecord } from '../../lib/search/record';
import { paths } from '../../lib/site-paths';
import type { Term } from '../../lib/taxonomy';
import { SaveButton } from '../shortlist/SaveButton';

const LEVELS = groupTerms('levels');
const SPECIALTIES = groupTerms('specialties');
const PAYMENT = groupTerms('payment');

export interface ResultItemProps {
  record: SearchRecord;
  distance?: number;
  selected: boolean;
  /** Options the person filtered by are listed first, so the reason for the match is visible. */
  wanted: { specialties: number; payment: number };
  onShowOnMap?(id: string): void;
}

function labelsFirst(terms: readonly Term[], mask: number, wanted: number): string[] {
  return [...termsOf(terms, mask & wanted), ...termsOf(terms, mask & ~wanted)].map((t) => t.label);
}

/** One facility in the result list. */
export const ResultItem = memo(function ResultItem({
  record,
  distance,
  selected,
  wanted,
  onShowOnMap,
}: ResultItemProps) {
  const levels = termsOf(LEVELS, record.masks[GROUP_INDEX.levels]!).map((t) => t.label);
  const specialties = labelsFirst(SPECIALTIES, record.masks[GROUP_INDEX.specialties]!, wanted.specialties);
  const payment = labelsFirst(PAYMENT, record.masks[GROUP_INDEX.payment]!, wanted.payment);
  const tel = record.phone ? telHref(record.phone) : undefined;
  const approximate = (record.flags & FLAG_APPROXIMATE) !== 0;
  return (
    <li className={`finder-result${selected ? ' is-selected' : ''}`} id={`result-${record.id}`} data-id={record.id}>
      <h3 className="finder-result__name">
        <a href={paths.facility(record.id)}>{record.name}</a>
      </h3>
      {record.alt && <p className="finder-result__alt">{record.alt}</p>}
      <p className="finder-result__place">
        {record.street && <span className="finder-result__street">{record.street}, </span>}
        {record.city}, {record.state}
        {distance !== undefined && Number.isFinite(distance) && (
          <>
            {' · '}
            <strong className="finder-result__distance">{milesLabel(distance)}</strong>
            {approximate && <span className="finder-result__approx"> (approximate location)</span>}
          </>
        )}
      </p>
      {(record.flags & FLAG_TEMPORARILY_CLOSED) !== 0 && (
        <p className="finder-badge finder-badge--warn">Temporarily closed: call before you go.</p>
      )}
      <dl className="finder-result__facts">
        {levels.length > 0 && (
          <div>
            <dt>Care</dt>
            <dd>{levels.join(', ')}</dd>
          </div>
        )}
        {specialties.length > 0 && (
          <div>
            <dt>Specialties</dt>
            <dd>{shortList(specialties, 3)}</dd>
          </div>
        )}
        {payment.length > 0 && (
          <div>
            <dt>Payment</dt>
            <dd>{shortList(payment, 3)}</dd>
          </div>
        )}
        {(record.flags & FLAG_TELEHEALTH) !== 0 && (
          <div>
            <dt>Telehealth</dt>
            <dd>Yes</dd>
          </div>
        )}
      </dl>
      <p className="finder-result__actions">
        {tel && (
          <a className="finder-button finder-button--call" href={tel}>
            Call {record.phone}
            <span className="visually-hidden"> ({record.name})</span>
          </a>
        )}
        {onShowOnMap && Number.isFinite(record.lat) && (
          <button
            type="button"
            className="finder-button finder-button--secondary"
            onClick={() => onShowOnMap(record.id)}
          >
            Show on map<span className="visually-hidden"> ({record.name})</span>
          </button>
        )}
        <SaveButton
          id={record.id}
          name={record.name}
          place={`${record.city}, ${record.state}`}
          className="finder-button finder-button--secondary save-control"
        />
      </p>
    </li>
  );
});
