import { buildCells, type CellOptions } from '../geo/cells';
import type { Facility } from '../schema';
import { encodeColumn } from './columns';
import { GROUPS } from './groups';
import { BLOCK_CHUNKS, MANIFEST_VERSION, type Manifest, type ManifestCell, type RecordFile } from './manifest';
import { buildNameShards, type NameShard } from './name-index';
import { packFacility } from './pack';
import { compareForOrdinals, isSearchable, unpackRecord, type PackedRecord } from './record';

export const DEFAULT_CELL_OPTIONS: CellOptions = { maxPoints: 150, maxLevel: 10 };
/**
 * Facilities per result chunk. Small, because a page of twenty results for
 * a rare program nationwide can touch twenty chunks; large enough that a
 * page of a common one touches one or two.
 */
export const CHUNK_SIZE = 8;

/** Bytes per facility in a group's column: one for up to 8 terms, four for 32. */
export function columnWidth(group: number): number {
  return Math.max(1, Math.ceil(GROUPS[group]!.terms.length / 8));
}

/** Every static file the finder searches, built from the facilities. */
export interface SearchIndex {
  manifest: Manifest;
  /** Bounds of every map cell (/search/cells.json). */
  cellList: ManifestCell[];
  /** Map cells by key: what a search near a place loads. */
  cells: Map<string, RecordFile>;
  /** Result chunks by number: the facilities a page of state or national results shows. */
  chunks: Map<string, RecordFile>;
  /** Blocks of BLOCK_CHUNKS result chunks by number: all results of a large search. */
  blocks: Map<string, RecordFile>;
  /** Filter columns by file name ("levels", …, "flags"). */
  columns: Map<string, Uint8Array<ArrayBuffer>>;
  /** Name shards by first character. */
  names: Map<string, NameShard>;
}

export function buildSearchIndex(
  facilities: readonly Facility[],
  { cells: cellOptions = DEFAULT_CELL_OPTIONS, chunk = CHUNK_SIZE }: { cells?: CellOptions; chunk?: number } = {},
): SearchIndex {
  const sorted = facilities.filter(isSearchable).sort(compareForOrdinals);
  const packed = sorted.map((f, ordinal) => packFacility(f, ordinal));
  const records = packed.map((row) => unpackRecord(row)!);

  const chunks = new Map<string, RecordFile>();
  for (let start = 0; start < packed.length; start += chunk) {
    const k = String(start / chunk);
    chunks.set(k, { k, r: packed.slice(start, start + chunk) });
  }
  const blocks = new Map<string, RecordFile>();
  for (let start = 0; start < packed.length; start += chunk * BLOCK_CHUNKS) {
    const k = String(start / (chunk * BLOCK_CHUNKS));
    blocks.set(k, { k, r: packed.slice(start, start + chunk * BLOCK_CHUNKS) });
  }

  const columns = new Map<string, Uint8Array<ArrayBuffer>>();
  GROUPS.forEach((g, gi) => {
    columns.set(
      g.key,
      encodeColumn(
        records.map((r) => r.masks[gi]!),
        columnWidth(gi),
      ),
    );
  });
  columns.set('flags', Uint8Array.from(records.map((r) => r.flags)));

  const states: Record<string, [number, number]> = {};
  records.forEach((r) => {
    const range = (states[r.state] ??= [r.idx, r.idx + 1]);
    range[1] = r.idx + 1;
  });

  const names = buildNameShards(records);
  const { cells, list } = buildCellFiles(packed, cellOptions);
  const manifest: Manifest = {
    v: MANIFEST_VERSION,
    total: packed.length,
    chunk,
    states,
    columns: GROUPS.map((_, gi) => columnWidth(gi)),
    names: [...names.keys()].sort(),
  };
  return { manifest, cellList: list, cells, chunks, blocks, columns, names };
}

/** Located facilities split into quadtree cells, each with its tight bounding box. */
function buildCellFiles(packed: readonly PackedRecord[], options: CellOptions) {
  const located = packed.filter((r) => r[6] !== null && r[7] !== null);
  const points = located.map((r) => ({ lat: (r[6] as number) / 1e4, lon: (r[7] as number) / 1e4 }));
  const cells = new Map<string, RecordFile>();
  const list: ManifestCell[] = [];
  for (const [key, members] of buildCells(points, options)) {
    const lats = members.map((i) => points[i]!.lat);
    const lons = members.map((i) => points[i]!.lon);
    list.push([
      key,
      members.length,
      Math.floor(Math.min(...lats) * 100),
      Math.floor(Math.min(...lons) * 100),
      Math.ceil(Math.max(...lats) * 100),
      Math.ceil(Math.max(...lons) * 100),
    ]);
    cells.set(key, { k: key, r: members.map((i) => located[i]!) });
  }
  return { cells, list };
}
