/**
 * The content loader of the `facilities` collection. It reads the data folder
 * through the validator, which reads every file the one shared way
 * (src/lib/data-file), so the build publishes exactly the files
 * `npm run validate` passed: a file the validator refuses (a symbolic link,
 * a `.JSON` name, a byte order mark it cannot decode…) cannot slip into the
 * site by another path, and the build's errors are the validator's lines.
 */
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { checkDataForBuild } from '../lib/validate/build-check';

export interface FacilityLoaderOptions {
  /** The data folder, relative to the project root (or absolute). */
  base: string;
}

/** A build error that shows the data problems, not this file's stack. */
export function dataError(message: string): AstroError {
  const error = new AstroError(message, 'Run `npm run validate` to list every problem, fix them, then build again.');
  error.stack = ''; // the problems are in the data files, not in this code
  return error;
}

/** Validate the folder and replace the collection with its valid files. Throws in a build when any file has an error. */
async function sync(context: LoaderContext, dataDir: string, root: string): Promise<void> {
  const { report, message } = checkDataForBuild(dataDir, root);
  if (message) {
    // `astro dev` has a file watcher: log, publish the valid files, and keep serving.
    if (!context.watcher) throw dataError(message);
    context.logger.error(message);
  } else {
    context.logger.info(`data valid: ${report.filesChecked} files, ${report.warnings} warnings`);
  }
  context.store.clear();
  for (const entry of report.valid) {
    // The entry id is the file name, not the `id` inside the file: the validator has checked they agree.
    const id = basename(entry.abs, '.json');
    const data = await context.parseData({ id, data: entry.data, filePath: entry.abs });
    context.store.set({ id, data, filePath: entry.file, digest: context.generateDigest(entry.data) });
  }
}

export function facilityLoader({ base }: FacilityLoaderOptions): Loader {
  return {
    name: 'facility-files',
    async load(context) {
      const root = fileURLToPath(context.config.root);
      const dataDir = resolve(root, base);
      await sync(context, dataDir, root);
      const watcher = context.watcher;
      if (!watcher) return;
      // Editors save in bursts (temporary file, rename): re-read once things settle.
      let timer: ReturnType<typeof setTimeout> | undefined;
      watcher.add(dataDir);
      watcher.on('all', (_event, path) => {
        if (!path.startsWith(dataDir)) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          sync(context, dataDir, root).catch((err: unknown) => context.logger.error(String(err)));
        }, 200);
      });
    },
  };
}
