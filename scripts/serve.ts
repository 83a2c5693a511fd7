/**
 * Serves the built site (dist/, or OUT_DIR) as a static host would, under BASE_PATH.
 *
 *   node scripts/serve.ts        → http://localhost:4321/ (PORT and HOST change it)
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import sirv from 'sirv';
import { readSiteSettings } from '../src/lib/site-settings.ts';

const { BASE_PATH } = readSiteSettings();
const dir = resolve(import.meta.dirname, '..', process.env['OUT_DIR'] || 'dist');
if (!existsSync(dir)) {
  console.error(`serve: ${dir} does not exist; run npm run build first.`);
  process.exit(1);
}
const files = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
const port = Number(process.env['PORT'] ?? 4321);
const host = process.env['HOST'] ?? 'localhost';

createServer((req, res) => {
  const url = req.url ?? '/';
  if (!url.startsWith(BASE_PATH)) {
    res.writeHead(302, { Location: BASE_PATH }).end();
    return;
  }
  req.url = `/${url.slice(BASE_PATH.length)}`;
  files(req, res, () => {
    const page = resolve(dir, '404.html');
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(existsSync(page) ? readFileSync(page) : '404');
  });
}).listen(port, host, () => console.log(`serving ${dir} at http://${host}:${port}${BASE_PATH}`));
