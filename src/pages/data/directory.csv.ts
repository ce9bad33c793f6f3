import type { APIRoute } from 'astro';
import { openDataFile } from './_open-data';

/** /data/directory.csv: every facility of the directory (see /data/ for the fields). */
export const GET: APIRoute = () => openDataFile('directory.csv');
