/**
 * The Content-Security-Policy every page carries, from the site's settings.
 * Astro writes it as a `<meta http-equiv="content-security-policy">` tag and
 * adds `script-src`/`style-src` with hashes of the inline scripts and styles
 * it renders, computed at build time (astro.config.mjs, `security.csp`).
 * Everything else is here, so a new tile host (PUBLIC_TILE_URL) updates it.
 */

/**
 * The CSP source for the host of a Leaflet tile URL template: its origin, with
 * a `{s}` subdomain as a `*.` wildcard. Undefined for a same-origin (relative)
 * template, which `'self'` already covers. Throws on anything but http(s).
 */
export function tileSource(template: string): string | undefined {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(template) && !template.startsWith('//')) return undefined;
  // Placeholders are not valid in a host name; "{s}" becomes a wildcard label.
  const probe = template.replace(/\{s\}/g, 'tile-subdomain').replace(/\{[^}]*\}/g, '0');
  let url: URL;
  try {
    url = new URL(probe, 'https://relative.invalid');
  } catch {
    throw new Error(`PUBLIC_TILE_URL is not a URL: ${template}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`PUBLIC_TILE_URL must be an http(s) URL, not ${url.protocol} (${template})`);
  }
  const host = url.host.replace(/^tile-subdomain\./, '*.');
  if (host.includes('tile-subdomain')) {
    throw new Error(`PUBLIC_TILE_URL may use {s} only as the first label of the host name (${template})`);
  }
  return `${url.protocol}//${host}`;
}

/** One directive, typed by name so Astro's config accepts it. */
type Directive =
  `${'default-src' | 'img-src' | 'connect-src' | 'worker-src' | 'object-src' | 'base-uri' | 'form-action'} ${string}`;

/**
 * The directives beside `script-src` and `style-src` (which Astro writes):
 * - nothing loads from anywhere but this site, except map tiles (`img-src`);
 * - `data:` images are Leaflet's own (its stylesheet embeds small icons);
 * - the finder fetches its search data and runs its Web Worker from this site only;
 * - no plugins, no `<base>` rewriting, forms submit only here.
 * `frame-ancestors` cannot be set from a meta tag: see README, "Headers".
 */
export function cspDirectives(tileUrl: string): Directive[] {
  const tiles = tileSource(tileUrl);
  return [
    "default-src 'self'",
    `img-src 'self' data:${tiles ? ` ${tiles}` : ''}`,
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ];
}

/**
 * `script-src`: this site's bundled modules, plus the hashes Astro adds for
 * its inline scripts. No 'unsafe-inline', no 'unsafe-eval', no other host.
 */
export const SCRIPT_SOURCES = ["'self'"];

/**
 * `style-src`: this site's stylesheets, plus the hashes Astro adds for its
 * inline styles. Leaflet's stylesheets load as files with the map's chunk,
 * and Leaflet positions tiles and markers through the CSSOM
 * (`element.style`), which CSP does not restrict: no 'unsafe-inline'.
 */
export const STYLE_SOURCES = ["'self'"];
