/** Small display helpers for result items, kept out of components so they can be tested. */

/** 12345 -> "12,345" (Intl's toLocaleString is far slower, and counts render on every keystroke). */
export function formatCount(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** tel: link for a US phone as stored ("555-123-4567" or "555-123-4567 x12"). */
export function telHref(phone: string): string | undefined {
  const m = /^(\d{3})-(\d{3})-(\d{4})(?: x(\d{1,6}))?$/.exec(phone.trim());
  if (!m) return undefined;
  return `tel:+1${m[1]}${m[2]}${m[3]}${m[4] ? `;ext=${m[4]}` : ''}`;
}

/** "0.4 mi", "3.2 mi", "27 mi". */
export function milesLabel(miles: number): string {
  if (!Number.isFinite(miles)) return '';
  return miles < 10 ? `${miles.toFixed(1)} mi` : `${Math.round(miles)} mi`;
}

/** Labels of a list, cut to `max` with "+N more". */
export function shortList(labels: readonly string[], max: number): string {
  if (labels.length <= max) return labels.join(', ');
  return `${labels.slice(0, max).join(', ')} +${labels.length - max} more`;
}

/** Round a point so that a URL cannot pin someone's home (about 1 km). */
export function roundPoint(p: { lat: number; lon: number }): { lat: number; lon: number } {
  return { lat: Number(p.lat.toFixed(2)), lon: Number(p.lon.toFixed(2)) };
}
