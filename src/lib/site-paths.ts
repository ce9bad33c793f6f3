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

export const paths = {
  home: () => withBase(),
  facility: (id: string) => withBase(`facilities/${id}/`),
  states: () => withBase('states/'),
  state: (code: string, page = 1) => withBase(`states/${code.toLowerCase()}/${pageSuffix(page)}`),
  stateLevel: (code: string, level: string, page = 1) =>
    withBase(`states/${code.toLowerCase()}/${level}/${pageSuffix(page)}`),
  specialties: () => withBase('specialties/'),
  specialty: (id: string) => withBase(`specialties/${id}/`),
  guides: () => withBase('guide/'),
  guide: (slug: string) => withBase(`guide/${slug}/`),
  about: (hash = '') => withBase(`about/${hash ? `#${hash}` : ''}`),
  /** The saved facilities of this browser. */
  shortlist: () => withBase('shortlist/'),
  /** The open-data page, or one of its files ("directory.csv"). */
  data: (file = '') => withBase(`data/${file}`),
};

/** Absolute URL of a site path, for canonical links, Open Graph and reports. */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  const origin = site ? new URL(String(site)) : new URL('http://localhost/');
  return new URL(path, origin.origin).href;
}
