// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';

// SITE_URL and BASE_PATH let the same build serve from a domain root or a
// GitHub Pages project path (https://owner.github.io/repo/) without code edits.
const site = process.env.SITE_URL ?? 'https://iop-finder.example.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  integrations: [react(), sitemap()],
  build: { format: 'directory' },
  // No telemetry, fonts or remote images: the only third-party host a visitor's
  // browser may reach is the configured map tile server.
  devToolbar: { enabled: false },
});
