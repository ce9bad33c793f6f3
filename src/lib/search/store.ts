import { GROUP_COUNT } from './groups';
import { unpackRecord, type SearchRecord } from './record';
import { TextIndex } from './text-index';

/**
 * Every facility loaded so far, each once, however many shards brought it.
 * `version` changes on every addition so caches keyed on it stay correct.
 */
export class RecordStore {
  readonly records: SearchRecord[] = [];
  readonly text = new TextIndex();
  private readonly byId = new Map<string, number>();
  version = 0;
  /** Every record's masks in one flat array (record * GROUP_COUNT + group): fast to scan. */
  masks = new Uint32Array(1024 * GROUP_COUNT);
  /** Every record's flags. */
  flags = new Uint8Array(1024);

  /** Add packed rows; returns how many were new. Malformed rows are skipped. */
  addRows(rows: readonly unknown[]): number {
    let added = 0;
    for (const row of rows) {
      if (!Array.isArray(row) || typeof row[0] !== 'string' || typeof row[1] !== 'string') continue;
      if (this.byId.has(row[0])) continue;
      const record = unpackRecord(row, this.records.length);
      this.records.push(record);
      this.pack(record);
      this.byId.set(record.id, record.idx);
      this.text.add(record);
      added++;
    }
    if (added) this.version++;
    return added;
  }

  private pack(record: SearchRecord) {
    if (record.idx >= this.flags.length) {
      const masks = new Uint32Array(this.masks.length * 2);
      masks.set(this.masks);
      this.masks = masks;
      const flags = new Uint8Array(this.flags.length * 2);
      flags.set(this.flags);
      this.flags = flags;
    }
    this.masks.set(record.masks, record.idx * GROUP_COUNT);
    this.flags[record.idx] = record.flags;
  }

  get(id: string): SearchRecord | undefined {
    const idx = this.byId.get(id);
    return idx === undefined ? undefined : this.records[idx];
  }

  get size(): number {
    return this.records.length;
  }
}
