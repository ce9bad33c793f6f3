import type { APIRoute } from 'astro';
import { openDataFile } from '../_open-data';

/** /data/hsds/datapackage.json: part of the directory in HSDS 3.0 (see /data/). */
export const GET: APIRoute = () => openDataFile('hsds/datapackage.json');
