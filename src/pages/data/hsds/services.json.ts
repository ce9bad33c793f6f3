import type { APIRoute } from 'astro';
import { openDataFile } from '../_open-data';

/** /data/hsds/services.json: part of the directory in HSDS 3.0 (see /data/). */
export const GET: APIRoute = () => openDataFile('hsds/services.json');
