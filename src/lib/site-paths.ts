import { withoutLocale, type Locale } from './i18n/locales';

/**
 * Every internal link goes through here, so the site works from a domain root
 * and from a project path such as /iop-finder/ alike (BASE_PATH at build).
 */

/** The configured base path, always with a trailing slash. */
export function basePath(): string {
  const base = import.meta.env.BASE_URL ?? '/';
  return base.endsWith('/') ? base : `${base}/`;
}

/** A site path under the base, e.g. withBase('states/co/') -> '/iop-finder/states/co/'. */
export function withBase(path = ''): string {
  return basePath() + path.replace(/^\/+/, '');
}

const pageSuffix = (page: number) => (page > 1 ? `${page}/` : '');

/** Where a language's pages live: English at the base, Spanish under es/. */
function localeRoot(locale: Locale): string {
  return locale === 'es' ? 'es/' : '';
}

/** The site's pages in one language. Data files (open data, search files) are the same for both. */
function pathsIn(locale: Locale) {
  const page = (path = '') => withBase(localeRoot(locale) + path);
  return {
    home: () => page(),
    facility: (id: string) => page(`facilities/${id}/`),
    states: () => page('states/'),
    state: (code: string, n = 1) => page(`states/${code.toLowerCase()}/${pageSuffix(n)}`),
    stateLevel: (code: string, level: string, n = 1) => page(`states/${code.toLowerCase()}/${level}/${pageSuffix(n)}`),
    specialties: () => page('specialties/'),
    specialty: (id: string) => page(`specialties/${id}/`),
    guides: () => page('guide/'),
    guide: (slug: string) => page(`guide/${slug}/`),
    about: (hash = '') => page(`about/${hash ? `#${hash}` : ''}`),
    /** The saved facilities of this browser. */
    shortlist: () => page('shortlist/'),
    /** The open-data page, or one of its files ("directory.csv"), which are not translated. */
    data: (file = '') => (file ? withBase(`data/${file}`) : page('data/')),
  };
}

export type SitePaths = ReturnType<typeof pathsIn>;
const BY_LOCALE: Record<Locale, SitePaths> = { en: pathsIn('en'), es: pathsIn('es') };

/** The site's pages in a language. */
export function pathsFor(locale: Locale): SitePaths {
  return BY_LOCALE[locale];
}

/** English pages (the default language). */
export const paths = BY_LOCALE.en;

/**
 * The "page not found" page's own path: 404, 404/ or 404.html. Hosts serve
 * it for any missing path, so its link to the other language names the
 * file (404.html, es/404.html), which is what every host has.
 */
const NOT_FOUND_PAGE = /^404(\/|\.html)?$/;

/**
 * The same page in another language: the path with the /es/ prefix added or
 * taken away (under the base path). Every page exists in both languages.
 */
export function pathInLocale(pathname: string, locale: Locale): string {
  const base = basePath();
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\/+/, '');
  const bare = withoutLocale(rest);
  return withBase(localeRoot(locale) + (NOT_FOUND_PAGE.test(bare) ? '404.html' : bare));
}

/** The language of a site path: Spanish under /es/. */
export function localeOfPath(pathname: string): Locale {
  const rest = pathname.startsWith(basePath()) ? pathname.slice(basePath().length) : pathname;
  return rest === 'es' || rest.startsWith('es/') ? 'es' : 'en';
}

/** Absolute URL of a site path, for canonical links, Open Graph and reports. */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  const origin = site ? new URL(String(site)) : new URL('http://localhost/');
  return new URL(path, origin.origin).href;
}
