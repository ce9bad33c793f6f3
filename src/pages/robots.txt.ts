import type { APIRoute } from 'astro';
import { absoluteUrl, withBase } from '../lib/site-paths';

/** robots.txt as an endpoint, so the sitemap URL follows SITE_URL and BASE_PATH. */
export const GET: APIRoute = ({ site }) => {
  const body = [
    'User-agent: *',
    'Allow: /',
    '',
    `Sitemap: ${absoluteUrl(withBase('sitemap-index.xml'), site)}`,
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
