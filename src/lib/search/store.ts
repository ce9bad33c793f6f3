import { decodeColumn } from './columns';
import { GROUP_COUNT } from './group-keys';
import { NameIndex } from './name-index';
import { unpackRecord, type SearchRecord } from './record';

/**
 * What the browser knows of the directory, by ordinal: facilities loaded so
 * far (from map cells or result chunks), and filter columns loaded for all
 * of them. `version` changes on every addition so caches keyed on it stay correct.
 */
export class RecordStore {
  readonly records: (SearchRecord | undefined)[];
  readonly names = new NameIndex();
  /** Every facility's masks in one flat array (ordinal * GROUP_COUNT + group): fast to scan. */
  readonly masks: Uint32Array;
  /** Every facility's flags. */
  readonly flags: Uint8Array;
  /** Groups (and, at index GROUP_COUNT, the flags) whose column is loaded for every facility. */
  private readonly columns = new Array<boolean>(GROUP_COUNT + 1).fill(false);
  /** Every record in the order it was added: lets a page mirror the store (see search.worker.ts). */
  readonly log: SearchRecord[] = [];
  version = 0;

  constructor(
    readonly total: number,
    /** State code -> [first ordinal, one past the last], from the manifest. */
    readonly stateRanges: Readonly<Record<string, readonly [number, number]>> = {},
  ) {
    this.records = new Array<SearchRecord | undefined>(total);
    this.masks = new Uint32Array(total * GROUP_COUNT);
    this.flags = new Uint8Array(total);
  }

  /** Add packed rows; returns the records that were new. Malformed or out-of-range rows are skipped. */
  addRows(rows: readonly unknown[]): SearchRecord[] {
    const added: SearchRecord[] = [];
    for (const row of rows) {
      const record = Array.isArray(row) ? unpackRecord(row) : undefined;
      if (!record || record.idx >= this.total || this.records[record.idx]) continue;
      this.records[record.idx] = record;
      this.masks.set(record.masks, record.idx * GROUP_COUNT);
      this.flags[record.idx] = record.flags;
      this.names.addRecord(record);
      added.push(record);
    }
    if (added.length) {
      this.version++;
      this.log.push(...added);
    }
    return added;
  }

  /** Add one group's column (group -1: the flags); false if it does not fit this directory. */
  addColumn(group: number, bytes: Uint8Array, width: number): boolean {
    if (group < 0) {
      if (bytes.length !== this.total) return false;
      this.flags.set(bytes);
    } else {
      const masks = decodeColumn(bytes, width, this.total);
      if (!masks) return false;
      for (let i = 0; i < this.total; i++) this.masks[i * GROUP_COUNT + group] = masks[i]!;
    }
    this.columns[group < 0 ? GROUP_COUNT : group] = true;
    this.version++;
    return true;
  }

  /** Whether a group's masks (group -1: the flags) are known for every facility, loaded or not. */
  hasColumn(group: number): boolean {
    return this.columns[group < 0 ? GROUP_COUNT : group]!;
  }

  get(ordinal: number): SearchRecord | undefined {
    return this.records[ordinal];
  }
}
