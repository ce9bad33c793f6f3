import { withBase } from '../../lib/site-paths';

/** Fetch one of the site's own JSON files (same origin, under the base path). */
export async function fetchJson(path: string): Promise<unknown> {
  const response = await fetch(withBase(path), { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${response.status} ${path}`);
  return response.json();
}
