// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { loadEnv } from 'vite';
import { localeNotFoundPages } from './src/integrations/not-found-pages';
import { cspDirectives, SCRIPT_SOURCES, STYLE_SOURCES } from './src/lib/security/csp';
import { alternateLinks, inSitemap } from './src/lib/seo/sitemap-links';
import { tileSettings } from './src/lib/site-config';

// SITE_URL and BASE_PATH let the same build serve from a domain root or a
// GitHub Pages project path (https://owner.github.io/repo/) without code edits.
const site = process.env.SITE_URL ?? 'https://iop-finder.example.org';
const base = process.env.BASE_PATH ?? '/';
/** The site's root URL with the base path, for the sitemap's language pairs. */
const siteRoot = new URL(base.endsWith('/') ? base : `${base}/`, site).href;

// The tile settings exactly as pages read them (import.meta.env: .env files,
// overridden by the environment), so the CSP allows the host the map uses.
const tiles = tileSettings(loadEnv('production', process.cwd(), 'PUBLIC_'));

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // English at the root, Spanish under /es/: every page exists in both (src/lib/i18n).
  i18n: { locales: ['en', 'es'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
  // The sitemap lists each page with its other-language alternate (hreflang).
  // The Spanish 404 page goes to es/404.html, next to the pages it stands in for.
  integrations: [
    react(),
    sitemap({
      filter: inSitemap,
      serialize: (item) => ({ ...item, links: alternateLinks(item.url, siteRoot) }),
    }),
    localeNotFoundPages(['es']),
  ],
  build: { format: 'directory' },
  // A Content-Security-Policy <meta> tag on every page; Astro hashes the
  // inline scripts and styles it renders (src/lib/security/csp.ts).
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: cspDirectives(tiles.url),
      scriptDirective: { resources: SCRIPT_SOURCES },
      styleDirective: { resources: STYLE_SOURCES },
    },
  },
  // The search worker is an ES module, so what it needs only sometimes (the
  // "Did you mean…?" suggester with Fuse.js) stays in a chunk of its own.
  vite: { worker: { format: 'es' } },
  // There are no Markdown pages; Shiki's highlighting would need inline styles the CSP refuses.
  markdown: { syntaxHighlight: false },
  // No telemetry, fonts or remote images: the only third-party host a visitor's
  // browser may reach is the configured map tile server.
  devToolbar: { enabled: false },
});
