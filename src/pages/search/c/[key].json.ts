import type { APIRoute, GetStaticPaths } from 'astro';
import { json, searchShards } from '../_data';

/** /search/c/<cell>.json: the facilities of one map cell, packed. */
export const getStaticPaths = (async () => {
  const { shards } = await searchShards();
  return [...shards.keys()].map((key) => ({ params: { key } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { shards } = await searchShards();
  return json(shards.get(params.key!));
};
