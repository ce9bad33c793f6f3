import type { APIRoute, GetStaticPaths } from 'astro';
import { getDirectory } from '../../../lib/directory/data';
import { buildDetailFiles, type DetailFile } from '../../../lib/shortlist/details';
import { openData } from '../../data/_open-data';

let files: Promise<Map<string, DetailFile>> | undefined;

/** Every listing, and the former ids of merged listings, in their shard files (lib/shortlist/details). */
function detailFiles(): Promise<Map<string, DetailFile>> {
  files ??= Promise.all([openData(), getDirectory()]).then(([data, directory]) =>
    buildDetailFiles(
      data.listings(),
      directory.all.flatMap((f) =>
        f.formerIds.filter((old) => !directory.byId.has(old)).map((old): [string, string] => [old, f.id]),
      ),
    ),
  );
  return files;
}

/** /shortlist/f/<shard>.json: the details the shortlist page shows and prints, for the facilities whose id hashes here. */
export const getStaticPaths = (async () =>
  [...(await detailFiles()).keys()].map((shard) => ({ params: { shard } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify((await detailFiles()).get(params.shard!)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
