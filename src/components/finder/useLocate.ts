import { useState } from 'react';
import { roundPoint } from '../../lib/finder/format';

const GEO_ERRORS: Record<number, string> = {
  1: 'Location permission was denied, so we cannot use your location. Enter a ZIP code or city instead.',
  2: 'Your location is not available right now. Enter a ZIP code or city instead.',
  3: 'Finding your location took too long. Try again, or enter a ZIP code or city.',
};

/**
 * "Use my location": asks the browser once, rounds the point (about 1 km)
 * and hands it on. The point never leaves the browser.
 */
export function useLocate(onFound: (near: { lat: number; lon: number }) => void) {
  const [locating, setLocating] = useState(false);
  const [error, setError] = useState<string>();

  const locate = (then?: () => void) => {
    setError(undefined);
    if (!('geolocation' in navigator)) {
      setError('This browser cannot share its location. Enter a ZIP code or city instead.');
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
        setError(GEO_ERRORS[failure.code] ?? GEO_ERRORS[2]);
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 600_000 },
    );
  };

  return { locate, locating, error, clearError: () => setError(undefined) };
}
