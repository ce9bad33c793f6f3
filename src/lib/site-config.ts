/**
 * Site-wide settings that are not facility data. Deployments override the
 * tile server at build time with PUBLIC_TILE_URL / PUBLIC_TILE_ATTRIBUTION;
 * everything else is edited here.
 */
export const SITE_NAME = 'IOP Finder';

/** Public repository: edit links and problem reports open here. */
export const REPO_URL = 'https://github.com/iop-finder/iop-finder';
export const REPO_BRANCH = 'main';

/** Default map tiles. The only third-party host a visitor's browser may contact. */
export const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const DEFAULT_TILE_ATTRIBUTION =
  '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

/**
 * The Referer map tile requests send. Pages send none (`<meta name="referrer"
 * content="no-referrer">`), so links never tell other sites what someone was
 * looking at. Tile servers need to know which site a request comes from:
 * OpenStreetMap's tile usage policy requires a valid Referer and blocks
 * requests without one. This policy sends only the site's origin
 * (https://your-site/), never the page path or the finder's query; it is also
 * Leaflet's own default from version 2.
 */
export const TILE_REFERRER_POLICY = 'strict-origin-when-cross-origin' satisfies ReferrerPolicy;

export interface TileSettings {
  /** Leaflet URL template of the tiles, e.g. `https://tile.openstreetmap.org/{z}/{x}/{y}.png`. */
  url: string;
  /** Attribution HTML the tile provider requires on the map. */
  attribution: string;
}

/** Tile settings of a build: PUBLIC_TILE_URL and PUBLIC_TILE_ATTRIBUTION, or the defaults. */
export function tileSettings(env: Record<string, string | boolean | undefined>): TileSettings {
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
  return {
    url: text(env.PUBLIC_TILE_URL) ?? DEFAULT_TILE_URL,
    attribution: text(env.PUBLIC_TILE_ATTRIBUTION) ?? DEFAULT_TILE_ATTRIBUTION,
  };
}

/** Where "Quick exit" goes: a neutral, common page. */
export const QUICK_EXIT_URL = 'https://www.weather.gov/';

/** GitHub issue form for listing problems; field ids match .github/ISSUE_TEMPLATE/report-problem.yml. */
export const REPORT_TEMPLATE = 'report-problem.yml';

/** A new-issue link with the report form prefilled for one facility. */
export function reportProblemUrl(facility: { id: string; name: string }, pageUrl: string): string {
  const params = new URLSearchParams({
    template: REPORT_TEMPLATE,
    title: `Problem with listing: ${facility.name}`,
    'facility-id': facility.id,
    'facility-url': pageUrl,
  });
  return `${REPO_URL}/issues/new?${params.toString()}`;
}

/** GitHub's web editor for a facility file, for staff. */
export function editFacilityUrl(facility: { id: string; address: { state: string } }): string {
  return `${REPO_URL}/edit/${REPO_BRANCH}/data/facilities/${facility.address.state.toLowerCase()}/${facility.id}.json`;
}
