/** Where the site is hosted comes from BASE_PATH and SITE_URL, checked at start-up. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { readSiteSettings, siteUrlWarning } from '../../src/site/site-settings.ts';

it('defaults to the root of http://localhost:4321', () => {
  assert.deepEqual(readSiteSettings({}), { BASE_PATH: '/', SITE_URL: 'http://localhost:4321' });
});

it('gives a sub-path both slashes and drops a trailing slash from the origin', () => {
  assert.deepEqual(readSiteSettings({ BASE_PATH: 'archive', SITE_URL: 'https://example.org/' }), {
    BASE_PATH: '/archive/',
    SITE_URL: 'https://example.org',
  });
  assert.equal(readSiteSettings({ BASE_PATH: '/gov/policy' }).BASE_PATH, '/gov/policy/');
});

it('refuses an origin with a path, naming the setting and what to do', () => {
  assert.throws(() => readSiteSettings({ SITE_URL: 'https://example.org/archive' }), {
    message:
      'Invalid site settings:\n  SITE_URL: SITE_URL must be an origin such as https://example.org (no path: put the path in BASE_PATH) (got "https://example.org/archive")',
  });
});

it('refuses a base path with characters a URL path cannot hold', () => {
  assert.throws(
    () => readSiteSettings({ BASE_PATH: '/政策 文库/' }),
    /BASE_PATH: BASE_PATH must be a URL path such as \/ or \/archive\//,
  );
});

it('warns loudly when SITE_URL is unset, naming the origin links would point at and what to set', () => {
  assert.equal(
    siteUrlWarning({}),
    [
      '!'.repeat(78),
      'WARNING: SITE_URL is not set. Every absolute link this build writes (copied permalinks and',
      'citations, canonical and preview tags, feeds, sitemap) points at http://localhost:4321.',
      'Set the origin the site will be served from, e.g. SITE_URL=https://example.gov.cn npm run build',
      '!'.repeat(78),
    ].join('\n'),
  );
  assert.equal(siteUrlWarning({ SITE_URL: 'https://example.org' }), null);
});
