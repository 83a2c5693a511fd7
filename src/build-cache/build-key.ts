/**
 * The build-wide part of every page fingerprint (src/build-cache/page-plan.ts): everything a page's
 * HTML depends on besides its own view model. That is the project's code and styles (src/**,
 * which also fixes the hashed names of the bundled CSS and scripts a page links), the Astro
 * config, the locked dependency versions, the registries (content/*.yaml), the hosting
 * settings and the Node version. A change to any of them renders every page again.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSiteSettings } from '../site/site-settings.ts';

/** Bump when the fingerprint scheme itself changes. */
const SCHEME = 'cache-key-2';

/** Project files the key covers, relative to `root`, sorted. */
export function keyFiles(root: string): string[] {
  const src = readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(root.length + 1));
  const registries = readdirSync(join(root, 'content'))
    .filter((n) => n.endsWith('.yaml'))
    .map((n) => `content/${n}`);
  return ['astro.config.mjs', 'package-lock.json', 'tsconfig.json', ...registries, ...src]
    .map((f) => f.split('\\').join('/'))
    .sort();
}

/** sha256 (hex) of the scheme, Node version, hosting settings and the key files' contents. */
export function buildKey(root: string, env: Record<string, string | undefined> = process.env): string {
  const settings = readSiteSettings(env);
  const h = createHash('sha256').update(`${SCHEME}\0${process.version}\0${settings.BASE_PATH}\0${settings.SITE_URL}\0`);
  for (const file of keyFiles(root))
    h.update(
      `${file}\0${createHash('sha256')
        .update(readFileSync(join(root, file)))
        .digest('hex')}\n`,
    );
  return h.digest('hex');
}
