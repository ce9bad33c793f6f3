import { rename, rmdir, stat } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';

/**
 * Astro writes src/pages/404.astro as 404.html but any other 404 page the
 * way build.format says, es/404/index.html. Hosts that serve the nearest
 * 404.html for a missing page (Cloudflare Pages, for one) look for
 * es/404.html, and the pages link to that file; so after the build each
 * language's page moves there. A missing page fails the build: the links
 * to it would break.
 */
export function notFoundFiles(locales: readonly string[]): { from: string; to: string }[] {
  return locales.map((locale) => ({ from: `${locale}/404/index.html`, to: `${locale}/404.html` }));
}

/** The integration, for the languages other than the default (which Astro handles). */
export function localeNotFoundPages(locales: readonly string[]): AstroIntegration {
  return {
    name: 'locale-not-found-pages',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        for (const { from, to } of notFoundFiles(locales)) {
          const source = new URL(from, dir);
          await stat(source).catch(() => {
            throw new Error(`${from} was not built: its language has no src/pages/<locale>/404.astro`);
          });
          await rename(source, new URL(to, dir));
          await rmdir(new URL('.', source));
          logger.info(`${from} -> ${to}`);
        }
      },
    },
  };
}
