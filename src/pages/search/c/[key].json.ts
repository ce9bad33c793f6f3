import type { APIRoute, GetStaticPaths } from 'astro';
import { json, searchIndex } from '../_data';

/** /search/c/<cell>.json: the facilities of one map cell, packed. */
export const getStaticPaths = (async () => {
  const { cells } = await searchIndex();
  return [...cells.keys()].map((key) => ({ params: { key } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => json((await searchIndex()).cells.get(params.key!));
