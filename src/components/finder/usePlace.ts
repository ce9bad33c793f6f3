import { useEffect, useMemo, useState } from 'react';
import type { LatLon } from '../../lib/geo/distance';
import { lookupPlace, parseWhere } from '../../lib/geo/place';
import { stateName } from '../../lib/geo/states';
import { fetchJson } from './fetch-json';
import { useFinderText } from './i18n';

export type PlaceStatus =
  | { status: 'none' }
  | { status: 'loading'; label: string }
  | { status: 'ok'; center: LatLon; label: string }
  | { status: 'error'; message: string };

/**
 * Turn the Where box (or a shared "near" point) into a point, from the
 * site's own static files: the place never leaves the browser. Whatever can
 * be decided at once is; a ZIP or city is "loading" until the answer for
 * that very text arrives, so results never pair a new place with an old point.
 */
export function usePlace(whereText: string, near: LatLon | undefined): PlaceStatus {
  const t = useFinderText().t.place;
  const nearLat = near?.lat;
  const nearLon = near?.lon;
  const where = useMemo(() => parseWhere(whereText), [whereText]);
  const [answer, setAnswer] = useState<{ text: string; place: PlaceStatus }>();

  useEffect(() => {
    if (where.kind !== 'zip' && where.kind !== 'city') return;
    let cancelled = false;
    const text = whereText;
    lookupPlace(where, fetchJson).then(
      (center) => {
        if (cancelled) return;
        const label = where.kind === 'zip' ? where.zip : `${where.city}, ${where.state}`;
        let place: PlaceStatus;
        if (center) place = { status: 'ok', center, label };
        else if (where.kind === 'zip') place = { status: 'error', message: t.zipNotFound(where.zip) };
        else place = { status: 'error', message: t.cityNotFound(where.city, stateName(where.state) ?? where.state) };
        setAnswer({ text, place });
      },
      () => {
        if (cancelled) return;
        setAnswer({
          text,
          place: {
            status: 'error',
            message: t.listFailed,
          },
        });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [where, whereText, t]);

  return useMemo((): PlaceStatus => {
    if (where.kind === 'empty') {
      return nearLat !== undefined && nearLon !== undefined
        ? { status: 'ok', center: { lat: nearLat, lon: nearLon }, label: t.chosenLocation }
        : { status: 'none' };
    }
    if (where.kind === 'invalid') {
      const reasons = { 'zip-digits': t.zipDigits, 'state-only': t.stateOnly, format: t.format };
      return { status: 'error', message: reasons[where.reason] };
    }
    if (answer?.text === whereText) return answer.place;
    return { status: 'loading', label: where.kind === 'zip' ? where.zip : `${where.city}, ${where.state}` };
  }, [where, whereText, answer, nearLat, nearLon, t]);
}
