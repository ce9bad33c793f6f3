import type { APIRoute, GetStaticPaths } from 'astro';
import { OPEN_DATA_PATHS } from '../../../lib/open-data/open-data';
import { openData, openDataFile } from '../_open-data';

/** /data/states/<st>.geojson: one state's facilities, the same fields as the whole directory's file. */
export const getStaticPaths = (async () =>
  (await openData()).states.map((code) => ({ params: { state: code.toLowerCase() } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => openDataFile(OPEN_DATA_PATHS.stateGeoJson(params.state!.toUpperCase()));
