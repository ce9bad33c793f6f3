import type { APIRoute, GetStaticPaths } from 'astro';
import { searchIndex } from '../_data';

/** /search/g/<group>.bin: one filter group's masks (or the flags) for every facility, in ordinal order. */
export const getStaticPaths = (async () => {
  const { columns } = await searchIndex();
  return [...columns.keys()].map((column) => ({ params: { column } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response((await searchIndex()).columns.get(params.column!), {
    headers: { 'Content-Type': 'application/octet-stream' },
  });
