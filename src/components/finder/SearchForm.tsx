import type { KeyboardEvent } from 'react';
import { RADIUS_CHOICES } from '../../lib/finder/url-state';
import { useFinderText } from './i18n';

export interface SearchFormProps {
  q: string;
  where: string;
  radius: number;
  /** Message about the place (unknown ZIP, location denied...), shown as an alert. */
  placeError?: string;
  /** Set when the search is around a point rather than a typed place. */
  nearLabel?: string;
  locating: boolean;
  onQ(value: string): void;
  onWhere(value: string): void;
  onRadius(value: number): void;
  onSubmit(): void;
  onLocate(): void;
  onClearNear(): void;
  /** Warm up the search code and index when someone starts to use the form. */
  onWarmUp(): void;
}

/**
 * Escape in a box that has text clears it, as people expect of a search
 * box; the key is then handled, so it does not also trigger quick exit.
 * In an empty box Escape still leaves the site.
 */
function clearOnEscape(value: string, clear: () => void) {
  return (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Escape' || !value) return;
    event.preventDefault();
    clear();
  };
}

/** Where and what: ZIP or city, "Use my location", distance, and free text. */
export function SearchForm(props: SearchFormProps) {
  const { q, where, radius, placeError, nearLabel, locating } = props;
  const t = useFinderText().t.form;
  return (
    <form
      className="finder-form"
      role="search"
      aria-label={t.label}
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit();
      }}
      onFocus={props.onWarmUp}
      onPointerEnter={props.onWarmUp}
    >
      <div className="finder-field finder-field--q">
        <label htmlFor="finder-q">{t.what}</label>
        <p className="finder-hint" id="finder-q-hint">
          {t.whatHint}
        </p>
        <input
          id="finder-q"
          name="q"
          type="search"
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          value={q}
          onChange={(event) => props.onQ(event.target.value)}
          onKeyDown={clearOnEscape(q, () => props.onQ(''))}
          aria-describedby="finder-q-hint"
          aria-controls="finder-results-list"
        />
      </div>
      <div className="finder-field finder-field--where">
        <label htmlFor="finder-where">{t.where}</label>
        <p className="finder-hint" id="finder-where-hint">
          {t.whereHint}
        </p>
        <div className="finder-where-row">
          <input
            id="finder-where"
            name="where"
            type="text"
            inputMode="text"
            autoComplete="postal-code"
            enterKeyHint="search"
            value={where}
            onChange={(event) => props.onWhere(event.target.value)}
            onKeyDown={clearOnEscape(where, () => props.onWhere(''))}
            aria-describedby={placeError ? 'finder-where-hint finder-place-error' : 'finder-where-hint'}
            aria-invalid={placeError ? true : undefined}
          />
          <button type="button" className="finder-button finder-button--secondary" onClick={props.onLocate}>
            {locating ? t.locating : t.locate}
          </button>
        </div>
        {nearLabel && (
          <p className="finder-near">
            {t.near(nearLabel)}{' '}
            <button type="button" className="finder-link-button" onClick={props.onClearNear}>
              {t.clearLocation}
            </button>
          </p>
        )}
        {placeError && (
          <p className="finder-alert" role="alert" id="finder-place-error">
            {placeError}
          </p>
        )}
      </div>
      <div className="finder-field finder-field--radius">
        <label htmlFor="finder-radius">{t.distance}</label>
        <select id="finder-radius" value={radius} onChange={(event) => props.onRadius(Number(event.target.value))}>
          {RADIUS_CHOICES.map((miles) => (
            <option key={miles} value={miles}>
              {t.within(miles)}
            </option>
          ))}
        </select>
      </div>
      <div className="finder-field finder-field--submit">
        <button type="submit" className="finder-button">
          {t.search}
        </button>
      </div>
    </form>
  );
}
