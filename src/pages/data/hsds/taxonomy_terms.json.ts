import type { APIRoute } from 'astro';
import { openDataFile } from '../_open-data';

/** /data/hsds/taxonomy_terms.json: part of the directory in HSDS 3.0 (see /data/). */
export const GET: APIRoute = () => openDataFile('hsds/taxonomy_terms.json');
