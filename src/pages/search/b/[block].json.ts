import type { APIRoute, GetStaticPaths } from 'astro';
import { json, searchIndex } from '../_data';

/** /search/b/<n>.json: a block of result chunks, for loading every result of a large search (a CSV of them all). */
export const getStaticPaths = (async () => {
  const { blocks } = await searchIndex();
  return [...blocks.keys()].map((block) => ({ params: { block } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => json((await searchIndex()).blocks.get(params.block!));
