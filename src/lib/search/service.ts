import { columnFile } from './columns';
import { SearchEngine, type EngineQuery, type EngineResult } from './engine';
import { isEmptyFilter, mergeFilters } from './facets';
import { FILTER_GROUPS, GROUP_INDEX, type FilterGroupKey } from './group-keys';
import { FileLoader, type FetchBytes, type FetchJson } from './loader';
import {
  BLOCK_CHUNKS,
  cellsForCircle,
  chunksFor,
  isCellList,
  isManifest,
  type Manifest,
  type ManifestCell,
  type RecordFile,
} from './manifest';
import { shardOf, type NameShard } from './name-index';
import { RecordStore } from './store';

export interface SearchRequest extends EngineQuery {
  /** The page of results to show: its facilities are loaded before the answer. */
  page: number;
  pageSize: number;
  /** Filter groups whose option counts the page shows (a state or national search loads their columns). */
  countGroups: readonly FilterGroupKey[];
}

export interface SearchAnswer {
  result: EngineResult;
  /** False while some filter counts are still to load (see completeCounts). */
  complete: boolean;
  /** False while facilities of the page shown are still to load (see loadPage). */
  pageLoaded: boolean;
}

/** Chunks of one block needed before the whole block is fetched instead (a block is about 32 times a chunk). */
const BLOCK_WHEN = 6;

/** Columns behind the counts of the given filter groups, and the flags (-1) for telehealth. */
function countColumns(groups: readonly FilterGroupKey[]): number[] {
  return [...groups.map((key) => GROUP_INDEX[key] as number), -1];
}

/**
 * Loads what each search needs, then runs it. Near a place: the map cells
 * within the radius (every facility there, in full). A state or the whole
 * country: only the filter columns the search filters by and the name
 * shards of its words, then the facilities of the page shown. Counts for the
 * other filters follow (completeCounts), so first results never wait for them.
 */
export class SearchService {
  private manifestPromise?: Promise<Manifest>;
  private cellsPromise?: Promise<ManifestCell[]>;
  private engine?: SearchEngine;
  private readonly files = new FileLoader();

  constructor(
    private readonly fetchJson: FetchJson,
    private readonly fetchBytes: FetchBytes,
  ) {}

  manifest(): Promise<Manifest> {
    this.manifestPromise ??= this.fetchJson('search/manifest.json').then((m) => {
      if (!isManifest(m)) throw new Error('The search index is damaged or from another version.');
      this.engine = new SearchEngine(new RecordStore(m.total, m.states));
      return m;
    });
    this.manifestPromise.catch(() => (this.manifestPromise = undefined));
    return this.manifestPromise;
  }

  /** The map cells' bounds: only a search near a place needs them. */
  private cells(): Promise<ManifestCell[]> {
    this.cellsPromise ??= this.fetchJson('search/cells.json').then((cells) => {
      if (!isCellList(cells)) throw new Error('The search index is damaged or from another version.');
      return cells;
    });
    this.cellsPromise.catch(() => (this.cellsPromise = undefined));
    return this.cellsPromise;
  }

  /** Records loaded so far, for a page that mirrors them; empty before the manifest. */
  get store(): RecordStore | undefined {
    return this.engine?.store;
  }

  async search(request: SearchRequest): Promise<SearchAnswer> {
    const manifest = await this.manifest();
    const engine = this.engine!;
    const scope = engine.scopeOf(request);
    if (scope === 'place') {
      await this.ensureRecords(
        cellsForCircle(await this.cells(), request.center!, request.radius).map((k) => `search/c/${k}.json`),
      );
    } else {
      await Promise.all([this.ensureColumns(this.filterColumns(request)), this.ensureNameShards(request, manifest)]);
    }
    const found = engine.search(request);
    const result = { ...found, suggestions: await this.suggest(found.unmatched) };
    const counted = countColumns(request.countGroups);
    return {
      result,
      complete: scope === 'place' || counted.every((g) => engine.store.hasColumn(g)),
      pageLoaded: this.pageChunks(manifest, request, result).length === 0,
    };
  }

  /**
   * Load the facilities of the page shown (a state or national list): the
   * answer comes first, so typing never waits on these downloads; the page
   * fills its list when they arrive.
   */
  async loadPage(request: SearchRequest, result: EngineResult): Promise<void> {
    const manifest = await this.manifest();
    await this.ensureRecords(this.pageChunks(manifest, request, result).map((k) => `search/d/${k}.json`));
  }

  /** "Did you mean…?" for words that matched nothing; the suggester loads only when there are any. */
  private async suggest(words: readonly string[]): Promise<Record<string, string>> {
    if (!words.length) return {};
    const { suggestFor } = await import('./suggest');
    const names = this.engine!.store.names;
    const out: Record<string, string> = {};
    for (const word of words) {
      const guess = suggestFor(word, names.wordsOf(word.charAt(0)));
      if (guess) out[word] = guess;
    }
    return out;
  }

  /**
   * Load every facility at these ordinals: all results of a search, not
   * just the page shown (a download of the results). Only what is missing is
   * fetched: a block of chunks where many of its chunks are needed, else the
   * chunks themselves.
   */
  async loadRecords(ordinals: ArrayLike<number>): Promise<void> {
    const manifest = await this.manifest();
    const missing = Array.from(ordinals).filter((n) => !this.engine!.store.get(n));
    const byBlock = new Map<number, string[]>();
    for (const k of chunksFor(manifest, missing)) {
      const block = Math.floor(Number(k) / BLOCK_CHUNKS);
      byBlock.set(block, [...(byBlock.get(block) ?? []), k]);
    }
    const paths = [...byBlock].flatMap(([block, chunks]) =>
      chunks.length >= BLOCK_WHEN ? [`search/b/${block}.json`] : chunks.map((k) => `search/d/${k}.json`),
    );
    await this.ensureRecords(paths);
  }

  /** Result chunks holding facilities of the page shown that are not loaded yet. */
  private pageChunks(manifest: Manifest, request: SearchRequest, result: EngineResult): string[] {
    const start = (request.page - 1) * request.pageSize;
    const missing = [...result.order.subarray(start, start + request.pageSize)].filter(
      (n) => !this.engine!.store.get(n),
    );
    return chunksFor(manifest, missing);
  }

  /** Load name shards ahead of a search: someone has started typing a word (national search). */
  async prefetchNames(chars: readonly string[]): Promise<void> {
    const manifest = await this.manifest();
    await this.ensureNameShards({ words: chars.map((c) => ({ word: c, prefix: true })) }, manifest);
  }

  /** Load the columns still missing for the filter counts of a state or national search. */
  async completeCounts(groups: readonly FilterGroupKey[]): Promise<void> {
    await this.ensureColumns(countColumns(groups));
  }

  /** Columns a search filters by: the groups with a chosen option, and the flags for telehealth. */
  private filterColumns(request: SearchRequest): number[] {
    const filter = mergeFilters(request.filter, request.termFilter);
    if (isEmptyFilter(filter)) return [];
    const groups = FILTER_GROUPS.filter((key) => filter.masks[key] !== 0).map((key) => GROUP_INDEX[key] as number);
    return filter.telehealth ? [...groups, -1] : groups;
  }

  private async ensureColumns(groups: readonly number[]): Promise<void> {
    const manifest = await this.manifest();
    const store = this.engine!.store;
    const wanted = groups.filter((g) => !store.hasColumn(g));
    await this.files.ensure(
      wanted.map((g) => columnFile(g)),
      async (path) => {
        const group = wanted.find((g) => columnFile(g) === path)!;
        const width = group < 0 ? 1 : manifest.columns[group]!;
        if (!store.addColumn(group, await this.fetchBytes(path), width)) {
          throw new Error('The search index is damaged or from another version.');
        }
      },
    );
  }

  private async ensureNameShards(
    request: Pick<SearchRequest, 'words' | 'fallbackWords'>,
    manifest: Manifest,
  ): Promise<void> {
    const names = this.engine!.store.names;
    const chars = [...request.words, ...(request.fallbackWords ?? [])]
      .map((w) => shardOf(w.word))
      .filter((c) => manifest.names.includes(c) && !names.hasShard(c));
    await this.files.ensure(
      chars.map((c) => `search/n/${c}.json`),
      async (path) => {
        const shard = (await this.fetchJson(path)) as NameShard;
        if (!Array.isArray(shard?.w) || !Array.isArray(shard.p)) throw new Error(`Damaged search file ${path}`);
        names.addShard(path.slice('search/n/'.length, -'.json'.length), shard);
      },
    );
  }

  private async ensureRecords(paths: readonly string[]): Promise<void> {
    const store = this.engine!.store;
    await this.files.ensure(paths, async (path) => {
      const file = (await this.fetchJson(path)) as RecordFile;
      if (Array.isArray(file?.r)) store.addRows(file.r);
    });
  }
}
