import { LOCALE_TAGS, withoutLocale } from '../i18n/locales';

export interface SitemapLink {
  url: string;
  lang: string;
}

/**
 * The hreflang alternates of one sitemap URL: the English page at the root
 * and the Spanish one under es/. Every page exists in both languages, so the
 * pair follows from the URL alone. (@astrojs/sitemap's own i18n option finds
 * pairs by comparing every URL with every other: 4 to 6 s of a 39,000-page
 * build.) `root` is the site URL with its base path and a trailing slash.
 */
export function alternateLinks(url: string, root: string): SitemapLink[] | undefined {
  if (!url.startsWith(root)) return undefined;
  const bare = withoutLocale(url.slice(root.length));
  return [
    { url: root + bare, lang: LOCALE_TAGS.en },
    { url: `${root}es/${bare}`, lang: LOCALE_TAGS.es },
  ];
}

/**
 * Whether a page belongs in the sitemap. Astro leaves out the root 404 page
 * itself, but not a language's own (es/404/, moved to es/404.html after the
 * build): a "not found" page is never a page to index.
 */
export function inSitemap(url: string): boolean {
  return !/\/404\/?$/.test(new URL(url).pathname);
}
