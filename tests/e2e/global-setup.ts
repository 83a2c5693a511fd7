/**
 * Builds the site once with BASE_PATH=/archive/ into .test-build/root/archive and serves
 * .test-build/root with sirv, a static file server that knows nothing of the site, on a
 * free port of 127.0.0.1. The origin is handed to the tests as E2E_ORIGIN.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

export const BASE = '/archive/';
const root = resolve(import.meta.dirname, '../..');
const serveRoot = join(root, '.test-build/root');

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? ok(address.port) : fail(new Error('no port'))));
    });
  });
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`static server did not answer at ${url}`);
}

export default async function globalSetup(): Promise<() => void> {
  if (!process.env['E2E_SKIP_BUILD']) {
    const built = spawnSync(process.execPath, ['scripts/build.ts'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, BASE_PATH: BASE, SITE_URL: 'https://archive.example.org', OUT_DIR: join(serveRoot, 'archive') },
    });
    if (built.status !== 0) throw new Error('the site build failed');
  }
  const port = await freePort();
  const sirv = join(root, 'node_modules/sirv-cli/bin.js');
  const server = spawn(process.execPath, [sirv, serveRoot, '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  await waitFor(`${origin}${BASE}`);
  process.env['E2E_ORIGIN'] = origin;
  return () => {
    server.kill();
  };
}
