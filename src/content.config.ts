import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import { Facility } from './lib/schema';
import { checkDataForBuild } from './lib/validate/build-check';

const DATA_DIR = './data/facilities';

/**
 * Runs the data validator (`npm run validate`) before loading, so a bad file
 * stops the build with one line per problem instead of a stack trace. In
 * `astro dev` (which has a file watcher) the problems are logged instead, so
 * one bad file does not take the dev server down.
 */
function validated(inner: Loader): Loader {
  return {
    ...inner,
    name: 'validated-facilities',
    async load(context) {
      const root = fileURLToPath(context.config.root);
      const { report, message } = checkDataForBuild(fileURLToPath(new URL(DATA_DIR, context.config.root)), root);
      if (message) {
        if (!context.watcher) {
          const error = new AstroError(
            message,
            'Run `npm run validate` to list every problem, fix them, then build again.',
          );
          error.stack = ''; // the problems are in the data files, not in this code
          throw error;
        }
        context.logger.error(message);
      } else {
        context.logger.info(`data valid: ${report.filesChecked} files, ${report.warnings} warnings`);
      }
      await inner.load(context);
    },
  };
}

/**
 * One entry per `data/facilities/<state>/<id>.json`. The entry id is the file
 * name, not the `id` inside the file, so a mismatch between the two surfaces
 * in validation instead of silently creating a second URL.
 */
const facilities = defineCollection({
  loader: validated(
    glob({
      pattern: '**/*.json',
      base: DATA_DIR,
      generateId: ({ entry }) => entry.replace(/^.*\//, '').replace(/\.json$/, ''),
    }),
  ),
  schema: Facility,
});

export const collections = { facilities };
