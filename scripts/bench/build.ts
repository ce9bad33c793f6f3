/**
 * The build benchmark: both languages on the bundled data, then on twice the
 * data, to show how time and memory grow. The second half is SYNTHETIC: a
 * copy of every facility under a new id and a name marked "(synthetic
 * copy)", written to a temporary folder at bench time and deleted after.
 * Nothing synthetic is ever committed or lands in dist/.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BuildRun {
  label: string;
  facilities: number;
  pages: number;
  seconds: number;
  /** Peak resident memory of the build's process tree, sampled every 100 ms. */
  peakMiB: number;
}

/** Resident memory (KiB) of a process and all its descendants, from /proc. */
function treeRssKiB(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const pid = Number(entry);
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      rss.set(pid, Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0));
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    } catch {
      // The process ended while we read it.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** `astro build` into a temporary folder, timed, with its peak memory. */
async function timedBuild(root: string, label: string, dataDir: string, facilities: number): Promise<BuildRun> {
  const outDir = mkdtempSync(join(tmpdir(), 'bench-build-'));
  const started = performance.now();
  // Astro itself, not through npx: npm's own process would count in the memory.
  const astro = join(root, 'node_modules/astro/bin/astro.mjs');
  const child = spawn(process.execPath, [astro, 'build', '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, FACILITY_DATA_DIR: dataDir, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let peak = 0;
  let log = '';
  const sampler = setInterval(() => (peak = Math.max(peak, treeRssKiB(child.pid!))), 100);
  child.stdout.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
  child.stderr.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  rmSync(outDir, { recursive: true, force: true });
  if (code !== 0) throw new Error(`${label}: astro build failed (exit ${code})\n${log}`);
  const pages = Number(/(\d+) page\(s\) built/.exec(log)?.[1] ?? NaN);
  return { label, facilities, pages, seconds, peakMiB: peak / 1024 };
}

interface BenchRecord {
  id: string;
  name: string;
  formerIds?: string[];
  keptSeparate?: { reason: string };
}

/**
 * The bundled data plus a synthetic copy of every facility, in a temporary
 * folder inside the project (the content layer takes only files under the
 * site root) that git ignores: node_modules/.cache/.
 */
function doubledData(root: string, source: string): { dir: string; facilities: number } {
  const cache = join(root, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'bench-data-x2-'));
  let facilities = 0;
  for (const state of readdirSync(source, { withFileTypes: true })) {
    if (!state.isDirectory()) continue;
    mkdirSync(join(dir, state.name));
    for (const file of readdirSync(join(source, state.name))) {
      if (!file.endsWith('.json')) continue;
      const record = JSON.parse(readFileSync(join(source, state.name, file), 'utf8')) as BenchRecord;
      // Same point, same phone: the validator would take the pair for one
      // facility listed twice unless each says why it is separate.
      const keptSeparate = record.keptSeparate ?? { reason: 'Synthetic copy made by the build benchmark.' };
      const copy = { ...record, id: `${record.id}-synthetic`, name: `${record.name} (synthetic copy)`, keptSeparate };
      // A former id may belong to one page only.
      delete copy.formerIds;
      writeFileSync(join(dir, state.name, file), `${JSON.stringify({ ...record, keptSeparate }, null, 2)}\n`);
      writeFileSync(join(dir, state.name, `${copy.id}.json`), `${JSON.stringify(copy, null, 2)}\n`);
      facilities += 2;
    }
  }
  return { dir, facilities };
}

function countFacilities(source: string): number {
  return readdirSync(source, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .reduce((n, d) => n + readdirSync(join(source, d.name)).filter((f) => f.endsWith('.json')).length, 0);
}

/** Both languages on the bundled data, then on twice the data (half synthetic). */
export async function benchBuild(root: string): Promise<BuildRun[]> {
  const source = join(root, 'data/facilities');
  const runs = [await timedBuild(root, 'bundled data', source, countFacilities(source))];
  process.stderr.write(`build on the bundled data: ${JSON.stringify(runs[0])}\n`);
  const doubled = doubledData(root, source);
  try {
    runs.push(await timedBuild(root, 'twice the data (half synthetic)', doubled.dir, doubled.facilities));
  } finally {
    rmSync(doubled.dir, { recursive: true, force: true });
  }
  return runs;
}
