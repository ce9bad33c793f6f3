import type { APIRoute } from 'astro';
import { json, searchIndex } from './_data';

/** /search/manifest.json: which search file holds what. */
export const GET: APIRoute = async () => json((await searchIndex()).manifest);
