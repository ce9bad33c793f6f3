import type { APIRoute } from 'astro';
import { openDataFile } from './_open-data';

/** /data/directory.geojson: every facility of the directory (see /data/ for the fields). */
export const GET: APIRoute = () => openDataFile('directory.geojson');
