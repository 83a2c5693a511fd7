/**
 * Serves the built site (dist/, or OUT_DIR) as a static host would, under BASE_PATH.
 *
 *   node scripts/run/serve.ts        → http://localhost:4321/ (PORT and HOST change it)
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import { isUtf8 } from 'node:buffer';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sirv from 'sirv';
import { readSiteSettings } from '../../src/site/site-settings.ts';

/**
 * The charset of a TXT file: utf-8 when its bytes are UTF-8, else gb18030, the other encoding
 * the build reads (a TXT copy is its source byte for byte). Without one, browsers guess, and
 * Chromium shows UTF-8 Chinese as mojibake.
 */
export function textCharset(bytes: Uint8Array): 'utf-8' | 'gb18030' {
  return isUtf8(bytes) ? 'utf-8' : 'gb18030';
}

/** A server for the site in `dir` under `base` (e.g. `/archive/`); not yet listening. */
export function siteServer(dir: string, base: string): Server {
  const files = sirv(dir, {
    dev: false,
    etag: true,
    extensions: ['html'],
    setHeaders: (res: ServerResponse, path: string) => {
      if (path.endsWith('.txt'))
        res.setHeader('Content-Type', `text/plain; charset=${textCharset(readFileSync(join(dir, path)))}`);
    },
  });
  return createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(base)) {
      res.writeHead(302, { Location: base }).end();
      return;
    }
    req.url = `/${url.slice(base.length)}`;
    files(req, res, () => {
      const page = resolve(dir, '404.html');
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(existsSync(page) ? readFileSync(page) : '404');
    });
  });
}

if (import.meta.main) {
  const { BASE_PATH } = readSiteSettings();
  const dir = resolve(import.meta.dirname, '../..', process.env['OUT_DIR'] || 'dist');
  if (!existsSync(dir)) {
    console.error(`serve: ${dir} does not exist; run npm run build first.`);
    process.exit(1);
  }
  const port = Number(process.env['PORT'] ?? 4321);
  const host = process.env['HOST'] ?? 'localhost';
  siteServer(dir, BASE_PATH).listen(port, host, () => console.log(`serving ${dir} at http://${host}:${port}${BASE_PATH}`));
}
