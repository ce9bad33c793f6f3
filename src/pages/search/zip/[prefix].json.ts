import type { APIRoute, GetStaticPaths } from 'astro';
import { json, placeShards } from '../_data';

/** /search/zip/<3 digits>.json: ZIP -> centroid for one ZIP prefix. */
export const getStaticPaths = (() =>
  [...placeShards().zips.keys()].map((prefix) => ({ params: { prefix } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => json(placeShards().zips.get(params.prefix!));
