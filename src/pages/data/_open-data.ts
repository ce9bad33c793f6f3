/**
 * Build-time source of the open-data files under /data/ and the shortlist's
 * facility files: the directory as the site builds it, made into exports once
 * per build (see lib/open-data) and shared by the endpoints and the /data/ page.
 */
import { getDirectory } from '../../lib/directory/data';
import { OpenData } from '../../lib/open-data/open-data';
import { absoluteUrl, paths } from '../../lib/site-paths';

let cached: Promise<OpenData> | undefined;

/** When this build made the files: the date the /data/ page states. */
export const BUILT_AT = new Date();

/** The configured site URL (SITE_URL), for absolute links in the files. */
const site = import.meta.env.SITE;

export function openData(): Promise<OpenData> {
  cached ??= getDirectory().then(
    (directory) =>
      new OpenData(directory.all, {
        pageUrl: (id) => absoluteUrl(paths.facility(id), site),
        siteUrl: absoluteUrl(paths.home(), site),
        created: BUILT_AT.toISOString(),
      }),
  );
  return cached;
}

const TYPES: Record<string, string> = {
  csv: 'text/csv; charset=utf-8',
  geojson: 'application/geo+json',
  json: 'application/json; charset=utf-8',
};

/** The response of one open-data file, by its path under /data/. */
export async function openDataFile(path: string): Promise<Response> {
  const body = (await openData()).take(path);
  return new Response(body, { headers: { 'Content-Type': TYPES[path.split('.').pop()!] ?? 'text/plain' } });
}
