import { memo } from 'react';
import { telHref } from '../../lib/finder/format';
import { formatMiles } from '../../lib/i18n/format';
import type { Locale } from '../../lib/i18n/locales';
import { termLabel } from '../../lib/i18n/terms';
import { GROUP_INDEX, groupTerms, termsOf } from '../../lib/search/groups';
import { FLAG_APPROXIMATE, FLAG_TEMPORARILY_CLOSED, FLAG_TELEHEALTH, type SearchRecord } from '../../lib/search/record';
import { pathsFor } from '../../lib/site-paths';
import { useFinderText } from './i18n';
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

function labelsFirst(terms: readonly Term[], mask: number, wanted: number, locale: Locale): string[] {
  return [...termsOf(terms, mask & wanted), ...termsOf(terms, mask & ~wanted)].map((t) => termLabel(t, locale));
}

/** Labels of a list, cut to `max` with "+N more". */
function shortList(labels: readonly string[], max: number, more: (n: number) => string): string {
  return labels.length <= max ? labels.join(', ') : `${labels.slice(0, max).join(', ')} ${more(labels.length - max)}`;
}

/** One facility in the result list. */
export const ResultItem = memo(function ResultItem({
  record,
  distance,
  selected,
  wanted,
  onShowOnMap,
}: ResultItemProps) {
  const { locale, t: text } = useFinderText();
  const t = text.results;
  const paths = pathsFor(locale);
  const levels = termsOf(LEVELS, record.masks[GROUP_INDEX.levels]!).map((term) => termLabel(term, locale));
  const specialties = labelsFirst(SPECIALTIES, record.masks[GROUP_INDEX.specialties]!, wanted.specialties, locale);
  const payment = labelsFirst(PAYMENT, record.masks[GROUP_INDEX.payment]!, wanted.payment, locale);
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
            <strong className="finder-result__distance">{formatMiles(locale, distance)}</strong>
            {approximate && <span className="finder-result__approx"> {t.approximate}</span>}
          </>
        )}
      </p>
      {(record.flags & FLAG_TEMPORARILY_CLOSED) !== 0 && (
        <p className="finder-badge finder-badge--warn">{t.temporarilyClosed}</p>
      )}
      <dl className="finder-result__facts">
        {levels.length > 0 && (
          <div>
            <dt>{t.care}</dt>
            <dd>{levels.join(', ')}</dd>
          </div>
        )}
        {specialties.length > 0 && (
          <div>
            <dt>{t.specialties}</dt>
            <dd>{shortList(specialties, 3, t.more)}</dd>
          </div>
        )}
        {payment.length > 0 && (
          <div>
            <dt>{t.payment}</dt>
            <dd>{shortList(payment, 3, t.more)}</dd>
          </div>
        )}
        {(record.flags & FLAG_TELEHEALTH) !== 0 && (
          <div>
            <dt>{t.telehealth}</dt>
            <dd>{t.yes}</dd>
          </div>
        )}
      </dl>
      <p className="finder-result__actions">
        {tel && (
          <a className="finder-button finder-button--call" href={tel}>
            {t.call(record.phone)}
            <span className="visually-hidden"> ({record.name})</span>
          </a>
        )}
        {onShowOnMap && Number.isFinite(record.lat) && (
          <button
            type="button"
            className="finder-button finder-button--secondary"
            onClick={() => onShowOnMap(record.id)}
          >
            {t.showOnMap}
            <span className="visually-hidden"> ({record.name})</span>
          </button>
        )}
        <SaveButton
          id={record.id}
          name={record.name}
          place={`${record.city}, ${record.state}`}
          className="finder-button finder-button--secondary save-control"
          locale={locale}
        />
      </p>
    </li>
  );
});
