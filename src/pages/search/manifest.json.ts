import type { APIRoute } from 'astro';
import { json, searchShards } from './_data';

/** /search/manifest.json: which shard holds which part of the map. */
export const GET: APIRoute = async () => json((await searchShards()).manifest);
