import type { APIRoute } from 'astro';
import { openDataFile } from '../_open-data';

/** /data/hsds/taxonomies.json: part of the directory in HSDS 3.0 (see /data/). */
export const GET: APIRoute = () => openDataFile('hsds/taxonomies.json');
