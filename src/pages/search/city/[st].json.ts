import type { APIRoute, GetStaticPaths } from 'astro';
import { json, placeShards } from '../_data';

/** /search/city/<state>.json: city name key -> point, for "City, ST". */
export const getStaticPaths = (() =>
  [...placeShards().cities.keys()].map((st) => ({ params: { st } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => json(placeShards().cities.get(params.st!));
