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
