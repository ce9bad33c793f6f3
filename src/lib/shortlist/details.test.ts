import { describe, expect, it } from 'vitest';
import type { Listing } from '../open-data/listing';
import { buildDetailFiles, detailPath, detailShard, DETAIL_SHARDS, lookUp, type DetailFile } from './details';

const listing = (id: string) => ({ id, name: `Name ${id}` }) as Listing;

describe('facility detail files', () => {
  it('spread ids evenly over the shards, always to the same one', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 20_000; i++) {
      const shard = detailShard(`facility-${i}-denver-co`);
      expect(shard).toMatch(/^[0-9a-f]{3}$/);
      counts.set(shard, (counts.get(shard) ?? 0) + 1);
    }
    expect(counts.size).toBe(DETAIL_SHARDS);
    expect(Math.max(...counts.values())).toBeLessThan(60);
    expect(detailShard('serenity-house-denver-co')).toBe(detailShard('serenity-house-denver-co'));
  });

  it('find saved ids, follow a merged one to its new listing, and report one that is gone', async () => {
    const files = buildDetailFiles([listing('kept'), listing('merged-into')], [['old-twin', 'merged-into']]);
    const fetched: string[] = [];
    const fetchFile = async (path: string): Promise<DetailFile | undefined> => {
      fetched.push(path);
      return [...files].find(([shard]) => detailPath(shard) === path)?.[1];
    };
    const found = await lookUp(['kept', 'old-twin', 'never-existed'], fetchFile);
    expect(found.get('kept')).toMatchObject({ kind: 'found', listing: { id: 'kept' } });
    expect(found.get('old-twin')).toMatchObject({ kind: 'moved', from: 'old-twin', listing: { id: 'merged-into' } });
    expect(found.get('never-existed')).toEqual({ kind: 'gone' });
    // Each shard is fetched once, however many ids share it.
    expect(new Set(fetched).size).toBe(fetched.length);
  });
});
