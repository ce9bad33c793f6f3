import type { APIRoute, GetStaticPaths } from 'astro';
import { json, searchIndex } from '../_data';

/** /search/n/<char>.json: the name words starting with one character, and their facilities. */
export const getStaticPaths = (async () => {
  const { names } = await searchIndex();
  return [...names.keys()].map((char) => ({ params: { char } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => json((await searchIndex()).names.get(params.char!));
