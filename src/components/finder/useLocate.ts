import { useState } from 'react';
import { roundPoint } from '../../lib/finder/format';
import { useFinderText } from './i18n';

/**
 * "Use my location": asks the browser once, rounds the point (about 1 km)
 * and hands it on. The point never leaves the browser.
 */
export function useLocate(onFound: (near: { lat: number; lon: number }) => void) {
  const [locating, setLocating] = useState(false);
  const [error, setError] = useState<string>();
  const t = useFinderText().t.place;
  const geoErrors: Record<number, string> = { 1: t.geoDenied, 2: t.geoUnavailable, 3: t.geoTimeout };

  const locate = (then?: () => void) => {
    setError(undefined);
    if (!('geolocation' in navigator)) {
      setError(t.geoUnsupported);
      return;
    }
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(false);
        onFound(roundPoint({ lat: position.coords.latitude, lon: position.coords.longitude }));
        then?.();
      },
      (failure) => {
        setLocating(false);
        setError(geoErrors[failure.code] ?? t.geoUnavailable);
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 600_000 },
    );
  };

  return { locate, locating, error, clearError: () => setError(undefined) };
}
