import type { APIRoute } from 'astro';
import { json, searchIndex } from './_data';

/** /search/cells.json: every map cell with the bounds of its facilities, for searches near a place. */
export const GET: APIRoute = async () => json((await searchIndex()).cellList);
