import type { APIRoute } from 'astro';
import { absoluteUrl } from '../site/urls.ts';

/** robots.txt: everything may be crawled; points to the sitemap by its absolute URL. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('sitemap.xml', site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
