import { lazy, memo, Suspense, useEffect, useState } from 'react';
import type { FinderMapProps } from './FinderMap';
import { useFinderText } from './i18n';

// Leaflet, its cluster plugin and their CSS load only when a map is shown.
const FinderMap = lazy(() => import('./FinderMap'));

/**
 * The map of the results, with a skip link past it (the list below holds
 * the same facilities) and a legend for exact and approximate locations.
 * It starts closed on a phone, so the first result sits right under the
 * count, and for lists of a whole state or country, whose map shows only
 * the page and is not worth its download until asked for.
 */
export const MapPanel = memo(function MapPanel({
  visible,
  startOpen,
  pageOnly,
  ...props
}: FinderMapProps & { visible: boolean; startOpen: boolean; pageOnly: boolean }) {
  const [shown, setShown] = useState(startOpen);
  const t = useFinderText().t.map;
  // Open once it becomes worth opening (a place search after a national one); never close on its own.
  useEffect(() => {
    if (startOpen) setShown(true);
  }, [startOpen]);
  return (
    <section className="finder-map" aria-labelledby="finder-map-heading" hidden={!visible}>
      <div className="finder-map__bar">
        <h3 id="finder-map-heading" className="finder-map__heading">
          {pageOnly ? t.headingPage : t.heading}
        </h3>
        <button
          type="button"
          className="finder-button finder-button--secondary finder-map__toggle"
          aria-expanded={shown}
          aria-controls="finder-map-body"
          onClick={() => setShown(!shown)}
        >
          {shown ? t.hide : t.show}
        </button>
      </div>
      {shown && (
        <a className="finder-skip" href="#finder-results-list">
          {t.skip}
        </a>
      )}
      <div id="finder-map-body" hidden={!shown}>
        {shown && (
          <Suspense fallback={<div className="finder-map__canvas finder-map__loading">{t.loading}</div>}>
            <FinderMap {...props} visible={visible} />
          </Suspense>
        )}
        <ul className="finder-legend" aria-label={t.legend}>
          <li>
            <span className="finder-pin finder-pin--exact finder-legend__pin" aria-hidden="true" /> {t.exact}
          </li>
          <li>
            <span className="finder-pin finder-pin--approx finder-legend__pin" aria-hidden="true" /> {t.approx}
          </li>
          <li>
            <span className="finder-legend__cluster" aria-hidden="true">
              12
            </span>{' '}
            {t.cluster}
          </li>
        </ul>
      </div>
    </section>
  );
});
