import type { APIRoute, GetStaticPaths } from 'astro';
import { json, searchIndex } from '../_data';

/** /search/d/<n>.json: one run of facilities in ordinal order, for a page of state or national results. */
export const getStaticPaths = (async () => {
  const { chunks } = await searchIndex();
  return [...chunks.keys()].map((chunk) => ({ params: { chunk } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => json((await searchIndex()).chunks.get(params.chunk!));
