import type { Listing } from '../open-data/listing';

/**
 * The shortlist page reads each saved facility's details from small static
 * files, /shortlist/f/<shard>.json, made with the site. A facility's file is
 * found from its id alone (a hash), so a list opened from a share link on
 * another device needs nothing but the ids, and the page fetches only the
 * few files its facilities are in (about 18 facilities, 4 KB gzip, each).
 */
export const DETAIL_SHARDS = 1024;

/** The shard file of a facility id: FNV-1a of the id, as three hex digits. */
export function detailShard(id: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return ((hash >>> 0) % DETAIL_SHARDS).toString(16).padStart(3, '0');
}

export const detailPath = (shard: string) => `shortlist/f/${shard}.json`;

/** One shard file. */
export interface DetailFile {
  /** Facility id -> its listing. */
  listings: Record<string, Listing>;
  /** Former id of a merged listing -> the id it is part of now. */
  moved: Record<string, string>;
}

/** Every shard file, from the listings and the former ids of merged listings. */
export function buildDetailFiles(
  listings: Iterable<Listing>,
  moved: Iterable<[formerId: string, id: string]>,
): Map<string, DetailFile> {
  const files = new Map<string, DetailFile>();
  const fileOf = (id: string) => {
    const shard = detailShard(id);
    let file = files.get(shard);
    if (!file) files.set(shard, (file = { listings: {}, moved: {} }));
    return file;
  };
  for (const listing of listings) fileOf(listing.id).listings[listing.id] = listing;
  for (const [former, id] of moved) fileOf(former).moved[former] = id;
  return files;
}

/** What the page learns about one saved id. */
export type Lookup =
  { kind: 'found'; listing: Listing } | { kind: 'moved'; listing: Listing; from: string } | { kind: 'gone' };

/**
 * Look up saved ids: `fetchFile` gets a shard (rejecting on a network
 * error, resolving undefined when the shard does not exist). A moved id is
 * followed once to its new listing, which may be in another shard.
 */
export async function lookUp(
  ids: readonly string[],
  fetchFile: (path: string) => Promise<DetailFile | undefined>,
): Promise<Map<string, Lookup>> {
  const shards = new Map<string, Promise<DetailFile | undefined>>();
  const shard = (id: string) => {
    const key = detailShard(id);
    if (!shards.has(key)) shards.set(key, fetchFile(detailPath(key)));
    return shards.get(key)!;
  };
  const entries = await Promise.all(
    ids.map(async (id): Promise<[string, Lookup]> => {
      const file = await shard(id);
      const listing = file?.listings[id];
      if (listing) return [id, { kind: 'found', listing }];
      const to = file?.moved[id];
      const target = to ? (await shard(to))?.listings[to] : undefined;
      return [id, target ? { kind: 'moved', listing: target, from: id } : { kind: 'gone' }];
    }),
  );
  return new Map(entries);
}
